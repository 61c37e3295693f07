"""What the index tables hold for one sweep: per platform its verdict, endpoints and latency, and its network."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.store.hashing import canonical
from desktop_app.store.records import BlockContext, MeasurementRecord

# The connection as a whole gets a row of its own in every sweep, so a shutdown is an incident like any other.
# Catalogue ids cannot take this name (see probes/catalogue.py).
CONNECTION_ID = "connection"
CONNECTION_NAME = QT_TRANSLATE_NOOP("Platform", "Whole connection")  # how that row is named to a person
_CONNECTION_VERDICTS = {"offline": "offline", "captive_portal": "captive_portal"}


@dataclass(frozen=True)
class PlatformRow:
    platform: str
    first_idx: int  # the run of the block's records that are this platform's endpoints; -1 for the connection
    count: int
    verdict: str
    latency_ms: float | None
    rate_bps: float | None = None  # the platform's throughput asset, when it was measured and ok


def platform_rows(context: BlockContext, records: Sequence[MeasurementRecord]) -> list[PlatformRow]:
    """One row per run of consecutive records of one platform, plus the connection's row."""
    runs: list[list[Any]] = []
    for i, record in enumerate(records):
        platform = record.platform
        if runs and runs[-1][0] == platform and runs[-1][1] + runs[-1][2] == i:
            runs[-1][2] += 1
        else:
            runs.append([platform, i, 1])
    rows = []
    for platform, first, count in runs:
        info = context.platforms.get(platform)
        verdict = (info.verdict if info is not None else "") or records[first].verdict
        rows.append(PlatformRow(platform, first, count, verdict, None if info is None else info.latency_ms,
                                _rate(records[first:first + count])))
    rows.append(PlatformRow(CONNECTION_ID, -1, 0, _CONNECTION_VERDICTS.get(context.network_state, "ok"), None))
    return rows


def _rate(records: Sequence[MeasurementRecord]) -> float | None:
    """The bytes/s of the run's throughput asset, when its measurement was ok (a throttled one is no baseline)."""
    for record in records:
        if record.verdict == "ok" and record.throughput_bps:
            return record.throughput_bps
    return None


def network_key(context: BlockContext) -> str | None:
    """The network a sweep ran on (ASN, ISP, country) as canonical JSON text, or None when it was not looked up."""
    found = {k: v for k, v in (("asn", context.asn), ("isp", context.isp), ("country", context.country)) if v}
    return canonical(found).decode() if found else None


def network_label(key: str | None) -> str:
    """A network key as a person reads it: "AS17557 PTCL (PK)"."""
    if not key:
        return "unknown network"
    found = json.loads(key)
    parts = [str(found[k]) for k in ("asn", "isp") if found.get(k)]
    text = " ".join(parts) or "unknown network"
    return f"{text} ({found['country']})" if found.get("country") else text
