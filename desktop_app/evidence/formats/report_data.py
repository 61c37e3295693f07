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
from desktop_app.common.i18n import PLATFORM, REPORT, Translator, translator
from desktop_app.common.timeutil import utc_epoch
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence.formats.report import NetworkContext, PlatformRow, ReportData
from desktop_app.evidence.formats.verify_text import verify_text
from desktop_app.store.history_query import query_history
from desktop_app.store.incidents import Incident, merge_scopes
from desktop_app.store.log import HistoryStore
from desktop_app.store.sweep_index import CONNECTION_ID, CONNECTION_NAME

CLOCK_SAMPLE_BLOCKS = 20
# The method in three paragraphs (each translated whole).
METHODOLOGY = (
    QT_TRANSLATE_NOOP("Report", "Vantage probes each platform from this computer's own connection. For every "
                      "endpoint it resolves the name with the system resolver and with independent DNS-over-HTTPS "
                      "resolvers, connects over TCP, performs a TLS handshake with the real server name (and, when "
                      "that fails, with a decoy name to tell SNI filtering from other failures), fetches the page, "
                      "and for one asset per platform measures the transfer rate."),
    QT_TRANSLATE_NOOP("Report", "A blocking verdict is only given when a re-test repeats the failure. A platform "
                      "takes its most severe endpoint verdict. When the whole connection is down (the operating "
                      "systems' connectivity checks fail too) the verdict is \"offline\" rather than blocking; "
                      "behind a VPN, blame is withheld. Throttling means a transfer rate under both 1 Mbit/s and a "
                      "quarter of the median of the other platforms in the same sweep."),
    QT_TRANSLATE_NOOP("Report", "Every sweep is one block of a hash-chained log: each block holds the previous "
                      "block's hash and the Merkle root (RFC 9162) of its measurements' exact bytes (RFC 8785 "
                      "canonical JSON), so no measurement can be changed, removed, inserted or reordered afterwards "
                      "without breaking the chain. The public IP address and the resolver address enter the log "
                      "only as salted commitments, which a bundle may disclose or withhold."),
)
TITLE = QT_TRANSLATE_NOOP("Report", "Vantage evidence report")


def methodology(i18n: Translator) -> str:
    return "\n\n".join(i18n.tr(REPORT, p) for p in METHODOLOGY)


def _names(i18n: Translator) -> dict[str, str]:
    """Each platform's name, the connectivity checks' (a description, not a name) in the report's language."""
    try:
        from desktop_app.probes.catalogue.loader import load_catalogue
        from desktop_app.probes.catalogue.model import platform_name
        return {p.id: platform_name(p.name, i18n.tr) for p in load_catalogue().platforms}
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


def clock_note(offsets: list[float], i18n: Translator | None = None) -> str:
    t = i18n or translator("en")
    if not offsets:
        return t.tr(REPORT, QT_TRANSLATE_NOOP("Report", "Clock offset: not measured (no web server in range sent a "
                                                          "Date header)."))
    median = statistics.median(offsets)
    sentence = (QT_TRANSLATE_NOOP("Report", "This computer's clock was {0} ahead of the web servers' clocks (median "
                                            "of {1} HTTP Date headers; they have one-second resolution).")
                if median >= 0 else
                QT_TRANSLATE_NOOP("Report", "This computer's clock was {0} behind the web servers' clocks (median "
                                            "of {1} HTTP Date headers; they have one-second resolution)."))
    return t.tr(REPORT, sentence).format(t.ltr(f"{abs(median):.1f} s"), len(offsets))


def build_report_data(store: HistoryStore, request: Any, incidents: list[Incident], created: float,
                      fingerprint: str) -> ReportData:
    t = translator(getattr(request, "language", "en") or "en")
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
        others = t.tr(REPORT, QT_TRANSLATE_NOOP("Report", "(and {0} other networks in range; see incidents)"))
        network.isp = (network.isp or "") + " " + others.format(len(networks) - 1)
    offset = context.utc_offset if context is not None else datetime.now().astimezone().strftime("%z")
    return ReportData(
        title=t.tr(REPORT, TITLE), created_at=created, since=request.since, until=request.until,
        tz_name=time.tzname[time.localtime().tm_isdst > 0], utc_offset=_colon(offset),
        clock_note=clock_note(clock_offsets(store, request.since, request.until), t),
        software_version=context.app_version if context is not None else "", software_commit=software_commit(),
        os=context.os if context is not None else "", network=network, platforms=rows,
        incidents=[i.json() for i in incidents],
        series=samples, methodology=methodology(t), verify=verify_text([], t), signer_fingerprint=fingerprint,
        platform_names={**_names(t), CONNECTION_ID: t.tr(PLATFORM, CONNECTION_NAME)}, lang=t.lang)


def _colon(offset: str) -> str:
    """"+0500" -> "+05:00" (the report's notation)."""
    if len(offset) == 5 and ":" not in offset:
        return offset[:3] + ":" + offset[3:]
    return offset
