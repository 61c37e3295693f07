"""The ClickHouse queries in docs/collection-at-scale.md, run with chDB on an exported collection, give the
collection's own summary and incidents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.collect import queries as q
from desktop_app.collect.ingest import add_bundles
from desktop_app.collect.outputs import export_parquet
from desktop_app.collect.store import connect
from desktop_app.common.vocabulary import BLOCKING
from tests.collect_bundles import MIN, T0, export, history
from tests.history_builder import NETWORK_A, NETWORK_B

chdb_session = pytest.importorskip("chdb.session", reason="chDB (ClickHouse in-process) is not installed")
DOC = Path(__file__).parent.parent / "docs" / "collection-at-scale.md"


def doc_query(name: str) -> str:
    match = re.search(rf"```sql clickhouse-{name}\n(.*?)```", DOC.read_text(), re.S)
    assert match, f"docs/collection-at-scale.md has no `clickhouse-{name}` block"
    return match.group(1)


def rows(session, sql: str) -> list[dict]:
    out = session.query(sql, "JSONEachRow").bytes().decode()
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_the_documented_clickhouse_queries_give_the_collections_answer(tmp_path):
    blocked: list[dict[str, str]] = [{}] * 2 + [{"x": "tls_blocked", "youtube": "dns_blocked"}] * 8 + [{}] * 2
    bundles = []
    for i, network in enumerate((NETWORK_A, NETWORK_A, NETWORK_B)):
        h = history(tmp_path / f"h{i}.sqlite", blocked if i != 1 else [{"x": "tls_blocked"}] * 12, network,
                    start=T0 + i * 7)
        bundles.append(export(h, tmp_path / f"k{i}", tmp_path / f"b{i}.zip", T0, T0 + 13 * MIN))
    bundles.append(export(tmp_path / "h0.sqlite", tmp_path / "k0", tmp_path / "overlap.zip", T0, T0 + 6 * MIN))
    root = tmp_path / "c"
    add_bundles(root, bundles)
    with connect(root) as (_, con):
        export_parquet(con, tmp_path / "pq")
        summary, incidents = q.summary(con), q.incidents(con)
    assert set(re.findall(r"'(\w+)'", doc_query("incidents").split("WHERE verdict IN", 1)[1].split(")")[0])) \
        == set(BLOCKING)
    session = chdb_session.Session(str(tmp_path / "chdb"))
    try:
        session.query("CREATE DATABASE IF NOT EXISTS vantage")
        session.query("USE vantage")
        session.query(doc_query("table"))
        for _ in range(2):  # loading twice still counts each measurement once
            session.query(doc_query("load").replace("{path}", str(tmp_path / "pq")))
        got_summary = rows(session, doc_query("summary"))
        got_incidents = rows(session, doc_query("incidents"))
    finally:
        session.close()
    assert [(r["platform"], r["verdict"], int(r["signers"]), int(r["networks"]), int(r["measurements"]))
            for r in got_summary] == [(r.platform, r.verdict, r.signers, r.networks, r.measurements) for r in summary]
    assert [round(r["first"], 3) for r in got_summary] == [round(r.first, 3) for r in summary]
    assert len(incidents) == 2
    assert [(r["platform"], r["technique"], int(r["people"]), int(r["networks"]), int(r["measurements"]),
             round(r["start"], 3), round(r["end"], 3)) for r in got_incidents] == \
        [(i.platform, i.technique, i.people, i.networks, i.measurements, round(i.start, 3), round(i.end, 3))
         for i in incidents]
