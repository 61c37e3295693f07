"""The lookup applications make: one getaddrinfo through the operating system, recorded beside the direct UDP query.

OONI's analysis reads the operating system's answer (engine "getaddrinfo", query type ANY): it is what a browser
or an app gets, caches and hosts files included. It is asked once, never repeated, and its failure comes from
getaddrinfo's own error code (EAI_NONAME is the resolver's NXDOMAIN, as OONI's probes map it).

Where the engine may only reach some networks (the lab), the real getaddrinfo would ask the computer's own
resolver, outside them, so it is never called there. The lab asks its resolver instead the way the system's stub
resolver would (A and AAAA once each, merged), and records that as resolver "getaddrinfo_lab".
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Sequence

import dns.asyncquery
import dns.message
import dns.rcode
import dns.rdatatype

from desktop_app.probes import failures
from desktop_app.probes.addresses import AddressPolicy
from desktop_app.probes.dns import Nameserver
from desktop_app.probes.observations import DnsResult, Timing

GETADDRINFO = "getaddrinfo"
LAB_STUB = "getaddrinfo_lab"
MODES = ("getaddrinfo", "stub", "off")

# getaddrinfo's error codes -> df-007 (ooni/probe-cli netxlite's mapping)
_EAI = {
    getattr(socket, "EAI_NONAME", None): failures.NXDOMAIN,
    getattr(socket, "EAI_NODATA", None): failures.NO_ANSWER,
    getattr(socket, "EAI_AGAIN", None): "dns_temporary_failure",
    getattr(socket, "EAI_FAIL", None): "dns_non_recoverable_failure",
}
_RCODES = {dns.rcode.NXDOMAIN: failures.NXDOMAIN, dns.rcode.REFUSED: failures.REFUSED_DNS,
           dns.rcode.SERVFAIL: failures.SERVFAIL}


def gai_failure(exc: BaseException) -> str:
    """The df-007 failure string for what getaddrinfo raised."""
    if isinstance(exc, socket.gaierror):
        return _EAI.get(exc.errno) or failures.MISBEHAVING
    return failures.classify_exception(exc)


def _unique(addresses: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(addresses))


async def getaddrinfo_lookup(host: str, *, timeout: float, origin: float) -> DnsResult:
    """One getaddrinfo for host (any family, stream sockets), as applications make it; never raises."""
    start = time.monotonic()
    loop = asyncio.get_running_loop()
    result = DnsResult(resolver=GETADDRINFO)
    try:
        async with asyncio.timeout(timeout):
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        result.answers = _unique([str(info[4][0]) for info in infos])
        if not result.answers:
            result.failure = failures.NO_ANSWER
    except Exception as exc:  # noqa: BLE001 - every failure is a result
        result.failure = gai_failure(exc)
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result


async def stub_lookup(host: str, nameservers: Sequence[Nameserver], policy: AddressPolicy, *, timeout: float,
                      origin: float) -> DnsResult:
    """What the system's stub resolver would get from the first configured nameserver: A and AAAA once each."""
    start = time.monotonic()
    result = DnsResult(resolver=LAB_STUB)
    try:
        if not nameservers:
            raise failures.StepFailed(failures.NETWORK_UNREACHABLE, "no resolver is configured")
        ns = nameservers[0]
        policy.check(ns.address)
        responses = await asyncio.gather(*(
            dns.asyncquery.udp(dns.message.make_query(host, rdtype), ns.address, timeout=timeout, port=ns.port)
            for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA)), return_exceptions=True)
        answers: list[str] = []
        for response in responses:
            if isinstance(response, BaseException):
                result.failure = result.failure or failures.classify_exception(response)
                continue
            code = response.rcode()
            result.rcode = result.rcode or dns.rcode.to_text(code)
            if code != dns.rcode.NOERROR:
                result.failure = result.failure or _RCODES.get(code, failures.MISBEHAVING)
            answers += [rr.address for rrset in response.answer
                        if rrset.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA) for rr in rrset]
        result.answers = _unique(answers)
        if result.answers:
            result.failure = None
        elif result.failure is None:
            result.failure = failures.NO_ANSWER
    except Exception as exc:  # noqa: BLE001 - every failure is a result
        result.failure = failures.classify_exception(exc)
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result


async def os_lookup(host: str, mode: str, *, restricted: bool, nameservers: Sequence[Nameserver],
                    policy: AddressPolicy, timeout: float, origin: float) -> DnsResult | None:
    """The operating system's lookup for host per `mode`; None when it is off, or when the real getaddrinfo was
    asked for but the engine is `restricted` (limited to some networks, as in the lab, or given resolvers other
    than the system's): the operating system's resolver could then be somewhere the engine must not reach."""
    if mode == "getaddrinfo" and not restricted:
        return await getaddrinfo_lookup(host, timeout=timeout, origin=origin)
    if mode == "stub":
        return await stub_lookup(host, nameservers, policy, timeout=timeout, origin=origin)
    return None
