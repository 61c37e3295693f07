"""Parsing the times a person types (--since 2h, --until 2026-11-28T19:00) into UTC epoch seconds."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_when(text: str, now: float) -> float:
    """"30m", "2h", "7d" mean that long before now; ISO 8601 without an offset means local time."""
    text = text.strip()
    match = _RELATIVE.match(text)
    if match:
        return now - float(match.group(1)) * _UNITS[match.group(2)]
    if text == "now":
        return now
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is not a time: use e.g. 2h, 7d or 2026-11-28T19:00") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # interpret as local time
    return moment.timestamp()


def local_text(epoch: float) -> str:
    """Local time with its UTC offset, the way the app shows every time."""
    return datetime.fromtimestamp(epoch).astimezone().strftime("%Y-%m-%d %H:%M:%S %z")


def utc_iso(epoch: float) -> str:
    """UTC with millisecond precision and a Z, the form every stored time takes."""
    return datetime.fromtimestamp(epoch, tz=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_minute(epoch: float) -> str:
    """UTC to the minute, "2026-05-28 20:27", as the collection's tables and reports show times."""
    return utc_iso(epoch)[:16].replace("T", " ")


def utc_epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).timestamp()
