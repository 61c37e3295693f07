"""Runs history queries on threads of their own, so the GUI thread never waits for SQLite.

Two loaders, each with its own thread and connection: one answers chart queries and evidence (quick), the other
finds incidents and the blocking verdicts that stayed unconfirmed (store/incidents.py find_findings: up to a
second for a year), so a new range is drawn at once even while the previous range's
incidents are still being searched; that search is abandoned as soon as a newer request arrives.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.gui.error_text import detail_of
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.probes.summary import PlatformPoint, SweepPoint
from desktop_app.store.history_query import HistorySeries, data_span, query_history
from desktop_app.store.incidents import Findings, Incident, IncidentsCancelled, find_findings
from desktop_app.store.log import HistoryStore
from desktop_app.store.migrations import StoreError
from desktop_app.store.sweep_index import CONNECTION_ID


@dataclass(frozen=True)
class HistoryResult:
    series: HistorySeries
    took_ms: float


@dataclass(frozen=True)
class SweepEvidence:
    seq: int
    started_at: float
    point: PlatformPoint  # the platform's verdict, reason, counts, scope and roles from the block header
    records: list[dict[str, Any]]


@dataclass(frozen=True)
class IncidentEvidence:
    incident: Incident
    first: SweepEvidence
    last: SweepEvidence


class HistoryLoader(JobWorker):
    loaded = Signal(int, object)  # request id, HistoryResult
    incidentsLoaded = Signal(int, object)  # request id, Findings (incidents, and unconfirmed verdicts apart)
    evidenceLoaded = Signal(int, object)  # request id, IncidentEvidence
    spanLoaded = Signal(int, object)  # request id, (first, last) sweep start or None for an empty history
    failedRequest = Signal(int, str)  # request id, a translated sentence

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
            self.failedRequest.emit(request, self.tr("The history could not be read: {0}").format(detail_of(exc)))
            return
        self.loaded.emit(request, HistoryResult(series, (time.perf_counter() - started) * 1000))

    @Slot(int, float, float, object)
    def load_incidents(self, request: int, since: float, until: float, platforms: Collection[str] | None) -> None:
        if request < self.newest:
            return
        try:
            found: Findings = find_findings(self._open(), since, until, platforms,
                                            cancelled=lambda: request < self.newest or self.cancel.is_set())
        except IncidentsCancelled:
            return
        except (StoreError, OSError, ValueError) as exc:
            self.failedRequest.emit(request, self.tr("The incidents could not be read: {0}").format(detail_of(exc)))
            return
        self.incidentsLoaded.emit(request, found)

    @Slot(int, float)
    def load_span(self, request: int, since: float) -> None:
        try:
            span = data_span(self._open(), since)
        except (StoreError, OSError, ValueError) as exc:
            self.failedRequest.emit(request, self.tr("The history could not be read: {0}").format(detail_of(exc)))
            return
        self.spanLoaded.emit(request, span)

    @Slot(int, object)
    def load_evidence(self, request: int, incident: Incident) -> None:
        try:
            store = self._open()
            first = self._sweep(store, incident.first_seq, incident.platform)
            last = self._sweep(store, incident.last_seq, incident.platform)
        except (StoreError, OSError, KeyError, ValueError) as exc:
            self.failedRequest.emit(request, self.tr("The evidence of this incident could not be read: {0}")
                                    .format(detail_of(exc)))
            return
        self.evidenceLoaded.emit(request, IncidentEvidence(incident, first, last))

    @staticmethod
    def _sweep(store: HistoryStore, seq: int, platform: str) -> SweepEvidence:
        block = store.block(seq)
        records = [json.loads(r) for r in store.block_records(seq)]
        if platform != CONNECTION_ID:
            records = [r for r in records if r.get("platform") == platform]
        context = block.context
        point = SweepPoint.from_context(dict(context.raw)).platforms.get(platform) if platform in context.platforms \
            else None
        if point is None:  # the whole connection (or a platform this sweep did not measure): the network's state
            point = PlatformPoint(platform, context.network_state or "inconclusive", 0, 0)
        return SweepEvidence(seq, block.started_at, point, records)

    @Slot()
    def close(self) -> None:
        """Runs in the loader's thread as its job stops."""
        if self._store is not None:
            self._store.close()
            self._store = None


class HistoryHost(QObject):
    """Owns the loaders' jobs; forwards requests as queued calls and joins their threads on stop()."""

    _loadSeries = Signal(int, float, float, object)
    _loadIncidents = Signal(int, float, float, object)
    _loadEvidence = Signal(int, object)
    _loadSpan = Signal(int, float)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = HistoryLoader(db_path)  # charts and evidence
        self.finder = HistoryLoader(db_path)  # incidents
        self.jobs = (Job(self.loader, "vantage-history", self), Job(self.finder, "vantage-incidents", self))
        self._loadSeries.connect(self.loader.load_series)
        self._loadEvidence.connect(self.loader.load_evidence)
        self._loadSpan.connect(self.loader.load_span)
        self._loadIncidents.connect(self.finder.load_incidents)
        self._request = 0
        for job in self.jobs:
            job.start()

    @property
    def finished(self) -> bool:
        return all(job.finished for job in self.jobs)

    def request(self, since: float, until: float, platforms: Collection[str] | None) -> int:
        self._request += 1
        self.loader.newest = self.finder.newest = self._request
        chosen = None if platforms is None else frozenset(platforms)
        loader, finder = self.jobs
        loader.submit(self._loadSeries, self._request, since, until, chosen)
        finder.submit(self._loadIncidents, self._request, since, until, chosen)
        return self._request

    def request_evidence(self, incident: Incident) -> int:
        self._request += 1
        self.jobs[0].submit(self._loadEvidence, self._request, incident)
        return self._request

    def request_span(self, since: float) -> int:
        self._request += 1
        self.jobs[0].submit(self._loadSpan, self._request, since)
        return self._request

    def stop(self) -> bool:
        self.loader.newest = self.finder.newest = self._request + 1  # abandon a running incident search
        results = [job.stop() for job in self.jobs]
        return all(results)
