"""Marks user-facing strings of Qt-free modules for translation, without importing Qt.

`pyside6-lupdate` finds QT_TRANSLATE_NOOP("Context", "text") calls and collects the text under that context; at
run time it returns the text unchanged, and the GUI translates it with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
