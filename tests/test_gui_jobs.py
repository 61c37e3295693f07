"""The one background-job abstraction: prepare refuses on the GUI thread, run in the job's thread, cooperative
cancel, a checked stop, and typed core errors reaching the GUI as one sentence."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal, Slot

from desktop_app.evidence.crypto.keys import KeyProblem
from desktop_app.gui.error_text import sentence_for
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.store.migrations import StoreError


class Counter(JobWorker):
    """Counts until cancelled; refuses a negative start; fails with a store error on request."""

    counted = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.ran_in: QThread | None = None
        self.closed_in: QThread | None = None
        self.running = threading.Event()

    def prepare(self, *args: object) -> str | None:
        return "Start from zero or more." if args and int(args[0]) < 0 else None  # type: ignore[call-overload]

    @Slot(int)
    def count(self, start: int) -> None:
        self.ran_in = QThread.currentThread()
        if start == 99:
            self.fail(StoreError("The disk is full."))
            return
        n = start
        self.running.set()
        while not self.cancel.wait(0.001):
            n += 1
        self.counted.emit(n)

    @Slot()
    def close(self) -> None:
        self.closed_in = QThread.currentThread()


class Host(Job):
    request = Signal(int)


def make(qtbot):
    worker = Counter()
    job = Host(worker, "test-job")
    job.request.connect(worker.count)
    failures: list[str] = []
    results: list[int] = []
    worker.failed.connect(failures.append)
    job.refused.connect(failures.append)
    worker.counted.connect(results.append)
    return job, worker, failures, results


def test_prepare_refuses_on_the_gui_thread_and_starts_no_thread(qtbot):
    job, _worker, failures, _ = make(qtbot)
    assert not job.submit(job.request, -1)
    assert failures == ["Start from zero or more."]
    assert not job.worker_thread.isRunning()  # a refused request leaves no thread behind
    assert job.stop()


def test_run_happens_in_the_jobs_thread_and_cancel_ends_it(qtbot):
    job, worker, _failures, results = make(qtbot)
    assert job.submit(job.request, 5)
    assert worker.running.wait(5)
    assert worker.ran_in is job.worker_thread and worker.ran_in is not QThread.currentThread()
    job.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] >= 5
    assert job.stop()
    assert job.finished and worker.closed_in is job.worker_thread  # closed in its own thread, then joined


def test_stop_cancels_a_running_request_and_joins(qtbot):
    job, worker, _failures, _results = make(qtbot)
    job.submit(job.request, 0)
    assert worker.running.wait(5)
    assert job.stop()  # checked: True only when the thread ended within the one timeout
    assert job.finished
    assert not job.submit(job.request, 1)  # a stopped job takes no more work
    assert job.stop()  # stopping twice is harmless


def test_a_typed_core_error_reaches_the_gui_as_one_sentence(qtbot):
    job, _worker, failures, _ = make(qtbot)
    job.submit(job.request, 99)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == ["The history could not be read or written. The disk is full."]
    assert job.stop()


def test_error_sentences_name_what_failed():
    assert sentence_for(KeyProblem("The passphrase is wrong.")).startswith("The signing key cannot be used.")
    assert "(/x/y)" in sentence_for(FileNotFoundError(2, "No such file or directory", "/x/y"))
    assert sentence_for(RuntimeError("")) == "Something went wrong."
