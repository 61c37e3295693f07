"""One try at one endpoint: DNS, then TCP, TLS, HTTP and throughput in order, each bounded by the deadline.

A step that fails in a way that would accuse someone is repeated at once, before the flow goes on: twice when the
failure is silence (a timeout, which a lossy link causes by itself), once otherwise (an RST, NXDOMAIN, a forged
answer, a blockpage). When a repeat succeeds, the flow goes on from it. The repeats of one step run at the same
time, so confirming costs one step's time, not two, and fits the sweep's budget.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from desktop_app.probes import failures
from desktop_app.probes.addresses import parse_address
from desktop_app.probes.catalogue.model import Endpoint
from desktop_app.probes.environment import SweepEnv
from desktop_app.probes.http import fetch, make_client
from desktop_app.probes.observations import Attempt, DnsResult, HttpResult, Step, TcpResult, ThroughputResult, TlsResult
from desktop_app.probes.tcp import tcp_connect, tcp_linger
from desktop_app.probes.tls import tls_handshake

LINGER_WAIT = 0.3  # seconds a tcp:// endpoint is watched for a reset right after connecting
SWAP_FAILURES = frozenset({failures.RESET, failures.EOF, failures.TIMEOUT, failures.FAILED_HANDSHAKE})
SWAP_TRIES = 2  # an SNI swap that times out is tried once more: on a lossy link the decoy can stall too

Remaining = Callable[[], float]


def repeats_wanted(failure: str | None) -> int:
    """How many repeats a failure needs before a blocking verdict may rest on it."""
    if failure is None or failure in failures.LOCAL_FAILURES:
        return 0
    return 2 if failure in failures.LOSS_POSSIBLE else 1


def tcp_failure(results: list[TcpResult]) -> str | None:
    """The failure a set of connects shares, for confirming: silence when all timed out, else the first reset."""
    found = [t.failure for t in results if t.failure is not None and t.failure not in failures.LOCAL_FAILURES]
    if not found or any(t.ok for t in results):
        return None
    return next((f for f in found if f not in failures.LOSS_POSSIBLE), found[0])


def choose_addresses(system: DnsResult | None, doh: DnsResult | None, env: SweepEnv) -> list[str]:
    """The addresses to connect to: the system resolver's (what the user's apps would use), never a bogon.

    When the system resolver failed, the independent resolver's answer is used instead, to show whether the
    platform itself would be reachable with other DNS.
    """
    for result in (system, doh):
        if result is not None and result.ok:
            return [a for a in result.answers if not env.policy.is_bogon(a)]  # bogon-only stops here: never contacted
    return []


def _by_family(addresses: list[str], per_family: int) -> list[list[str]]:
    v4 = [a for a in addresses if (ip := parse_address(a)) is not None and ip.version == 4][:per_family]
    v6 = [a for a in addresses if (ip := parse_address(a)) is not None and ip.version == 6][:per_family]
    return [v4, v6]


class _Flow:
    """The steps of one attempt, sharing the endpoint, the sweep's environment and the time left."""

    def __init__(self, endpoint: Endpoint, env: SweepEnv, deadline: float, attempt: Attempt) -> None:
        self.endpoint = endpoint
        self.env = env
        self.config = env.config
        self.deadline = deadline
        self.attempt = attempt
        self.origin = time.monotonic()
        self.confirm = env.config.confirm

    def remaining(self) -> float:
        return max(0.0, min(self.config.timeout, self.deadline - time.monotonic()))

    def begins(self, step: str) -> None:
        """Tell the sweep which step this endpoint now waits for (what its progress shows while it hangs)."""
        self.env.inflight.begin(self.attempt, self.endpoint.host, step, self.remaining())

    async def repeat(self, step: str, times: int, once: Callable[[], Awaitable[list[Step]]],
                     success: Callable[[Step], bool] = lambda r: r.ok) -> Step | None:
        """Repeat a step `times` times at once; record each repeat; the first successful result, if any."""
        if times <= 0 or not self.confirm or self.remaining() <= 0:
            return None
        self.begins(step)
        outcomes = await asyncio.gather(*(once() for _ in range(times)))
        found: Step | None = None
        for results in outcomes:
            self.attempt.add_repeat(step, results)
            if found is None:
                found = next((r for r in results if success(r)), None)
        if found is not None:
            self.attempt.recovered[step] = found
        return found

    # ----------------------------------------------------------------------------------------------- steps

    async def system_dns(self) -> DnsResult:
        return await self.env.system_dns(self.endpoint.host, self.remaining(), self.origin)

    async def dns(self) -> None:
        self.begins("dns")
        a = self.attempt
        system, doh, a.dns_os = await asyncio.gather(
            self.system_dns(), self.env.doh_dns(self.endpoint.host, self.remaining(), self.origin),
            self.env.os_dns(self.endpoint.host, self.remaining(), self.origin))
        a.dns_system, a.dns_doh = system, doh
        if not system.ok:
            times = repeats_wanted(system.failure)
        elif all(self.env.policy.is_bogon(x) for x in system.answers):
            times = 1  # a sinkhole answer is deliberate: one repeat
        else:
            return
        if doh is not None and doh.ok:
            await self.repeat("dns", times, self._dns_once, self._usable_answer)
        elif doh is not None and doh.failure in failures.LOSS_POSSIBLE:
            # The reference itself was lost (its connection's first packets, on a lossy link): ask it once more
            # while the system lookup is repeated, so the comparison a verdict needs still fits one step's time.
            await asyncio.gather(self.repeat("doh", 1, self._doh_once),
                                 self.repeat("dns", times, self._dns_once, self._usable_answer))
            await self.doh_again()
        # Otherwise nothing to compare with: no accusation can follow, so nothing to confirm.

    async def settle_dns(self) -> None:
        """The flow failed after DNS: whether the system answer is to blame depends on DoH's, so have one.

        A DoH lookup lost on the way is asked once more; a system answer that then disagrees with DoH's and led
        nowhere is asked once more too (a deliberate answer, so one repeat).
        """
        self.begins("dns")
        doh = self.attempt.doh
        if doh is not None and doh.failure in failures.LOSS_POSSIBLE and not self.attempt.repeats("doh"):
            await self.repeat("doh", 1, self._doh_once)
        await self.doh_again()
        if _disagrees(self.attempt, self.env) and not self.attempt.repeats("dns"):
            await self.repeat("dns", 1, self._dns_once, self._usable_answer)

    async def doh_again(self) -> None:
        """The reference lost on the way twice (3 % loss on a 2 s step does that about once in a hundred sweeps),
        where a verdict needs it (the system lookup failed, or its answer led nowhere): ask it a last time, within
        the endpoint's time. Without it a real DNS block reads as inconclusive, or forged DNS as what it led to."""
        doh = self.attempt.doh
        if doh is not None and doh.failure in failures.LOSS_POSSIBLE and len(self.attempt.repeats("doh")) == 1:
            await self.repeat("doh", 1, self._doh_once)

    async def _dns_once(self) -> list[Step]:
        return [await self.system_dns()]

    async def _doh_once(self) -> list[Step]:
        return [await self.env.doh_dns(self.endpoint.host, self.remaining(), self.origin, fresh=True)]

    def _usable_answer(self, result: Step) -> bool:
        """A repeat of the system lookup succeeds when it gives public addresses DoH would also give."""
        doh = self.attempt.doh
        return (isinstance(result, DnsResult) and result.ok
                and not all(self.env.policy.is_bogon(x) for x in result.answers)
                and (doh is None or not doh.ok or bool(set(result.answers) & set(doh.answers))))

    async def connect(self, batch: list[str]) -> list[TcpResult]:
        endpoint, config = self.endpoint, self.config
        return list(await asyncio.gather(*(
            tcp_connect(a, endpoint.port, mapped_port=config.mapped_port(endpoint.port), timeout=self.remaining(),
                        policy=self.env.policy, origin=self.origin) for a in batch)))

    async def tcp(self, addresses: list[str]) -> None:
        """First address of each family at once; the next ones only when every earlier one failed; then repeats."""
        self.begins("tcp")
        a = self.attempt
        families = _by_family(addresses, self.config.addresses_per_family)
        for rank in range(self.config.addresses_per_family):
            batch = [fam[rank] for fam in families if len(fam) > rank]
            if not batch or self.remaining() <= 0:
                break
            a.tcp.extend(await self.connect(batch))
            if any(r.ok for r in a.tcp):
                return
        failure = tcp_failure(a.tcp)
        firsts = [fam[0] for fam in families if fam and any(t.address == fam[0] and t.failure not in
                                                           failures.LOCAL_FAILURES for t in a.tcp)]

        async def once() -> list[Step]:
            return list(await self.connect(firsts))

        if firsts:
            await self.repeat("tcp", repeats_wanted(failure), once)

    async def linger(self, address: str) -> None:
        endpoint, config = self.endpoint, self.config

        async def observe() -> TcpResult:
            return await tcp_linger(address, endpoint.port, mapped_port=config.mapped_port(endpoint.port),
                                    wait=min(LINGER_WAIT, self.remaining()), timeout=self.remaining(),
                                    policy=self.env.policy, origin=self.origin)

        async def once() -> list[Step]:
            return [await observe()]

        self.begins("tcp_linger")
        self.attempt.linger = first = await observe()
        if first.failure == failures.RESET:
            await self.repeat("tcp_linger", 1, once)

    async def handshake(self, address: str, sni: str, *, verified: bool, step: str) -> TlsResult:
        endpoint, config = self.endpoint, self.config
        context = self.env.tls.verified if verified else self.env.tls.unverified
        return await tls_handshake(address, endpoint.port, sni, mapped_port=config.mapped_port(endpoint.port),
                                   context=context, timeout=self.remaining(), policy=self.env.policy,
                                   origin=self.origin, step=step)

    async def tls(self, address: str) -> bool:
        """The handshake with the real name; on failure, its repeats and the SNI swap. True when the flow goes on."""
        self.begins("tls")
        a, endpoint = self.attempt, self.endpoint
        a.tls = await self.handshake(address, endpoint.host, verified=True, step="tls")
        failure = a.tls.failure
        if failure is None:
            return True

        async def again() -> list[Step]:
            return [await self.handshake(address, endpoint.host, verified=True, step="tls")]

        async def unverified_once() -> list[Step]:
            result, _ = await self.http(address, verified=False)
            return [result]

        if failure in failures.CERTIFICATE_FAILURES:
            async def unverified() -> None:
                a.tls_unverified = await self.handshake(address, endpoint.host, verified=False, step="tls_unverified")
                if endpoint.scheme == "https":
                    a.http_unverified, _ = await self.http(address, verified=False)
                    if a.http_unverified.status is None and a.http_unverified.failure in failures.LOSS_POSSIBLE:
                        # What the interceptor serves tells a blockpage from a plain interception: one lost
                        # fetch must not decide it.
                        await self.repeat("http_unverified", 1, unverified_once)

            await asyncio.gather(self.repeat("tls", 1, again), unverified())
            return a.final_tls is not None and a.final_tls.ok
        if failure not in SWAP_FAILURES:
            await self.repeat("tls", repeats_wanted(failure), again)
            return a.final_tls is not None and a.final_tls.ok
        await asyncio.gather(self.repeat("tls", repeats_wanted(failure), again), self.sni_swap(address))
        return a.final_tls is not None and a.final_tls.ok

    async def sni_swap(self, address: str) -> None:
        """The same address with an innocuous name: completes when only the name is being filtered."""
        a = self.attempt
        a.sni_swap = await self.handshake(address, self.config.sni_swap_name, verified=False, step="sni_swap")
        if a.sni_swap.failure != failures.TIMEOUT:
            return

        async def once() -> list[Step]:
            return [await self.handshake(address, self.config.sni_swap_name, verified=False, step="sni_swap")]

        await self.repeat("sni_swap", SWAP_TRIES - 1, once)

    async def http(self, address: str, *, verified: bool,
                   throughput: bool = False) -> tuple[HttpResult, ThroughputResult | None]:
        endpoint, config, env = self.endpoint, self.config, self.env

        async def resolve(host: str) -> str:
            return address if host == endpoint.host else await env.resolve_for_connect(host)

        context = env.tls.verified if verified else env.tls.unverified
        client = make_client(resolve, env.policy, config.port_map, context, self.remaining(), config.user_agent,
                             receive_buffer=config.throughput_cap if throughput else config.body_cap)
        async with client:
            loop_deadline = asyncio.get_running_loop().time() + self.remaining()
            return await fetch(endpoint.url, client, address=address, deadline=loop_deadline,
                               max_redirects=config.max_redirects,
                               body_cap=config.throughput_cap if throughput else config.body_cap,
                               fingerprints=env.fingerprints, origin=self.origin, verified=verified,
                               measure_throughput=throughput)

    async def fetch(self, address: str) -> None:
        self.begins("http")
        a, endpoint = self.attempt, self.endpoint
        measure = endpoint.throughput and self.config.measure_throughput
        a.http, a.throughput = await self.http(address, verified=True, throughput=measure)
        http = a.http
        times = 0
        if http.blockpage is not None:
            times = 1
        elif http.failure is not None and http.status is None:
            times = repeats_wanted(http.failure)

        async def once() -> list[Step]:
            result, _ = await self.http(address, verified=True)
            return [result]

        await self.repeat("http", times, once)


async def run_attempt(endpoint: Endpoint, env: SweepEnv, deadline: float, attempt: Attempt) -> None:
    """Fill attempt step by step (so a caller that times us out keeps what was observed)."""
    flow = _Flow(endpoint, env, deadline, attempt)
    await flow.dns()
    addresses = choose_addresses(attempt.system, attempt.doh, env)
    if not addresses:
        return
    await flow.tcp(addresses)
    connected = attempt.connected
    if connected is None:
        await flow.settle_dns()
        return
    address = connected.address
    if endpoint.scheme == "tcp":
        await flow.linger(address)
        return
    if endpoint.uses_tls:
        goes_on = await flow.tls(address)
        if not goes_on:
            await flow.settle_dns()
            return
        if endpoint.scheme == "tls":
            return
    await flow.fetch(address)


def _disagrees(attempt: Attempt, env: SweepEnv) -> bool:
    system, doh = attempt.system, attempt.doh
    return (system is not None and system.ok and doh is not None and doh.ok
            and not set(system.answers) & set(doh.answers))
