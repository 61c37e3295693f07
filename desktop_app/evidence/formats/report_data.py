"""Gathers what the bundle's report shows from the log: summary, series, incidents, network and clock context."""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from desktop_app.common.buildinfo import software_commit
from desktop_app.common.timeutil import utc_epoch
from desktop_app.evidence.formats.report import NetworkContext, PlatformRow, ReportData
from desktop_app.evidence.formats.verify_text import verify_text
from desktop_app.store.history_query import query_history
from desktop_app.store.incidents import Incident, merge_scopes
from desktop_app.store.log import HistoryStore
from desktop_app.store.sweep_index import CONNECTION_ID

CLOCK_SAMPLE_BLOCKS = 20
METHODOLOGY = """Vantage probes each platform from this computer's own connection. For every endpoint it resolves the \
name with the system resolver and with independent DNS-over-HTTPS resolvers, connects over TCP, performs a TLS \
handshake with the real server name (and, when that fails, with a decoy name to tell SNI filtering from other \
failures), fetches the page, and for one asset per platform measures the transfer rate.

A blocking verdict is only given when a re-test repeats the failure. A platform takes its most severe endpoint \
verdict. When the whole connection is down (the operating systems' connectivity checks fail too) the verdict is \
"offline" rather than blocking; behind a VPN, blame is withheld. Throttling means a transfer rate under both \
1 Mbit/s and a quarter of the median of the other platforms in the same sweep.

Every sweep is one block of a hash-chained log: each block holds the previous block's hash and the Merkle root \
(RFC 9162) of its measurements' exact bytes (RFC 8785 canonical JSON), so no measurement can be changed, removed, \
inserted or reordered afterwards without breaking the chain. The public IP address and the resolver address \
enter the log only as salted commitments, which a bundle may disclose or withhold."""


def _names() -> dict[str, str]:
    try:
        from desktop_app.probes.catalogue.loader import load_catalogue
        return {p.id: p.name for p in load_catalogue().platforms}
    except Exception:  # noqa: BLE001 - names are cosmetic; the ids are shown instead
        return {}


def clock_offsets(store: HistoryStore, since: float, until: float) -> list[float]:
    """Seconds this computer's clock was ahead of web servers' Date headers, from a sample of blocks in range."""
    seqs = store.seqs_between(since, until, newest=CLOCK_SAMPLE_BLOCKS)
    offsets = []
    for seq in seqs:
        for raw in store.block_records(seq):
            record = json.loads(raw)
            for step in record.get("steps", []):
                date = (step.get("headers") or {}).get("date") if step.get("step") == "http" else None
                if not date:
                    continue
                try:
                    server = parsedate_to_datetime(date).timestamp()
                except (TypeError, ValueError):
                    continue
                offsets.append(utc_epoch(record["measured_at"]) - server)
    return offsets


def clock_note(offsets: list[float]) -> str:
    if not offsets:
        return "Clock offset: not measured (no web server in range sent a Date header)."
    median = statistics.median(offsets)
    return (f"This computer's clock was {abs(median):.1f} s {'ahead of' if median >= 0 else 'behind'} the web "
            f"servers' clocks (median of {len(offsets)} HTTP Date headers; they have one-second resolution).")


def build_report_data(store: HistoryStore, request: Any, incidents: list[Incident], created: float,
                      fingerprint: str) -> ReportData:
    series = query_history(store, request.since, request.until, request.platforms)
    latest = next(iter(store.seqs_between(request.since, request.until, newest=1)), None)
    context = store.block(latest).context if latest is not None else None
    samples: dict[str, list[tuple[float, str, float | None]]] = {}
    rows = []
    for pid, data in series.platforms.items():
        if pid == CONNECTION_ID or not data.sweeps:
            continue
        samples[pid] = [(s, v, None if lat != lat else lat) for s, v, lat in
                        zip(data.starts, data.verdicts, data.latency_ms, strict=True)]
        scope, roles = merge_scopes((i.scope, i.roles) for i in incidents if i.platform == pid)
        rows.append(PlatformRow(pid, data.sweeps, data.ok_share or 0.0,
                                dict(Counter(data.totals).most_common()), scope, roles))
    networks = Counter(series.network_totals)
    resolver = None
    if not request.redact_ip and latest is not None:
        resolver = store.disclosures(latest).get("resolver", (b"", None))[1]
    network = (NetworkContext(context.asn, context.isp, context.country, resolver) if context is not None
               else NetworkContext(None, None, None, resolver))
    if len(networks) > 1:
        network.isp = (network.isp or "") + f" (and {len(networks) - 1} other network(s) in range; see incidents)"
    offset = context.utc_offset if context is not None else datetime.now().astimezone().strftime("%z")
    return ReportData(
        title="Vantage evidence report", created_at=created, since=request.since, until=request.until,
        tz_name=time.tzname[time.localtime().tm_isdst > 0], utc_offset=_colon(offset),
        clock_note=clock_note(clock_offsets(store, request.since, request.until)),
        software_version=context.app_version if context is not None else "", software_commit=software_commit(),
        os=context.os if context is not None else "", network=network, platforms=rows,
        incidents=[i.json() for i in incidents],
        series=samples, methodology=METHODOLOGY, verify=verify_text([]), signer_fingerprint=fingerprint,
        platform_names={**_names(), CONNECTION_ID: "Whole connection"})


def _colon(offset: str) -> str:
    """"+0500" -> "+05:00" (the report's notation)."""
    if len(offset) == 5 and ":" not in offset:
        return offset[:3] + ":" + offset[3:]
    return offset
