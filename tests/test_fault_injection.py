"""Kill sweeps (`vantage probe --lab`) and exports at seeded random points: the log always verifies afterwards,
no committed sweep is lost, and nothing stays behind, beside the person's files or (after the next export) in ours.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.evidence.export.bundle import STAGING_DIR, ExportRequest, export_bundle
from desktop_app.lab import Lab
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.store.integrity import verify_log
from desktop_app.store.log import HistoryStore, default_db_path
from tests.test_store_damage import START, fill

KILLS = 6  # per kind: bounded, so the test stays a few tens of seconds on a loaded machine


@pytest.fixture(scope="module")
def descriptor(tmp_path_factory) -> Iterator[Path]:
    with Lab(load_catalogue(), tmp_path_factory.mktemp("lab")) as lab:
        path = tmp_path_factory.mktemp("descriptor") / "lab.json"
        lab.write_descriptor(path)
        yield path


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=dict(os.environ))


def kill_after(proc: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL after `delay` seconds unless it ended first; True when it was killed. Stderr must hold no traceback."""
    try:
        _, err = proc.communicate(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        killed = True
    assert b"Traceback" not in err, err.decode()
    return killed


def blocks(data: Path) -> int:
    with HistoryStore.open(default_db_path(data)) as store:
        report = verify_log(store)
        assert report.ok, report.sentence
        return report.blocks


def test_killed_sweeps_lose_nothing_committed(descriptor, tmp_path):
    rng = random.Random(15)
    data = tmp_path / "data"
    before = killed = 0
    for _ in range(KILLS):
        proc = start("probe", "--interval", "1", "--lab", str(descriptor), "--platform", "wikipedia",
                     "--no-ip-lookup", "--data-dir", str(data), "--config-dir", str(tmp_path / "config"))
        killed += kill_after(proc, rng.uniform(1.0, 6.0))
        if default_db_path(data).exists():
            after = blocks(data)
            assert after >= before  # committed sweeps survive every kill
            before = after
    assert killed == KILLS
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith("history.sqlite3")) == []


def test_killed_exports_leave_nothing_behind(tmp_path):
    rng = random.Random(14)
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        fill(store, 300, endpoints=40)
    out = tmp_path / "out"
    out.mkdir()
    killed = 0
    for i in range(KILLS):
        proc = start("export", "--since", "2026-01-01", "--until", "2027-06-01", "-o", str(out / f"b{i}.zip"),
                     "--data-dir", str(data), "--config-dir", str(tmp_path / "config"))
        killed += kill_after(proc, rng.uniform(0.5, 8.0))
        assert [p.name for p in out.iterdir() if p.name != f"b{i}.zip"] == [p.name for p in out.glob("b*.zip")
                                                                             if p.name != f"b{i}.zip"]
    assert killed >= 1
    assert blocks(data) == 300
    with HistoryStore.open(default_db_path(data)) as store:  # the next export clears what the killed ones left
        export_bundle(store, ExportRequest(START - 1, START + 300 * 300), out / "last.zip", tmp_path / "config",
                      now=time.time())
    assert list((data / STAGING_DIR).iterdir()) == []
    assert all(p.suffix == ".zip" and not p.name.startswith(".") for p in out.iterdir())


def test_probe_refuses_to_append_to_a_damaged_tail(descriptor, tmp_path):
    import sqlite3
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        fill(store, 4)
    conn = sqlite3.connect(default_db_path(data))
    conn.execute("UPDATE blocks SET payload = (SELECT payload FROM blocks WHERE seq = 0) WHERE seq = 3")
    conn.commit()
    conn.close()
    done = subprocess.run([sys.executable, "-m", "desktop_app", "probe", "--once", "--lab", str(descriptor),
                           "--platform", "wikipedia", "--no-ip-lookup", "--data-dir", str(data),
                           "--config-dir", str(tmp_path / "config")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "last block, 3" in done.stderr and "Traceback" not in done.stderr, done.stderr
    with HistoryStore.open(default_db_path(data)) as store:
        assert store.count_blocks() == 4
