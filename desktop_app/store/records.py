"""What a block holds, as declared types: its context, each measurement record, its steps and each platform's summary.

The log stores and hashes the exact JSON the engine wrote, so these types read it and never replace it: every
field the views and exporters rely on is declared here once, with its type and default, and `raw` keeps the
JSON itself for the exporters that copy it whole (OONI, the bundle's measurements). Readers get them through
StoredBlock.context and StoredMeasurement.typed (or BlockContext/MeasurementRecord.from_json on a live sweep's
JSON) instead of indexing dicts by key. tests/test_records.py checks that nothing a real sweep writes is left
out of the typed view unless it is listed below as kept in `raw` only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop_app.common.timeutil import utc_epoch

# JSON a sweep writes that the typed view deliberately leaves in `raw`: read by nothing but whole copies.
CONTEXT_RAW_ONLY: frozenset[str] = frozenset()
RECORD_RAW_ONLY: frozenset[str] = frozenset()
STEP_RAW_ONLY: frozenset[str] = frozenset()


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _text(value: Any) -> str | None:
    """A text field that is absent or empty reads as None."""
    return str(value) if value else None


@dataclass(frozen=True)
class PlatformSummary:
    """One platform's verdict in one sweep, as the sweep summarised it (context["platforms"][id])."""

    verdict: str
    affected: int = 0
    total: int = 0
    latency_ms: float | None = None  # the median TCP connect time over its endpoints that connected
    reason: str | None = None
    scope: str | None = None  # "whole" or "partial" for a verdict that is not ok (older sweeps: None)
    roles: tuple[str, ...] = ()  # the catalogue roles the verdict is about (web, api, media, app)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlatformSummary:
        return cls(str(data.get("verdict", "")), int(data.get("affected", 0)), int(data.get("total", 0)),
                   _float(data.get("latency_ms")), _text(data.get("reason")), _text(data.get("scope")),
                   tuple(str(r) for r in data.get("roles") or ()))


def platform_summaries(context: Mapping[str, Any]) -> dict[str, PlatformSummary]:
    """context["platforms"], typed (also for a bundle's header, whose context need not say when it ran)."""
    return {str(k): PlatformSummary.from_json(v) for k, v in (context.get("platforms") or {}).items()}


def commitments_of(context: Mapping[str, Any]) -> dict[str, str]:
    """context["commitments"]: name -> SHA-256(salt ‖ value) of each sensitive value the block withholds."""
    return {str(k): str(v) for k, v in (context.get("commitments") or {}).items()}


@dataclass(frozen=True)
class Traffic:
    """The bytes a sweep moved on the wire, headers included, and how they were counted."""

    sent: int = 0
    received: int = 0
    method: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Traffic:
        return cls(int(data.get("sent", 0)), int(data.get("received", 0)), str(data.get("method", "")))


@dataclass(frozen=True)
class BlockContext:
    """Where, when and with what a sweep ran: the context of its block header."""

    started_at: float
    ended_at: float
    utc_offset: str = "+00:00"
    network_state: str = "online"  # online, offline or captive_portal
    network_detail: str | None = None  # offline: which part of the path is down
    vpn: str | None = None  # the VPN interface that was up: results describe the VPN's network
    ip_lookup: str | None = None  # "off" when the public-IP lookup was turned off, else its failure (None: it worked)
    asn: str | None = None
    isp: str | None = None
    country: str | None = None
    resolver_asn: str | None = None  # the resolver's network, when known
    resolver_network_name: str | None = None
    app_version: str = ""
    os: str = ""
    catalogue_digest: str | None = None
    timeout: float | None = None  # seconds per step
    doh_urls: tuple[str, ...] = ()
    traffic: Traffic | None = None  # measured by the kernel (sweeps before it was: None, see bytes_estimate)
    bytes_estimate: int = 0  # what older sweeps estimated they moved
    follow_up: int | None = None  # the block this sweep followed up, if it is a follow-up
    platforms: dict[str, PlatformSummary] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)  # name -> SHA-256(salt ‖ value)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def bytes_used(self) -> int:
        """Sent and received on the wire; for older sweeps, the estimate they stored."""
        if self.traffic is not None:
            return self.traffic.sent + self.traffic.received
        return self.bytes_estimate

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BlockContext:
        network = data.get("network") or {}
        traffic = data.get("traffic")
        return cls(
            started_at=utc_epoch(data["started_at"]), ended_at=utc_epoch(data["ended_at"]),
            utc_offset=str(data.get("utc_offset", "+00:00")), network_state=str(network.get("state", "online")),
            network_detail=_text(network.get("detail")), vpn=_text(data.get("vpn")),
            ip_lookup=_text(data.get("ip_lookup")),
            asn=_text(data.get("asn")), isp=_text(data.get("isp")), country=_text(data.get("country")),
            resolver_asn=_text(data.get("resolver_asn")),
            resolver_network_name=_text(data.get("resolver_network_name")),
            app_version=str(data.get("app_version", "")), os=str(data.get("os", "")),
            catalogue_digest=_text(data.get("catalogue_digest")), timeout=_float(data.get("timeout")),
            doh_urls=tuple(str(u) for u in data.get("doh_urls") or ()),
            traffic=Traffic.from_json(traffic) if isinstance(traffic, Mapping) else None,
            bytes_estimate=int(data.get("bytes_estimate", 0)), follow_up=_int(data.get("follow_up")),
            platforms=platform_summaries(data), commitments=commitments_of(data), raw=data)


