"""The typed records (store/records.py) read everything a real sweep writes, and SQL stays inside desktop_app/store."""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop_app
from desktop_app.lab import HostBehaviour, Lab, Scenario
from desktop_app.lab.oohelper import LabTestHelper
from desktop_app.probes import verdicts as V
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import SweepResult, run_sweep
from desktop_app.store.log import HistoryStore, default_db_path
from desktop_app.store.records import (
    CONTEXT_RAW_ONLY,
    RECORD_RAW_ONLY,
    STEP_RAW_ONLY,
    BlockContext,
    MeasurementRecord,
    Step,
)
from tests.lab_catalogue import small_catalogue

ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")
# One sweep that makes the engine write every kind of step: a block page, an intercepted certificate (the
# unverified TLS and HTTP steps), a reset connection (repeats), DNS tampering, a throttled asset measured against
# its usual rate, and a test helper's control for every endpoint.
HOSTS = {
    "news.example": HostBehaviour(http="blockpage"),
    "www.facebook.com": HostBehaviour(tls="untrusted"),
    "e1.whatsapp.net": HostBehaviour(tcp="reset"),
    "web.whatsapp.com": HostBehaviour(dns="nxdomain"),
    "x.com": HostBehaviour(tls="sni_reset"),
    "pbs.twimg.com": HostBehaviour(http="throttle", throttle_bps=400_000),
}


@pytest.fixture(scope="module")
def swept(tmp_path_factory) -> SweepResult:
    catalogue = small_catalogue()
    with Lab(catalogue, tmp_path_factory.mktemp("lab")) as lab, LabTestHelper(lab.addresses) as helper:
        lab.apply(Scenario(name="records", hosts=HOSTS))
        config = lab.probe_config(timeout=2.0, control_url=helper.url)
        return run_sweep(catalogue, config, load_fingerprints(), route=ROUTE,
                         past_rates=lambda asn: {"x": V.PastRate(50_000_000, 40)})


def _changed(value: Any) -> Any:
    """A different value of the same JSON type."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 7
    if isinstance(value, str):
        return value + "~"
    if isinstance(value, list):
        return [*value, copy.deepcopy(value[0])] if value else ["~"]
    if isinstance(value, dict):
        return {**value, "~": "~"}
    return "~"


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every leaf of a JSON value, as a path of keys and list positions (a list of objects is walked into)."""
    if isinstance(data, dict) and data:
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))
    else:
        yield prefix


def _with(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    inner: Any = out
    for key in path[:-1]:
        inner = inner[key]
    inner[path[-1]] = value
    return out


def _unread(data: dict[str, Any], parse: Callable[[dict[str, Any]], Any]) -> set[str]:
    """The JSON paths whose value the typed view does not carry: changing them leaves it equal (raw is not compared)."""
    typed = parse(data)
    unread = set()
    for path in _paths(data):
        if not path:
            continue
        try:
            same = parse(_with(data, path, _changed(_get(data, path)))) == typed
        except (ValueError, TypeError):
            same = False  # it is read: a changed time or number no longer parses
        if same:
            unread.add(".".join(str(p) for p in path))
    return unread


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _generalised(paths: set[str]) -> set[str]:
    """"steps.3.sni" -> "steps.*.sni", "platforms.x.verdict" -> "platforms.*.verdict"."""
    out = set()
    for path in paths:
        parts = path.split(".")
        if parts[0] in ("steps", "confirm", "platforms", "commitments") and len(parts) > 1:
            parts[1] = "*"
        out.add(".".join(parts))
    return out


def test_the_sweep_wrote_every_kind_of_step(swept):
    kinds = {s["step"] for r in swept.records() for s in (*r["steps"], *r.get("confirm", ()))}
    assert {"dns", "tcp", "tcp_linger", "tls", "tls_unverified", "http", "http_unverified",
            "throughput"} <= kinds
    records = swept.records()
    assert all("control" in r for r in records) and any("confirm" in r for r in records)
    assert any(s.get("blockpage") for r in records for s in r["steps"])
    assert any(s.get("usual_bps") for r in records for s in r["steps"])


def test_nothing_the_engine_writes_in_a_context_is_dropped_from_the_typed_view(swept, tmp_path):
    """Read back from a real store: the header's context as the log hashed it, with its commitments."""
    with HistoryStore.open(default_db_path(tmp_path)) as store:
        store.append_sweep(swept.context, swept.records(), swept.sensitive)
        block = store.latest_block()
        assert block is not None
        stored = block.header["context"]
    assert "commitments" in stored and "traffic" in stored and "asn" in stored
    unread = _generalised(_unread(stored, BlockContext.from_json))
    assert unread <= CONTEXT_RAW_ONLY, sorted(unread - CONTEXT_RAW_ONLY)
    typed = BlockContext.from_json(stored)
    assert typed.raw is stored  # exporters that copy the context whole still get the exact JSON


def test_nothing_the_engine_writes_in_a_record_or_step_is_dropped_from_the_typed_view(swept):
    def read(data: dict[str, Any]) -> Any:
        record = MeasurementRecord.from_json(data)
        return record, record.steps, record.confirm, record.throughput_bps  # the steps are typed when first read

    unread: set[str] = set()
    for record in swept.records():
        unread |= _generalised(_unread(record, read))
    step_keys = {k for r in swept.records() for s in (*r["steps"], *r.get("confirm", ())) for k in s}
    allowed = RECORD_RAW_ONLY | {f"{list_name}.*.{k}" for list_name in ("steps", "confirm") for k in STEP_RAW_ONLY}
    assert unread <= allowed, sorted(unread - allowed)
    assert step_keys  # the walk above reached into the steps
    # "control" is kept whole (it is the helper's own JSON), and every step's JSON stays in its raw.
    typed = MeasurementRecord.from_json(swept.records()[0])
    assert typed.control is not None and all(isinstance(s, Step) and s.raw for s in typed.steps)


def test_older_records_read_as_the_engine_wrote_them():
    """Records before 2026-12 repeated a whole measurement ("retest"); contexts before traffic was counted kept
    an estimate."""
    record = MeasurementRecord.from_json({"platform": "x", "url": "https://x.com/", "verdict": "tcp_blocked",
                                          "retest": [{"step": "tcp", "failure": "connection_reset"}]})
    assert [(s.kind, s.failure) for s in record.confirm] == [("tcp", "connection_reset")]
    context = BlockContext.from_json({"started_at": "2026-01-01T00:00:00Z", "ended_at": "2026-01-01T00:00:09Z",
                                      "bytes_estimate": 4000})
    assert context.traffic is None and context.bytes_used == 4000


# ----------------------------------------------------------------------------------- SQL stays in the store

SQL_CALLS = {"execute", "executemany", "executescript", "cursor"}
# The collector (collect/) is a separate, server-side DuckDB database with its own schema: its SQL is its own.
OWN_DATABASES = ("store", "collect")
# Still on store.connection, moving onto store.kept_blobs()/store.blob() in its owner's branch (issue 14).
PENDING = frozenset({"evidence/export/render_blocks.py"})


def test_no_module_outside_the_store_runs_sql_or_touches_its_connection():
    root = Path(desktop_app.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in OWN_DATABASES or path.relative_to(root).as_posix() in PENDING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and (node.attr in SQL_CALLS or node.attr in ("connection", "_conn")):
                found.append(f"{path.relative_to(root)}:{node.lineno} .{node.attr}")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{path.relative_to(root)}:{node.lineno} imports {n}" for n in names
                          if n.split(".")[0] in ("sqlite3", "duckdb")]
    assert found == []
