"""The history store on real SQLite files: round trip, queries, durability, tampering, migrations."""

from __future__ import annotations

import random
import sqlite3
import stat
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.store import hashing
from desktop_app.store import log as log_module
from desktop_app.store.integrity import verify_log
from desktop_app.store.log import GENESIS, HistoryStore, default_db_path
from desktop_app.store.migrations import MIGRATIONS, StoreError, migrate
from desktop_app.store.sweep_index import CONNECTION_ID
from tests.history_builder import kill_writer_after
from tests.store_records import endpoint_urls, sweep

START = 1_780_000_000.0


@pytest.fixture
def db(tmp_path) -> Path:
    return default_db_path(tmp_path / "data")


def fill(store: HistoryStore, count: int, endpoints: int = 12, seed: int = 1, blocked_at: set[int] | None = None):
    rng = random.Random(seed)
    urls = endpoint_urls(endpoints)
    infos = []
    for i in range(count):
        blocked = frozenset({"x"}) if blocked_at and i in blocked_at else frozenset()
        infos.append(store.append_sweep(*sweep(i, START + 300 * i, urls, rng, blocked)))
    return infos


# ------------------------------------------------------------------------------------------------ Merkle trees

def naive_root(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashing.EMPTY_ROOT
    if len(leaves) == 1:
        return hashing.leaf_hash(leaves[0])
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashing.node_hash(naive_root(leaves[:k]), naive_root(leaves[k:]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=8), min_size=0, max_size=40))
def test_merkle_root_matches_the_rfc_definition(leaves):
    assert hashing.merkle_root(leaves) == naive_root(leaves)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=8), min_size=1, max_size=40), st.data())
def test_inclusion_proofs_verify_and_reject_others(leaves, data):
    index = data.draw(st.integers(0, len(leaves) - 1))
    root = hashing.merkle_root(leaves)
    proof = hashing.inclusion_proof(leaves, index)
    assert hashing.verify_inclusion(leaves[index], index, len(leaves), proof, root)
    assert not hashing.verify_inclusion(leaves[index] + b"x", index, len(leaves), proof, root)
    if len(leaves) > 1:
        other = (index + 1) % len(leaves)
        if leaves[other] != leaves[index]:
            assert not hashing.verify_inclusion(leaves[index], other, len(leaves), proof, root)


def test_known_vectors():
    assert hashing.merkle_root([]).hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert hashing.merkle_root([b""]) == hashing.leaf_hash(b"")
    assert hashing.canonical({"b": 1, "a": [1.5, "é", None]}) == b'{"a":[1.5,"\xc3\xa9",null],"b":1}'


# ---------------------------------------------------------------------------------------------- round trip

def test_round_trip_exact_bytes_chain_and_commitments(db):
    with HistoryStore.open(db) as store:
        infos = fill(store, 3)
        rng = random.Random(1)
        urls = endpoint_urls(12)
        _context, records, sensitive = sweep(0, START, urls, rng)
    with HistoryStore.open(db) as store:
        blocks = list(store.blocks())
        assert [b.seq for b in blocks] == [0, 1, 2]
        assert blocks[0].header["prev"] == GENESIS
        assert blocks[1].header["prev"] == blocks[0].hash == infos[0].hash
        assert store.block_records(0) == [hashing.canonical(r) for r in records]
        assert hashing.merkle_root(store.block_records(0)).hex() == blocks[0].header["merkle_root"]
        commitments = blocks[0].header["context"]["commitments"]
        disclosed = store.disclosures(0)
        assert set(commitments) == set(disclosed) == {"public_ip", "resolver"}
        for name, (salt, value) in disclosed.items():
            assert value == sensitive[name] and len(salt) == 16
            assert hashing.commitment(salt, value) == commitments[name]
        assert sensitive["public_ip"].encode() not in blocks[0].header_bytes
        assert verify_log(store).ok


def test_queries_filter_and_stream(db):
    with HistoryStore.open(db) as store:
        fill(store, 10, blocked_at={3, 4})
        assert store.count_blocks() == 10 and store.count_measurements() == 120
        everything = list(store.measurements())
        assert [(m.seq, m.index) for m in everything] == sorted((m.seq, m.index) for m in everything)
        x_only = list(store.measurements(platforms={"x"}))
        assert x_only and {m.platform for m in x_only} == {"x"}
        blocked = list(store.measurements(verdicts={"tcp_blocked"}))
        assert {m.seq for m in blocked} == {3, 4} and all(m.record["verdict"] == "tcp_blocked" for m in blocked)
        window = list(store.measurements(since=START + 300 * 2, until=START + 300 * 5))
        assert {m.seq for m in window} == {2, 3, 4}
        assert [b.seq for b in store.blocks(since=START + 300 * 8)] == [8, 9]
        assert list(store.measurements(platforms={"myspace"})) == []
        ok = next(m for m in everything if m.verdict == "ok")
        assert ok.latency_ms == ok.record["latency_ms"]
        stream = store.measurements()
        assert next(stream).seq == 0  # a generator: nothing beyond the first block is read yet


