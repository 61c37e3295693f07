"""Reads a stored sweep's evidence for the evidence window on a job of its own, so it opens at once even while the
engine is in the middle of a sweep (the engine's thread is busy then; SQLite's WAL lets this reader read beside it).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal, Slot

from desktop_app.gui.jobs import JobWorker
from desktop_app.probes.summary import SweepPoint
from desktop_app.store.log import HistoryStore
from desktop_app.store.migrations import StoreError


class EvidenceReader(JobWorker):
    ready = Signal(str, object, list)  # platform id, SweepPoint, records (dicts) of that platform

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._store: HistoryStore | None = None

    @Slot(str, int)
    def read(self, platform: str, seq: int) -> None:
        try:
            if self._store is None:
                self._store = HistoryStore.open(self._db_path)
            block = self._store.block(seq)
            records = [json.loads(r) for r in self._store.block_records(seq)]
        except KeyError:
            self.failed.emit(self.tr("That measurement (sweep {0}) is no longer in the history.").format(seq))
            return
        except (StoreError, OSError) as exc:
            self.fail(exc)
            return
        mine = [r for r in records if r.get("platform") == platform]
        self.ready.emit(platform, SweepPoint.from_context(block.context, seq), mine)

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
