"""Turns the typed errors the core raises into one translated sentence for the person: what happened, then why.

The core's own message (English, Qt-free) is the detail; the lead sentence comes from the error's type (the table
in app/error_words.py, which the CLI reads too) and is translated here, so a reader of Urdu or Persian learns what
failed even when the detail is a system's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.app.error_words import lead_for as english_lead
from desktop_app.common.errors import VantageError

CONTEXT = "Errors"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def lead_for(exc: BaseException) -> str:
    return tr(english_lead(exc))


def detail_of(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, VantageError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return tr(str(exc))  # a core sentence the catalogue knows is shown translated; any other is shown as it is


def sentence_for(exc: BaseException) -> str:
    """One line: the translated lead, then the core's detail when there is one."""
    detail = detail_of(exc).strip()
    lead = lead_for(exc)
    return f"{lead} {detail}" if detail else lead
