"""Starting the desktop app: the display check, first run, settings, the engine thread and, for --demo, the lab."""

from __future__ import annotations

import ctypes.util
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.app.settings import Settings, SettingsError, load_settings, save_settings
from desktop_app.system import paths

if TYPE_CHECKING:  # Qt loads only once a window is wanted, after display_problem() has had its say
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.probes.config import ProbeConfig

DEMO_INTERVAL_S = 15.0
XCB_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 "
                "libxcb-shape0 libxkbcommon-x11-0")


def display_problem() -> str | None:
    """One clear sentence when no window can be shown, instead of Qt's plugin error and abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("Vantage needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset): "
                "start it from your desktop session, or use `vantage probe` in a terminal.")
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (f"Vantage's window needs a few X11 libraries that are not installed; on Debian or Ubuntu run: "
                f"sudo apt install {XCB_PACKAGES}")
    return None


def _on_stop_signals(quit_app: Callable[[], None]) -> None:
    """Ctrl-C or SIGTERM call quit_app: the application's quit, then, once there is one, the window's Quit."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: quit_app())


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl-C or SIGTERM quit as cleanly as the Quit menu (the engine stops, nothing committed is lost)."""
    from PySide6.QtCore import QTimer

    _on_stop_signals(app.quit)
    # Python runs signal handlers only between bytecodes: wake it up regularly while Qt's loop runs.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer


def run_app(*, demo: bool = False, data_dir: str | None = None, config_dir: str | None = None) -> int:
    level = os.environ.get("VANTAGE_LOG_LEVEL")
    if level:
        logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per probe request is noise
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.gui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the widgets need a QApplication, never a bare QCoreApplication
    app.setApplicationName("Vantage")
    app.setDesktopFileName("io.github.vantage.Vantage")  # Wayland matches windows to the launcher by this
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    _wake = _quit_on_signals(app)  # kept alive while the app runs
    config = Path(config_dir) if config_dir else paths.config_dir()
    try:
        settings = load_settings(config)
    except SettingsError as exc:
        answer = QMessageBox.warning(None, "Vantage", f"Your settings could not be read: {exc.sentence}\n\n"
                                     "Start with the default settings? (The damaged file is kept as a copy.)",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return 2
        damaged = exc.file or config / "settings.json"
        damaged.replace(damaged.with_suffix(".damaged.json"))
        settings = Settings()
    from desktop_app.gui.i18n import install
    app.setProperty("vantage-language", install(app, settings.language).code)  # translators are parented to app
    if demo:
        return _run_demo(app, settings, config)
    if not settings.first_run_done:
        from desktop_app.gui.dialogs.first_run import FirstRunDialog
        welcome = FirstRunDialog(settings=settings)
        welcome.ip_lookup = settings.ip_lookup
        if welcome.exec() != FirstRunDialog.DialogCode.Accepted:
            return 0
        settings = settings.changed(first_run_done=True, ip_lookup=welcome.ip_lookup)
        save_settings(settings, config)
    data = Path(data_dir) if data_dir else settings.resolved_data_dir()
    return _run_window(app, settings, config_dir=config, data_dir=data)


def _run_window(app: QApplication, settings: Settings, *, config_dir: Path, data_dir: Path, demo: bool = False,
                base_config: ProbeConfig | None = None, interval_override: float | None = None,
                before_sweep: Callable[[int], None] | None = None, personal_dir: Path | None = None) -> int:
    from desktop_app.app.session import Session
    from desktop_app.gui.engine_host import EngineHost
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.probes.catalogue.loader import load_catalogue

    catalogue = load_catalogue(config_dir=config_dir)
    platforms = [(p.id, p.name) for p in catalogue.platforms]
    session = Session(settings, config_dir=config_dir, data_dir=data_dir, lab=base_config)
    host = EngineHost(session, interval_override=interval_override, before_sweep=before_sweep)
    domains = {p.id: p.domains[0] for p in catalogue.platforms if p.domains}
    window = MainWindow(host, settings, platforms, config_dir=config_dir, demo=demo, domains=domains,
                        default_platforms=catalogue.default_ids,
                        tones={p.id: p.tone for p in catalogue.platforms if p.tone}, personal_dir=personal_dir)
    window.attach_tray()
    app.aboutToQuit.connect(window.shutdown)
    _on_stop_signals(window.quit)  # a bare app.quit() would ask the window to close, which without a tray it asks
    window.show()
    host.start()
    return app.exec()


def _run_demo(app: QApplication, settings: Settings, config: Path) -> int:
    """The app against the project's own lab, cycling through scripted scenarios; touches no real network."""
    from desktop_app.lab import Lab
    from desktop_app.lab.scenarios import DEMO_CYCLE, build
    from desktop_app.probes.catalogue.loader import load_catalogue

    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory(prefix="vantage-demo-") as work:
        root = Path(work)
        with Lab(catalogue, root / "lab") as lab:
            def before_sweep(index: int) -> None:
                lab.apply(build(DEMO_CYCLE[index % len(DEMO_CYCLE)], catalogue))

            demo_settings = settings.changed(first_run_done=True, platforms=list(settings.platforms))
            return _run_window(app, demo_settings, config_dir=root / "config", data_dir=root / "data", demo=True,
                               base_config=lab.probe_config(timeout=2.0), interval_override=DEMO_INTERVAL_S,
                               before_sweep=before_sweep, personal_dir=config)  # the language chosen is kept
