"""One way to run background work in the app: a worker object in a thread of its own, cancelled cooperatively.

Every background task of the GUI (the engine, export, verify, the history loaders) is a `JobWorker` run by a
`Job`: `submit()` first calls the worker's `prepare()` on the GUI thread (a quick check of the inputs that refuses
with a sentence), then queues the call into the worker's thread (`run`); `cancel()` sets an event the worker's
loops read; `stop()` cancels, lets the worker release what it holds in its own thread (`close`), and joins the
thread within one timeout, checking the result. Failures reach the GUI as typed core errors turned into
translated sentences (`gui/error_text.py`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, SignalInstance, Slot

from desktop_app.gui.error_text import sentence_for
from desktop_app.gui.threads import favour_gui_thread

log = logging.getLogger(__name__)
STOP_TIMEOUT_MS = 3000  # the one bound for every job: work checks its cancel event at least every fraction of this


class JobWorker(QObject):
    """The half of a job that lives in the job's thread. Subclasses add slots (the `run` steps)."""

    failed = Signal(str)  # a translated sentence for the person

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()  # set from any thread; every long loop of the worker reads it

    def prepare(self, *args: Any) -> str | None:
        """Runs on the GUI thread before a request is queued: a translated sentence refuses it, None accepts."""
        return None

    def fail(self, exc: BaseException) -> None:
        """Report an expected failure (a typed core error, an OSError) as one translated sentence."""
        self.failed.emit(sentence_for(exc))

    @Slot()
    def close(self) -> None:
        """Runs in the job's thread as it stops: close stores, stop timers. Overridden where there is any."""


class Job(QObject):
    """Owns the thread of one `JobWorker`; started on first use, so a dialog closed unused leaves no thread."""

    refused = Signal(str)  # emitted on the GUI thread when `prepare` turns a request down (a translated sentence)

    def __init__(self, worker: JobWorker, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.worker_thread = QThread()  # not `thread`, which would hide QObject.thread()
        self.worker_thread.setObjectName(name)
        worker.moveToThread(self.worker_thread)
        self._stopped = False

    @property
    def finished(self) -> bool:
        return not self.worker_thread.isRunning()

    def start(self) -> None:
        if not self._stopped and not self.worker_thread.isRunning():
            favour_gui_thread()
            self.worker_thread.start()

    def submit(self, request: SignalInstance, *args: Any) -> bool:
        """Check the request on this thread (`prepare`), then queue it into the worker's; False when refused."""
        if self._stopped:
            return False
        refusal = self.worker.prepare(*args)
        if refusal is not None:
            self.refused.emit(refusal)
            return False
        self.worker.cancel.clear()
        self.start()
        request.emit(*args)
        return True

    def cancel(self) -> None:
        """Thread-safe: the running request stops at its next check and reports how it ended."""
        self.worker.cancel.set()

    def stop(self) -> bool:
        """Cancel, close the worker in its thread, and join it; True when the thread ended within the timeout."""
        self.worker.cancel.set()
        if self._stopped:
            return self.finished
        self._stopped = True
        if not self.worker_thread.isRunning():
            return True
        QMetaObject.invokeMethod(self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self.worker_thread.quit()
        if not self.worker_thread.wait(STOP_TIMEOUT_MS):
            log.error("the %s thread did not stop within %d ms", self.worker_thread.objectName(), STOP_TIMEOUT_MS)
            return False
        return True
