"""Which build of Vantage is running: its version and, when known, the source commit (for evidence bundles)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop_app import __version__
from desktop_app.system import paths

COMMIT_FILE = "COMMIT"  # written into resources/ by packaging/build.sh


def software_commit() -> str:
    """The commit this build came from: the packaged COMMIT file, else the checkout's HEAD, else "unknown"."""
    packaged = paths.resources_dir() / COMMIT_FILE
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8").strip() or "unknown"
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / ".git").exists():
        try:
            out = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True,
                                 timeout=5, check=True)
            dirty = subprocess.run(["git", "-C", str(checkout), "status", "--porcelain", "--untracked-files=no"],
                                   capture_output=True, text=True, timeout=5).stdout.strip()
            return out.stdout.strip() + ("-dirty" if dirty else "")
        except (OSError, subprocess.SubprocessError):
            pass
    return "unknown"


def version() -> str:
    return __version__
