"""A form label whose mnemonic (the letter after "&") moves focus to its field.

QFormLayout only gives a row's label a buddy when the field is a single widget; a field laid out with a
button beside it gets a plain label that shows the "&" itself and reaches nothing from the keyboard.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label
