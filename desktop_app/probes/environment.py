"""What every endpoint probe in one sweep shares: config, address policy, resolvers, TLS contexts, fingerprints."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import httpx

from desktop_app.probes import failures
from desktop_app.probes.addresses import AddressPolicy, parse_address
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.dns import Nameserver, query_system, system_nameservers
from desktop_app.probes.doh import DohResolver, query_doh
from desktop_app.probes.fingerprints import Fingerprint
from desktop_app.probes.http import make_client
from desktop_app.probes.inflight import InFlight
from desktop_app.probes.observations import DnsResult
from desktop_app.probes.system_lookup import os_lookup
from desktop_app.probes.tls import TlsContexts


@dataclass
class SweepEnv:
    """Created inside the sweep's event loop and closed with it (it owns an HTTP client)."""

    config: ProbeConfig
    policy: AddressPolicy
    nameservers: tuple[Nameserver, ...]
    tls: TlsContexts
    fingerprints: tuple[Fingerprint, ...]
    service: httpx.AsyncClient | None = None  # the IP lookup: its name resolved through the system resolver
    doh: tuple[DohResolver, ...] = ()  # one client (one connection) per independent resolver
    inflight: InFlight = field(default_factory=lambda: InFlight(None))  # what the sweep still waits for
    _lookups: dict[str, asyncio.Future[str]] = field(default_factory=dict)

    @classmethod
    def create(cls, config: ProbeConfig, fingerprints: tuple[Fingerprint, ...]) -> SweepEnv:
        env = cls(config=config, policy=AddressPolicy.from_config(config),
                  nameservers=system_nameservers(config.system_resolvers),
                  tls=TlsContexts.create(config.ca_file), fingerprints=fingerprints)
        env.service = env._client()
        env.doh = tuple(DohResolver(url, env._client) for url in config.doh_urls)
        return env

    def _client(self) -> httpx.AsyncClient:
        """A client for the probe's own services (DoH, IP lookup); their names resolve through the system resolver."""
        return make_client(self.resolve_for_connect, self.policy, self.config.port_map, self.tls.verified,
                           self.config.timeout, self.config.user_agent)

    async def aclose(self) -> None:
        for future in self._lookups.values():
            if not future.done():
                future.cancel()
            elif not future.cancelled():
                future.exception()  # mark any failure as seen
        if self.service is not None:
            await self.service.aclose()
        for resolver in self.doh:
            await resolver.aclose()

    async def system_dns(self, host: str, timeout: float, origin: float) -> DnsResult:
        return await query_system(host, self.nameservers, timeout=timeout, policy=self.policy, origin=origin)

    async def os_dns(self, host: str, timeout: float, origin: float) -> DnsResult | None:
        """The operating system's own lookup, as applications see it (None where it is not made)."""
        config = self.config
        restricted = config.allowed_networks is not None or config.system_resolvers is not None
        return await os_lookup(host, config.os_lookup, restricted=restricted, nameservers=self.nameservers,
                               policy=self.policy, timeout=timeout, origin=origin)

    async def doh_dns(self, host: str, timeout: float, origin: float, fresh: bool = False) -> DnsResult:
        """The independent resolvers' answer; `fresh` for a repeat after one was lost (see DohResolver._race)."""
        if not self.doh:
            return DnsResult(resolver="doh", failure=failures.NETWORK_UNREACHABLE)
        return await query_doh(host, self.doh, timeout=timeout, origin=origin, fresh=fresh)

    async def resolve_for_connect(self, host: str) -> str:
        """Resolve a name the probe itself needs (a DoH server, a redirect target): once per sweep, usable only."""
        if parse_address(host) is not None:
            return host
        future = self._lookups.get(host)
        if future is None:
            future = asyncio.ensure_future(self._lookup(host))
            self._lookups[host] = future
            # a lookup lost on a lossy link is not this sweep's answer for the name: the next caller (a repeat of
            # a DoH question, a redirect) asks again instead of failing on it too
            future.add_done_callback(lambda done: self._forget_failure(host, done))
        return await asyncio.shield(future)

    def _forget_failure(self, host: str, done: asyncio.Future[str]) -> None:
        if not done.cancelled() and done.exception() is not None and self._lookups.get(host) is done:
            del self._lookups[host]

    async def _lookup(self, host: str) -> str:
        result = await self.system_dns(host, self.config.timeout, time.monotonic())
        if result.failure is not None:
            raise failures.StepFailed(result.failure, f"could not resolve {host}: {result.failure}")
        usable = [a for a in result.answers if self.policy.is_allowed(a) and not self.policy.is_bogon(a)]
        if not usable:
            raise failures.StepFailed(failures.BOGON_ONLY, f"{host} resolves to no usable address")
        return usable[0]
