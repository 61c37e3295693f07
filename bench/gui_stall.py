"""The GUI thread's largest event-loop gap while sweeps run and the chart redraws (target: under 50 ms).

A 10 ms QTimer ticks on the GUI thread of the real main window while the engine thread sweeps the whole default
catalogue against the lab (served by a separate `vantage lab serve` process). Runs offscreen.
Usage: .venv/bin/python bench/gui_stall.py [--sweeps 3]
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lab_window import lab_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweeps", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with lab_window(1.0) as (window, host, catalogue):
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        host.start()
        deadline = time.monotonic() + 120
        while window.sweeps_shown < args.sweeps and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        window.shutdown()
    gaps = sorted(gaps[1:])
    print(f"sweeps: {window.sweeps_shown}")
    print(f"endpoints_per_sweep: {len(catalogue.endpoints())}")
    print(f"ticks: {len(gaps)}")
    print(f"largest_gap_ms: {gaps[-1] * 1000:.1f} (target < 50)")
    print(f"p99_gap_ms: {gaps[int(len(gaps) * 0.99)] * 1000:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
