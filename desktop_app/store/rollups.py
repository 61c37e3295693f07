"""Counts by verdict per platform and minute, hour and day, kept in the same transaction as each sweep.

The history view and incident summaries read these instead of millions of rows; `recount` rebuilds the same
figures from the per-sweep rows so tests (and `vantage log verify`) can prove they agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

LEVELS = (60, 3600, 86400)  # seconds per bucket; buckets are UTC-aligned (epoch // level)

Key = tuple[int, int, int, int]  # level, platform id, bucket, verdict id
Value = tuple[int, int, int]  # sweeps, latency sum (tenths of ms), latencies counted

_UPSERT = ("INSERT INTO rollups (level, platform, bucket, verdict, count, latency_sum, latency_n) "
           "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (level, platform, bucket, verdict) DO UPDATE SET "
           "count = count + 1, latency_sum = latency_sum + excluded.latency_sum, "
           "latency_n = latency_n + excluded.latency_n")


def add_sweep(conn: sqlite3.Connection, started_at: float, rows: Iterable[tuple[int, int, int | None]]) -> None:
    """Count one sweep's (platform id, verdict id, latency) rows into every level; call inside its transaction."""
    conn.executemany(_UPSERT, [(level, platform, int(started_at // level), verdict,
                                latency or 0, 0 if latency is None else 1)
                               for level in LEVELS for platform, verdict, latency in rows])


_NETWORK_UPSERT = ("INSERT INTO network_rollups (level, bucket, network, count) VALUES (?, ?, ?, 1) "
                   "ON CONFLICT (level, bucket, network) DO UPDATE SET count = count + 1")


def add_network(conn: sqlite3.Connection, started_at: float, network: int | None) -> None:
    """Count one sweep's network (names id; None, not looked up, counts as 0) into every level."""
    conn.executemany(_NETWORK_UPSERT, [(level, int(started_at // level), network or 0) for level in LEVELS])


def rebuild(conn: sqlite3.Connection) -> None:
    """Replace every rollup with a recount from the per-sweep rows (used by migrations and repair)."""
    conn.execute("DELETE FROM network_rollups")
    for level in LEVELS:
        conn.execute(f"INSERT INTO network_rollups (level, bucket, network, count) "
                     f"SELECT {level}, CAST(started_at / {level} AS INTEGER), coalesce(network, 0), count(*) "
                     "FROM blocks GROUP BY 1, 2, 3")
    conn.execute("DELETE FROM rollups")
    for level in LEVELS:
        conn.execute(
            "INSERT INTO rollups (level, platform, bucket, verdict, count, latency_sum, latency_n) "
            f"SELECT {level}, sp.platform, CAST(b.started_at / {level} AS INTEGER), "
            "sp.verdict, count(*), coalesce(sum(sp.latency), 0), count(sp.latency) "
            "FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq GROUP BY 1, 2, 3, 4")


def recount(conn: sqlite3.Connection) -> dict[Key, Value]:
    """The rollups as they should be, recomputed from the per-sweep rows."""
    out: dict[Key, Value] = {}
    for level in LEVELS:
        for platform, bucket, verdict, count, lsum, n in conn.execute(
                f"SELECT sp.platform, CAST(b.started_at / {level} AS INTEGER), sp.verdict, "
                "count(*), coalesce(sum(sp.latency), 0), count(sp.latency) "
                "FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq GROUP BY 1, 2, 3"):
            out[(level, platform, bucket, verdict)] = (count, lsum, n)
    return out


def stored(conn: sqlite3.Connection) -> dict[Key, Value]:
    return {(level, p, b, v): (c, s, n) for level, p, b, v, c, s, n in conn.execute(
        "SELECT level, platform, bucket, verdict, count, latency_sum, latency_n FROM rollups")}


def recount_networks(conn: sqlite3.Connection) -> dict[tuple[int, int, int], int]:
    out = {}
    for level in LEVELS:
        for bucket, network, count in conn.execute(
                f"SELECT CAST(started_at / {level} AS INTEGER), coalesce(network, 0), count(*) FROM blocks "
                "GROUP BY 1, 2"):
            out[(level, bucket, network)] = count
    return out


def stored_networks(conn: sqlite3.Connection) -> dict[tuple[int, int, int], int]:
    return {(level, b, n): c for level, b, n, c in conn.execute(
        "SELECT level, bucket, network, count FROM network_rollups")}
