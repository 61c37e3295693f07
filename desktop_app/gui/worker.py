"""The engine's home in the app: a QObject living in its own QThread, speaking to the GUI only by signals.

Network and disk work happen here, never on the GUI thread. Stopping is cooperative: `request_stop()` (safe to
call from any thread) cancels a running sweep within a fraction of a second; nothing half-done is stored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QTimer, Signal, Slot

from desktop_app.app.schedule import decide
from desktop_app.app.session import FollowUp, Session, follow_up_for
from desktop_app.app.settings import Settings
from desktop_app.gui.error_text import detail_of, sentence_for
from desktop_app.gui.jobs import JobWorker
from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.probes.summary import SweepPoint
from desktop_app.probes.sweep import SweepCancelled
from desktop_app.store.log import HistoryStore
from desktop_app.store.migrations import StoreError
from desktop_app.system.power import metered_connection, on_battery

log = logging.getLogger(__name__)
HISTORY_SPAN_S = 86400.0  # what the live chart holds in memory: a day
RECHECK_S = 60.0  # look again at least this often (battery, metered, cap may change)


@dataclass(frozen=True)
class Usage:
    last_sweep_bytes: int
    today_bytes: int


def _local_day(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d")


class EngineWorker(JobWorker):
    historyLoaded = Signal(list)  # list[SweepPoint], oldest first
    sweepStarted = Signal()
    sweepProgress = Signal(int, int)  # endpoints done, total
    sweepWaiting = Signal(object)  # probes.inflight.Waiting: what the running sweep still waits for (empty: nothing)
    sweepFinished = Signal(object)  # SweepPoint (stored: seq set)
    sweepFailed = Signal(str)  # a sentence
    statusChanged = Signal(str)  # "" when scheduled normally, else why sweeps are not running
    usageChanged = Signal(object)  # Usage
    unsavedChanged = Signal(int)  # sweeps measured but kept in memory because the history could not be written

    def __init__(self, session: Session, *, interval_override: float | None = None,
                 before_sweep: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self._session = session
        self._interval_override = interval_override
        self._before_sweep = before_sweep
        self._store: HistoryStore | None = None
        self._timer: QTimer | None = None
        self._paused = False
        self._forced = False
        self._running = False
        self._last_started: float | None = None
        self._sweeps = 0
        self._usage = Usage(0, 0)
        self._usage_day = _local_day(time.time())
        self._follow_up: FollowUp | None = None  # a quick second look at a new blocking verdict, when due
        self._previous: dict[str, str] = {}  # platform -> its verdict at the last observation

    # ------------------------------------------------------------------------------------------ lifecycle

    @Slot()
    def start(self) -> None:
        """Runs in the worker thread once it starts: open the store, send the last day, schedule."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        try:
            self._session.fingerprints()  # read here, in the worker thread: no disk I/O on the GUI thread
            self._store = self._session.open_store()
        except (StoreError, CatalogueError, OSError) as exc:
            self.sweepFailed.emit(sentence_for(exc))
            return
        since = time.time() - HISTORY_SPAN_S
        points = [SweepPoint.from_context(b.context, b.seq) for b in self._store.blocks(since=since)]
        for point in points:
            self._previous.update({pid: p.verdict for pid, p in point.platforms.items()})
        today = _local_day(time.time())
        self._usage = Usage(points[-1].bytes_used if points else 0,
                            sum(p.bytes_used for p in points if _local_day(p.started_at) == today))
        self.historyLoaded.emit(points)
        self.usageChanged.emit(self._usage)
        self._timer.start(0)

    def request_stop(self) -> None:
        """Thread-safe: a running sweep is cancelled and no new one starts."""
        self.cancel.set()

    @Slot()
    def close(self) -> None:
        """Runs in the worker thread: stop the timer and close the store."""
        self.cancel.set()
        if self._timer is not None:
            self._timer.stop()
        if self._store is not None:
            self._store.close()
            self._store = None

    # ------------------------------------------------------------------------------------------- controls

    @Slot()
    def probe_now(self) -> None:
        self._forced = True
        self._reschedule(0)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self._reschedule(0)

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        self._session = self._session.with_settings(settings)
        self._reschedule(0)

    # ------------------------------------------------------------------------------------------ scheduling

    @property
    def interval_s(self) -> float:
        return self._interval_override or float(self._session.settings.interval_s)

    def _reschedule(self, delay_s: float) -> None:
        if self._timer is not None and not self.cancel.is_set():
            self._timer.start(int(max(0.0, delay_s) * 1000))

    @Slot()
    def _tick(self) -> None:
        if self.cancel.is_set() or self._running:
            return
        now = time.time()
        if _local_day(now) != self._usage_day:
            self._usage_day, self._usage = _local_day(now), Usage(self._usage.last_sweep_bytes, 0)
            self.usageChanged.emit(self._usage)
        settings = self._session.settings
        frugal = settings.pause_on_battery or settings.pause_on_metered
        follow_up, now_mono = self._follow_up, time.monotonic()
        due = follow_up is not None and follow_up.due <= now_mono
        regular = self._forced or self._last_started is None or now_mono >= self._last_started + self.interval_s
        decision = decide(now=time.monotonic(), last_started=self._last_started, interval_s=self.interval_s,
                          settings=settings, paused=self._paused,
                          on_battery=on_battery() if frugal else False,
                          metered=metered_connection() if settings.pause_on_metered else False,
                          today_bytes=self._usage.today_bytes, forced=self._forced or due)
        self._forced = False
        self.statusChanged.emit(decision.reason or "")
        if decision.run:
            self._sweep(follow_up if due and not regular else None)  # a full sweep covers what a follow-up would
            wait = self.interval_s
        else:
            wait = decision.wait_s
        if self._follow_up is not None:
            wait = min(wait, self._follow_up.due - time.monotonic())
        self._reschedule(min(wait, RECHECK_S))

    def _sweep(self, follow_up: FollowUp | None) -> None:
        """One sweep (or a follow-up of just the endpoints a new blocking verdict concerns), stored."""
        assert self._store is not None
        self._running = True
        if follow_up is None:
            self._last_started = time.monotonic()
        self._follow_up = None
        self.sweepStarted.emit()
        try:
            if self._before_sweep is not None and follow_up is None:
                self._before_sweep(self._sweeps)
            stored = self._session.sweep(self._store, follow_up=follow_up, cancel=self.cancel,
                                         progress=lambda done, total: self.sweepProgress.emit(done, total),
                                         waiting=self.sweepWaiting.emit)
        except SweepCancelled:
            return
        except CatalogueError as exc:
            self.sweepFailed.emit(sentence_for(exc))
            return
        except (StoreError, OSError) as exc:
            log.exception("sweep failed")
            self.sweepFailed.emit(self.tr("The measurement could not be saved: {0} Check the data folder.")
                                  .format(detail_of(exc)))
            self.unsavedChanged.emit(self._session.pending)
            return
        finally:
            self._running = False
        self.unsavedChanged.emit(self._session.pending)
        if self._session.catalogue_problem is not None:
            self.sweepFailed.emit(self.tr("Your targets could not be loaded ({0}); the previous list is used.")
                                  .format(self._session.catalogue_problem))
        if follow_up is None:
            self._sweeps += 1
            self._follow_up = follow_up_for(stored, self._previous)
        self._previous.update({pid: p.verdict for pid, p in stored.point.platforms.items()})
        log.info("sweep stored: block %d", stored.seq)
        point = stored.point
        self._usage = Usage(point.bytes_used, self._usage.today_bytes + point.bytes_used)
        self.sweepFinished.emit(point)
        self.usageChanged.emit(self._usage)
