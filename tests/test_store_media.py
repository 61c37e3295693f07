"""Unusual media under a real history: a full disk (a small tmpfs), an immutable file (chattr +i) and a read-only
mount. A sweep that cannot be committed is kept and stored with the next one; reading needs no write access.
Each test needs root to mount or set attributes, and is skipped where that is impossible."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.lab import Lab
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.store.errors import CommitFailed, StoreReadOnly
from desktop_app.store.integrity import verify_log
from desktop_app.store.log import HistoryStore, default_db_path

T = 2.0


def _run(*cmd: str) -> bool:
    tool = shutil.which(cmd[0])
    return tool is not None and subprocess.run([tool, *cmd[1:]], capture_output=True).returncode == 0


@contextlib.contextmanager
def mounted(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with Lab(load_catalogue(), tmp_path_factory.mktemp("lab")) as running:
        yield running


def session_on(lab: Lab, tmp_path: Path, data: Path) -> Session:
    return Session(Settings(ip_lookup=False, platforms=("wikipedia",)), config_dir=tmp_path / "config",
                   data_dir=data, lab=lab.probe_config(timeout=T))


def fill_up(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_full_disk_keeps_the_sweep_and_stores_it_with_the_next(lab, tmp_path):
    with mounted(tmp_path / "disk", "3m") as disk:
        session = session_on(lab, tmp_path, disk / "data")
        with session.open_store() as store:
            session.sweep(store)
            filler = fill_up(disk)
            with pytest.raises(CommitFailed, match=r"full.*kept in memory"):
                for _ in range(20):  # the WAL may hold a sweep or two in pages it already has
                    session.sweep(store)
            kept = session.pending
            assert kept >= 1 and verify_log(store).ok
            filler.unlink()
            session.sweep(store)
            assert session.pending == 0 and verify_log(store).ok
            assert store.count_blocks() >= 2 + kept


def test_an_immutable_file_is_read_and_the_sweep_is_kept(lab, tmp_path):
    data = tmp_path / "data"
    session = session_on(lab, tmp_path, data)
    with session.open_store() as store:
        session.sweep(store)
    db = default_db_path(data)
    if not _run("chattr", "+i", str(db)):
        pytest.skip("chattr +i is not possible here")
    try:
        with session.open_store() as store:
            assert store.read_only and store.count_blocks() == 1 and verify_log(store).ok
            with pytest.raises(CommitFailed, match=r"cannot be written.*kept in memory"):
                session.sweep(store)
        assert session.pending == 1
    finally:
        _run("chattr", "-i", str(db))
    with session.open_store() as store:
        session.sweep(store)
        assert store.count_blocks() == 3 and verify_log(store).ok


def test_a_read_only_mount_is_read_and_writing_says_why(tmp_path, capsys):
    from desktop_app.cli.main import main
    from tests.test_store_damage import fill
    with mounted(tmp_path / "disk", "8m") as disk:
        data = disk / "data"
        with HistoryStore.open(default_db_path(data)) as store:
            fill(store, 4)
        if not _run("mount", "-o", "remount,ro", str(disk)):
            pytest.skip("remounting read-only is not possible here")
        for command in (("log", "verify"), ("history",), ("incidents",)):
            assert main([*command, "--data-dir", str(data)]) == 0, capsys.readouterr()
        out, err = capsys.readouterr()
        assert "4 sweeps" in out and "damaged" not in out + err
        with HistoryStore.open(default_db_path(data)) as store, pytest.raises(StoreReadOnly, match="cannot be written"):
            store.append_sweep({"started_at": "2026-12-02T00:00:00Z", "ended_at": "2026-12-02T00:00:01Z"}, [], {})


def test_an_export_to_a_full_disk_is_a_sentence_and_leaves_nothing(tmp_path, capsys):
    from desktop_app.cli.main import main
    from tests.test_store_damage import fill
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        fill(store, 40, endpoints=40)
    with mounted(tmp_path / "disk", "256k") as disk:
        code = main(["export", "--since", "2026-01-01", "--until", "2027-06-01", "-o", str(disk / "b.zip"),
                     "--data-dir", str(data), "--config-dir", str(tmp_path / "config")])
        err = capsys.readouterr().err
        assert code == 2 and "could not be written" in err and "nothing was left behind" in err, err
        assert "Traceback" not in err
        assert list(disk.iterdir()) == []
    assert not any((data / "exports-in-progress").iterdir())


def test_probe_once_on_an_immutable_history_says_the_sweep_was_not_stored(lab, tmp_path):
    import sys
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        from tests.test_store_damage import fill
        fill(store, 2)
    descriptor = tmp_path / "lab.json"
    lab.write_descriptor(descriptor)
    if not _run("chattr", "+i", str(default_db_path(data))):
        pytest.skip("chattr +i is not possible here")
    try:
        done = subprocess.run([sys.executable, "-m", "desktop_app", "probe", "--once", "--lab", str(descriptor),
                               "--platform", "wikipedia", "--no-ip-lookup", "--data-dir", str(data),
                               "--config-dir", str(tmp_path / "config")], capture_output=True, text=True,
                              timeout=120)
    finally:
        _run("chattr", "-i", str(default_db_path(data)))
    assert done.returncode == 2 and "measured but not stored" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
