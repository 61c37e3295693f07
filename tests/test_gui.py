"""The desktop app's real widgets, driven with pytest-qt against the lab (offscreen)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.dialogs.first_run import FirstRunDialog
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.main_window import MainWindow
from desktop_app.lab import HostBehaviour, Scenario

SWEEP_TIMEOUT_MS = 30_000
PLATFORMS = ("x", "youtube")


@pytest.fixture
def app_window(qtbot, lab, full_catalogue, tmp_path):
    """The real main window and engine thread, pointed at the lab; always stopped and joined afterwards."""
    lab.apply(Scenario(name="ok"))
    settings = Settings(first_run_done=True, platforms=PLATFORMS, timeout_s=1.0)
    session = Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data",
                      lab=lab.probe_config(timeout=1.0))
    host = EngineHost(session, interval_override=3600)
    platforms = [(p.id, p.name) for p in full_catalogue.platforms if p.id in PLATFORMS or p.is_control]
    window = MainWindow(host, settings, platforms, config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    window.show()
    yield window, host
    assert window.shutdown()
    assert host.worker_thread.isFinished()


# The worker's signals are emitted in its own thread: tests wait on what the GUI thread shows instead (pytest-qt's
# waitSignal on a cross-thread signal would stop its timer from the wrong thread).

def next_sweep(qtbot, window, action=None):
    before = window.sweeps_shown
    (action or window.host.probe_now)()
    qtbot.waitUntil(lambda: window.sweeps_shown > before, timeout=SWEEP_TIMEOUT_MS)
    return window.state.latest


def first_sweep(qtbot, window):
    return next_sweep(qtbot, window, window.host.start)


def test_window_opens_and_a_sweep_updates_tiles_and_chart(qtbot, app_window):
    window, _host = app_window
    assert window.windowTitle().startswith("Vantage")
    assert set(window.tiles) == {"x", "youtube", "control"}
    point = first_sweep(qtbot, window)
    # Drawn within a second of reaching the window (the chart's bands hold the new sweep).
    qtbot.waitUntil(lambda: len(window.chart.bars[0].opts["x0"]) == 1, timeout=1000)
    assert point.seq == 0 and point.platforms["x"].verdict == "ok"
    qtbot.waitUntil(lambda: "Works" in window.tiles["x"].verdict.text(), timeout=2000)
    assert "of 7 endpoints affected" in window.tiles["x"].details.text()
    assert len(window.chart.buffer) == 1
    assert window.windowTitle() == "Vantage — all platforms reachable"
    assert not window.banner.isVisible()


def test_blocking_shows_in_banner_tile_title_and_one_notification(qtbot, app_window, lab):
    window, _host = app_window
    first_sweep(qtbot, window)
    notes = []
    window.notifier.notified.connect(lambda title, text: notes.append(title))
    lab.apply(Scenario(name="x", hosts={h: HostBehaviour(tls="sni_reset") for h in
                                        ("x.com", "twitter.com", "api.x.com", "api.twitter.com", "abs.twimg.com",
                                         "pbs.twimg.com", "video.twimg.com")}))
    next_sweep(qtbot, window, window.probe_action.trigger)
    # One sweep is not enough: the tile says so, and nothing is announced until the next look repeats it.
    qtbot.waitUntil(lambda: "unconfirmed" in window.tiles["x"].details.text(), timeout=2000)
    assert "Blocked (SNI filtering)" in window.tiles["x"].verdict.text()
    assert "checks again" in window.banner.text and "blocked" not in window.windowTitle()
    assert notes == []
    next_sweep(qtbot, window, window.probe_action.trigger)  # a sweep before the follow-up is due confirms it
    qtbot.waitUntil(lambda: "unconfirmed" not in window.tiles["x"].details.text(), timeout=2000)
    assert "X (Twitter) is blocked by a reset during the TLS handshake (SNI filtering) since" in window.banner.text
    assert "X (Twitter) blocked" in window.windowTitle()
    assert notes == ["X (Twitter): Blocked (SNI filtering)"]
    next_sweep(qtbot, window, window.probe_action.trigger)  # still blocked: no second notification
    assert len(notes) == 1


def test_pause_stops_sweeps(qtbot, app_window):
    window, _host = app_window
    first_sweep(qtbot, window)
    shown = window.sweeps_shown
    window.pause_action.trigger()
    assert window.pause_action.text() == "Res&ume"
    qtbot.waitUntil(lambda: window._status_reason == "Paused", timeout=5000)
    window._status_reason = ""
    window.probe_action.trigger()  # Probe now never overrides a pause: the worker answers "Paused" again
    qtbot.waitUntil(lambda: window._status_reason == "Paused", timeout=5000)
    assert window.sweeps_shown == shown and not window.sweep_running
    assert "Paused" in window.status_label.text()
    assert "choose Resume" in window.statusBar().currentMessage()  # the click was answered, not ignored
    window.pause_action.trigger()
    next_sweep(qtbot, window, window.probe_action.trigger)


def test_evidence_opens_from_a_tile(qtbot, app_window):
    window, _host = app_window
    first_sweep(qtbot, window)
    window.open_latest_evidence("youtube")
    qtbot.waitUntil(lambda: bool(window._evidence), timeout=5000)
    dialog = window._evidence[0]
    rows = dialog.step_rows()
    assert any(r[4] == "dns" for r in rows) and any(r[4] == "tls" for r in rows)  # the raw names, in the detail
    assert any(r[0] == "DNS: the ISP's resolver" for r in rows)


def test_evidence_opens_during_a_sweep_from_what_is_stored_and_only_once(qtbot, app_window, lab):
    window, _host = app_window
    first_sweep(qtbot, window)
    lab.apply(Scenario(name="slow", shutdown=True))  # a sweep that takes seconds: the engine's thread is busy
    window.probe_action.trigger()
    qtbot.waitUntil(lambda: window.sweep_running, timeout=5000)
    window.open_latest_evidence("youtube")
    window.open_latest_evidence("youtube")  # a second click while the first is being read
    qtbot.waitUntil(lambda: bool(window._evidence), timeout=5000)
    assert window.sweep_running  # opened while the sweep still runs, not after it
    dialog = window._evidence[0]
    assert "newer sweep is in progress" in dialog.note.text() and dialog.note.isVisibleTo(dialog)
    window.open_latest_evidence("youtube")  # once open, another click raises it and reads nothing
    assert not window._evidence_pending and len(window._evidence) == 1


def test_the_status_bar_says_what_a_long_sweep_still_waits_for(qtbot, app_window, lab):
    """During a shutdown every step times out: the status bar names what is awaited, then clears."""
    window, _host = app_window
    first_sweep(qtbot, window)
    assert not window.waiting_label.isVisible()  # a healthy sweep never showed it
    lab.apply(Scenario(name="slow", shutdown=True))
    before = window.sweeps_shown
    window.probe_action.trigger()
    qtbot.waitUntil(lambda: window.waiting_label.isVisible(), timeout=SWEEP_TIMEOUT_MS)
    text = window.waiting_label.text()
    assert text.startswith("Waiting for: ") and text.endswith(" s"), text
    assert any(f"{host} (" in text for host in ("x.com", "youtube.com", "www.youtube.com", "api.x.com")), text
    assert "(TCP)" in text or "(DNS)" in text or "(IP lookup)" in text, text
    assert window.sweep_running and window.progress.isVisible()
    qtbot.waitUntil(lambda: window.sweeps_shown > before, timeout=SWEEP_TIMEOUT_MS)
    assert not window.waiting_label.isVisible() and window.waiting_label.text() == ""


def test_quit_stops_a_running_sweep_and_joins_the_thread(qtbot, app_window, lab):
    window, host = app_window
    first_sweep(qtbot, window)
    lab.apply(Scenario(name="slow", shutdown=True))  # a sweep that would take 5 s
    window.probe_action.trigger()
    qtbot.waitUntil(lambda: window.sweep_running, timeout=5000)
    assert window.shutdown()  # True only when the thread ended within the job's stop timeout
    assert host.worker_thread.isFinished()
    assert window.sweep_running  # the cancelled sweep never reported: nothing half-done was stored or drawn


def test_the_event_loop_keeps_turning_during_a_sweep(qtbot, app_window):
    """A GUI-thread timer keeps firing while a sweep runs and is drawn (bench/gui_stall.py measures the gaps)."""
    window, _host = app_window
    ticks_while_running = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_while_running.append(window.sweep_running))
    timer.start()
    try:
        first_sweep(qtbot, window)
        qtbot.waitUntil(lambda: len(window.chart.bars[0].opts["x0"]) == 1, timeout=2000)
    finally:
        timer.stop()
    assert any(ticks_while_running)  # the GUI thread ran its timer while the engine was sweeping


def test_first_run_screen(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    text = dialog.text
    assert "stays on this computer" in text and "Nothing, anywhere, except the probes themselves" in text
    assert dialog.ip_lookup is True
    dialog.ip_box.click()
    assert dialog.ip_lookup is False


def test_no_display_gives_one_clear_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--config-dir", str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("Vantage needs a graphical display")
    assert "qt.qpa" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_smoke_the_real_demo_app_starts_sweeps_and_quits_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VANTAGE_LOG_LEVEL="info")
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "--demo", "--config-dir", str(tmp_path)], env=env,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    try:
        for line in proc.stderr:
            if "sweep stored" in line:
                break
        else:
            pytest.fail("the demo stored no sweep")
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=10)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, rest
    assert "Traceback" not in rest


def test_history_opens_from_the_main_window_and_shows_stored_sweeps(qtbot, app_window):
    window, _host = app_window
    first_sweep(qtbot, window)
    window.history_action.trigger()
    history = window.history_window
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: history.loads >= 1 and history.result is not None
                    and history.result.series.platforms.get("x") is not None, timeout=10_000)
    assert history.result.series.platforms["x"].totals == {"ok": 1}
    assert window.history_action.shortcut().toString() == "Ctrl+H"
    assert window.shutdown()
    assert history.host.finished


def test_export_and_verify_open_from_the_main_window(qtbot, app_window):
    window, _host = app_window
    first_sweep(qtbot, window)
    window.export_action.trigger()
    dialog = window._dialogs[-1]
    qtbot.waitUntil(lambda: dialog.shown_preview is not None, timeout=10_000)
    assert dialog.shown_preview.sweeps == 1 and dialog.redact_box.isChecked()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.verify_action.trigger()
    assert type(window._dialogs[-1]).__name__ == "VerifyDialog"
    assert window.shutdown()
    assert not window._dialogs or all(not d.isVisible() for d in window._dialogs)


def close_question(qtbot, window):
    """Close the window as its title bar's X would; offscreen has no tray icon, so Vantage asks what to do."""
    assert not QSystemTrayIcon.isSystemTrayAvailable() and window.tray is None
    qtbot.waitExposed(window)
    assert not window.close()  # refused: the window stays until the person answers
    box = window.close_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "no tray icon" in box.text() and window.isVisible()
    return box


def answer(qtbot, box, text):
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_closing_without_a_tray_asks_and_minimise_keeps_probing(qtbot, app_window):
    window, _host = app_window
    first_sweep(qtbot, window)
    box = close_question(qtbot, window)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Cancel", "Minimise", "Quit"]
    assert not window.close() and window.close_question is box  # closing again raises the same question
    answer(qtbot, box, "Minimise")
    qtbot.waitUntil(lambda: window.close_question is None)
    assert window.isMinimized() and window.isVisible()
    next_sweep(qtbot, window)  # still measuring
    assert window.sweeps_shown == 2


def test_closing_without_a_tray_then_cancel_changes_nothing(qtbot, app_window):
    window, host = app_window
    answer(qtbot, close_question(qtbot, window), "Cancel")
    qtbot.waitUntil(lambda: window.close_question is None)
    assert window.isVisible() and not window.isMinimized() and host.worker_thread.isRunning() is False
    first_sweep(qtbot, window)  # the engine was never stopped: it still starts and measures


def test_closing_without_a_tray_then_quit_stops_the_engine(qtbot, app_window):
    window, host = app_window
    first_sweep(qtbot, window)
    answer(qtbot, close_question(qtbot, window), "Quit")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert host.worker_thread.isFinished()
