"""The app's resident memory over a long run: the real main window sweeping the lab at a short interval, offscreen.

A `vantage lab serve` process plays the network (127.0.0.0/8 only) with X blocked by SNI filtering, so the banner,
tiles and chart carry a blocking verdict; the window sweeps every --interval seconds, opens History and an
evidence window now and then, and this prints RSS every --every seconds. Flat after warm-up is the target
(issue 17 saw 218 → 337 MB over 44 minutes of the demo).
Usage: .venv/bin/python bench/app_memory.py [--minutes 20] [--interval 5] [--every 60]
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from lab_window import lab_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between sweeps")
    parser.add_argument("--every", type=float, default=60.0, help="seconds between RSS lines")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    me = psutil.Process()
    with lab_window(args.interval, default_only=True) as (window, host, _catalogue):
        started = time.monotonic()
        print("minutes  sweeps  rss_mb", flush=True)

        def report() -> None:
            rss = me.memory_info().rss / 1e6
            print(f"{(time.monotonic() - started) / 60:7.1f}  {window.sweeps_shown:6d}  {rss:6.1f}", flush=True)

        timer = QTimer()
        timer.setInterval(int(args.every * 1000))
        timer.timeout.connect(report)
        timer.start()
        # Open History now and then, and an evidence window, as a person would; close them again.
        poke = QTimer()
        poke.setInterval(int(max(args.every, 30) * 1000))
        poke.timeout.connect(lambda: (window.open_history().close(), window.open_latest_evidence("x")))
        poke.start()
        report()
        host.start()
        deadline = started + args.minutes * 60
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
            for dialog in list(window._evidence):
                dialog.close()
        report()
        timer.stop()
        poke.stop()
        window.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
