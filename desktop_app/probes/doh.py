"""DNS-over-HTTPS (RFC 8484): the independent resolvers a system answer is compared with, one connection each."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

import dns.message
import dns.rdatatype
import httpx

from desktop_app.probes import failures
from desktop_app.probes.dns import combine_answers
from desktop_app.probes.observations import DnsResult, Timing

DOH_CONTENT_TYPE = "application/dns-message"
DOH_MAX_RESPONSE = 65535  # a DNS message never exceeds this; anything longer is hostile
# A connection that failed (refused, reset, closed) is opened again once if time is left; a timeout is not retried.
CONNECTION_FAILURES = (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
# The first exchange of a sweep is also asked on a fresh connection once this share of its time (1/4) has passed.
FRESH_AFTER = 4


async def doh_exchange(client: httpx.AsyncClient, url: str, host: str, rdtype: dns.rdatatype.RdataType,
                       timeout: float) -> dns.message.Message:
    """One RFC 8484 POST; the response body is read with a cap so a hostile server cannot exhaust memory."""
    query = dns.message.make_query(host, rdtype)
    query.id = 0  # RFC 8484 §4.1: id 0 keeps answers cacheable
    headers = {"content-type": DOH_CONTENT_TYPE, "accept": DOH_CONTENT_TYPE}
    async with asyncio.timeout(timeout):
        async with client.stream("POST", url, content=query.to_wire(), headers=headers,
                                 timeout=timeout) as response:
            if response.status_code != 200:
                raise failures.StepFailed(failures.MISBEHAVING, f"DoH answered HTTP {response.status_code}")
            body = bytearray()
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > DOH_MAX_RESPONSE:
                    raise failures.StepFailed(failures.MISBEHAVING, "DoH response is larger than any DNS message")
    return dns.message.from_wire(bytes(body))


class DohResolver:
    """One independent resolver for one sweep.

    The sweep's first exchange opens the connection alone and every later one waits for it, so that a sweep
    shares one HTTP/2 connection per resolver instead of opening dozens at once (each a TLS handshake a lossy
    link may lose). Once the first exchange has ended, whatever its outcome, the rest go concurrently.

    The first exchange may lose its connection's opening packets, and a lost SYN is resent only after 1 s, then
    3 s. So when it has no answer after a quarter of its time, the same question is also asked on a fresh
    connection, without cutting the first: the first answer wins, its connection is the one the sweep shares,
    and the other is closed.
    """

    def __init__(self, url: str, new_client: Callable[[], httpx.AsyncClient]) -> None:
        self.url = url
        self._new_client = new_client
        self.client = new_client()
        self.retries = 0  # connections opened again after a connection failure
        self.fresh = 0  # opening exchanges also asked on a fresh connection
        self._opened = asyncio.Event()
        self._opening = False

    async def exchange(self, host: str, rdtype: dns.rdatatype.RdataType, timeout: float,
                       fresh: bool = False) -> dns.message.Message:
        """One question; `fresh` (a repeat after an answer was lost) also asks it on a new connection at once."""
        deadline = time.monotonic() + timeout
        if not self._opened.is_set():
            if self._opening:
                async with asyncio.timeout(timeout):
                    await self._opened.wait()
            else:
                self._opening = True
                try:
                    return await self._open(host, rdtype, deadline)
                finally:
                    self._opened.set()
        if fresh:
            return await self._race(host, rdtype, deadline)
        return await self._with_retry(self.client, host, rdtype, deadline)

    async def _race(self, host: str, rdtype: dns.rdatatype.RdataType, deadline: float) -> dns.message.Message:
        """The shared connection may be the one losing (a stalled stream waits for TCP's retransmissions): ask
        on it and on a fresh connection together; the first answer wins and the fresh one is closed."""
        self.fresh += 1
        other = self._new_client()
        try:
            _, answer = await _first_answer([asyncio.ensure_future(self._with_retry(c, host, rdtype, deadline))
                                             for c in (self.client, other)])
            return answer
        finally:
            await other.aclose()

    async def _open(self, host: str, rdtype: dns.rdatatype.RdataType, deadline: float) -> dns.message.Message:
        clients = [self.client]
        tasks = [asyncio.ensure_future(self._with_retry(self.client, host, rdtype, deadline))]
        try:
            done, _ = await asyncio.wait(tasks, timeout=(deadline - time.monotonic()) / FRESH_AFTER)
            if not done and deadline > time.monotonic():
                self.fresh += 1
                clients.append(self._new_client())
                tasks.append(asyncio.ensure_future(self._with_retry(clients[1], host, rdtype, deadline)))
            index, answer = await _first_answer(tasks)
            self.client = clients[index]  # the connection that answered is the one the sweep shares
            return answer
        finally:
            await _cancel(tasks)
            for client in clients:
                if client is not self.client:
                    await client.aclose()

    async def _with_retry(self, client: httpx.AsyncClient, host: str, rdtype: dns.rdatatype.RdataType,
                          deadline: float) -> dns.message.Message:
        try:
            return await doh_exchange(client, self.url, host, rdtype, max(0.0, deadline - time.monotonic()))
        except CONNECTION_FAILURES:
            left = deadline - time.monotonic()
            if left <= 0:
                raise
            self.retries += 1
            return await doh_exchange(client, self.url, host, rdtype, left)

    async def aclose(self) -> None:
        await self.client.aclose()


async def _first_answer(tasks: Sequence[asyncio.Future[dns.message.Message]]) -> tuple[int, dns.message.Message]:
    """The first of the tasks to answer and its index, else the first task's failure; the others are cancelled."""
    try:
        pending = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception() is None:
                    return tasks.index(task), task.result()
        return 0, tasks[0].result()
    finally:
        await _cancel(tasks)


async def _cancel(tasks: Sequence[asyncio.Future[dns.message.Message]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def query_doh(host: str, resolvers: Sequence[DohResolver], *, timeout: float, origin: float,
                    fresh: bool = False) -> DnsResult:
    """Ask the independent resolvers in order; the first that gives an answer (even NXDOMAIN) is the reference."""
    start = time.monotonic()
    deadline = start + timeout
    result = DnsResult(resolver=resolvers[0].url if resolvers else "doh", failure=failures.TIMEOUT)
    for resolver in resolvers:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        responses = list(await asyncio.gather(
            *(resolver.exchange(host, rdtype, remaining, fresh) for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA)),
            return_exceptions=True,
        ))
        result = combine_answers(resolver.url, responses, Timing())
        if any(isinstance(r, dns.message.Message) for r in responses):
            break
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result
