"""Runs history queries on threads of their own, so the GUI thread never waits for SQLite.

Two loaders, each with its own thread and connection: one answers chart queries and evidence (quick), the other
finds incidents (up to a second for a year), so a new range is drawn at once even while the previous range's
incidents are still being searched; that search is abandoned as soon as a newer request arrives.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from desktop_app.gui.threads import favour_gui_thread
from desktop_app.store.history_query import HistorySeries, query_history
from desktop_app.store.incidents import Incident, IncidentsCancelled, find_incidents
from desktop_app.store.log import HistoryStore
from desktop_app.store.migrations import StoreError
from desktop_app.store.sweep_index import CONNECTION_ID

STOP_WAIT_MS = 2000


@dataclass(frozen=True)
class HistoryResult:
    series: HistorySeries
    took_ms: float


@dataclass(frozen=True)
class SweepEvidence:
    seq: int
    started_at: float
    platform_summary: dict[str, Any]  # the platform's verdict, reason, counts from the block header
    records: list[dict[str, Any]]


@dataclass(frozen=True)
class IncidentEvidence:
    incident: Incident
    first: SweepEvidence
    last: SweepEvidence


class HistoryLoader(QObject):
    loaded = Signal(int, object)  # request id, HistoryResult
    incidentsLoaded = Signal(int, object)  # request id, list[Incident]
    evidenceLoaded = Signal(int, object)  # request id, IncidentEvidence
    failed = Signal(int, str)  # request id, a sentence

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._store: HistoryStore | None = None
        self.newest = 0  # set by the GUI thread before each request; an int store is atomic under the GIL

    def _open(self) -> HistoryStore:
        if self._store is None:
            self._store = HistoryStore.open(self._db_path)
        return self._store

    @Slot(int, float, float, object)
    def load_series(self, request: int, since: float, until: float, platforms: Collection[str] | None) -> None:
        if request < self.newest:
            return  # superseded while it waited
        started = time.perf_counter()
        try:
            series = query_history(self._open(), since, until, platforms)
        except (StoreError, OSError, ValueError) as exc:
            self.failed.emit(request, f"The history could not be read: {exc}")
            return
        self.loaded.emit(request, HistoryResult(series, (time.perf_counter() - started) * 1000))

    @Slot(int, float, float, object)
    def load_incidents(self, request: int, since: float, until: float, platforms: Collection[str] | None) -> None:
        if request < self.newest:
            return
        try:
            found = find_incidents(self._open(), since, until, platforms, cancelled=lambda: request < self.newest)
        except IncidentsCancelled:
            return
        except (StoreError, OSError, ValueError) as exc:
            self.failed.emit(request, f"The incidents could not be read: {exc}")
            return
        self.incidentsLoaded.emit(request, found)

    @Slot(int, object)
    def load_evidence(self, request: int, incident: Incident) -> None:
        try:
            store = self._open()
            first = self._sweep(store, incident.first_seq, incident.platform)
            last = self._sweep(store, incident.last_seq, incident.platform)
        except (StoreError, OSError, KeyError, ValueError) as exc:
            self.failed.emit(request, f"The evidence of this incident could not be read: {exc}")
            return
        self.evidenceLoaded.emit(request, IncidentEvidence(incident, first, last))

    @staticmethod
    def _sweep(store: HistoryStore, seq: int, platform: str) -> SweepEvidence:
        block = store.block(seq)
        records = [json.loads(r) for r in store.block_records(seq)]
        if platform != CONNECTION_ID:
            records = [r for r in records if r.get("platform") == platform]
        context = block.header["context"]
        summary = context.get("platforms", {}).get(platform) or {"verdict": context.get("network", {}).get("state")}
        return SweepEvidence(seq, block.started_at, summary, records)

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class HistoryHost(QObject):
    """Owns the loaders' threads; forwards requests as queued calls and joins the threads on stop()."""

    _loadSeries = Signal(int, float, float, object)
    _loadIncidents = Signal(int, float, float, object)
    _loadEvidence = Signal(int, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        favour_gui_thread()
        self.loader = HistoryLoader(db_path)  # charts and evidence
        self.finder = HistoryLoader(db_path)  # incidents
        self.threads: list[QThread] = []
        for name, worker in (("vantage-history", self.loader), ("vantage-incidents", self.finder)):
            thread = QThread()
            thread.setObjectName(name)
            worker.moveToThread(thread)
            self.threads.append(thread)
        self._loadSeries.connect(self.loader.load_series)
        self._loadEvidence.connect(self.loader.load_evidence)
        self._loadIncidents.connect(self.finder.load_incidents)
        self._request = 0
        for thread in self.threads:
            thread.start()

    @property
    def finished(self) -> bool:
        return all(t.isFinished() for t in self.threads)

    def request(self, since: float, until: float, platforms: Collection[str] | None) -> int:
        self._request += 1
        self.loader.newest = self.finder.newest = self._request
        chosen = None if platforms is None else frozenset(platforms)
        self._loadSeries.emit(self._request, since, until, chosen)
        self._loadIncidents.emit(self._request, since, until, chosen)
        return self._request

    def request_evidence(self, incident: Incident) -> int:
        self._request += 1
        self._loadEvidence.emit(self._request, incident)
        return self._request

    def stop(self) -> bool:
        self.loader.newest = self.finder.newest = self._request + 1  # abandon a running incident search
        ok = True
        for worker, thread in ((self.loader, self.threads[0]), (self.finder, self.threads[1])):
            if thread.isRunning():
                QMetaObject.invokeMethod(worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
                thread.quit()
                ok = thread.wait(STOP_WAIT_MS) and ok
        return ok
