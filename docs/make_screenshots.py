"""Renders the README's screenshots from the demo (the app against the built-in lab), offscreen or under Xvfb.

Usage: .venv/bin/python docs/make_screenshots.py   (writes docs/screenshots/*.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.gui.engine_host import EngineHost  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.lab import Lab  # noqa: E402
from desktop_app.lab.scenarios import build  # noqa: E402
from desktop_app.probes.catalogue import load_catalogue  # noqa: E402
from desktop_app.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
# A short story told by the lab: all fine, then X filtered by name, then YouTube's DNS forged too.
STORY = ["all_ok"] * 4 + ["x_sni"] * 5 + ["youtube_dns_tampered"] * 3


def main() -> int:
    app = QApplication.instance() or QApplication([])
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
        host = EngineHost(settings, config_dir=root / "config", data_dir=root / "data",
                          base_config=lab.probe_config(timeout=1.0), interval_override=1.0, before_sweep=before)
        window = MainWindow(host, settings, [(p.id, p.name) for p in catalogue.platforms],
                            config_dir=root / "config", demo=True)
        window.resize(1280, 800)
        window.show()
        host.start()
        deadline = time.monotonic() + 180
        while window.sweeps_shown < len(STORY) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.chart.set_span(window.chart.buffer.span()[1] - window.chart.buffer.span()[0] + 20)
        window.chart.redraw()
        window.select_platform("x")
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(OUT / "main-window.png"))
        window.shutdown()
    print(f"wrote {OUT / 'main-window.png'} after {len(applied)} sweeps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
