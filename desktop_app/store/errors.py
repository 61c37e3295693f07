"""The store's exceptions: each message is a sentence a person can act on; all derive from StoreFailure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.common.errors import StoreFailure


class StoreError(StoreFailure):
    """The history cannot be opened or written; the message is a sentence a person can act on."""


class StoreDamaged(StoreError):
    """The history file is damaged: SQLite or a block's compressed bytes cannot be read."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(damage_sentence(path, detail))
        self.path = path
        self.detail = detail


class NotAHistory(StoreError):
    """The file is a database or other file that Vantage did not write; it is never changed."""


class StoreReadOnly(StoreError):
    """The history can be read but not written (read-only media, an immutable file, no permission)."""


class CommitFailed(StoreError):
    """A sweep could not be written (disk full, immutable file); the caller keeps it and retries."""


def damage_sentence(path: Path, detail: str) -> str:
    return (f"The history file {path} is damaged ({detail}). Export what still verifies (`vantage log verify` "
            f"says where it breaks), keep a backup copy of the file, and start a new history beside it with "
            f"--data-dir; Vantage never changes or replaces a damaged file.")


def translate(path: Path, exc: Exception, writing: bool = False) -> StoreError:
    """The sentence for what SQLite (or a block's decoding) reported about the history at `path`."""
    name = getattr(exc, "sqlite_errorname", "") if isinstance(exc, sqlite3.Error) else ""
    if name.startswith("SQLITE_FULL"):
        return CommitFailed(f"The disk holding {path} is full, so the history could not be written. Free some space; "
                            f"nothing already stored was lost.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")) or (
            writing and name.startswith("SQLITE_CANTOPEN")):
        return StoreReadOnly(f"The history {path} cannot be written ({exc}): the file, its folder or the disk is "
                             f"read-only or protected. Reading it still works; to measure, make it writable or "
                             f"choose another data folder with --data-dir.")
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(f"The history {path} cannot be opened ({exc}); check that its disk is mounted and that you "
                          f"may read it.")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError(f"The history {path} is busy: another Vantage is writing to it. Try again in a moment.")
    if name.startswith("SQLITE_IOERR"):
        return (CommitFailed if writing else StoreError)(
            f"The history {path} could not be {'written' if writing else 'read'} ({exc}): the disk may be full, "
            f"removed or failing. Nothing already stored was lost; check the disk and try again.")
    if name.startswith("SQLITE_NOTADB"):
        return NotAHistory(f"{path} is not a SQLite database, so it is not a Vantage history (or its first page is "
                           f"destroyed). Vantage leaves it as it is: move it away, or choose another data folder "
                           f"with --data-dir.")
    return StoreDamaged(path, str(exc) or type(exc).__name__)
