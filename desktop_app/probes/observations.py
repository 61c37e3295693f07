"""What each probe step observed, as records that serialise to the JSON stored (and hashed) in the log."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


def _ms(value: float) -> float:
    return round(value * 1000.0, 1)


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional fields: ok measurements must stay small on disk."""
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


@dataclass
class Timing:
    """Monotonic start (relative to the measurement's start) and duration, in seconds."""

    start: float = 0.0
    duration: float = 0.0

    def json(self) -> dict[str, float]:
        return {"t0_ms": _ms(self.start), "t_ms": _ms(self.duration)}


@dataclass
class DnsResult:
    resolver: str  # "system" or the DoH URL
    answers: tuple[str, ...] = ()
    rcode: str | None = None
    failure: str | None = None
    timing: Timing = field(default_factory=Timing)
    queries: tuple[dict[str, Any], ...] = ()  # the system resolver's questions: each transmission, which was answered

    @property
    def ok(self) -> bool:
        return self.failure is None and bool(self.answers)

    def json(self) -> dict[str, Any]:
        return _compact(
            {"step": "dns", "resolver": self.resolver, "rcode": self.rcode, "answers": list(self.answers),
             "failure": self.failure, **self.timing.json(), "queries": list(self.queries)}
        )


@dataclass
class TcpResult:
    address: str
    port: int
    failure: str | None = None
    timing: Timing = field(default_factory=Timing)
    step: str = "tcp"  # "tcp_linger" for the short wait for a reset after connecting

    @property
    def ok(self) -> bool:
        return self.failure is None

    def json(self) -> dict[str, Any]:
        return _compact({"step": self.step, "address": self.address, "port": self.port, "failure": self.failure,
                         **self.timing.json()})


