"""Renders the README's screenshots from the demo (the app against the built-in lab), offscreen or under Xvfb.

Windows are sized as on a 1366×768 laptop screen (fit_to_screen), as a person sees them on first open.
Usage: .venv/bin/python docs/make_screenshots.py [--small PATH] [--urdu PATH]
  (writes docs/screenshots/*.png; --small also saves the main window as it fits 1280×720, --urdu a copy of the
  Urdu shot)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_size import fit_to_screen
from desktop_app.lab import Lab
from desktop_app.lab.scenarios import build
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue

OUT = Path(__file__).resolve().parent / "screenshots"
# A short story told by the lab: all fine, then X filtered by name, then YouTube's DNS forged too.
STORY = ["all_ok"] * 4 + ["x_sni"] * 5 + ["youtube_dns_tampered"] * 3
LAPTOP = QRect(0, 0, 1366, 768)
SMALL = QRect(0, 0, 1280, 720)
MAIN_SIZE, HISTORY_SIZE = QSize(1200, 760), QSize(1200, 820)  # what the windows ask for before fitting


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


def shot(app: QApplication, window: QWidget, wanted: QSize, screen: QRect, path: Path) -> None:
    fit_to_screen(window, wanted, screen)
    settle(app)
    window.grab().save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=Path, help="also save the main window at 1280×720 here")
    parser.add_argument("--urdu", type=Path, help="also copy the Urdu shot here")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)  # the widgets need a QApplication, never a bare QCoreApplication
    catalogue = load_catalogue()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vantage-shots-") as work, Lab(catalogue, Path(work) / "lab") as lab:
        root = Path(work)
        applied: list[str] = []

        def before(index: int) -> None:
            name = STORY[min(index, len(STORY) - 1)]
            scenario = build(name, catalogue)
            if name == "youtube_dns_tampered":  # keep X blocked as well
                scenario.hosts.update(build("x_sni", catalogue).hosts)
            lab.apply(scenario)
            applied.append(name)

        settings = Settings(first_run_done=True)
        session = Session(settings, config_dir=root / "config", data_dir=root / "data",
                          lab=lab.probe_config(timeout=1.0))
        host = EngineHost(session, interval_override=1.0, before_sweep=before)
        window = MainWindow(host, settings, [(p.id, p.name) for p in catalogue.platforms],
                            config_dir=root / "config", demo=True)
        fit_to_screen(window, MAIN_SIZE, LAPTOP)
        window.show()
        host.start()
        deadline = time.monotonic() + 180
        while window.sweeps_shown < len(STORY) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        span = window.chart.buffer.span()
        assert span is not None, "no sweep reached the chart"
        window.chart.set_span(span[1] - span[0] + 20)
        window.chart.redraw()
        window.select_platform("x")
        shot(app, window, MAIN_SIZE, LAPTOP, OUT / "main-window.png")
        if args.small is not None:
            shot(app, window, MAIN_SIZE, SMALL, args.small)
        window.shutdown()
    print(f"wrote {OUT / 'main-window.png'} after {len(applied)} sweeps")
    history_shot(app, catalogue)
    urdu_shot(app, catalogue)
    if args.urdu is not None:
        shutil.copyfile(OUT / "main-window-ur.png", args.urdu)
    return 0


def urdu_shot(app: QApplication, catalogue: Catalogue) -> None:
    """The main window in Urdu (right to left), fed an hour of sweeps in which X becomes blocked."""
    from desktop_app.gui.i18n import Language, compile_translations
    from desktop_app.probes.summary import PlatformPoint, SweepPoint

    compile_translations()
    language = Language(app, "ur")
    try:
        with tempfile.TemporaryDirectory(prefix="vantage-urdu-shot-") as work:
            root = Path(work)
            settings = Settings(first_run_done=True)
            host = EngineHost(Session(settings, config_dir=root / "config", data_dir=root / "data"))
            window = MainWindow(host, settings, [(p.id, p.name) for p in catalogue.platforms],
                                config_dir=root / "config")
            window.show()
            now = time.time()
            for i in range(12):
                started = now - (11 - i) * 300
                points = {p.id: PlatformPoint(p.id, "tls_blocked" if p.id == "x" and i >= 6 else "ok",
                                              7 if p.id == "x" and i >= 6 else 0, 7, None,
                                              None if p.id == "x" and i >= 6 else 40.0 + (i * 7 + len(p.id)) % 30)
                          for p in catalogue.platforms}
                window.on_sweep(SweepPoint(started, started + 3, "online", points, seq=i, asn="AS17557",
                                           country="PK"))
            window.chart.set_span(3600)
            window.chart.redraw()
            window.select_platform("youtube")
            shot(app, window, MAIN_SIZE, LAPTOP, OUT / "main-window-ur.png")
            window.shutdown()
    finally:
        language.remove()
    print(f"wrote {OUT / 'main-window-ur.png'}")


def history_shot(app: QApplication, catalogue: Catalogue) -> None:
    """The History window over a crafted month: a long block of X, a campaign night, a shutdown, mobile data."""
    import random

    from desktop_app.gui.history.view import HistoryWindow
    from desktop_app.store.log import HistoryStore, default_db_path
    from tests.history_builder import NETWORK_B, add_sweep

    platforms = tuple(p.id for p in catalogue.platforms)
    rng = random.Random(4)
    end = (time.time() // 600) * 600
    start, step = end - 30 * 86400, 600.0
    with tempfile.TemporaryDirectory(prefix="vantage-history-shot-") as work:
        db = default_db_path(Path(work))
        with HistoryStore.open(db) as store:
            when = start
            while when < end:
                day = (when - start) / 86400
                verdicts: dict[str, str] = {}
                if 9 <= day < 17.5:
                    verdicts["x"] = "tls_blocked"
                if 22.7 <= day < 23.0:
                    verdicts.update(youtube="dns_blocked", facebook="http_blockpage", instagram="tcp_reset")
                if rng.random() < 0.01:
                    verdicts[rng.choice(platforms)] = "inconclusive"
                add_sweep(store, when, verdicts, offline=26.2 <= day < 26.45, platforms=platforms,
                          network=NETWORK_B if 12 <= day < 15 else None, latency=rng.uniform(30, 90))
                when += step
        window = HistoryWindow(db, [(p.id, p.name) for p in catalogue.platforms],
                               {p.id: p.domains[0] for p in catalogue.platforms if p.domains})
        fit_to_screen(window, HISTORY_SIZE, LAPTOP)
        window.show()
        before = window.incident_loads
        window.range_box.setCurrentIndex(3)  # the last 30 days
        deadline = time.monotonic() + 60
        while window.incident_loads <= before and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.incident_table.setCurrentIndex(window.incident_model.index(0, 0))
        while window.evidence is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.chart.zoom(start, end)
        shot(app, window, HISTORY_SIZE, LAPTOP, OUT / "history-window.png")
        window.close()
    print(f"wrote {OUT / 'history-window.png'}")


if __name__ == "__main__":
    raise SystemExit(main())
