"""The sweep engine: probe every endpoint concurrently within 5×timeout, re-test failures, give verdicts."""

from __future__ import annotations

import asyncio
import contextlib
import platform as os_platform
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from desktop_app import __version__
from desktop_app.common.timeutil import utc_iso
from desktop_app.probes import traffic
from desktop_app.probes import verdicts as V
from desktop_app.probes.attempt import run_attempt
from desktop_app.probes.catalogue.model import Catalogue, Endpoint
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.control import ask_control, control_url_for, tested_endpoints
from desktop_app.probes.environment import SweepEnv
from desktop_app.probes.fingerprints import Fingerprint
from desktop_app.probes.inflight import InFlight, Report
from desktop_app.probes.iplookup import NetworkIdentity, lookup_identity
from desktop_app.probes.network import CAPTIVE_STATE, OFFLINE_STATE, NetworkState, Route, assess_network, default_route
from desktop_app.probes.observations import Attempt

RECORD_VERSION = 1
# Time kept back from the budget for re-tests' bookkeeping, verdicts and the store.
BUDGET_MARGIN = 0.2


def local_offset(epoch: float) -> str:
    offset = datetime.fromtimestamp(epoch).astimezone().strftime("%z")
    return f"{offset[:3]}:{offset[3:]}"


@dataclass
class EndpointMeasurement:
    """One endpoint's result in a sweep: its final verdict and the record stored (and hashed) for it."""

    endpoint: Endpoint
    verdict: V.Verdict
    attempt: Attempt
    measured_at: float  # epoch seconds, UTC
    duration: float
    control: dict[str, Any] | None = None  # a test helper's control (probes/control.py), when one was asked

    @property
    def latency_ms(self) -> float | None:
        connected = self.attempt.connected
        return round(connected.timing.duration * 1000, 1) if connected is not None else None

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "v": RECORD_VERSION,
            "platform": self.endpoint.platform,
            "url": self.endpoint.url,
            "verdict": self.verdict.verdict,
            "measured_at": utc_iso(self.measured_at),
            "t_ms": round(self.duration * 1000, 1),
            "steps": self.attempt.steps(),
        }
        if self.verdict.reason:
            out["reason"] = self.verdict.reason
        if self.latency_ms is not None:
            out["latency_ms"] = self.latency_ms
        if self.attempt.confirmations:
            out["confirm"] = self.attempt.confirm_steps()
        if self.control is not None:
            out["control"] = self.control
        return out