@dataclass
class TlsResult:
    address: str
    sni: str
    step: str = "tls"  # "tls_unverified" (what an invalid certificate says) or "sni_swap"
    version: str | None = None
    cipher: str | None = None
    issuer: str | None = None
    subject: str | None = None
    leaf_sha256: str | None = None
    failure: str | None = None
    detail: str | None = None  # the TLS library's own words for a failure
    timing: Timing = field(default_factory=Timing)
    alpn: str | None = None  # the protocol the server chose
    # The certificates presented (DER, leaf first): kept once each in the store's blobs, named in the record by
    # their SHA-256 (`chain`), so the log's proofs cover them.
    chain_der: tuple[bytes, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failure is None

    def json(self) -> dict[str, Any]:
        return _compact(
            {"step": self.step, "address": self.address, "sni": self.sni,
             "version": self.version, "cipher": self.cipher, "issuer": self.issuer, "subject": self.subject,
             "leaf_sha256": self.leaf_sha256, "failure": self.failure, "detail": self.detail, "alpn": self.alpn,
             "chain": [hashlib.sha256(der).hexdigest() for der in self.chain_der], **self.timing.json()}
        )


@dataclass
class HttpResult:
    url: str
    address: str | None = None
    verified: bool = True  # False when fetched without checking the certificate (to see what an interceptor serves)
    status: int | None = None
    http_version: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body_length: int = 0
    body_sha256: str | None = None
    title: str | None = None
    truncated: bool = False
    redirects: list[dict[str, Any]] = field(default_factory=list)
    blockpage: str | None = None  # id of the matching fingerprint
    failure: str | None = None
    timing: Timing = field(default_factory=Timing)
    body: bytes = b""  # kept in memory for matching and control checks; never serialised

    @property
    def ok(self) -> bool:
        return self.failure is None and self.status is not None

    def json(self) -> dict[str, Any]:
        return _compact(
            {"step": "http" if self.verified else "http_unverified", "url": self.url, "address": self.address,
             "status": self.status, "http_version": self.http_version, "headers": self.headers,
             "body_length": self.body_length if self.status is not None else None,
             "body_sha256": self.body_sha256, "title": self.title, "truncated": self.truncated or None,
             "redirects": self.redirects, "blockpage": self.blockpage, "failure": self.failure,
             **self.timing.json()}
        )


@dataclass
class ThroughputResult:
    bytes: int
    seconds: float  # from the first body byte to the last one read
    complete: bool  # False when the time limit stopped a transfer that was still progressing
    rate_cv: float | None = None  # variation of the rate across the transfer: low for a policer's fixed rate
    usual_bps: float | None = None  # this asset's median rate on this network over the last days, when known
    usual_samples: int = 0

    @property
    def bytes_per_s(self) -> float:
        return self.bytes / self.seconds if self.seconds > 0 else 0.0

    def json(self) -> dict[str, Any]:
        return _compact({"step": "throughput", "bytes": self.bytes, "t_ms": _ms(self.seconds),
                         "bytes_per_s": round(self.bytes_per_s), "complete": self.complete, "rate_cv": self.rate_cv,
                         "usual_bps": None if self.usual_bps is None else round(self.usual_bps),
                         "usual_samples": self.usual_samples or None})


Step = DnsResult | TcpResult | TlsResult | HttpResult


@dataclass
class Confirmation:
    """One repeat of a step that failed, made at once, so a blocking verdict never rests on a single lost packet.

    `results` holds what the repeat observed: one result, or for TCP the connects it tried at once.
    """

    step: str  # dns | tcp | tcp_linger | tls | sni_swap | http
    results: list[Step]
    number: int  # 2 for the first repeat of that step, 3 for the second

    @property
    def succeeded(self) -> bool:
        return any(r.ok for r in self.results)

    def json(self) -> list[dict[str, Any]]:
        return [{**r.json(), "try": self.number} for r in self.results]


@dataclass
class Attempt:
    """Everything one try at an endpoint observed, in step order, with the repeats of the steps that failed.

    The first try of every step is kept apart from its repeats (`confirmations`): OONI's classic analysis reads
    first tries only. When a repeat succeeded, the flow went on from it (`recovered`).
    """

    dns_system: DnsResult | None = None
    dns_doh: DnsResult | None = None
    dns_os: DnsResult | None = None  # the operating system's getaddrinfo (probes/system_lookup.py), asked once
    tcp: list[TcpResult] = field(default_factory=list)
    linger: TcpResult | None = None  # tcp:// endpoints: did the peer reset right after connecting?
    tls: TlsResult | None = None
    tls_unverified: TlsResult | None = None  # the certificate actually presented, when validation failed
    sni_swap: TlsResult | None = None
    http: HttpResult | None = None
    http_unverified: HttpResult | None = None
    throughput: ThroughputResult | None = None
    confirmations: list[Confirmation] = field(default_factory=list)
    recovered: dict[str, Step] = field(default_factory=dict)  # step -> the repeat that succeeded, the flow went on
    cut_short: bool = False  # the sweep's time budget ended this attempt early
    duration: float = 0.0  # seconds, monotonic

    @property
    def system(self) -> DnsResult | None:
        """The system resolver's answer the flow went on with: a successful repeat, else the first try."""
        found = self.recovered.get("dns")
        return found if isinstance(found, DnsResult) else self.dns_system

    @property
    def doh(self) -> DnsResult | None:
        """The independent resolver's answer the verdict compares with: a successful re-ask, else the first try."""
        found = self.recovered.get("doh")
        return found if isinstance(found, DnsResult) else self.dns_doh

    @property
    def connected(self) -> TcpResult | None:
        found = next((t for t in self.tcp if t.ok), None) or self.recovered.get("tcp")
        return found if isinstance(found, TcpResult) else None

    @property
    def final_linger(self) -> TcpResult | None:
        found = self.recovered.get("tcp_linger")
        return found if isinstance(found, TcpResult) else self.linger

    @property
    def final_tls(self) -> TlsResult | None:
        found = self.recovered.get("tls")
        return found if isinstance(found, TlsResult) else self.tls

    @property
    def final_http(self) -> HttpResult | None:
        found = self.recovered.get("http")
        return found if isinstance(found, HttpResult) else self.http

    def repeats(self, step: str) -> list[Confirmation]:
        return [c for c in self.confirmations if c.step == step]

    def add_repeat(self, step: str, results: Sequence[Step]) -> Confirmation:
        confirmation = Confirmation(step, list(results), 2 + len(self.repeats(step)))
        self.confirmations.append(confirmation)
        return confirmation

    def steps(self) -> list[dict[str, Any]]:
        items: list[Any] = [self.dns_system, self.dns_doh, self.dns_os, *self.tcp, self.linger, self.tls,
                            self.tls_unverified, self.sni_swap, self.http, self.http_unverified, self.throughput]
        return [s.json() for s in items if s is not None]

    def confirm_steps(self) -> list[dict[str, Any]]:
        return [step for c in self.confirmations for step in c.json()]
