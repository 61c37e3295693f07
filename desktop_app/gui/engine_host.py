"""Owns the engine's job: starts its thread, forwards controls as queued calls, and stops it cooperatively."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.jobs import Job
from desktop_app.gui.worker import EngineWorker


class EngineHost(QObject):
    # Queued into the worker's thread (the worker's slots run there, never on the GUI thread).
    _probeNow = Signal()
    _setPaused = Signal(bool)
    _applySettings = Signal(object)

    def __init__(self, session: Session, *, interval_override: float | None = None,
                 before_sweep: Callable[[int], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = session.data_dir
        self.worker = EngineWorker(session, interval_override=interval_override, before_sweep=before_sweep)
        self.job = Job(self.worker, "vantage-engine", self)
        self.job.worker_thread.started.connect(self.worker.start)
        self._probeNow.connect(self.worker.probe_now)
        self._setPaused.connect(self.worker.set_paused)
        self._applySettings.connect(self.worker.apply_settings)

    @property
    def worker_thread(self) -> QThread:
        return self.job.worker_thread

    def start(self) -> None:
        self.job.start()

    def probe_now(self) -> None:
        self._probeNow.emit()

    def set_paused(self, paused: bool) -> None:
        self._setPaused.emit(paused)

    def apply_settings(self, settings: Settings) -> None:
        self._applySettings.emit(settings)

    def stop(self) -> bool:
        """Cancel any sweep, close the store in its thread, and join; True when the thread ended in time."""
        return self.job.stop()
