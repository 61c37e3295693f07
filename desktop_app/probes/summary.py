"""A sweep reduced to what views need (per-platform verdict, reason, latency), from a live result or a header."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.common.timeutil import utc_epoch
from desktop_app.probes.sweep import SweepResult


@dataclass(frozen=True)
class PlatformPoint:
    platform: str
    verdict: str
    affected: int
    total: int
    reason: str | None = None
    latency_ms: float | None = None
    scope: str | None = None  # "whole" or "partial" for a verdict that is not ok (older sweeps: None)
    roles: tuple[str, ...] = ()  # the catalogue roles the verdict is about (web, api, media, app)


@dataclass(frozen=True)
class SweepPoint:
    """One sweep as the live view and the history charts see it."""

    started_at: float  # epoch seconds, UTC
    ended_at: float
    network_state: str
    platforms: dict[str, PlatformPoint]
    network_detail: str | None = None
    vpn: str | None = None
    seq: int | None = None  # the block in the store, when stored
    asn: str | None = None
    country: str | None = None
    bytes_used: int = 0  # sent and received on the wire (older sweeps: the estimate they stored)

    @classmethod
    def from_context(cls, context: dict[str, Any], seq: int | None = None) -> SweepPoint:
        network = context.get("network", {})
        platforms = {
            pid: PlatformPoint(pid, p.get("verdict", "inconclusive"), p.get("affected", 0), p.get("total", 0),
                               p.get("reason"), p.get("latency_ms"), p.get("scope"), tuple(p.get("roles", ())))
            for pid, p in context.get("platforms", {}).items()
        }
        return cls(started_at=utc_epoch(context["started_at"]), ended_at=utc_epoch(context["ended_at"]),
                   network_state=network.get("state", "online"), platforms=platforms,
                   network_detail=network.get("detail"), vpn=context.get("vpn"), seq=seq,
                   asn=context.get("asn"), country=context.get("country"),
                   bytes_used=_bytes_used(context))

    @classmethod
    def from_result(cls, result: SweepResult, seq: int | None = None) -> SweepPoint:
        return cls.from_context(result.context, seq)


def _bytes_used(context: dict[str, Any]) -> int:
    """The bytes a sweep moved: measured ("traffic") since they were, else the estimate older sweeps stored."""
    measured = context.get("traffic")
    if isinstance(measured, dict):
        return int(measured.get("sent", 0)) + int(measured.get("received", 0))
    return int(context.get("bytes_estimate", 0))
