"""The History window on a year of history: time to render each range, to switch platform, and GUI-thread stalls.

Targets (issue 4): any range renders in < 300 ms, a switch of range or platform in < 150 ms, and the GUI thread
never stalls for more than 50 ms (queries run on the loader's thread). Runs offscreen.
Usage: .venv/bin/python bench/history_gui.py [--rebuild]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from history import year_from_args
from history_year import PLATFORMS
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.gui.charts.live_chart import ReachabilityChart
from desktop_app.gui.history.view import RANGES, HistoryWindow
from desktop_app.store.log import HistoryStore

TICK_MS = 10


class StallMeter:
    """A 10 ms timer on the GUI thread; the largest gap between its ticks is the worst stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - TICK_MS)
        self.last = now


def wait_for(app: QApplication, window: HistoryWindow, before: int, started: float,
             incidents: bool = False) -> float:
    while (window.incident_loads if incidents else window.loads) <= before:
        app.processEvents()
        time.sleep(0.001)
    window.repaint()  # the chart and tables painted, not only updated
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    path = year_from_args(__doc__.splitlines()[0])
    with HistoryStore.open(path) as store:
        latest = store.latest_block()
        assert latest is not None
        now = latest.started_at + 60
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the widgets need a QApplication, never a bare QCoreApplication
    meter = StallMeter()
    platforms = [(p, p.capitalize()) for p in PLATFORMS]
    # History opens from the running app, whose live chart is already on screen: show one first, as it is.
    live = ReachabilityChart(platforms)
    live.show()
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)
    started = time.perf_counter()
    window = HistoryWindow(path, platforms, clock=lambda: now)
    window.show()
    meter.start()
    first = wait_for(app, window, 0, started)
    print(f"open (last day, all platforms): {first:.0f} ms (target < 300 ms); largest stall while opening "
          f"{meter.worst} ms (the window's first layout and paint; target < 50 ms)")
    meter.start()
    opened = []
    for index, (name, span) in enumerate(RANGES):
        if span is None:
            continue
        before, listed_before = window.loads, window.incident_loads
        started = time.perf_counter()
        window.range_box.setCurrentIndex(index)
        ms = wait_for(app, window, before, started)
        opened.append(ms)
        listed = wait_for(app, window, listed_before, started, incidents=True)
        print(f"switch to {name:<13}: chart {ms:6.0f} ms  ({window.chart.bars_drawn} bars); incidents listed "
              f"after {listed:5.0f} ms ({window.incident_model.rowCount()} shown, {len(window.incidents)} found)")
    switches = []
    for pid in ("x", "youtube", None):
        before = window.loads
        started = time.perf_counter()
        window.platform_box.setCurrentIndex(window.platform_box.findData(pid) if pid else 0)
        ms = wait_for(app, window, before, started)
        switches.append(ms)
        print(f"switch platform to {pid or 'all':<8} (last year): {ms:6.0f} ms")
    print(f"largest range render {max(opened):.0f} ms (target < 300 ms); largest switch {max(switches):.0f} ms "
          f"(target < 150 ms)")
    print(f"largest GUI-thread stall while switching: {meter.worst} ms (target < 50 ms)")
    window.close()
    live.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