def test_indexed_platform_ids_name_every_platform_the_index_holds(db):
    with HistoryStore.open(db) as store:
        assert store.indexed_platform_ids() == ()
        fill(store, 3, endpoints=40)
        ids = store.indexed_platform_ids()
        assert list(ids) == sorted(set(ids))  # each once, as the primary key orders them
        assert {store._text(i) for i in ids} == {*store.block(0).context.platforms, CONNECTION_ID}
        rows = store.platform_index(1, ids)
        assert rows == store.platform_index(1) and len(rows) == len(ids)


def test_files_are_private(db):
    with HistoryStore.open(db) as store:
        fill(store, 1)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    for suffix in ("-wal", "-shm"):
        sidecar = db.with_name(db.name + suffix)
        if sidecar.exists():
            assert stat.S_IMODE(sidecar.stat().st_mode) & 0o077 == 0


def test_keyframes_bound_decompression(db, monkeypatch):
    monkeypatch.setattr(log_module, "KEYFRAME_EVERY", 4)
    with HistoryStore.open(db) as store:
        fill(store, 10)
        rows = store._conn.execute("SELECT seq, dict_seq FROM blocks ORDER BY seq").fetchall()
        assert [d for _, d in rows] == [None, 0, 0, 0, None, 4, 4, 4, None, 8]
        assert verify_log(store).ok


# -------------------------------------------------------------------------------------------------- crashes

WRITER = textwrap.dedent("""
    import random, sys
    sys.path.insert(0, {root!r})
    from desktop_app.store.log import HistoryStore
    from tests.store_records import endpoint_urls, sweep
    store = HistoryStore.open({db!r})
    rng, urls = random.Random(7), endpoint_urls(40)
    for i in range(100000):
        store.append_sweep(*sweep(i, 1780000000.0 + i, urls, rng))
        print(i, flush=True)
""")


def test_a_killed_writer_loses_no_committed_sweep(db):
    root = str(Path(__file__).resolve().parent.parent)
    committed = kill_writer_after(WRITER.format(root=root, db=str(db)), 25)
    with HistoryStore.open(db) as store:
        assert store.count_blocks() >= committed + 1
        report = verify_log(store)
        assert report.ok, report.sentence
        assert store.count_measurements() == 40 * store.count_blocks()


# ------------------------------------------------------------------------------------------------ tampering

def tamper(db: Path, sql: str, *args) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_edited_record_blob_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 6)
        raw = b"\n".join(store.block_records(3)).replace(b'"status":200', b'"status":403', 1)
        payload = packed(store, 3, raw)
    tamper(db, "UPDATE blocks SET payload = ? WHERE seq = 3", payload)
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert not report.ok and report.broken_at == 3 and "Merkle root" in report.sentence


def test_edited_index_verdict_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 5)
    tamper(db, "INSERT OR IGNORE INTO names (kind, text) VALUES (3, 'dns_blocked')")
    tamper(db, "UPDATE measurements SET verdict = (SELECT id FROM names WHERE kind = 3 AND text = 'dns_blocked') "
               "WHERE seq = 2 AND idx = 1")
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 2 and "index row of measurement 1" in report.sentence


def packed(store: HistoryStore, seq: int, header: bytes) -> bytes:
    """The header compressed the way the store keeps it, so a forger's edit decodes cleanly."""
    import zstandard
    dict_seq = store._conn.execute("SELECT dict_seq FROM blocks WHERE seq = ?", (seq,)).fetchone()[0]
    return zstandard.ZstdCompressor(dict_data=store._dictionary(dict_seq)).compress(header)


def test_edited_header_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 5)
        header = packed(store, 2, store.block(2).header_bytes.replace(b'"PK"', b'"IN"'))
    tamper(db, "UPDATE blocks SET header = ? WHERE seq = 2", header)
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 2 and "stored hash" in report.sentence


