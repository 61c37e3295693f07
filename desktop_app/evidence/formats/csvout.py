"""Measurements as one flat CSV row each, safe to open in a spreadsheet (no cell can run as a formula)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from desktop_app.common.timeutil import utc_epoch
from desktop_app.store.records import BlockContext

CSV_COLUMNS: tuple[str, ...] = (
    "measured_at_utc",  # as stored: ISO 8601 with milliseconds and Z
    "local_time",  # the same moment in the time zone the sweep ran in, with its UTC offset
    "platform",
    "url",
    "verdict",
    "reason",
    "latency_ms",
    "block_seq",  # the sweep's block in the signed log
    "index",  # the record's position in that block (its Merkle leaf)
    "asn",
    "country",
    # The platform's verdict in that sweep: how much of the platform it concerns ("whole" or "partial") and the
    # catalogue roles it is about, joined with ";" ("media", "web;app"); both empty for an ok platform and for
    # sweeps recorded before they existed.
    "scope",
    "roles",
)
ROLE_SEPARATOR = ";"
# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def parse_offset(text: str) -> timezone:
    """"+05:00" / "-0330" / "Z" -> a fixed timezone; anything unreadable means UTC."""
    text = text.strip()
    if text in ("", "Z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text.lstrip("+-").replace(":", "")
    if len(digits) != 4 or not digits.isdigit():
        return UTC
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


class LocalClock:
    """A stored UTC time shown at one sweep's UTC offset ("…T19:00:01.234Z" at "+05:00" -> "2026-11-29 00:00:01
    +05:00"), for its many records: each second is worked out once."""

    def __init__(self, utc_offset: str) -> None:
        self.zone = parse_offset(utc_offset)
        self._seconds: dict[str, str] = {}

    def __call__(self, iso: str) -> str:
        # Stored times look like "2026-11-28T19:00:01.234Z"; the shown time depends on the second alone.
        key = iso[:19] if len(iso) == 24 and iso[19] == "." and iso[23] == "Z" else iso
        try:
            return self._seconds[key]
        except KeyError:
            moment = datetime.fromtimestamp(utc_epoch(iso), tz=self.zone)
            offset = moment.strftime("%z")
            shown = self._seconds[key] = f"{moment:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"
            return shown


def _cells(record: Mapping[str, Any], context: BlockContext, seq: int, index: int,
           clock: LocalClock) -> list[Any]:
    """One record's cells in CSV_COLUMNS order, as stored (the record read as JSON: millions of them per export,
    where a typed MeasurementRecord each would cost more than the rest of the row)."""
    measured = str(record["measured_at"])
    get = record.get
    platform = get("platform", "")
    summary = context.platforms.get(platform)
    scope, roles = (summary.scope, ROLE_SEPARATOR.join(summary.roles)) if summary is not None else (None, "")
    return [measured, clock(measured), platform, get("url", ""), get("verdict", ""), get("reason", ""),
            get("latency_ms", ""), seq, index, context.asn, context.country, scope, roles]


def csv_values(record: Mapping[str, Any], context: BlockContext, *, seq: int, index: int,
               clock: LocalClock) -> list[Any]:
    """One record's cells in CSV_COLUMNS order, made safe for a spreadsheet: text a spreadsheet would evaluate
    gets a leading apostrophe, None becomes empty (inlined, because the exporter writes millions of cells)."""
    return ["" if v is None else "'" + v if isinstance(v, str) and v.startswith(FORMULA_PREFIXES) else v
            for v in _cells(record, context, seq, index, clock)]
