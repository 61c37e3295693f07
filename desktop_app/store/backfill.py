"""Fills what schema 2 added (networks, platform latency, the connection's rows, rollups) from stored headers."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.store import rollups
from desktop_app.store.codec import BlockCodec
from desktop_app.store.kinds import KIND_NETWORK, KIND_PLATFORM, KIND_VERDICT
from desktop_app.store.records import BlockContext
from desktop_app.store.sweep_index import CONNECTION_ID, network_key


def intern(conn: sqlite3.Connection, kind: int, text: str) -> int:
    row = conn.execute("SELECT id FROM names WHERE kind = ? AND text = ?", (kind, text)).fetchone()
    if row is not None:
        return int(row[0])
    found = conn.execute("INSERT INTO names (kind, text) VALUES (?, ?)", (kind, text)).lastrowid
    assert found is not None
    return found


def backfill_v2(conn: sqlite3.Connection) -> None:
    codec = BlockCodec(conn)
    platforms = {text: pid for pid, text in conn.execute("SELECT id, text FROM names WHERE kind = ?",
                                                        (KIND_PLATFORM,))}
    connection = intern(conn, KIND_PLATFORM, CONNECTION_ID)
    states = {s: intern(conn, KIND_VERDICT, s) for s in ("ok", "offline", "captive_portal")}
    for seq, header, dict_seq in conn.execute("SELECT seq, header, dict_seq FROM blocks ORDER BY seq").fetchall():
        context = BlockContext.from_json(json.loads(codec.decompress(dict_seq, header))["context"])
        key = network_key(context)
        conn.execute("UPDATE blocks SET network = ? WHERE seq = ?",
                     (None if key is None else intern(conn, KIND_NETWORK, key), seq))
        for name, info in context.platforms.items():
            if info.latency_ms is not None and name in platforms:
                conn.execute("UPDATE sweep_platforms SET latency = ? WHERE seq = ? AND platform = ?",
                             (round(info.latency_ms * 10), seq, platforms[name]))
        conn.execute("INSERT INTO sweep_platforms (platform, seq, first_idx, count, verdict) VALUES (?, ?, -1, 0, ?)",
                     (connection, seq, states.get(context.network_state, states["ok"])))
    rollups.rebuild(conn)
