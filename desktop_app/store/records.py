"""What a block holds, as declared types: its context, each measurement record and each platform's summary.

The log stores and hashes the exact JSON the engine wrote, so these types read it and never replace it: every
field the views and exporters rely on is declared here once, with its type and default, and `raw` keeps the
rest for the exporters that copy it whole (OONI, the bundle's measurements). Readers get them through
StoredBlock.context and StoredMeasurement.typed instead of indexing dicts by key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.common.timeutil import utc_epoch


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class PlatformSummary:
    """One platform's verdict in one sweep, as the sweep summarised it (context["platforms"][id])."""

    verdict: str
    affected: int = 0
    total: int = 0
    latency_ms: float | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlatformSummary:
        return cls(str(data.get("verdict", "")), int(data.get("affected", 0)), int(data.get("total", 0)),
                   _float(data.get("latency_ms")))


@dataclass(frozen=True)
class BlockContext:
    """Where, when and with what a sweep ran: the context of its block header."""

    started_at: float
    ended_at: float
    utc_offset: str = "+00:00"
    network_state: str = "online"  # online, offline or captive_portal
    asn: str | None = None
    isp: str | None = None
    country: str | None = None
    catalogue_digest: str | None = None
    follow_up: int | None = None  # the block this sweep followed up, if it is a follow-up
    platforms: dict[str, PlatformSummary] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)  # name -> SHA-256(salt ‖ value)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BlockContext:
        network = data.get("network") or {}
        follow_up = data.get("follow_up")
        return cls(
            started_at=utc_epoch(data["started_at"]), ended_at=utc_epoch(data["ended_at"]),
            utc_offset=str(data.get("utc_offset", "+00:00")), network_state=str(network.get("state", "online")),
            asn=data.get("asn") or None, isp=data.get("isp") or None, country=data.get("country") or None,
            catalogue_digest=data.get("catalogue_digest") or None,
            follow_up=None if follow_up is None else int(follow_up),
            platforms={str(k): PlatformSummary.from_json(v) for k, v in (data.get("platforms") or {}).items()},
            commitments={str(k): str(v) for k, v in (data.get("commitments") or {}).items()}, raw=data)


@dataclass(frozen=True)
class MeasurementRecord:
    """One endpoint's measurement: what the index rows and every export read of it."""

    platform: str
    url: str
    verdict: str
    measured_at: float | None = None
    latency_ms: float | None = None
    reason: str | None = None
    steps: tuple[Mapping[str, Any], ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MeasurementRecord:
        when = data.get("measured_at")
        return cls(str(data["platform"]), str(data["url"]), str(data["verdict"]),
                   None if when is None else utc_epoch(when), _float(data.get("latency_ms")),
                   data.get("reason"), tuple(data.get("steps") or ()), raw=data)
