"""Is this laptop on battery, and is its connection metered? Best effort; unknown reads as "no"."""

from __future__ import annotations

import shutil
import subprocess
import sys

import psutil


def on_battery() -> bool:
    try:
        battery = psutil.sensors_battery()
    except (NotImplementedError, OSError, AttributeError):
        return False
    return battery is not None and battery.power_plugged is False


def metered_connection() -> bool:
    """NetworkManager's view on Linux (`nmcli`); other systems report unknown, read as not metered."""
    if not sys.platform.startswith("linux") or shutil.which("nmcli") is None:
        return False
    try:
        out = subprocess.run(["nmcli", "-t", "-f", "GENERAL.METERED", "device", "show"], capture_output=True,
                             text=True, timeout=2, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return any(line.split(":", 1)[-1].startswith("yes") for line in out.splitlines())
