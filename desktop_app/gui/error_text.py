"""Turns the typed errors the core raises into one translated sentence for the person: what happened, then why.

The core's own message (English, Qt-free) is the detail; the lead sentence comes from the error's type and is
translated here, so a reader of Urdu or Persian learns what failed even when the detail is a system's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.common.errors import (
    AppError,
    CollectFailure,
    EvidenceError,
    LabFailure,
    ProbeError,
    StoreFailure,
    VantageError,
)
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence.crypto.keys import KeyProblem
from desktop_app.evidence.crypto.timestamp import TimestampError
from desktop_app.evidence.export.bundle import ExportError
from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.store.migrations import StoreError

CONTEXT = "Errors"

# Most specific first: a type that is also a VantageError subclass is matched by the first entry it meets.
_LEADS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((StoreError, StoreFailure), QT_TRANSLATE_NOOP("Errors", "The history could not be read or written.")),
    ((KeyProblem,), QT_TRANSLATE_NOOP("Errors", "The signing key cannot be used.")),
    ((TimestampError,), QT_TRANSLATE_NOOP("Errors", "The timestamp could not be obtained.")),
    ((ExportError, EvidenceError), QT_TRANSLATE_NOOP("Errors", "The evidence bundle could not be made.")),
    ((CatalogueError,), QT_TRANSLATE_NOOP("Errors", "Your targets could not be loaded; fix the file to measure them.")),
    ((CollectFailure,), QT_TRANSLATE_NOOP("Errors", "The collection could not be read or changed.")),
    ((AppError,), QT_TRANSLATE_NOOP("Errors", "The request was refused.")),
    ((ProbeError,), QT_TRANSLATE_NOOP("Errors", "The measurement could not run.")),
    ((LabFailure,), QT_TRANSLATE_NOOP("Errors", "The lab could not start.")),
    ((OSError,), QT_TRANSLATE_NOOP("Errors", "A file could not be read or written.")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def lead_for(exc: BaseException) -> str:
    for types, lead in _LEADS:
        if isinstance(exc, types):
            return tr(lead)
    return QCoreApplication.translate("Errors", "Something went wrong.")


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
