"""The lead sentence for each kind of error the core raises (what failed), said once for the GUI and the CLI.

Qt-free: the sentences are marked for translation in the "Errors" context; the GUI translates them with Qt
(gui/error_text.py), the CLI with the core's Translator when it was given a language (`vantage export --language`).
"""

from __future__ import annotations

from desktop_app.common.errors import (
    AppError,
    CollectFailure,
    EvidenceError,
    LabFailure,
    ProbeError,
    StoreFailure,
    VantageError,
)
from desktop_app.common.i18n import ERRORS, Translator
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence.crypto.keys import KeyProblem
from desktop_app.evidence.crypto.timestamp import TimestampError
from desktop_app.evidence.export.bundle import ExportError
from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.store.migrations import StoreError

# Most specific first: a type that is also a VantageError subclass is matched by the first entry it meets.
LEADS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
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
SOMETHING = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")


def lead_for(exc: BaseException) -> str:
    """The English lead (translate it in the "Errors" context)."""
    return next((lead for types, lead in LEADS if isinstance(exc, types)), SOMETHING)


def sentence_in(exc: VantageError, i18n: Translator) -> str:
    """The translated lead, then the core's own sentence (translated when the catalogue knows it); in English the
    core's sentence alone, as the CLI always printed it."""
    detail = str(exc).strip()
    if i18n.lang == "en":
        return detail
    lead = i18n.tr(ERRORS, lead_for(exc))
    return f"{lead} {i18n.tr(ERRORS, detail)}" if detail else lead
