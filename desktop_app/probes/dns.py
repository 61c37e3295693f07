"""DNS step: the system resolver (what the ISP answers) and DNS-over-HTTPS resolvers (RFC 8484) to compare with."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import dns.asyncquery
import dns.exception
import dns.message
import dns.rcode
import dns.rdatatype
import dns.resolver
import httpx

from desktop_app.probes import failures
from desktop_app.probes.addresses import AddressPolicy, parse_address
from desktop_app.probes.observations import DnsResult, Timing

DOH_CONTENT_TYPE = "application/dns-message"
DOH_MAX_RESPONSE = 65535  # a DNS message never exceeds this; anything longer is hostile
SYSTEM = "system"

_RCODE_FAILURES = {
    dns.rcode.NXDOMAIN: failures.NXDOMAIN,
    dns.rcode.REFUSED: failures.REFUSED_DNS,
    dns.rcode.SERVFAIL: failures.SERVFAIL,
}


@dataclass(frozen=True)
class Nameserver:
    address: str
    port: int = 53

    def __str__(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{host}:{self.port}"


def parse_nameserver(text: str) -> Nameserver:
    """Parse "addr", "addr:port" or "[v6]:port"; the address must be a literal IP (it is the resolver itself)."""
    text = text.strip()
    host, port = text, 53
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest.startswith(":"):
            port = int(rest[1:])
    elif text.count(":") == 1:
        host, _, p = text.partition(":")
        port = int(p)
    if parse_address(host) is None:
        raise ValueError(f"resolver {text!r} is not an IP address (optionally with :port)")
    if not 0 < port < 65536:
        raise ValueError(f"resolver {text!r} has an invalid port")
    return Nameserver(host, port)


def system_nameservers(configured: Sequence[str] | None) -> tuple[Nameserver, ...]:
    """The resolvers to treat as "the system's": configured ones, else the operating system's own configuration."""
    if configured:
        return tuple(parse_nameserver(s) for s in configured)
    try:
        resolver = dns.resolver.Resolver(configure=True)
    except (dns.resolver.NoResolverConfiguration, OSError):
        return ()
    return tuple(Nameserver(str(ns), resolver.port) for ns in resolver.nameservers)


def _addresses(response: dns.message.Message) -> list[str]:
    out: list[str] = []
    for rrset in response.answer:
        if rrset.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
            out.extend(rr.address for rr in rrset)
    return out


def _combine(resolver: str, responses: list[dns.message.Message | BaseException], timing: Timing) -> DnsResult:
    """Merge the A and AAAA answers; the A query's outcome explains an empty result."""
    answers: list[str] = []
    rcode: str | None = None
    failure: str | None = None
    for item in responses:
        if isinstance(item, BaseException):
            failure = failure or failures.classify_exception(item)
            continue
        code = item.rcode()
        rcode = rcode or dns.rcode.to_text(code)
        if code in _RCODE_FAILURES:
            failure = failure or _RCODE_FAILURES[code]
        elif code != dns.rcode.NOERROR:
            failure = failure or failures.MISBEHAVING
        answers.extend(a for a in _addresses(item) if a not in answers)
    if answers:
        failure = None
    elif failure is None:
        failure = failures.NO_ANSWER
    return DnsResult(resolver=resolver, answers=tuple(answers), rcode=rcode, failure=failure, timing=timing)


async def query_system(host: str, nameservers: Sequence[Nameserver], *, timeout: float, policy: AddressPolicy,
                       origin: float) -> DnsResult:
    """Ask the system resolver(s) for A and AAAA; the first nameserver that answers at all decides."""
    start = time.monotonic()
    deadline = start + timeout
    last: list[dns.message.Message | BaseException] = [failures.StepFailed(failures.TIMEOUT)]
    if not nameservers:
        last = [failures.StepFailed(failures.NETWORK_UNREACHABLE, "no system resolver is configured")]
    for ns in nameservers:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            policy.check(ns.address)
        except failures.AddressNotAllowed as exc:
            last = [exc]
            continue
        last = list(await asyncio.gather(
            *(_udp(host, rdtype, ns, remaining) for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA)),
            return_exceptions=True,
        ))
        if any(isinstance(item, dns.message.Message) for item in last):
            break
    timing = Timing(start - origin, time.monotonic() - start)
    return _combine(SYSTEM, last, timing)


async def _udp(host: str, rdtype: dns.rdatatype.RdataType, ns: Nameserver, timeout: float) -> dns.message.Message:
    query = dns.message.make_query(host, rdtype)
    response, _ = await dns.asyncquery.udp_with_fallback(query, ns.address, timeout=timeout, port=ns.port)
    return response


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


async def query_doh(host: str, urls: Sequence[str], exchange: Callable[[str, str, dns.rdatatype.RdataType, float],
                    Awaitable[dns.message.Message]], *, timeout: float, origin: float) -> DnsResult:
    """Ask the independent resolvers in order; the first that gives an answer (even NXDOMAIN) is the reference."""
    start = time.monotonic()
    deadline = start + timeout
    result = DnsResult(resolver=urls[0] if urls else "doh", failure=failures.TIMEOUT)
    for url in urls:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        responses = list(await asyncio.gather(
            *(exchange(url, host, rdtype, remaining) for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA)),
            return_exceptions=True,
        ))
        result = _combine(url, responses, Timing())
        if any(isinstance(r, dns.message.Message) for r in responses):
            break
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result
