"""Damaged and tampered histories: every command answers with one sentence, and nothing is signed that the log
does not vouch for. Each case damages a real SQLite file the way an attacker or a failing disk would."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.integrity import verify_for_export
from desktop_app.store.log import HistoryStore, default_db_path, pragma_lines
from tests.store_records import endpoint_urls, sweep

START = 1_780_000_000.0
SWEEPS = 8
WHOLE = ("--since", "2026-01-01", "--until", "2027-06-01")


def fill(store: HistoryStore, count: int, endpoints: int = 12, seed: int = 1) -> None:
    rng = random.Random(seed)
    urls = endpoint_urls(endpoints)
    for i in range(count):
        store.append_sweep(*sweep(i, START + 300 * i, urls, rng))


@pytest.fixture
def data(tmp_path) -> Path:
    where = tmp_path / "data"
    with HistoryStore.open(default_db_path(where)) as store:
        fill(store, SWEEPS)
    return where


def db_of(data: Path) -> Path:
    return default_db_path(data)


def tamper(db: Path, *statements: str | tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(db)
    for statement in statements:
        sql, args = (statement, ()) if isinstance(statement, str) else statement
        conn.execute(sql, args)
    conn.commit()
    conn.close()


def vantage(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """The real CLI in this process: an exception it does not turn into a sentence fails the test."""
    code = main([*args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], data: Path, out: Path, *extra: str) -> tuple[int, str]:
    code, _, err = vantage(capsys, data, "export", *WHOLE, "-o", str(out), *extra)
    return code, err


# ------------------------------------------------------------------------------------- export vouches for all

def test_an_intact_log_exports(capsys, data, tmp_path):
    code, err = export(capsys, data, tmp_path / "ok.zip")
    assert code == 0 and (tmp_path / "ok.zip").is_file(), err


SWAP_PAYLOAD = "UPDATE blocks SET payload = (SELECT payload FROM blocks WHERE seq = 2) WHERE seq = 3"
EDIT_INDEX = ("UPDATE measurements SET verdict = (SELECT id FROM names WHERE kind = 3 AND text = 'ok') + 0, "
              "url = (SELECT url FROM measurements WHERE seq = 4 AND idx = 0) WHERE seq = 4 AND idx = 1")
EDIT_DISCLOSURE = "UPDATE disclosures SET value = '203.0.113.99' WHERE seq = 5 AND name = 'public_ip'"
EDIT_PLATFORM_ROW = ("UPDATE sweep_platforms SET verdict = (SELECT id FROM names WHERE kind = 3 AND text = 'ok') + 0,"
                     " latency = 12345 WHERE seq = 6 AND first_idx = 0")
DELETE_BLOCK = "DELETE FROM blocks WHERE seq = 2"
REHASH = "UPDATE blocks SET hash = zeroblob(32) WHERE seq = 4"  # the header no longer matches its stored hash
COPY_HEADER = ("UPDATE blocks SET header = (SELECT header FROM blocks WHERE seq = 2), "
               "hash = (SELECT hash FROM blocks WHERE seq = 2) WHERE seq = 3")


@pytest.mark.parametrize(("edit", "seq", "says"), [
    (SWAP_PAYLOAD, 3, "Merkle root"),
    (EDIT_INDEX, 4, "index row of measurement 1"),
    (EDIT_DISCLOSURE, 5, "public_ip"),
    (EDIT_PLATFORM_ROW, 6, "platform index row"),
    (DELETE_BLOCK, 2, "missing"),
    (REHASH, 4, "stored hash"),
    (COPY_HEADER, 3, "says it is block 2"),
], ids=["swapped-payload", "index-row", "disclosure-row", "platform-row", "deleted-block", "rehashed-header",
        "copied-header"])
def test_export_refuses_what_the_log_does_not_vouch_for(capsys, data, tmp_path, edit, seq, says):
    tamper(db_of(data), edit)
    out = tmp_path / "out" / "bundle.zip"
    out.parent.mkdir()
    code, err = export(capsys, data, out, "--include-ip")
    assert code != 0
    assert f"block {seq}" in err and says in err and "Nothing was exported" in err, err
    assert list(out.parent.iterdir()) == []  # no bundle, no partial, no staging
    code, out_text, _ = vantage(capsys, data, "log", "verify")
    assert code == 1 and f"block {seq}" in out_text


def test_the_export_check_covers_the_chain_to_the_checkpoint_not_other_payloads(data):
    """Outside the range only headers and links are read: a payload there is not signed, a header is."""
    tamper(db_of(data), "UPDATE blocks SET payload = (SELECT payload FROM blocks WHERE seq = 0) WHERE seq = 6")
    with HistoryStore.open(db_of(data)) as store:
        assert verify_for_export(store, 1, 3).ok
        assert verify_for_export(store, 5, 7).broken_at == 6
    tamper(db_of(data), "UPDATE blocks SET hash = zeroblob(32) WHERE seq = 7")
    with HistoryStore.open(db_of(data)) as store:
        report = verify_for_export(store, 1, 3)
    assert report.broken_at == 7 and "stored hash" in report.sentence


# ------------------------------------------------------------------------------------------- damaged files

COMMANDS = (("log", "verify"), ("history", *WHOLE), ("history", "--json", *WHOLE), ("incidents",),
            ("export", *WHOLE, "-o", "{out}"))


def flip(db: Path, offset: int, count: int) -> None:
    with open(db, "r+b") as f:
        f.seek(offset)
        data = f.read(count)
        f.seek(offset)
        f.write(bytes(b ^ 0xFF for b in data))


def page_of(db: Path, table: str) -> tuple[int, int]:
    """(byte offset, size) of a table's root page in the main file."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return (root - 1) * size, size


