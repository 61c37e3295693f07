"""Start at login: the XDG autostart entry for real in a temporary config dir, and the macOS LaunchAgent plist."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.system import autostart

VALIDATOR = shutil.which("desktop-file-validate")
SPACED = "/opt/My Apps/Vantage (beta)/vantage"


def parse_exec(value: str) -> list[str]:
    """An independent reading of a key file's Exec value, following the Desktop Entry spec step by step."""
    # 1. The key file's string escapes.
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    # 2. Split into arguments, honouring double quotes and the backslash escapes allowed inside them.
    args, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        word = []
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', f"stray backslash escape in {text!r}"
                    i += 1
                word.append(text[i])
                i += 1
            i += 1
            assert i == len(text) or text[i] == " ", f"a quoted argument must end at a space in {text!r}"
        else:
            while i < len(text) and text[i] != " ":
                assert text[i] not in " \t\n\"'\\><~|&;$*?#()`", f"unquoted reserved character in {text!r}"
                word.append(text[i])
                i += 1
        # 3. Field codes: %% is a literal percent sign.
        joined = "".join(word)
        assert "%" not in joined.replace("%%", ""), f"an unescaped % would be read as a field code: {joined!r}"
        args.append(joined.replace("%%", "%"))
    return args


def exec_line(path: Path) -> str:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")]
    assert len(lines) == 1
    return lines[0].removeprefix("Exec=")


def validate(path: Path) -> None:
    if VALIDATOR is None:
        return
    done = subprocess.run([VALIDATOR, str(path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_linux_entry_is_written_under_xdg_config_home_and_valid(tmp_path, monkeypatch):
    config = tmp_path / "xdg config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    cmd = [SPACED, "--minimized", "--note=50% \"quoted\" $HOME `x` back\\slash"]
    assert not autostart.is_enabled(system="linux")
    autostart.enable(cmd, system="linux")
    entry = config / "autostart" / "io.github.vantage.Vantage.desktop"
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert "X-GNOME-Autostart-enabled=true" in text.splitlines()
    assert exec_line(entry).startswith('"/opt/My Apps/Vantage (beta)/vantage" --minimized "--note=50%% ')
    assert parse_exec(exec_line(entry)) == cmd
    validate(entry)
    assert autostart.is_enabled(system="linux")


def test_default_location_is_dot_config_when_xdg_config_home_is_unset_or_relative(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert autostart.xdg_entry_path(home=tmp_path) == tmp_path / ".config/autostart/io.github.vantage.Vantage.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")  # the spec says to ignore a relative value
    assert autostart.xdg_entry_path(home=tmp_path).is_relative_to(tmp_path / ".config")


def test_enable_is_idempotent_and_disable_removes_it(tmp_path):
    cmd = ["/usr/bin/vantage"]
    autostart.enable(cmd, system="linux", config_home=tmp_path)
    entry = autostart.xdg_entry_path(config_home=tmp_path)
    first = entry.read_bytes()
    autostart.enable(cmd, system="linux", config_home=tmp_path)
    assert entry.read_bytes() == first
    assert sorted(p.name for p in entry.parent.iterdir()) == [entry.name]  # no temporary file left behind
    assert parse_exec(exec_line(entry)) == cmd
    autostart.disable(system="linux", config_home=tmp_path)
    assert not entry.exists() and not autostart.is_enabled(system="linux", config_home=tmp_path)
    autostart.disable(system="linux", config_home=tmp_path)  # a second disable is not an error


def test_enable_replaces_an_older_command(tmp_path):
    autostart.enable(["/old/vantage"], system="linux", config_home=tmp_path)
    autostart.enable(["/new/vantage", "--demo"], system="linux", config_home=tmp_path)
    assert parse_exec(exec_line(autostart.xdg_entry_path(config_home=tmp_path))) == ["/new/vantage", "--demo"]


@pytest.mark.parametrize("switch_off", ["X-GNOME-Autostart-enabled=false", "Hidden=true"])
def test_an_entry_switched_off_by_the_desktop_counts_as_disabled(tmp_path, switch_off):
    autostart.enable(["/usr/bin/vantage"], system="linux", config_home=tmp_path)
    entry = autostart.xdg_entry_path(config_home=tmp_path)
    key = switch_off.partition("=")[0]
    kept = [line for line in entry.read_text().splitlines() if not line.startswith(key + "=")]
    entry.write_text("\n".join([*kept, switch_off, ""]))
    assert not autostart.is_enabled(system="linux", config_home=tmp_path)


def test_an_unwritable_location_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(autostart.AutostartError, match=r"^Vantage could not set itself to start at login .*\.$"):
        autostart.enable(["/usr/bin/vantage"], system="linux", config_home=blocker)


def test_exec_rejects_what_the_spec_forbids():
    with pytest.raises(ValueError):
        autostart.desktop_exec([])
    with pytest.raises(ValueError):
        autostart.desktop_exec(["/opt/a=b/vantage"])


ARG = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n\"'\\$`%= "),
              max_size=12)


@settings(max_examples=200, deadline=None)
@given(program=ARG.filter(lambda s: s and "=" not in s), rest=st.lists(ARG, max_size=4))
def test_exec_quoting_round_trips_any_arguments(program, rest):
    cmd = [program, *rest]
    value = exec_line_of(autostart.desktop_entry(cmd))
    assert parse_exec(value) == cmd


def exec_line_of(entry_text: str) -> str:
    (line,) = [line for line in entry_text.split("\n") if line.startswith("Exec=")]
    return line.removeprefix("Exec=")


def test_macos_launch_agent_round_trips_through_plistlib(tmp_path):
    cmd = ["/Applications/Vantage.app/Contents/MacOS/vantage", "--minimized"]
    assert not autostart.is_enabled(system="darwin", home=tmp_path)
    autostart.enable(cmd, system="darwin", home=tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "io.github.vantage.Vantage.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "io.github.vantage.Vantage"
    assert agent["ProgramArguments"] == cmd
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] is False
    assert path.read_bytes().startswith(b"<?xml")  # launchd reads the XML form
    assert autostart.is_enabled(system="darwin", home=tmp_path)
    autostart.enable(cmd, system="darwin", home=tmp_path)
    assert plistlib.loads(path.read_bytes()) == agent
    autostart.disable(system="darwin", home=tmp_path)
    assert not path.exists() and not autostart.is_enabled(system="darwin", home=tmp_path)


def test_a_damaged_launch_agent_is_not_enabled(tmp_path):
    path = autostart.launch_agent_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a plist")
    assert not autostart.is_enabled(system="darwin", home=tmp_path)


def test_windows_run_value_is_one_command_line():
    line = autostart.windows_command_line([r"C:\Program Files\Vantage\Vantage.exe", "--minimized"])
    assert line == r'"C:\Program Files\Vantage\Vantage.exe" --minimized'


def test_default_command_runs_this_package():
    cmd = autostart.default_command()
    assert cmd[1:] == ["-m", "desktop_app"] and Path(cmd[0]).exists()