def test_rehashed_header_still_breaks_the_chain(db):
    """Someone who also recomputes the block's hash is caught by the next block's prev."""
    import hashlib
    with HistoryStore.open(db) as store:
        fill(store, 5)
        header = store.block(2).header_bytes.replace(b'"Linux-6.1"', b'"Linux-6.2"')  # in no index
        stored = packed(store, 2, header)
    tamper(db, "UPDATE blocks SET header = ?, hash = ? WHERE seq = 2", stored, hashlib.sha256(header).digest())
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 3 and "chain" in report.sentence


def test_deleted_block_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 5)
    tamper(db, "DELETE FROM blocks WHERE seq = 2")
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 2 and "missing" in report.sentence


def test_deleted_last_block_leaves_orphan_index_rows(db):
    with HistoryStore.open(db) as store:
        fill(store, 3)
    tamper(db, "DELETE FROM blocks WHERE seq = 2")
    with HistoryStore.open(db) as store:
        assert not verify_log(store).ok


def test_swapped_blocks_are_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 5)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE blocks SET seq = -1 WHERE seq = 1")
    conn.execute("UPDATE blocks SET seq = 1 WHERE seq = 2")
    conn.execute("UPDATE blocks SET seq = 2 WHERE seq = -1")
    conn.commit()
    conn.close()
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 1


def test_changed_disclosure_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 4)
    tamper(db, "UPDATE disclosures SET value = '203.0.113.99' WHERE seq = 3 AND name = 'public_ip'")
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 3 and "public_ip" in report.sentence


def test_edited_time_index_is_caught(db):
    with HistoryStore.open(db) as store:
        fill(store, 4)
    tamper(db, "UPDATE blocks SET started_at = started_at - 3600 WHERE seq = 1")
    with HistoryStore.open(db) as store:
        assert verify_log(store).broken_at == 1


def test_withheld_disclosures_still_verify(db):
    with HistoryStore.open(db) as store:
        fill(store, 3)
    tamper(db, "DELETE FROM disclosures")
    with HistoryStore.open(db) as store:
        assert verify_log(store).ok


# ----------------------------------------------------------------------------------------------- migrations

def test_migration_takes_a_backup_and_keeps_the_data(db):
    with HistoryStore.open(db) as store:
        fill(store, 2)

    def extra(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (minute INTEGER PRIMARY KEY, n INTEGER NOT NULL)")

    current = len(MIGRATIONS)
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn, db, (*MIGRATIONS, extra)) == current + 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert conn.execute("SELECT count(*) FROM blocks").fetchone()[0] == 2
    conn.close()
    backups = list(db.parent.glob(db.name + f".v{current}-*.bak"))
    assert len(backups) == 1 and stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == current
        assert old.execute("SELECT count(*) FROM blocks").fetchone()[0] == 2
    old.close()


def test_failed_migration_rolls_back(db):
    with HistoryStore.open(db) as store:
        fill(store, 1)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (a)")
        raise RuntimeError("boom")

    conn = sqlite3.connect(db, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrate(conn, db, (*MIGRATIONS, broken))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_newer_schema_is_refused_with_a_sentence(db):
    with HistoryStore.open(db) as store:
        fill(store, 1)
    tamper(db, "PRAGMA user_version = 9")
    with pytest.raises(StoreError, match="newer version of Vantage"):
        HistoryStore.open(db)


def test_garbage_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "history.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        HistoryStore.open(bad)


def test_verification_ignores_sweeps_appended_while_it_runs(db):
    """The app keeps measuring while `vantage log verify` reads: a concurrent append is not damage."""
    with HistoryStore.open(db) as store:
        fill(store, 4)
    with HistoryStore.open(db) as reader, HistoryStore.open(db) as writer:
        blocks = reader.raw_blocks()
        with reader.snapshot():
            first = next(blocks)
            rng = random.Random(9)
            writer.append_sweep(*sweep(4, START + 300 * 4, endpoint_urls(12), rng))
            from desktop_app.store.integrity import _verify
            report = _verify(reader)
        blocks.close()  # an unfinished read would keep the old snapshot open
        assert first[0] == 0 and report.ok and report.blocks == 4
        assert verify_log(reader).blocks == 5


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=8), min_size=1, max_size=70))
def test_all_proofs_at_once_equal_one_by_one(leaves):
    root, proofs = hashing.all_inclusion_proofs(leaves)
    assert root == hashing.merkle_root(leaves)
    assert proofs == [hashing.inclusion_proof(leaves, i) for i in range(len(leaves))]
