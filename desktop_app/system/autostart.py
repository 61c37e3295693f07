"""Start Vantage at login through each platform's own mechanism: XDG autostart, the Windows Run key, a LaunchAgent."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from desktop_app.common.errors import AppError

APP_ID = "io.github.vantage.Vantage"  # the same id as packaging/io.github.vantage.Vantage.desktop
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Vantage"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

# Characters the Desktop Entry spec reserves in Exec arguments: an argument holding one must be quoted.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Characters that keep their meaning inside a quoted Exec argument and so are escaped with a backslash there.
_EXEC_QUOTED_ESCAPES = frozenset('"`$\\')


class AutostartError(AppError):
    """The autostart entry could not be written, read or removed; the message is a sentence for the person."""


def default_command() -> list[str]:
    """The command that starts this same Vantage: the frozen executable, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop_app"]


def enable(executable_cmd: list[str], *, system: str | None = None, home: Path | None = None,
           config_home: Path | None = None) -> None:
    """Make the system start `executable_cmd` when the person logs in; running it twice changes nothing more.

    `system` is a sys.platform value (default: this one); `home` and `config_home` replace the home directory and
    $XDG_CONFIG_HOME, so tests write into a temporary directory.
    """
    if not executable_cmd or not executable_cmd[0]:
        raise ValueError("executable_cmd must name the program to start, as its first element")
    kind = _kind(system)
    try:
        if kind == "windows":
            _windows_set(windows_command_line(executable_cmd))
        elif kind == "macos":
            _write_atomically(launch_agent_path(home), plistlib.dumps(launch_agent(executable_cmd)))
        else:
            _write_atomically(xdg_entry_path(home, config_home), desktop_entry(executable_cmd).encode("utf-8"))
    except OSError as exc:
        raise AutostartError(f"Vantage could not set itself to start at login ({exc.strerror or exc}). "
                             "Check that your home folder is writable, then try again.") from exc


def disable(*, system: str | None = None, home: Path | None = None, config_home: Path | None = None) -> None:
    """Remove the login entry written by enable(); nothing happens when there is none."""
    kind = _kind(system)
    try:
        if kind == "windows":
            _windows_delete()
        elif kind == "macos":
            launch_agent_path(home).unlink(missing_ok=True)
        else:
            xdg_entry_path(home, config_home).unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError(f"Vantage could not stop itself starting at login ({exc.strerror or exc}). "
                             "Check that your home folder is writable, then try again.") from exc


def is_enabled(*, system: str | None = None, home: Path | None = None, config_home: Path | None = None) -> bool:
    """Whether the login entry exists and is switched on (a desktop's own switch may have turned it off)."""
    kind = _kind(system)
    if kind == "windows":
        return _windows_get() is not None
    if kind == "macos":
        path = launch_agent_path(home)
        try:
            agent = plistlib.loads(path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("RunAtLoad") is True and not agent.get("Disabled", False)
    try:
        text = xdg_entry_path(home, config_home).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    entry = _desktop_entry_group(text)
    return (entry.get("Hidden", "false") != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true") != "false")


# Linux and other XDG desktops --------------------------------------------------------------------------------

def xdg_entry_path(home: Path | None = None, config_home: Path | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart/<app id>.desktop, where XDG_CONFIG_HOME defaults to ~/.config."""
    if config_home is None:
        env = os.environ.get("XDG_CONFIG_HOME", "")
        # The spec says a relative value is invalid and must be ignored.
        config_home = Path(env) if env and os.path.isabs(env) else (home or Path.home()) / ".config"
    return config_home / "autostart" / f"{APP_ID}.desktop"


def desktop_exec(args: list[str]) -> str:
    """The value of an Exec key that runs exactly `args`, quoted and escaped as the Desktop Entry spec requires."""
    if not args:
        raise ValueError("an Exec line needs at least the program")
    if "=" in args[0]:
        raise ValueError(f"the Desktop Entry spec does not allow '=' in the program path: {args[0]!r}")
    words = []
    for arg in args:
        if arg and not (set(arg) & _EXEC_RESERVED):
            words.append(arg.replace("%", "%%"))
            continue
        escaped = "".join("\\" + ch if ch in _EXEC_QUOTED_ESCAPES else ch for ch in arg)
        words.append('"' + escaped.replace("%", "%%") + '"')
    return " ".join(words)


def _escape_string_value(value: str) -> str:
    """A key file string escaped: backslash first, then the control characters the format has escapes for."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(executable_cmd: list[str]) -> str:
    """The autostart .desktop file that starts `executable_cmd` at login on GNOME, KDE, Xfce and others."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Vantage",
        "Comment=Keep measuring from your connection whether platforms are blocked",
        f"Exec={_escape_string_value(desktop_exec(executable_cmd))}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Network;Monitor;",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def _desktop_entry_group(text: str) -> dict[str, str]:
    """The keys of a key file's [Desktop Entry] group (values left unescaped; enough for booleans)."""
    keys: dict[str, str] = {}
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys


# macOS -------------------------------------------------------------------------------------------------------

def launch_agent_path(home: Path | None = None) -> Path:
    """~/Library/LaunchAgents/<app id>.plist: launchd loads it at the person's next login."""
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def launch_agent(executable_cmd: list[str]) -> dict[str, object]:
    """The LaunchAgent property list: run once at login, in the graphical session, and never restart on exit."""
    return {
        "Label": APP_ID,
        "ProgramArguments": list(executable_cmd),
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }


# Windows -----------------------------------------------------------------------------------------------------

def windows_command_line(executable_cmd: list[str]) -> str:
    """The Run value: one command line quoted the way the C runtime splits it back into arguments."""
    return subprocess.list2cmdline(executable_cmd)


def _windows_set(command_line: str) -> None:  # pragma: no cover - Windows only
    import winreg

    if sys.platform != "win32":  # never true once winreg imported; tells mypy the rest is Windows-only code
        raise ImportError("winreg is Windows-only")
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, command_line)
    # Task Manager's Startup tab records "disabled" here; switching it back on in Vantage clears that record.
    _windows_delete_value(APPROVED_KEY)


def _windows_get() -> str | None:  # pragma: no cover - Windows only
    """The Run value, or None when it is missing or Task Manager has disabled it."""
    import winreg

    if sys.platform != "win32":  # never true once winreg imported; tells mypy the rest is Windows-only code
        raise ImportError("winreg is Windows-only")
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        return None
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, APPROVED_KEY) as key:
            approved, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        approved = None
    # The first byte is even (2 or 6) while enabled and odd (3 or 7) once disabled in Task Manager.
    if isinstance(approved, bytes) and approved and approved[0] & 1:
        return None
    return str(value) if value else None


def _windows_delete() -> None:  # pragma: no cover - Windows only
    _windows_delete_value(RUN_KEY)
    _windows_delete_value(APPROVED_KEY)


def _windows_delete_value(subkey: str) -> None:  # pragma: no cover - Windows only
    import winreg

    if sys.platform != "win32":  # never true once winreg imported; tells mypy the rest is Windows-only code
        raise ImportError("winreg is Windows-only")
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, subkey, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        pass


# Shared ------------------------------------------------------------------------------------------------------

def _kind(system: str | None) -> str:
    name = system or sys.platform
    if name == "win32":
        return "windows"
    if name == "darwin":
        return "macos"
    return "xdg"


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or leave the old one: a half-written entry could start nothing, or the wrong thing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
