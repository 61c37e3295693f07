"""The history database's schema, as an ordered list of migrations with a backup taken before each upgrade."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.store.backfill import backfill_v2
from desktop_app.store.errors import StoreError
from desktop_app.store.kinds import KIND_VERDICT, OK_VERDICT_ID

__all__ = ["MIGRATIONS", "StoreError", "backup", "migrate"]  # StoreError: re-exported for older importers

Migration = Callable[[sqlite3.Connection], None]


def _statements(script: str) -> list[str]:
    """Split a schema script; executescript() would commit the migration's transaction half-way."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _statements(
        f"""
        CREATE TABLE names (
            id INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (kind, text)
        );
        INSERT INTO names (id, kind, text) VALUES ({OK_VERDICT_ID}, {KIND_VERDICT}, 'ok');
        -- One row per sweep: its header and records, compressed against the latest keyframe block.
        CREATE TABLE blocks (
            seq INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            ended_at REAL NOT NULL,
            hash BLOB NOT NULL,
            header BLOB NOT NULL,      -- zstd of the exact header bytes that were hashed
            count INTEGER NOT NULL,
            dict_seq INTEGER,          -- keyframe whose raw records are this payload's zstd dictionary
            payload BLOB NOT NULL      -- zstd of the records' canonical bytes joined by newlines
        );
        CREATE INDEX blocks_by_time ON blocks (started_at);
        -- One small row per measurement, for queries by time (via seq), platform and verdict.
        CREATE TABLE measurements (
            seq INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            platform INTEGER NOT NULL,
            url INTEGER NOT NULL,
            verdict INTEGER NOT NULL,
            latency INTEGER,           -- tenths of a millisecond
            PRIMARY KEY (seq, idx)
        ) WITHOUT ROWID;
        -- Per sweep and platform: its verdict and the run of measurements that are its endpoints. This is the
        -- platform index (a tenth of the size of one over every measurement) and what charts read.
        CREATE TABLE sweep_platforms (
            platform INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            first_idx INTEGER NOT NULL,
            count INTEGER NOT NULL,
            verdict INTEGER NOT NULL,
            PRIMARY KEY (platform, seq, first_idx)
        ) WITHOUT ROWID;
        CREATE INDEX measurements_not_ok ON measurements (verdict, seq) WHERE verdict <> {OK_VERDICT_ID};
        -- Salts and values of the header commitments: an export may withhold them without breaking a hash.
        CREATE TABLE disclosures (
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            salt BLOB NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (seq, name)
        ) WITHOUT ROWID;
        """
    ):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """History at scale: the network of each sweep, platform latency, rollups, and an index of bad verdicts."""
    for statement in _statements(
        f"""
        ALTER TABLE blocks ADD COLUMN network INTEGER;        -- names id (KIND_NETWORK) of ASN/ISP/country
        ALTER TABLE sweep_platforms ADD COLUMN latency INTEGER;  -- the platform's latency, tenths of a ms
        -- Incidents read only the sweeps where a platform was not ok.
        CREATE INDEX sweep_platforms_not_ok ON sweep_platforms (platform, seq) WHERE verdict <> {OK_VERDICT_ID};
        -- Sweeps by verdict per platform and UTC minute, hour and day (see store/rollups.py).
        CREATE TABLE rollups (
            level INTEGER NOT NULL,
            platform INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            verdict INTEGER NOT NULL,
            count INTEGER NOT NULL,
            latency_sum INTEGER NOT NULL,
            latency_n INTEGER NOT NULL,
            PRIMARY KEY (level, platform, bucket, verdict)
        ) WITHOUT ROWID;
        -- Sweeps per network (names id, 0 when not looked up) and bucket: which ASN each span was measured from.
        CREATE TABLE network_rollups (
            level INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            network INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (level, bucket, network)
        ) WITHOUT ROWID;
        """
    ):
        conn.execute(statement)
    backfill_v2(conn)


def _v3(conn: sqlite3.Connection) -> None:
    """Each platform's throughput in each sweep, so its usual rate on a network is one indexed query away.

    Rows stored before this version keep NULL: the usual rate is learnt from sweeps made from now on.
    """
    conn.execute("ALTER TABLE sweep_platforms ADD COLUMN rate REAL")  # the throughput asset's bytes/s when ok


def _v4(conn: sqlite3.Connection) -> None:
    """The evidence bytes records name by SHA-256 (certificate chains, response bodies), each stored once.

    `blob_days` remembers which endpoint already has its reference body for a day (store/blobs.py)."""
    for statement in _statements(
        """
        CREATE TABLE blobs (
            sha256 BLOB PRIMARY KEY,   -- of the bytes themselves, as the records name them
            kind TEXT NOT NULL,        -- 'cert' (DER) or 'body' (a response body up to the body cap)
            size INTEGER NOT NULL,
            base BLOB,                 -- the blob whose bytes are this one's zstd dictionary (yesterday's page)
            depth INTEGER NOT NULL,    -- how many bases down to a blob stored on its own
            data BLOB NOT NULL         -- zstd of the bytes
        ) WITHOUT ROWID;
        CREATE TABLE blob_days (
            url TEXT NOT NULL,
            day INTEGER NOT NULL,      -- UTC days since the epoch
            sha256 BLOB NOT NULL,      -- the reference body kept for that endpoint that day
            PRIMARY KEY (url, day)
        ) WITHOUT ROWID
        """
    ):
        conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3, _v4)


def _is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] == 0


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the database (sqlite3 backup API), kept next to it."""
    dest = path.with_name(f"{path.name}.v{version}-{time.strftime('%Y%m%dT%H%M%S')}.bak")
    with sqlite3.connect(dest) as target:
        conn.backup(target)
    target.close()
    dest.chmod(0o600)
    return dest


def migrate(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema to the newest version, one migration per transaction; returns the version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    newest = len(migrations)
    if version > newest:
        raise StoreError(f"The history in {path} was written by a newer version of Vantage (schema {version}; "
                         f"this version understands up to {newest}). Update Vantage to open it.")
    copy = backup(conn, path, version) if version < newest and not _is_empty(conn) else None
    try:
        _upgrade(conn, migrations, version, newest)
    except BaseException:
        if copy is not None:  # rolled back: the file is as it was, and a failing upgrade retried at every start
            copy.unlink(missing_ok=True)  # must not pile up copies beside it
        raise
    return newest


def _upgrade(conn: sqlite3.Connection, migrations: Sequence[Migration], version: int, newest: int) -> None:
    for number in range(version, newest):
        conn.execute("BEGIN IMMEDIATE")
        # Another connection (the app's history window, a CLI run) may have migrated while this one waited.
        if conn.execute("PRAGMA user_version").fetchone()[0] > number:
            conn.execute("COMMIT")
            continue
        try:
            migrations[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