@dataclass
class PlatformResult:
    platform: str
    name: str
    summary: V.PlatformSummary
    measurements: list[EndpointMeasurement]

    @property
    def latency_ms(self) -> float | None:
        """The median TCP connect time over the platform's endpoints that connected."""
        values = sorted(m.latency_ms for m in self.measurements if m.latency_ms is not None)
        return values[len(values) // 2] if values else None

    def context_summary(self) -> dict[str, Any]:
        """What the sweep's header keeps per platform: enough to chart history without opening records."""
        s = self.summary
        out: dict[str, Any] = {"verdict": s.verdict, "affected": s.affected, "total": s.total}
        if s.reason:
            out["reason"] = s.reason
        if s.scope:
            out["scope"], out["roles"] = s.scope, list(s.roles)
        if self.latency_ms is not None:
            out["latency_ms"] = self.latency_ms
        return out

    def json(self, measured_at: float) -> dict[str, Any]:
        s = self.summary
        out: dict[str, Any] = {"platform": self.platform, "name": self.name, "verdict": s.verdict,
                               "measured_at": utc_iso(measured_at), "affected": s.affected, "total": s.total,
                               "scope": s.scope, "roles": list(s.roles)}
        if s.reason:
            out["reason"] = s.reason
        out["endpoints"] = [m.record() for m in self.measurements]
        return out


@dataclass
class SweepResult:
    started_at: float
    ended_at: float
    network: NetworkState
    identity: NetworkIdentity | None
    platforms: list[PlatformResult]
    context: dict[str, Any]
    sensitive: dict[str, str] = field(default_factory=dict)

    @property
    def measurements(self) -> list[EndpointMeasurement]:
        return [m for p in self.platforms for m in p.measurements]

    def records(self) -> list[dict[str, Any]]:
        return [m.record() for m in self.measurements]

    def platform(self, platform_id: str) -> PlatformResult:
        return next(p for p in self.platforms if p.platform == platform_id)


Progress = Callable[[int, int], None]


async def _probe_endpoint(endpoint: Endpoint, env: SweepEnv, deadline: float,
                          gate: asyncio.Semaphore) -> EndpointMeasurement:
    async with gate:
        measured_at, start = time.time(), time.monotonic()
        attempt = await _bounded_attempt(endpoint, env, deadline)
        attempt.duration = time.monotonic() - start
        verdict = V.classify(endpoint, attempt, env.policy.is_bogon, confirm=env.config.confirm)
        measurement = EndpointMeasurement(endpoint, verdict, attempt, measured_at, attempt.duration)
    if env.config.control_url and env.service is not None:  # off unless the person turned it on
        timeout = max(0.1, min(env.config.timeout, deadline - time.monotonic()))
        with env.inflight.awaiting(attempt, endpoint.host, "control", timeout):
            measurement.control = await ask_control(
                env.service, env.config.control_url, control_url_for(endpoint.url), tested_endpoints(attempt.steps()),
                timeout=timeout, user_agent=env.config.user_agent)
    return measurement


async def _bounded_attempt(endpoint: Endpoint, env: SweepEnv, deadline: float) -> Attempt:
    attempt = Attempt()
    try:
        async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
            await run_attempt(endpoint, env, deadline, attempt)
    except TimeoutError:
        attempt.cut_short = True
    finally:
        env.inflight.end(attempt)
    return attempt


PastRates = Callable[[str | None], Mapping[str, V.PastRate]]  # ASN (None: not looked up) -> platform -> usual rate
# A follow-up probes only a platform's accusing endpoints; the (role, verdict) of the others in the sweep it checks
# let its scope still speak of the whole platform (media only stays partial). Platform id -> those pairs.
Unprobed = Mapping[str, Sequence[tuple[str, V.Verdict]]]


async def run_sweep_async(catalogue: Catalogue, config: ProbeConfig, fingerprints: tuple[Fingerprint, ...], *,
                          route: Route | None = None, progress: Progress | None = None,
                          past_rates: PastRates | None = None, unprobed: Unprobed | None = None,
                          waiting: Report | None = None) -> SweepResult:
    """One sweep; its context says how many bytes it really moved ("traffic", counted by the kernel).

    `waiting`, when given, hears what the sweep still waits for (probes/inflight.py), a few times a second at
    most, and an empty snapshot when it ends.
    """
    meter = traffic.TrafficMeter()
    with traffic.metering(meter):
        result = await _sweep(catalogue, config, fingerprints, route=route, progress=progress, past_rates=past_rates,
                              unprobed=unprobed or {}, waiting=waiting)
    result.context["traffic"] = meter.finish().json()
    return result


async def _sweep(catalogue: Catalogue, config: ProbeConfig, fingerprints: tuple[Fingerprint, ...], *,
                 route: Route | None, progress: Progress | None, past_rates: PastRates | None,
                 unprobed: Unprobed, waiting: Report | None) -> SweepResult:
    config = config.with_environment()
    started_at, t0 = time.time(), time.monotonic()
    deadline = t0 + config.sweep_budget - BUDGET_MARGIN
    env = SweepEnv.create(config, fingerprints)
    env.inflight = InFlight(waiting)
    ticker = asyncio.ensure_future(env.inflight.run()) if waiting is not None else None
    endpoints = catalogue.endpoints()
    try:
        identity_task = (asyncio.ensure_future(_identity(env, config)) if config.ip_lookup else None)
        gate = asyncio.Semaphore(config.concurrency)
        done = 0

        async def probe(ep: Endpoint) -> EndpointMeasurement:
            nonlocal done
            measurement = await _probe_endpoint(ep, env, deadline, gate)
            done += 1
            if progress is not None:
                progress(done, len(endpoints))
            return measurement

        measurements = list(await asyncio.gather(*(probe(ep) for ep in endpoints)))
        route = route if route is not None else default_route()
        network = assess_network([(m.endpoint, m.attempt, m.verdict) for m in measurements], route)
        identity = await identity_task if identity_task is not None else None
        asn = identity.asn if identity is not None and not identity.failure else None
        _apply_throttling(measurements, past_rates(asn) if past_rates is not None else {})
        _apply_network(measurements, network)
    finally:
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        env.inflight.finish()
        await env.aclose()
    ended_at = time.time()
    platforms = _platform_results(catalogue, measurements, unprobed)
    context, sensitive = _context(catalogue, config, env, started_at, ended_at, network, identity, platforms)
    return SweepResult(started_at, ended_at, network, identity, platforms, context, sensitive)


async def _identity(env: SweepEnv, config: ProbeConfig) -> NetworkIdentity:
    assert env.service is not None
    with env.inflight.awaiting(_identity, urlsplit(config.ip_lookup_url).hostname or "", "ip_lookup", config.timeout):
        return await lookup_identity(env.service, config.ip_lookup_url, config.timeout)


def _apply_throttling(measurements: list[EndpointMeasurement], past: Mapping[str, V.PastRate]) -> None:
    """Two references for a throughput asset: the other platforms now, and its own usual rate on this network."""
    rated = [(m, m.attempt.throughput) for m in measurements if m.endpoint.throughput]
    rates = {id(m): t.bytes_per_s for m, t in rated
             if t is not None and t.bytes >= V.THROTTLE_MIN_BYTES and m.verdict.verdict == V.OK}
    usual = {id(m): past[m.endpoint.platform] for m, _ in rated if m.endpoint.platform in past}
    for m, t in rated:
        if id(m) not in rates:
            continue
        assert t is not None
        mine = usual.get(id(m))
        if mine is not None:
            t.usual_bps, t.usual_samples = mine.median_bps, mine.samples
        others = [r for k, r in rates.items() if k != id(m)]
        others_vs_usual = [r / usual[k].median_bps for k, r in rates.items()
                           if k != id(m) and k in usual and usual[k].median_bps > 0]
        verdict = (V.throttle_verdict(rates[id(m)], others, m.endpoint.host, t.rate_cv)
                   or V.throttle_against_past(rates[id(m)], t.rate_cv, mine, others_vs_usual, m.endpoint.host))
        if verdict is not None:
            m.verdict = verdict


def _apply_network(measurements: list[EndpointMeasurement], network: NetworkState) -> None:
    """Sweep-wide facts override endpoint verdicts: offline and captive portals, and a VPN withholds blame."""
    for m in measurements:
        v = m.verdict
        if v.verdict == V.OK:
            continue
        if network.state == OFFLINE_STATE:
            m.verdict = V.Verdict(V.OFFLINE, f"nothing can be said about this platform: {network.sentence}")
        elif network.state == CAPTIVE_STATE:
            m.verdict = V.Verdict(V.CAPTIVE_PORTAL, "a captive portal intercepts connections: sign in to the "
                                                    "network first")
        elif network.vpn_interface and v.verdict in V.BLOCKING:
            m.verdict = V.Verdict(V.INCONCLUSIVE, f"a VPN is active ({network.vpn_interface}): results describe the "
                                                  f"VPN's network, not yours (would have been {v.verdict}: "
                                                  f"{v.reason})")


def _platform_results(catalogue: Catalogue, measurements: list[EndpointMeasurement],
                      unprobed: Unprobed) -> list[PlatformResult]:
    out = []
    for p in catalogue.platforms:
        mine = [m for m in measurements if m.endpoint.platform == p.id]
        if mine:
            results = [(m.endpoint.role, m.verdict) for m in mine]
            summary = V.summarise_platform(results)
            if unprobed.get(p.id) and summary.scope is not None:
                whole = V.summarise_platform([*results, *unprobed[p.id]])
                summary = replace(summary, scope=whole.scope, roles=whole.roles)
            out.append(PlatformResult(p.id, p.name, summary, mine))
    return out


def _context(catalogue: Catalogue, config: ProbeConfig, env: SweepEnv, started_at: float, ended_at: float,
             network: NetworkState, identity: NetworkIdentity | None,
             platforms: list[PlatformResult]) -> tuple[dict[str, Any], dict[str, str]]:
    sensitive: dict[str, str] = {}
    if env.nameservers:
        sensitive["resolver"] = ",".join(str(ns) for ns in env.nameservers)
    if identity is not None and identity.ip:
        sensitive["public_ip"] = identity.ip
    context: dict[str, Any] = {
        "started_at": utc_iso(started_at),
        "ended_at": utc_iso(ended_at),
        "utc_offset": local_offset(started_at),
        "app_version": __version__,
        "os": os_platform.platform(terse=True),
        "catalogue_digest": catalogue.digest,
        "timeout": config.timeout,
        "doh_urls": list(config.doh_urls),
        "network": network.json(),
        "platforms": {p.platform: p.context_summary() for p in platforms},
    }
    if network.vpn_interface:
        context["vpn"] = network.vpn_interface
    if identity is None:
        context["ip_lookup"] = "off"
    elif identity.failure:
        context["ip_lookup"] = identity.failure
    else:
        context.update({k: v for k, v in (("asn", identity.asn), ("isp", identity.isp),
                                          ("country", identity.country)) if v})
    return context, sensitive


class SweepCancelled(Exception):
    """The sweep was stopped before it finished; nothing of it is stored."""


CANCEL_POLL = 0.05  # seconds between looks at the cancel flag


def run_sweep(catalogue: Catalogue, config: ProbeConfig, fingerprints: tuple[Fingerprint, ...], *,
              route: Route | None = None, progress: Progress | None = None,
              cancel: threading.Event | None = None, past_rates: PastRates | None = None,
              unprobed: Unprobed | None = None, waiting: Report | None = None) -> SweepResult:
    """Blocking entry point for the CLI and the GUI's worker thread (each sweep gets a fresh event loop).

    Setting `cancel` from another thread stops the sweep within a fraction of a second (SweepCancelled).
    """
    async def main() -> SweepResult:
        task = asyncio.ensure_future(run_sweep_async(catalogue, config, fingerprints, route=route,
                                                     progress=progress, past_rates=past_rates,
                                                     unprobed=unprobed, waiting=waiting))
        while cancel is not None and not task.done():
            if cancel.is_set():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                raise SweepCancelled("the sweep was stopped before it finished")
            await asyncio.wait({task}, timeout=CANCEL_POLL)
        return await task

    return asyncio.run(main())
