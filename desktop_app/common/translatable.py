"""Marks user-facing strings of Qt-free modules for translation, without importing Qt, and says them.

`pyside6-lupdate` finds QT_TRANSLATE_NOOP("Context", "text") calls and collects the text under that context; at
run time it returns the text unchanged, and the GUI translates it with QCoreApplication.translate(context, text).
`Words` is how a core module that renders sentences is handed the caller's translation call and bidi isolation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """How to say things: the caller's translation call (QCoreApplication.translate in the GUI, Translator(lang).tr
    in the report and the CLI) and how it isolates a left-to-right part (an address, a host name, a number) inside
    right-to-left text (the GUI's localtext.isolated, Translator.ltr). The default says English, unchanged."""

    translate: Callable[[str, str], str] = _english
    isolate: Callable[[str], str] = str

    def say(self, context: str, template: str, *parts: object) -> str:
        """template (marked with QT_TRANSLATE_NOOP under context) translated, with each part isolated."""
        return self.translate(context, template).format(*(self.isolate(str(p)) for p in parts))

    def word(self, context: str, text: str) -> str:
        """text translated, as is (no parts)."""
        return self.translate(context, text)


ENGLISH = Words()
