"""The evidence bytes (certificates, response bodies) the records name by SHA-256, each distinct one stored once.

A blockpage served every five minutes for a month is one row; so is a certificate seen for weeks. Bodies are kept
for every measurement that was not ok, and for one ok measurement per endpoint and day as the reference to compare
against; certificates always. The record holds the hash (`body_sha256`, a handshake's `chain`), so the log's
Merkle proofs cover the bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import zstandard

CERT = "cert"
BODY = "body"
_LEVEL = 3


@dataclass(frozen=True)
class Evidence:
    """One measurement's evidence bytes, as the store decides what of them to keep."""

    url: str
    day: int  # UTC days since the epoch
    ok: bool  # the verdict was ok: its body is kept only as the endpoint's reference of the day
    certs: tuple[bytes, ...] = ()
    bodies: tuple[bytes, ...] = field(default=())


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep(conn: sqlite3.Connection, evidence: Iterable[Evidence]) -> int:
    """Store what `evidence` calls for, in one transaction; returns the number of new blobs."""
    compressor = zstandard.ZstdCompressor(level=_LEVEL)
    wanted: dict[bytes, tuple[str, bytes]] = {}
    days: set[tuple[str, int]] = set()
    items = list(evidence)
    if not items:
        return 0
    day_list = sorted({e.day for e in items})
    have_day = {(u, d) for u, d in conn.execute(
        f"SELECT url, day FROM blob_days WHERE day IN ({','.join('?' * len(day_list))})", day_list)}
    for e in items:
        for der in e.certs:
            wanted.setdefault(hashlib.sha256(der).digest(), (CERT, der))
        if e.bodies and (not e.ok or (e.url, e.day) not in have_day | days):
            for body in e.bodies:
                wanted.setdefault(hashlib.sha256(body).digest(), (BODY, body))
            if e.ok:
                days.add((e.url, e.day))
    if not wanted and not days:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = conn.total_changes
        conn.executemany("INSERT OR IGNORE INTO blobs (sha256, kind, size, data) VALUES (?, ?, ?, ?)",
                         [(h, kind, len(data), compressor.compress(data)) for h, (kind, data) in wanted.items()])
        added = conn.total_changes - before
        conn.executemany("INSERT OR IGNORE INTO blob_days (url, day) VALUES (?, ?)", sorted(days))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return added


def get(conn: sqlite3.Connection, sha256_hex: str) -> bytes | None:
    """The bytes stored under that hash, checked against it; None when not kept (or not a hash)."""
    try:
        key = bytes.fromhex(sha256_hex)
    except ValueError:
        return None
    row = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (key,)).fetchone()
    if row is None:
        return None
    data = zstandard.ZstdDecompressor().decompress(row[0])
    if hashlib.sha256(data).digest() != key:
        raise ValueError(f"the stored blob {sha256_hex} does not match its hash: the history file is damaged")
    return data


def kept(conn: sqlite3.Connection, kind: str | None = None) -> set[str]:
    """The hashes kept (of one kind), hex: few thousand a month, so a set an exporter holds."""
    query = "SELECT sha256 FROM blobs" + (" WHERE kind = ?" if kind else "")
    return {h.hex() for (h,) in conn.execute(query, (kind,) if kind else ())}


def size(conn: sqlite3.Connection) -> tuple[int, int]:
    """(blobs, bytes stored) — for the store's size figures."""
    count, stored = conn.execute("SELECT count(*), coalesce(sum(length(data)), 0) FROM blobs").fetchone()
    return int(count), int(stored)


def referenced(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The hashes a run of records names: every body_sha256 and every certificate of every handshake."""
    for record in records:
        for step in (*record.get("steps", ()), *record.get("confirm", ())):
            found = step.get("body_sha256")
            if found:
                yield found
            yield from step.get("chain", ())
