"""A year of synthetic history at a 1-minute interval (~20 million endpoint measurements), for bench/history.py.

Realistic shape: long ok stretches, a three-month block of one platform, campaign-night blocks of several
platforms with different techniques, throttling, whole-connection shutdowns, flapping, noise, days with the laptop
off, and a change of network. It writes the real schema's index tables row by row (blocks, measurements,
per-sweep platform rows) and builds the rollups with the store's own code; block payloads are empty (headers name no
platform), because
what is timed here only reads the indexes. (bench/store_size.py measures the payload with real records.)
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np
import zstandard

from desktop_app.store import rollups
from desktop_app.store.backfill import intern
from desktop_app.store.kinds import KIND_NETWORK, KIND_PLATFORM, KIND_URL, KIND_VERDICT
from desktop_app.store.log import HistoryStore
from desktop_app.store.sweep_index import CONNECTION_ID

VERSION = 3
PLATFORMS = ("x", "facebook", "instagram", "whatsapp", "youtube", "tiktok", "telegram", "signal", "wikipedia",
             "google", "control")
ENDPOINTS = 38  # ~20 million endpoint measurements a year at one sweep a minute
MINUTES = 365 * 1440
NETWORKS = ('{"asn":"AS17557","country":"PK","isp":"Pakistan Telecom"}',
            '{"asn":"AS45669","country":"PK","isp":"Mobilink"}')
VERDICTS = ("ok", "offline", "dns_blocked", "tcp_reset", "tls_blocked", "http_blockpage", "throttled",
            "inconclusive", "platform_down")


def plan(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(measured minute mask, verdict index per platform and minute, network index per minute)."""
    v = {name: i for i, name in enumerate(VERDICTS)}
    verdicts = np.zeros((len(PLATFORMS), MINUTES), dtype=np.int8)
    p = {name: i for i, name in enumerate(PLATFORMS)}
    # X blocked by SNI filtering for three months, with noise inside.
    verdicts[p["x"], 60 * 1440:150 * 1440] = v["tls_blocked"]
    # Campaign nights: several platforms for 4-8 hours, each with its technique.
    for night in rng.choice(np.arange(10, 360), size=14, replace=False):
        start = night * 1440 + 17 * 60 + int(rng.integers(0, 120))
        length = int(rng.integers(240, 480))
        for name, technique in (("x", "tcp_reset"), ("youtube", "dns_blocked"), ("facebook", "http_blockpage"),
                                ("instagram", "tls_blocked")):
            verdicts[p[name], start:start + length] = v[technique]
    # Throttled video for a few days at a time.
    for day in rng.choice(np.arange(0, 360), size=6, replace=False):
        verdicts[p["youtube"], day * 1440:(day + int(rng.integers(1, 4))) * 1440] = v["throttled"]
    # Flapping: telegram blocked on and off for a week.
    week = 200 * 1440
    flap = rng.random(7 * 1440) < 0.6
    verdicts[p["telegram"], week:week + 7 * 1440][flap] = v["tcp_reset"]
    # Noise everywhere.
    for i in p.values():
        noise = rng.random(MINUTES)
        verdicts[i][noise < 0.003] = v["inconclusive"]
        verdicts[i][(noise >= 0.003) & (noise < 0.004)] = v["platform_down"]
    # Shutdowns of the whole connection: 30 minutes, 6 hours, two days.
    for start, length in ((40 * 1440 + 600, 30), (170 * 1440 + 1000, 360), (300 * 1440, 2 * 1440)):
        verdicts[:, start:start + length] = v["offline"]
    # The laptop was off: nights now and then, and a week away.
    measured = np.ones(MINUTES, dtype=bool)
    for night in rng.choice(np.arange(0, 364), size=40, replace=False):
        measured[night * 1440 + 60:night * 1440 + 420] = False
    measured[250 * 1440:257 * 1440] = False
    network = ((np.arange(MINUTES) // (1440 * 10)) % 3 == 2).astype(np.int8)  # mobile data every third 10 days
    return measured, verdicts, network


def build(path: Path, end: float, seed: int = 2026) -> None:
    """Write the year ending at `end` (epoch seconds) into a new history file at path."""
    rng = np.random.default_rng(seed)
    measured, verdicts, network = plan(rng)
    start = (int(end) // 60) * 60 - MINUTES * 60
    with HistoryStore.open(path) as store:
        conn = store.connection
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        pids = [intern(conn, KIND_PLATFORM, name) for name in PLATFORMS]
        connection = intern(conn, KIND_PLATFORM, CONNECTION_ID)
        vids = [intern(conn, KIND_VERDICT, name) for name in VERDICTS]
        nids = [intern(conn, KIND_NETWORK, text) for text in NETWORKS]
        owner = [j * len(PLATFORMS) // ENDPOINTS for j in range(ENDPOINTS)]
        uids = [intern(conn, KIND_URL, f"https://e{j}.{PLATFORMS[owner[j]]}.example/") for j in range(ENDPOINTS)]
        runs = [(k, owner.index(k), owner.count(k)) for k in range(len(PLATFORMS))]
        base = rng.uniform(30, 180, len(PLATFORMS))
        empty = b"\x28\xb5\x2f\xfd\x20\x00\x01\x00\x00"  # an empty zstd frame
        # a header whose context names no platform: the incident finder reads an incident's first and last block
        # for its scope (then unknown), not the times in it
        header = zstandard.ZstdCompressor().compress(
            b'{"context":{"started_at":"2026-01-01T00:00:00Z","ended_at":"2026-01-01T00:00:03Z"}}')
        seq = 0
        day_rows: tuple[list, list, list] = ([], [], [])
        for minute in range(MINUTES):
            if not measured[minute]:
                continue
            t = start + 60.0 * minute + float(rng.random() * 5)
            column = verdicts[:, minute]
            blocks, measurements, platform_rows = day_rows
            blocks.append((seq, t, t + 3.0, hashlib.sha256(seq.to_bytes(8, "big")).digest(), header, ENDPOINTS,
                           None, empty, nids[network[minute]]))
            wave = 1 + 0.3 * np.sin(2 * np.pi * (minute % 1440) / 1440)
            for k, first, count in runs:
                verdict = vids[column[k]]
                latency = int(base[k] * wave * 10) if column[k] == 0 else None
                platform_rows.append((pids[k], seq, first, count, verdict, latency))
                for j in range(first, first + count):
                    measurements.append((seq, j, pids[k], uids[j], verdict, latency))
            offline = column[0] == 1 and (column == 1).all()
            platform_rows.append((connection, seq, -1, 0, vids[1] if offline else vids[0], None))
            seq += 1
            if minute % 1440 == 1439:
                _flush(conn, day_rows)
                day_rows = ([], [], [])
        _flush(conn, day_rows)
        rollups.rebuild(conn)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        store.checkpoint()


def _flush(conn: sqlite3.Connection, rows: tuple[list, list, list]) -> None:
    blocks, measurements, platform_rows = rows
    conn.executemany("INSERT INTO blocks (seq, started_at, ended_at, hash, header, count, dict_seq, payload, network) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", blocks)
    conn.executemany("INSERT INTO measurements (seq, idx, platform, url, verdict, latency) VALUES (?, ?, ?, ?, ?, ?)",
                     measurements)
    conn.executemany("INSERT INTO sweep_platforms (platform, seq, first_idx, count, verdict, latency) "
                     "VALUES (?, ?, ?, ?, ?, ?)", platform_rows)
