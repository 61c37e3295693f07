"""The real main window over the lab served in its own process, for the GUI benches (gui_stall, app_memory)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.main_window import MainWindow
from desktop_app.lab import config_from_descriptor, load_descriptor
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue


@contextlib.contextmanager
def lab_window(interval_s: float, *, default_only: bool = False) -> Iterator[tuple[MainWindow, EngineHost, Catalogue]]:
    """A shown window and its (not yet started) engine, sweeping X blocked by SNI; the lab stops afterwards."""
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory(prefix="vantage-bench-") as work:
        root = Path(work)
        descriptor = root / "lab.json"
        lab = subprocess.Popen([sys.executable, "-m", "desktop_app", "lab", "serve", "--scenario", "x_sni",
                                "--descriptor", str(descriptor)], stdout=subprocess.PIPE, text=True)
        assert lab.stdout is not None
        lab.stdout.readline()
        try:
            settings = Settings(first_run_done=True)
            session = Session(settings, config_dir=root / "config", data_dir=root / "data",
                              lab=config_from_descriptor(load_descriptor(descriptor), timeout=2.0))
            host = EngineHost(session, interval_override=interval_s)
            shown = [(p.id, p.name) for p in catalogue.platforms if not default_only or p.default_on or p.is_control]
            window = MainWindow(host, settings, shown, config_dir=root / "config")
            window.show()
            yield window, host, catalogue
        finally:
            lab.terminate()
            lab.wait(10)
