"""The one place that decides where Vantage keeps data, configuration and its bundled resources."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Vantage"
DATA_DIR_ENV = "VANTAGE_DATA_DIR"
CONFIG_DIR_ENV = "VANTAGE_CONFIG_DIR"
RESOURCES_ENV = "VANTAGE_RESOURCES"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the measurement history lives: explicit override, then $VANTAGE_DATA_DIR, then platformdirs."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where settings, extra targets and keys live: explicit override, then $VANTAGE_CONFIG_DIR, then platformdirs."""
    chosen = override or os.environ.get(CONFIG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The read-only resources shipped with the app (catalogue, fingerprints, icons, translations)."""
    chosen = os.environ.get(RESOURCES_ENV)
    if chosen:
        return Path(chosen)
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller builds
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def ensure_private_dir(path: Path) -> Path:
    """Create a directory readable by the user alone; measurements and keys can identify the person."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # e.g. a filesystem without POSIX modes
        os.chmod(path, 0o700)
    return path
