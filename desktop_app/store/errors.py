"""The store's exceptions: each message is a sentence a person can act on; all derive from StoreFailure."""

from __future__ import annotations

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