def every_command(capsys, data: Path, tmp_path: Path) -> dict[str, tuple[int, str]]:
    """Each reading command's exit status and what it said; none may raise (vantage() asserts no traceback)."""
    said = {}
    for i, command in enumerate(COMMANDS):
        args = [a.replace("{out}", str(tmp_path / f"out{i}.zip")) for a in command]
        code, out, err = vantage(capsys, data, *args)
        said[" ".join(command[:2])] = (code, out + err)
    return said


def test_flipped_bytes_in_the_rollups_are_named_and_repaired(capsys, data, tmp_path):
    offset, _ = page_of(db_of(data), "rollups")
    flip(db_of(data), offset + 8, 64)  # the page's cell pointers: SQLite's own check sees it
    code, out, _ = vantage(capsys, data, "log", "verify")
    assert code == 1 and "rollups" in out and "vantage log repair" in out and "intact" not in out, out
    code, out, err = vantage(capsys, data, "log", "repair")
    assert code == 0 and "damaged-" in out, err
    assert len(list(data.glob("history.sqlite3.damaged-*.bak"))) == 1  # the damaged file is kept, not replaced
    code, out, _ = vantage(capsys, data, "log", "verify")
    assert code == 0 and f"{SWEEPS} sweeps" in out, out


def test_damage_in_the_blocks_is_not_offered_a_repair(capsys, data, tmp_path):
    offset, _ = page_of(db_of(data), "blocks")
    flip(db_of(data), offset + 8, 64)
    code, out, _ = vantage(capsys, data, "log", "verify")
    assert code == 1 and "blocks" in out and "cannot be rebuilt" in out, out
    code, _, err = vantage(capsys, data, "log", "repair")
    assert code == 2 and "cannot be repaired" in err, err
    assert not list(data.glob("*.bak"))
    for name, (code, said) in every_command(capsys, data, tmp_path).items():
        assert code != 0 and "damaged" in said, (name, said)
    assert not list(tmp_path.glob("out*.zip"))


def test_random_flips_give_a_sentence_from_every_command(capsys, tmp_path):
    """50 random flips of a history, ten times over: every command answers; a damaged log never verifies."""
    rng = random.Random(15)
    tried = caught = 0
    for trial in range(10):
        data = tmp_path / f"d{trial}"
        with HistoryStore.open(db_of(data)) as store:
            fill(store, SWEEPS, seed=trial)
        size = db_of(data).stat().st_size
        for _ in range(50):
            flip(db_of(data), rng.randrange(100, size), 1)  # past the file header, which names the format
        conn = sqlite3.connect(db_of(data))
        try:
            sound = pragma_lines(conn, "PRAGMA integrity_check") == ["ok"]
        except sqlite3.DatabaseError:
            sound = False
        conn.close()
        said = every_command(capsys, data, tmp_path / f"o{trial}")
        tried += len(said)
        caught += sum(code != 0 for code, _ in said.values())
        if not sound:
            assert said["log verify"][0] != 0, said["log verify"]
    assert caught > 0  # the flips were not all harmless


def test_a_dropped_table_is_a_sentence_everywhere(capsys, data, tmp_path):
    tamper(db_of(data), "DROP TABLE sweep_platforms")
    for name, (code, said) in every_command(capsys, data, tmp_path).items():
        assert code == 2 and "sweep_platforms table is missing" in said, (name, said)
    assert "sweep_platforms" not in str(sqlite3.connect(db_of(data)).execute(
        "SELECT group_concat(name) FROM sqlite_master").fetchone())  # never silently recreated


def test_a_deleted_block_is_a_sentence_everywhere(capsys, data, tmp_path):
    tamper(db_of(data), DELETE_BLOCK)
    said = every_command(capsys, data, tmp_path)
    assert said["log verify"][0] == 1 and "block 2" in said["log verify"][1]
    assert said["export --since"][0] == 2 and "block 2" in said["export --since"][1]


