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
_LEVEL = 9  # a few thousand blobs a month: worth a slower, tighter compression


@dataclass(frozen=True)
class Evidence:
    """One measurement's evidence bytes, as the store decides what of them to keep."""

    url: str
    day: int  # UTC days since the epoch
    ok: bool  # the verdict was ok: its body is kept only as the endpoint's reference of the day
    certs: tuple[bytes, ...] = ()
    bodies: tuple[bytes, ...] = field(default=())
    reference: bool = True  # an ok body may be the day's reference (not a throughput asset's bytes)


# A day's reference page is compressed against the previous one kept for that endpoint (pages change little from
# one day to the next); every MAX_DEPTH days one is stored on its own, so reading one decompresses at most that many.
MAX_DEPTH = 7


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep(conn: sqlite3.Connection, evidence: Iterable[Evidence]) -> int:
    """Store what `evidence` calls for, in one transaction; returns the number of new blobs."""
    items = list(evidence)
    if not items:
        return 0
    wanted: dict[bytes, tuple[str, bytes, str | None]] = {}  # sha256 -> kind, bytes, url when a reference
    references: dict[tuple[str, int], bytes] = {}
    day_list = sorted({e.day for e in items})
    have_day = {(u, d) for u, d in conn.execute(
        f"SELECT url, day FROM blob_days WHERE day IN ({','.join('?' * len(day_list))})", day_list)}
    for e in items:
        for der in e.certs:
            wanted.setdefault(hashlib.sha256(der).digest(), (CERT, der, None))
        if not e.bodies:
            continue
        if not e.ok:
            for body in e.bodies:
                wanted.setdefault(hashlib.sha256(body).digest(), (BODY, body, None))
        elif e.reference and (e.url, e.day) not in have_day and (e.url, e.day) not in references:
            body = e.bodies[-1]
            key = hashlib.sha256(body).digest()
            references[e.url, e.day] = key
            wanted.setdefault(key, (BODY, body, e.url))
    if not wanted and not references:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = conn.total_changes
        present = {h for (h,) in conn.execute(
            f"SELECT sha256 FROM blobs WHERE sha256 IN ({','.join('?' * len(wanted))})", list(wanted))} \
            if wanted else set()
        rows = [(h, kind, len(data), *_packed(conn, data, url))
                for h, (kind, data, url) in wanted.items() if h not in present]
        conn.executemany("INSERT OR IGNORE INTO blobs (sha256, kind, size, base, depth, data) "
                         "VALUES (?, ?, ?, ?, ?, ?)", rows)
        added = conn.total_changes - before
        conn.executemany("INSERT OR IGNORE INTO blob_days (url, day, sha256) VALUES (?, ?, ?)",
                         [(u, d, h) for (u, d), h in sorted(references.items())])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return added


def _packed(conn: sqlite3.Connection, data: bytes, url: str | None) -> tuple[bytes | None, int, bytes]:
    """(base, depth, zstd bytes): a reference page against the endpoint's previous one, anything else alone."""
    if url is not None:
        row = conn.execute("SELECT d.sha256, b.depth FROM blob_days d JOIN blobs b ON b.sha256 = d.sha256 "
                           "WHERE d.url = ? ORDER BY d.day DESC LIMIT 1", (url,)).fetchone()
        if row is not None and row[1] < MAX_DEPTH:
            previous = _bytes(conn, row[0])
            if previous:
                base = zstandard.ZstdCompressionDict(previous, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
                return row[0], row[1] + 1, zstandard.ZstdCompressor(level=_LEVEL, dict_data=base).compress(data)
    return None, 0, zstandard.ZstdCompressor(level=_LEVEL).compress(data)


def _bytes(conn: sqlite3.Connection, key: bytes) -> bytes | None:
    row = conn.execute("SELECT base, data FROM blobs WHERE sha256 = ?", (key,)).fetchone()
    if row is None:
        return None
    base, packed = row
    if base is None:
        return zstandard.ZstdDecompressor().decompress(packed)
    previous = _bytes(conn, base)  # at most MAX_DEPTH deep
    if previous is None:
        raise ValueError(f"the stored blob {key.hex()} lacks the blob it was compressed against: the history "
                         "file is damaged")
    dictionary = zstandard.ZstdCompressionDict(previous, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdDecompressor(dict_data=dictionary).decompress(packed)


def get(conn: sqlite3.Connection, sha256_hex: str) -> bytes | None:
    """The bytes stored under that hash, checked against it; None when not kept (or not a hash)."""
    try:
        key = bytes.fromhex(sha256_hex)
    except ValueError:
        return None
    data = _bytes(conn, key)
    if data is not None and hashlib.sha256(data).digest() != key:
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
