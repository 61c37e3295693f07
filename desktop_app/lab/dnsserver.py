"""The lab's resolvers: what the plain (ISP) and the DoH resolver answer, and the plain one's UDP/TCP server."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import dns.exception
import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

from desktop_app.lab.behaviour import BLOCKPAGE_HOST, BOGON_ADDRESS, Scenario
from desktop_app.lab.sockets import IDLE_TIMEOUT, close_stream

log = logging.getLogger(__name__)

TTL = 60
IPV6_ADDRESS = "::1"
MAX_TCP_QUERIES = 1000  # per connection, so one client cannot keep a task forever


@dataclass(frozen=True)
class DnsAnswer:
    action: str = "answer"  # "answer" | "drop" (never answer) | "garbage" (bytes that are not a DNS message)
    rcode: int = dns.rcode.NOERROR
    addresses: tuple[str, ...] = ()


DROP = DnsAnswer("drop")
GARBAGE = DnsAnswer("garbage")
NXDOMAIN = DnsAnswer(rcode=dns.rcode.NXDOMAIN)
EMPTY = DnsAnswer()


def _true_answer(scenario: Scenario, addresses: Mapping[str, str], name: str, rdtype: int,
                 v6: Mapping[str, str] | None) -> DnsAnswer:
    if rdtype == dns.rdatatype.A:
        return DnsAnswer(addresses=(addresses[name],))
    if rdtype == dns.rdatatype.AAAA and scenario.ipv6_host() == name:
        return DnsAnswer(addresses=(IPV6_ADDRESS,))
    if rdtype == dns.rdatatype.AAAA and scenario.ipv6_unrouted and v6 and name in v6:
        return DnsAnswer(addresses=(v6[name],))
    return EMPTY


def system_answer(scenario: Scenario, addresses: Mapping[str, str], name: str, rdtype: int, *,
                  edges: Mapping[str, str] | None = None, v6: Mapping[str, str] | None = None) -> DnsAnswer:
    """What the user's ISP resolver answers for name under scenario.

    edges: each host's second genuine edge (dns=other_edge answers it); v6: each host's unrouted IPv6 address
    (answered to every AAAA question while the scenario's ipv6_unrouted is on).
    """
    if scenario.resolver_dead:
        return DROP
    if name not in addresses:
        return NXDOMAIN
    b = scenario.behaviour(name)
    mode = b.dns
    if mode == "ok":
        return _true_answer(scenario, addresses, name, rdtype, v6)
    if mode == "other_edge":
        if rdtype == dns.rdatatype.A and edges and name in edges:
            return DnsAnswer(addresses=(edges[name],))
        return _true_answer(scenario, addresses, name, rdtype, v6)
    if mode == "nxdomain":
        return NXDOMAIN
    if mode == "empty":
        return EMPTY
    if mode == "refused":
        return DnsAnswer(rcode=dns.rcode.REFUSED)
    if mode == "servfail":
        return DnsAnswer(rcode=dns.rcode.SERVFAIL)
    if mode == "timeout":
        return DROP
    if mode == "garbage":
        return GARBAGE
    if rdtype != dns.rdatatype.A:
        return EMPTY  # forge and bogon answer A only, as sinkholing resolvers usually do
    if mode == "forge":
        target = b.forge_to or BLOCKPAGE_HOST
        return DnsAnswer(addresses=(addresses.get(target, target),))
    return DnsAnswer(addresses=(BOGON_ADDRESS,))  # bogon


def doh_answer(scenario: Scenario, addresses: Mapping[str, str], name: str, rdtype: int, *,
               v6: Mapping[str, str] | None = None) -> DnsAnswer:
    """What the independent (DoH) resolver answers: the truth, unless the scenario says otherwise."""
    if name not in addresses:
        return NXDOMAIN
    mode = scenario.behaviour(name).doh
    if mode == "nxdomain":
        return NXDOMAIN
    if mode == "timeout":
        return DROP
    return _true_answer(scenario, addresses, name, rdtype, v6)


Decide = Callable[[str, int], DnsAnswer]


def garbage_reply(query_id: int, rng: random.Random) -> bytes:
    """A reply with the query's id whose header promises five answers that are not there: never parseable."""
    header = query_id.to_bytes(2, "big") + bytes([0x81, 0x80, 0, 1, 0, 5, 0, 0, 0, 0])
    return header + rng.randbytes(20)


def reply(wire: bytes, decide: Decide, rng: random.Random) -> bytes | None:
    """The reply to one query message, or None to stay silent (not a query, or the scenario says so)."""
    try:
        query = dns.message.from_wire(wire)
    except (dns.exception.DNSException, ValueError, UnicodeError):
        return None
    if query.flags & dns.flags.QR:
        return None
    if len(query.question) != 1:
        response = dns.message.make_response(query)
        response.set_rcode(dns.rcode.FORMERR)
        return response.to_wire()
    question = query.question[0]
    name = question.name.to_text(omit_final_dot=True).lower()
    answer = decide(name, question.rdtype)
    if answer.action == "drop":
        return None
    if answer.action == "garbage":
        return garbage_reply(query.id, rng)
    response = dns.message.make_response(query)
    response.flags |= dns.flags.RA
    response.set_rcode(dns.rcode.Rcode(answer.rcode))
    if answer.addresses and question.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
        response.answer.append(dns.rrset.from_text_list(question.name, TTL, dns.rdataclass.IN, question.rdtype,
                                                        list(answer.addresses)))
    return response.to_wire()


class UdpResolver(asyncio.DatagramProtocol):
    """The plain resolver over UDP; answers are computed inline, so nothing queues up."""

    def __init__(self, decide: Decide, rng: random.Random) -> None:
        self._decide = decide
        self._rng = rng
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a datagram transport, whatever its class says

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            out = reply(data, self._decide, self._rng)
        except Exception:
            log.debug("dns: failed to answer a UDP query from %s", addr, exc_info=True)
            return
        if out is not None and self.transport is not None:
            self.transport.sendto(out, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("dns: UDP error %s", exc)


async def serve_tcp(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, decide: Decide,
                    rng: random.Random) -> None:
    """The plain resolver over TCP (RFC 7766 framing); a silent answer just leaves that query unanswered."""
    try:
        for _ in range(MAX_TCP_QUERIES):
            try:
                async with asyncio.timeout(IDLE_TIMEOUT):
                    size = int.from_bytes(await reader.readexactly(2), "big")
                    wire = await reader.readexactly(size)
            except (asyncio.IncompleteReadError, TimeoutError, OSError):
                return
            out = reply(wire, decide, rng)
            if out is not None:
                writer.write(len(out).to_bytes(2, "big") + out)
                await writer.drain()
    finally:
        await close_stream(writer)
