"""The `vantage` command end to end, in a subprocess, against a full-catalogue lab on loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.lab import scenarios

T = 1.0
PLATFORMS = ["x", "facebook", "instagram", "whatsapp", "youtube", "tiktok", "telegram", "signal", "wikipedia",
             "google", "control"]


@pytest.fixture(scope="module")
def descriptor(lab, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("descriptor") / "lab.json"
    lab.write_descriptor(path)
    return path


def vantage(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          timeout=timeout, env=env or dict(os.environ))


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_version_and_help():
    done = vantage("--version")
    assert done.returncode == 0 and done.stdout.startswith("vantage ")
    done = vantage("probe", "--help")
    assert "--data-dir" in done.stdout and "--doh-url" in done.stdout and "--platform" in done.stdout


def test_catalogue_lists_every_platform():
    done = vantage("catalogue", "--json")
    assert done.returncode == 0, done.stderr
    assert [p["platform"] for p in lines(done.stdout)] == PLATFORMS


def test_malformed_user_targets_name_the_file_and_entry(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "targets.toml").write_text('format = 1\n[[target]]\nurl = "https://example.org/"\n\n'
                                         '[[target]]\nurl = 5\n')
    done = vantage("catalogue", "--config-dir", str(config))
    assert done.returncode == 2
    assert "targets.toml" in done.stderr and "target 2" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_platform_is_a_clear_error():
    done = vantage("probe", "--once", "--platform", "myspace")
    assert done.returncode == 2 and "Unknown platform myspace" in done.stderr


def test_probe_json_history_and_log(lab, full_catalogue, descriptor, tmp_path):
    lab.apply(scenarios.build("x_sni", full_catalogue))
    data = tmp_path / "data"
    done = vantage("probe", "--once", "--json", "--lab", str(descriptor), "--timeout", str(T),
                   "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    out = lines(done.stdout)
    assert [o["platform"] for o in out] == PLATFORMS
    by_id = {o["platform"]: o for o in out}
    assert by_id["x"]["verdict"] == "tls_blocked" and by_id["x"]["affected"] == by_id["x"]["total"] == 7
    assert by_id["control"]["verdict"] == "ok" and by_id["google"]["verdict"] == "ok"
    assert by_id["x"]["measured_at"].endswith("Z")
    first = by_id["x"]["endpoints"][0]
    assert {"url", "verdict", "steps"} <= set(first)
    assert all("t_ms" in s for s in first["steps"])
    assert any(s.get("failure") == "connection_reset" for s in first["steps"])

    done = vantage("history", "--json", "--platform", "x", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    records = lines(done.stdout)
    assert len(records) == 7 and {r["verdict"] for r in records} == {"tls_blocked"}

    done = vantage("history", "--since", "1h", "--data-dir", str(data))
    assert done.returncode == 0 and "tls_blocked" in done.stdout

    done = vantage("log", "verify", "--data-dir", str(data))
    assert done.returncode == 0, done.stdout + done.stderr


def test_probe_table_is_readable(lab, full_catalogue, descriptor, tmp_path):
    lab.apply(scenarios.build("facebook_dns_blocked", full_catalogue))
    done = vantage("probe", "--lab", str(descriptor), "--timeout", str(T), "--platform", "facebook",
                   "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "dns_blocked" in done.stdout and "network: online" in done.stdout


def test_probe_on_a_terminal_says_what_a_slow_sweep_waits_for(lab, full_catalogue, descriptor, tmp_path):
    """On a terminal, stderr carries one line rewritten in place naming what is awaited, cleared at the end."""
    import pty

    lab.apply(scenarios.build("shutdown", full_catalogue))
    leader, follower = pty.openpty()
    seen = bytearray()

    def read_terminal() -> None:  # read as it comes: a full terminal buffer would block the writer
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all was read
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    try:
        done = subprocess.run([sys.executable, "-m", "desktop_app", "probe", "--once", "--lab", str(descriptor),
                               "--timeout", str(T), "--platform", "x", "--data-dir", str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL, timeout=120)
    finally:
        os.close(follower)
        reader.join(timeout=30)
        os.close(leader)
    assert not reader.is_alive()
    assert done.returncode == 0
    text = seen.decode("utf-8", "replace")
    assert "\r\x1b[KWaiting for: " in text and "x.com (" in text, text
    assert text.rstrip("\r\n").endswith("\r\x1b[K")  # the line is cleared once the sweep is over
    assert "Waiting for" not in done.stdout.decode()  # the table on stdout stays clean


@pytest.mark.parametrize("scenario", ["shutdown", "all_ok"])
def test_sweep_of_the_default_catalogue_ends_within_five_timeouts(lab, full_catalogue, descriptor, tmp_path,
                                                                  scenario):
    lab.apply(scenarios.build(scenario, full_catalogue))
    done = vantage("probe", "--once", "--json", "--lab", str(descriptor), "--timeout", str(T),
                   "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    # The bound the issue sets is a correctness property of the deadline, read from the stored context.
    from desktop_app.store.log import HistoryStore, default_db_path
    with HistoryStore.open(default_db_path(tmp_path)) as store:
        block = next(iter(store.blocks()))
    assert block.ended_at - block.started_at <= 5 * T + 2


def test_dead_resolver_sweep_is_bounded_and_offline(lab, full_catalogue, descriptor, tmp_path):
    lab.apply(scenarios.Scenario(name="dead", resolver_dead=True))
    done = vantage("probe", "--once", "--json", "--lab", str(descriptor), "--timeout", str(T),
                   "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    out = {o["platform"]: o for o in lines(done.stdout)}
    assert {o["verdict"] for o in out.values()} == {"offline"}
    from desktop_app.store.log import HistoryStore, default_db_path
    with HistoryStore.open(default_db_path(tmp_path)) as store:
        block = next(iter(store.blocks()))
    assert block.header["context"]["network"] == {"state": "offline", "detail": "resolver_unreachable"}
    assert block.ended_at - block.started_at <= 5 * T + 2


def test_interval_keeps_sweeping_and_stops_cleanly(lab, full_catalogue, descriptor, tmp_path):
    lab.apply(scenarios.build("all_ok", full_catalogue))
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "probe", "--json", "--interval", "1", "--lab",
                             str(descriptor), "--timeout", str(T), "--platform", "wikipedia", "--data-dir",
                             str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = 0
    assert proc.stdout is not None
    while seen < 4:  # two sweeps: wikipedia and control each
        assert proc.stdout.readline(), proc.stderr.read() if proc.stderr else ""
        seen += 1
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    done = vantage("log", "verify", "--data-dir", str(tmp_path))
    assert done.returncode == 0
    from desktop_app.store.log import HistoryStore, default_db_path
    with HistoryStore.open(default_db_path(tmp_path)) as store:
        assert store.count_blocks() >= 2


def test_counts_are_singular_for_one():
    from desktop_app.cli.common import counted
    assert (counted(1, "sweep"), counted(2, "sweep"), counted(0, "measurement")) == ("1 sweep", "2 sweeps",
                                                                                  "0 measurements")
