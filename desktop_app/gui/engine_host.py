"""Owns the worker's QThread: starts it, forwards controls as queued calls, and stops it cooperatively."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.threads import favour_gui_thread
from desktop_app.gui.worker import EngineWorker

log = logging.getLogger(__name__)
STOP_WAIT_MS = 2000


class EngineHost(QObject):
    # Queued into the worker's thread (the worker's slots run there, never on the GUI thread).
    _probeNow = Signal()
    _setPaused = Signal(bool)
    _applySettings = Signal(object)
    _requestEvidence = Signal(str, int)

    def __init__(self, session: Session, *, interval_override: float | None = None,
                 before_sweep: Callable[[int], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = session.data_dir
        self.worker_thread = QThread()  # not `thread`, which would hide QObject.thread()
        self.worker_thread.setObjectName("vantage-engine")
        self.worker = EngineWorker(session, interval_override=interval_override, before_sweep=before_sweep)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.start)
        self._probeNow.connect(self.worker.probe_now)
        self._setPaused.connect(self.worker.set_paused)
        self._applySettings.connect(self.worker.apply_settings)
        self._requestEvidence.connect(self.worker.request_evidence)
        self._stopped = False

    def start(self) -> None:
        favour_gui_thread()
        self.worker_thread.start()

    def probe_now(self) -> None:
        self._probeNow.emit()

    def set_paused(self, paused: bool) -> None:
        self._setPaused.emit(paused)

    def apply_settings(self, settings: Settings) -> None:
        self._applySettings.emit(settings)

    def request_evidence(self, platform: str, seq: int) -> None:
        self._requestEvidence.emit(platform, seq)

    def stop(self) -> bool:
        """Cancel any sweep, close the store in its thread, and join; True when the thread ended in time."""
        if self._stopped:
            return True
        self._stopped = True
        self.worker.request_stop()  # thread-safe: cancels a running sweep within a fraction of a second
        if self.worker_thread.isRunning():
            QMetaObject.invokeMethod(self.worker, "shutdown", Qt.ConnectionType.BlockingQueuedConnection)
            self.worker_thread.quit()
            if not self.worker_thread.wait(STOP_WAIT_MS):
                log.error("the engine thread did not stop within %d ms", STOP_WAIT_MS)
                return False
        return True