@dataclass(frozen=True)
class Step:
    """One step of a measurement (DNS, TCP, TLS, HTTP, throughput), as probes/observations.py writes it.

    One flat type for every kind: each kind fills its own fields and leaves the rest at their defaults.
    """

    kind: str  # dns, tcp, tcp_linger, tls, tls_unverified, sni_swap, http, http_unverified, throughput
    t0_ms: float | None = None  # start, relative to the measurement's start
    t_ms: float | None = None  # duration
    failure: str | None = None  # OONI-style failure string (probes/failures.py)
    address: str | None = None
    port: int | None = None
    try_number: int | None = None  # a repeat's number ("try": 2 for the first repeat), in a record's `confirm`
    # dns
    resolver: str | None = None  # "system", "getaddrinfo…" or the DoH URL
    rcode: str | None = None
    answers: tuple[str, ...] = ()
    queries: tuple[Mapping[str, Any], ...] = ()  # the system resolver's transmissions
    # tls
    sni: str | None = None
    version: str | None = None
    cipher: str | None = None
    issuer: str | None = None
    subject: str | None = None
    leaf_sha256: str | None = None
    detail: str | None = None  # the TLS library's own words for a failure
    alpn: str | None = None
    chain: tuple[str, ...] = ()  # SHA-256 of each certificate presented, leaf first (kept in the store's blobs)
    # http
    url: str | None = None
    status: int | None = None
    http_version: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body_length: int = 0
    body_sha256: str | None = None  # the body, when kept in the store's blobs
    title: str | None = None
    truncated: bool = False
    redirects: tuple[Mapping[str, Any], ...] = ()
    blockpage: str | None = None  # the id of the block-page fingerprint the body matched
    # throughput
    bytes: int | None = None
    bytes_per_s: float | None = None
    complete: bool | None = None
    rate_cv: float | None = None
    usual_bps: float | None = None
    usual_samples: int = 0
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Step:
        get = data.get
        return cls(
            kind=str(get("step", "")), t0_ms=_float(get("t0_ms")), t_ms=_float(get("t_ms")),
            failure=_text(get("failure")), address=_text(get("address")), port=_int(get("port")),
            try_number=_int(get("try")), resolver=_text(get("resolver")), rcode=_text(get("rcode")),
            answers=tuple(str(a) for a in get("answers") or ()), queries=tuple(get("queries") or ()),
            sni=_text(get("sni")), version=_text(get("version")), cipher=_text(get("cipher")),
            issuer=_text(get("issuer")), subject=_text(get("subject")), leaf_sha256=_text(get("leaf_sha256")),
            detail=_text(get("detail")), alpn=_text(get("alpn")), chain=tuple(str(c) for c in get("chain") or ()),
            url=_text(get("url")), status=_int(get("status")), http_version=_text(get("http_version")),
            headers={str(k): str(v) for k, v in (get("headers") or {}).items()},
            body_length=int(get("body_length") or 0), body_sha256=_text(get("body_sha256")),
            title=_text(get("title")), truncated=bool(get("truncated")), redirects=tuple(get("redirects") or ()),
            blockpage=_text(get("blockpage")), bytes=_int(get("bytes")), bytes_per_s=_float(get("bytes_per_s")),
            complete=None if get("complete") is None else bool(get("complete")), rate_cv=_float(get("rate_cv")),
            usual_bps=_float(get("usual_bps")), usual_samples=int(get("usual_samples") or 0), raw=data)


@dataclass(frozen=True)
class MeasurementRecord:
    """One endpoint's measurement: what the index rows and every export read of it.

    Its steps are typed when first read (`steps`, `confirm`): the integrity check and the index read a month of
    records and need none of them.
    """

    platform: str
    url: str
    verdict: str
    measured_at: float | None = None
    latency_ms: float | None = None  # the TCP connect time, when it connected
    reason: str | None = None
    control: Mapping[str, Any] | None = None  # a test helper's control ({"helper", "failure", "response"})
    duration_ms: float | None = None  # the whole measurement ("t_ms")
    version: int | None = None  # the record format ("v")
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def steps(self) -> tuple[Step, ...]:
        """The first try of every step, in step order."""
        return tuple(Step.from_json(s) for s in self.raw.get("steps") or ())

    @cached_property
    def confirm(self) -> tuple[Step, ...]:
        """The repeats of the steps that failed (records before 2026-12 repeated everything: "retest")."""
        return tuple(Step.from_json(s) for s in self.raw.get("confirm") or self.raw.get("retest") or ())

    @property
    def throughput_bps(self) -> float | None:
        """The throughput step's rate (bytes/s), when the endpoint is a throughput asset that was measured."""
        for step in self.raw.get("steps") or ():  # a loop, not next(genexpr): the index check asks every record
            if step.get("step") == "throughput":
                return Step.from_json(step).bytes_per_s
        return None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MeasurementRecord:
        when = data.get("measured_at")
        control = data.get("control")
        return cls(str(data["platform"]), str(data["url"]), str(data["verdict"]),
                   None if when is None else utc_epoch(when), _float(data.get("latency_ms")),
                   _text(data.get("reason")), control if isinstance(control, Mapping) else None,
                   _float(data.get("t_ms")), _int(data.get("v")), raw=data)
