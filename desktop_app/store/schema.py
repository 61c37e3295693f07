"""The history database's schema as ordered migrations, applied one transaction each after a backup."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

Migration = Callable[[sqlite3.Connection], None]

# Kinds of the names table; verdict id 1 is reserved for "ok" so the verdict index can leave ok rows out.
KIND_PLATFORM, KIND_URL, KIND_VERDICT = 1, 2, 3
OK_VERDICT_ID = 1


class StoreError(Exception):
    """The history cannot be opened or written; the message is a sentence a person can act on."""


def _statements(script: str) -> list[str]:
    """Split a schema script; executescript() would commit the migration's transaction half-way."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


V1 = f"""
    CREATE TABLE names (
        id INTEGER PRIMARY KEY,
        kind INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (kind, text)
    );
    INSERT INTO names (id, kind, text) VALUES ({OK_VERDICT_ID}, {KIND_VERDICT}, 'ok');
    -- One row per sweep. Small columns first so a scan of headers stays on the leaf pages.
    CREATE TABLE blocks (
        seq INTEGER PRIMARY KEY,
        started_at REAL NOT NULL,  -- UTC epoch seconds, copied from the header for the time index
        ended_at REAL NOT NULL,
        hash BLOB NOT NULL,        -- SHA-256 of the exact header bytes
        header BLOB NOT NULL,      -- zstd of the exact header bytes
        count INTEGER NOT NULL,
        dict_seq INTEGER,          -- keyframe whose raw bytes are the zstd dictionary; NULL: this is a keyframe
        payload BLOB NOT NULL      -- zstd of the records' canonical bytes, joined by newlines
    );
    CREATE INDEX blocks_by_time ON blocks (started_at);
    -- One small row per measurement: ids instead of strings, latency in tenths of a millisecond.
    CREATE TABLE measurements (
        seq INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        platform INTEGER NOT NULL,
        url INTEGER NOT NULL,
        verdict INTEGER NOT NULL,
        latency INTEGER,
        PRIMARY KEY (seq, idx)
    ) WITHOUT ROWID;
    -- Runs of consecutive measurements of one platform in a sweep, with the platform's verdict: the platform
    -- index, a tenth the size of one over every measurement, and what charts read.
    CREATE TABLE sweep_platforms (
        platform INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        first_idx INTEGER NOT NULL,
        count INTEGER NOT NULL,
        verdict INTEGER NOT NULL,
        PRIMARY KEY (platform, seq, first_idx)
    ) WITHOUT ROWID;
    -- Only the rare non-ok rows: finding blocking episodes without an index entry per ok measurement.
    CREATE INDEX measurements_not_ok ON measurements (verdict, seq) WHERE verdict <> {OK_VERDICT_ID};
    -- Salts and values behind the header commitments: an export may withhold them without breaking a hash.
    CREATE TABLE disclosures (
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        salt BLOB NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (seq, name)
    ) WITHOUT ROWID;
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _statements(V1):
        conn.execute(statement)


# Append only: MIGRATIONS[n] takes a database from user_version n to n + 1. Never edit a released one.
MIGRATIONS: tuple[Migration, ...] = (_v1,)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the database (sqlite3 backup API) next to it, readable by the user alone."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    dest = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.name}.v{version}-{stamp}-{n}.bak")
    os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # private before a byte is written
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest


def migrate(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema to the newest version, one transaction per migration, and return that version.

    A non-empty database is copied first, so a failed or faulty migration never costs the history.
    """
    version = schema_version(conn)
    newest = len(migrations)
    if version > newest:
        raise StoreError(f"The history in {path} was written by a newer version of Vantage (schema {version}; "
                         f"this version understands up to {newest}). Update Vantage to open it.")
    if version == 0 and _has_tables(conn):
        raise StoreError(f"The file {path} is an SQLite database but not a Vantage history. Move it away or "
                         f"choose another data folder.")
    if version < newest and version > 0:
        backup(conn, path, version)
    for number in range(version, newest):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) != number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            migrations[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return newest
