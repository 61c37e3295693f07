"""A sweep reduced to what views need (per-platform verdict, reason, latency), from a live result or a header.

It reads the context through the store's declared types (store/records.py), the one reader of that JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.probes.sweep import SweepResult
from desktop_app.store.records import BlockContext


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
    def from_context(cls, context: BlockContext | Mapping[str, Any], seq: int | None = None) -> SweepPoint:
        """From a stored block's typed context (StoredBlock.context), or the context JSON a sweep wrote."""
        if not isinstance(context, BlockContext):
            context = BlockContext.from_json(context)
        platforms = {pid: PlatformPoint(pid, p.verdict or "inconclusive", p.affected, p.total, p.reason,
                                        p.latency_ms, p.scope, p.roles)
                     for pid, p in context.platforms.items()}
        return cls(started_at=context.started_at, ended_at=context.ended_at, network_state=context.network_state,
                   platforms=platforms, network_detail=context.network_detail, vpn=context.vpn, seq=seq,
                   asn=context.asn, country=context.country, bytes_used=context.bytes_used)

    @classmethod
    def from_result(cls, result: SweepResult, seq: int | None = None) -> SweepPoint:
        return cls.from_context(result.context, seq)
