"""Crafted histories for incident and rollup tests: sweeps with chosen verdicts at chosen times."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.common.timeutil import utc_iso
from desktop_app.store.log import HistoryStore

PLATFORMS = ("x", "youtube", "facebook")
NETWORK_A = {"asn": "AS17557", "isp": "Example Telecom", "country": "PK"}
NETWORK_B = {"asn": "AS45595", "isp": "Example Mobile", "country": "PK"}


def add_sweep(store: HistoryStore, when: float, verdicts: Mapping[str, str] | None = None, *, offline: bool = False,
              network: dict[str, str] | None = None, latency: float = 40.0, endpoints: int = 2,
              platforms: tuple[str, ...] = PLATFORMS, partial: Mapping[str, tuple[str, ...]] | None = None) -> int:
    """One sweep at `when`: every platform ok unless named in verdicts; offline makes everything offline;
    partial names the roles a platform's verdict is only about (its summary's scope "partial")."""
    verdicts = dict(verdicts or {})
    if offline:
        verdicts = {p: "offline" for p in platforms}
    records: list[dict[str, Any]] = []
    summary: dict[str, Any] = {}
    for p in platforms:
        verdict = verdicts.get(p, "ok")
        for i in range(endpoints):
            record: dict[str, Any] = {"v": 1, "platform": p, "url": f"https://e{i}.{p}.example/", "verdict": verdict,
                                      "measured_at": utc_iso(when + 0.01 * i), "t_ms": 50.0, "steps": []}
            if verdict == "ok":
                record["latency_ms"] = latency
            records.append(record)
        summary[p] = {"verdict": verdict, "affected": 0 if verdict == "ok" else endpoints, "total": endpoints}
        if verdict == "ok":
            summary[p]["latency_ms"] = latency
        elif partial and p in partial:
            summary[p].update(scope="partial", roles=list(partial[p]))
    context: dict[str, Any] = {"started_at": utc_iso(when), "ended_at": utc_iso(when + 2.0), "utc_offset": "+05:00",
                               "catalogue_digest": "cd" * 32, "app_version": "0.1.0", "os": "Linux-6.1",
                               "network": {"state": "offline" if offline else "online"}, "platforms": summary,
                               **(NETWORK_A if network is None else network)}
    return store.append_sweep(context, records, {}).seq


def add_series(store: HistoryStore, start: float, interval: float, pattern: Sequence[Mapping[str, str] | str]) -> float:
    """Sweeps every `interval` seconds; "offline" in the pattern is a sweep with the connection down."""
    when = start
    for item in pattern:
        if isinstance(item, str):
            assert item == "offline", f"pattern item {item!r}: a mapping of verdicts, or 'offline'"
            add_sweep(store, when, offline=True)
        else:
            add_sweep(store, when, item)
        when += interval
    return when


def kill_writer_after(script: str, lines: int) -> int:
    """Run a writer script that prints each committed index, SIGKILL it after `lines`; returns the last index."""
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    committed = -1
    while committed < lines:
        committed = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    return committed
