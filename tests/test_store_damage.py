"""Damaged and tampered histories: every command answers with one sentence, and nothing is signed that the log
does not vouch for. Each case damages a real SQLite file the way an attacker or a failing disk would."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.integrity import verify_for_export
from desktop_app.store.log import HistoryStore, default_db_path
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


@pytest.mark.parametrize(("edit", "seq", "says"), [
    (SWAP_PAYLOAD, 3, "Merkle root"),
    (EDIT_INDEX, 4, "index row of measurement 1"),
    (EDIT_DISCLOSURE, 5, "public_ip"),
    (EDIT_PLATFORM_ROW, 6, "platform index row"),
    (DELETE_BLOCK, 2, "missing"),
], ids=["swapped-payload", "index-row", "disclosure-row", "platform-row", "deleted-block"])
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
