"""One try at one endpoint: DNS, then TCP, TLS, HTTP and throughput in order, each bounded by the deadline."""

from __future__ import annotations

import asyncio
import time

from desktop_app.probes import failures
from desktop_app.probes.environment import SweepEnv
from desktop_app.probes.observations import Attempt, TcpResult
from desktop_app.probes.http import fetch, make_client
from desktop_app.probes.addresses import parse_address
from desktop_app.probes.catalogue.model import Endpoint
from desktop_app.probes.tcp import tcp_connect, tcp_linger
from desktop_app.probes.tls import tls_handshake

LINGER_WAIT = 0.3  # seconds a tcp:// endpoint is watched for a reset right after connecting
SWAP_FAILURES = frozenset({failures.RESET, failures.EOF, failures.TIMEOUT, failures.FAILED_HANDSHAKE})


def choose_addresses(attempt: Attempt, env: SweepEnv) -> list[str]:
    """The addresses to connect to: the system resolver's (what the user's apps would use), never a bogon.

    When the system resolver failed, the independent resolver's answer is used instead, to show whether the
    platform itself would be reachable with other DNS.
    """
    for result in (attempt.dns_system, attempt.dns_doh):
        if result is not None and result.ok:
            usable = [a for a in result.answers if not env.policy.is_bogon(a)]
            return usable  # a bogon-only system answer stops here: it is never contacted
    return []


def _by_family(addresses: list[str], per_family: int) -> list[list[str]]:
    v4 = [a for a in addresses if (ip := parse_address(a)) is not None and ip.version == 4][:per_family]
    v6 = [a for a in addresses if (ip := parse_address(a)) is not None and ip.version == 6][:per_family]
    return [v4, v6]


async def _connect_all(endpoint: Endpoint, addresses: list[str], env: SweepEnv, remaining, origin: float) -> list[TcpResult]:  # type: ignore[no-untyped-def]
    """First address of each family at once; the next ones only when every earlier one failed."""
    families = _by_family(addresses, env.config.addresses_per_family)
    results: list[TcpResult] = []
    for rank in range(env.config.addresses_per_family):
        batch = [fam[rank] for fam in families if len(fam) > rank]
        if not batch or remaining() <= 0:
            break
        results.extend(await asyncio.gather(*(
            tcp_connect(a, endpoint.port, mapped_port=env.config.mapped_port(endpoint.port), timeout=remaining(),
                        policy=env.policy, origin=origin) for a in batch)))
        if any(r.ok for r in results):
            break
    return results


async def run_attempt(endpoint: Endpoint, env: SweepEnv, deadline: float, attempt: Attempt) -> None:
    """Fill attempt step by step (so a caller that times us out keeps what was observed)."""
    config = env.config
    origin = time.monotonic()

    def remaining() -> float:
        return max(0.0, min(config.timeout, deadline - time.monotonic()))

    attempt.dns_system, attempt.dns_doh = await asyncio.gather(
        env.system_dns(endpoint.host, remaining(), origin), env.doh_dns(endpoint.host, remaining(), origin))
    addresses = choose_addresses(attempt, env)
    if not addresses:
        return
    attempt.tcp = await _connect_all(endpoint, addresses, env, remaining, origin)
    connected = attempt.connected
    if connected is None:
        return
    address, port, mapped = connected.address, endpoint.port, config.mapped_port(endpoint.port)

    if endpoint.scheme == "tcp":
        attempt.linger = await tcp_linger(address, port, mapped_port=mapped, wait=min(LINGER_WAIT, remaining()),
                                          timeout=remaining(), policy=env.policy, origin=origin)
        return

    if endpoint.uses_tls:
        attempt.tls = await tls_handshake(address, port, endpoint.host, mapped_port=mapped,
                                          context=env.tls.verified, timeout=remaining(), policy=env.policy,
                                          origin=origin)
        failure = attempt.tls.failure
        if failure in failures.CERTIFICATE_FAILURES:
            attempt.tls_unverified = await tls_handshake(
                address, port, endpoint.host, mapped_port=mapped, context=env.tls.unverified,
                timeout=remaining(), policy=env.policy, origin=origin, step="tls_unverified")
            if endpoint.scheme == "https":
                attempt.http_unverified, _ = await _http(endpoint, address, env, origin, remaining, verified=False)
            return
        if failure is not None:
            if failure in SWAP_FAILURES:
                attempt.sni_swap = await tls_handshake(
                    address, port, config.sni_swap_name, mapped_port=mapped, context=env.tls.unverified,
                    timeout=remaining(), policy=env.policy, origin=origin, step="sni_swap")
            return
        if endpoint.scheme == "tls":
            return

    attempt.http, attempt.throughput = await _http(endpoint, address, env, origin, remaining, verified=True)


async def _http(endpoint: Endpoint, address: str, env: SweepEnv, origin: float, remaining, *, verified: bool):  # type: ignore[no-untyped-def]
    config = env.config
    pinned_host = endpoint.host

    async def resolve(host: str) -> str:
        if host == pinned_host:
            return address
        return await env.resolve_for_connect(host)

    context = env.tls.verified if verified else env.tls.unverified
    client = make_client(resolve, env.policy, config.port_map, context, remaining(), config.user_agent)
    async with client:
        loop_deadline = asyncio.get_running_loop().time() + remaining()
        return await fetch(endpoint.url, client, address=address, deadline=loop_deadline,
                           max_redirects=config.max_redirects,
                           body_cap=config.throughput_cap if endpoint.throughput and verified else config.body_cap,
                           fingerprints=env.fingerprints, origin=origin, verified=verified,
                           measure_throughput=endpoint.throughput and verified)
