"""Windows open where and as large as they were left (main window, History, evidence), and a place saved on a
screen that is no longer there, or larger than this one, comes back inside the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.history.view import HistoryWindow
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_memory import FILE, WindowMemory
from desktop_app.gui.window_size import clamp_rect
from desktop_app.probes.summary import SweepPoint

PLATFORMS = [("x", "X"), ("control", "Checks")]
SCREEN = QRect(0, 0, 1280, 720)
MINIMUM = QSize(400, 300)


def main_window(qtbot, tmp_path, **kw):
    settings = Settings(first_run_done=True)
    host = EngineHost(Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data"),
                      interval_override=3600)  # never started: nothing is probed
    window = MainWindow(host, settings, PLATFORMS, config_dir=tmp_path / "config", **kw)
    qtbot.addWidget(window)
    return window


def screen() -> QRect:
    primary = QGuiApplication.primaryScreen()
    assert primary is not None
    return primary.availableGeometry()


def test_a_remembered_place_is_kept_when_it_fits_and_brought_back_when_not():
    assert clamp_rect(QRect(40, 30, 900, 600), SCREEN, MINIMUM) == QRect(40, 30, 900, 600)
    # partly past the right edge: moved in, same size
    assert clamp_rect(QRect(1000, 30, 900, 600), SCREEN, MINIMUM) == QRect(380, 30, 900, 600)
    # saved on a larger monitor: fitted (window_size.fit_size) and kept inside
    assert clamp_rect(QRect(100, 100, 2400, 1300), SCREEN, MINIMUM) == QRect(77, 44, 1203, 676)
    # on a monitor that is gone: centred
    assert clamp_rect(QRect(3000, 2000, 800, 500), SCREEN, MINIMUM) == QRect(240, 110, 800, 500)


def test_the_main_window_reopens_with_its_size_and_place(qtbot, tmp_path):
    area = screen()
    window = main_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    width = window.minimumWidth()  # the toolbar's width: offscreen's screen is narrow
    wanted = QRect(area.x() + (area.width() - width) // 2, area.y() + 40, width, area.height() // 2)
    window.setGeometry(wanted)
    qtbot.waitUntil(lambda: window.geometry() == wanted)
    window.quit()  # Ctrl+Q: saves the place as it hides (QApplication.quit does nothing without a running app)
    assert not window.isVisible()
    assert "[main]" in (tmp_path / "config" / FILE).read_text(encoding="utf-8")  # its own file, not settings.json
    assert not (tmp_path / "config" / "settings.json").exists()

    again = main_window(qtbot, tmp_path)
    assert again.geometry() == wanted  # set before it is shown
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == wanted.size() and again.pos() == window.pos()
    assert again.shutdown()


def test_the_demo_remembers_in_the_real_config_folder(qtbot, tmp_path):
    window = main_window(qtbot, tmp_path, demo=True, personal_dir=tmp_path / "real")
    window.show()
    qtbot.waitExposed(window)
    window.quit()
    assert (tmp_path / "real" / FILE).is_file() and not (tmp_path / "config" / FILE).exists()


def test_history_saved_off_screen_comes_back_inside_the_screen(qtbot, tmp_path):
    memory = WindowMemory(tmp_path)
    memory.store.setValue("history/geometry", QRect(6000, 5000, 3000, 2000))  # a monitor since unplugged
    history = memory.remember(HistoryWindow(tmp_path / "history.sqlite", PLATFORMS, {}), "history")
    qtbot.addWidget(history)
    history.show()
    qtbot.waitExposed(history)
    try:
        area = screen()
        shown = history.geometry()
        assert area.contains(shown.topLeft()) and shown.height() <= area.height(), (shown, area)
        # as wide as the screen allows, but History's controls need more than offscreen's 800 px: never narrower
        assert shown.width() == max(history.minimumSizeHint().width(), int(area.width() * 0.94))
        history.resize(history.width() - 50, history.height() - 40)
        size = history.size()
        history.close()
        again = memory.remember(HistoryWindow(tmp_path / "history.sqlite", PLATFORMS, {}), "history")
        qtbot.addWidget(again)
        assert again.size() == size
        assert again.host.stop()
    finally:
        assert history.host.stop()


def test_an_evidence_window_opens_at_the_size_the_last_one_was_left(qtbot, tmp_path):
    window = main_window(qtbot, tmp_path)
    context = {"started_at": "2026-07-19T14:04:00Z", "ended_at": "2026-07-19T14:04:09Z",
               "platforms": {"x": {"verdict": "ok", "affected": 0, "total": 7}}}
    records = [{"platform": "x", "url": "https://x.com/", "verdict": "ok", "t_ms": 12.0, "steps": []}]
    window.show_evidence("x", SweepPoint.from_context(context, seq=1), records)
    first = window._evidence_shown[("x", 1)]
    qtbot.waitExposed(first)
    first.resize(first.width() - 60, first.height() - 50)
    left = first.geometry()
    first.close()
    qtbot.waitUntil(lambda: ("x", 1) not in window._evidence_shown)
    window.show_evidence("x", SweepPoint.from_context(context, seq=2), records)
    second = window._evidence_shown[("x", 2)]
    assert second.geometry() == left
    assert window.shutdown()


def test_a_maximised_window_reopens_maximised_with_its_normal_place_kept(qtbot, tmp_path):
    memory = WindowMemory(tmp_path)
    history = memory.remember(HistoryWindow(tmp_path / "history.sqlite", PLATFORMS, {}), "history")
    qtbot.addWidget(history)
    try:
        history.showMaximized()
        qtbot.waitUntil(history.isMaximized)
        history.close()
        found = memory.saved("history")
        assert found is not None and found[1] is True
        assert screen().contains(found[0].topLeft())  # the normal place, not the maximised one
        again = memory.remember(HistoryWindow(tmp_path / "history.sqlite", PLATFORMS, {}), "history")
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(again.isMaximized)
        again.close()
        assert again.host.stop()
    finally:
        assert history.host.stop()