def test_a_foreign_database_is_refused_and_left_alone(capsys, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(db_of(data))
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = db_of(data).read_bytes()
    for command in (("log", "verify"), ("history",), ("incidents",)):
        code, _, err = vantage(capsys, data, *command)
        assert code == 2 and "Vantage did not write" in err, err
    assert db_of(data).read_bytes() == before


def test_an_empty_file_becomes_a_new_history_and_says_so(capsys, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_of(data).write_bytes(b"")
    with HistoryStore.open(db_of(data)) as store:
        assert store.created
    with HistoryStore.open(db_of(data)) as store:
        assert not store.created


def test_a_failing_upgrade_leaves_no_backup_behind(tmp_path):
    from desktop_app.store.errors import StoreError
    from desktop_app.store.migrations import MIGRATIONS, migrate
    db = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, MIGRATIONS[:1])
    conn.execute("CREATE TABLE rollups (x)")  # in the way of schema 2
    conn.close()
    for _ in range(3):
        with pytest.raises(StoreError):
            HistoryStore.open(db)
    assert not list(tmp_path.glob("*.bak"))


def test_loose_modes_are_tightened(tmp_path):
    data = tmp_path / "data"
    with HistoryStore.open(db_of(data)):
        pass
    db_of(data).chmod(0o644)
    data.chmod(0o755)
    with HistoryStore.open(db_of(data)):
        pass
    assert db_of(data).stat().st_mode & 0o777 == 0o600 and data.stat().st_mode & 0o777 == 0o700


def test_probe_refuses_a_tail_that_does_not_verify(data):
    from desktop_app.store.errors import StoreDamaged
    tamper(db_of(data), f"UPDATE blocks SET payload = (SELECT payload FROM blocks WHERE seq = 0) "
                        f"WHERE seq = {SWEEPS - 1}")
    rng = random.Random(3)
    with HistoryStore.open(db_of(data)) as store, pytest.raises(StoreDamaged, match=f"last block, {SWEEPS - 1}"):
        store.append_sweep(*sweep(SWEEPS, START + 300 * SWEEPS, endpoint_urls(12), rng))
    with HistoryStore.open(db_of(data)) as store:
        assert store.count_blocks() == SWEEPS


# ------------------------------------------------------------------------------------------------ staging

def test_exports_stage_in_our_folder_and_clear_what_a_killed_one_left(data, tmp_path):
    from desktop_app.evidence.export.bundle import STAGING_DIR, STAGING_PREFIX, ExportRequest, export_bundle
    stale = data / STAGING_DIR / f"{STAGING_PREFIX}4194304-x"  # above any pid_max: that process is gone
    (stale / "bundle").mkdir(parents=True)
    (stale / "bundle" / "measurements.jsonl").write_bytes(b"{}\n" * 1000)
    (stale.parent / f"{STAGING_PREFIX}{os.getpid()}-live").mkdir()  # a running export of ours: left alone
    out = tmp_path / "out"
    out.mkdir()
    (out / ".b.zip.partial").write_bytes(b"left by an older version")
    seen: list[list[str]] = []
    with HistoryStore.open(db_of(data)) as store:
        export_bundle(store, ExportRequest(START - 1, START + 300 * SWEEPS), out / "b.zip", tmp_path / "config",
                      progress=lambda done, total: seen.append(sorted(p.name for p in out.iterdir())))
    assert seen and all(names == [] for names in seen)  # nothing beside the person's files while it runs
    assert sorted(p.name for p in out.iterdir()) == ["b.zip"]
    assert sorted(p.name for p in stale.parent.iterdir()) == [f"{STAGING_PREFIX}{os.getpid()}-live"]
    assert stale.parent.stat().st_mode & 0o777 == 0o700


# ------------------------------------------------------------------------------------------- typed records

def test_blocks_and_records_read_as_declared_types(data):
    with HistoryStore.open(db_of(data)) as store:
        block = store.block(3)
        context = block.context
        assert (context.started_at, context.ended_at) == (block.started_at, block.ended_at)
        assert context.asn == "AS17557" and context.network_state == "online"
        assert set(context.commitments) == {"public_ip", "resolver"}
        assert context.platforms["x"].verdict == "ok"
        measurement = next(store.measurements(platforms=["x"]))
        record = measurement.typed
        assert (record.platform, record.url, record.verdict) == ("x", measurement.url, measurement.verdict)
        assert record.steps and record.latency_ms == measurement.latency_ms


def test_the_export_dialogs_job_says_the_same_sentence(qtbot, data, tmp_path):
    """The app's export job reports the refusal as its error sentence, which the dialog shows."""
    from desktop_app.evidence.export.bundle import ExportRequest
    from desktop_app.gui.dialogs.export_dialog import ExportWorker
    tamper(db_of(data), SWAP_PAYLOAD)
    worker = ExportWorker(db_of(data), tmp_path / "config")
    with qtbot.waitSignal(worker.failed) as failed:
        worker.export(ExportRequest(START - 1, START + 300 * SWEEPS), str(tmp_path / "b.zip"), None, "")
    assert "block 3" in failed.args[0] and "Nothing was exported" in failed.args[0]
    assert not (tmp_path / "b.zip").exists()
