"""DNS step, the system resolver: what the ISP answers, asked over UDP the way a stub resolver asks, losses and all."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.resolver

from desktop_app.probes import failures, traffic
from desktop_app.probes.addresses import AddressPolicy, parse_address
from desktop_app.probes.observations import DnsResult, Timing

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


def combine_answers(resolver: str, responses: list[dns.message.Message | BaseException], timing: Timing) -> DnsResult:
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


# Seconds between transmissions of one question, as stub resolvers and dig do: resend after 1 s, then 2 s, 4 s...
# Only silence after every transmission is a timeout: one lost datagram on a lossy link never is.
RETRANSMIT_GAPS = (1.0, 2.0, 4.0, 8.0)
MAX_DATAGRAM = 65535


@dataclass
class QueryLog:
    """One question's transmissions (ms after the step began) and which one was answered (index), for evidence."""

    rdtype: str
    sent: list[float] = field(default_factory=list)
    answered: int | None = None
    via: str = "udp"  # "tcp" when the UDP answer was truncated

    def json(self) -> dict[str, object]:
        out: dict[str, object] = {"type": self.rdtype, "sent_ms": [round(t * 1000, 1) for t in self.sent]}
        if self.answered is not None:
            out["answered"] = self.answered
        if self.via != "udp":
            out["via"] = self.via
        return out


async def query_system(host: str, nameservers: Sequence[Nameserver], *, timeout: float, policy: AddressPolicy,
                       origin: float) -> DnsResult:
    """Ask the system resolver(s) for A and AAAA; the first nameserver that answers at all decides."""
    start = time.monotonic()
    deadline = start + timeout
    last: list[dns.message.Message | BaseException] = [failures.StepFailed(failures.TIMEOUT)]
    logs: list[QueryLog] = []
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
        logs = [QueryLog(dns.rdatatype.to_text(t)) for t in (dns.rdatatype.A, dns.rdatatype.AAAA)]
        last = list(await asyncio.gather(
            *(exchange_udp(dns.message.make_query(host, dns.rdatatype.from_text(log.rdtype)), ns, remaining, log,
                           start) for log in logs),
            return_exceptions=True,
        ))
        if any(isinstance(item, dns.message.Message) for item in last):
            break
    timing = Timing(start - origin, time.monotonic() - start)
    result = combine_answers(SYSTEM, last, timing)
    result.queries = tuple(log.json() for log in logs)
    return result


async def exchange_udp(query: dns.message.Message, ns: Nameserver, timeout: float, log: QueryLog,
                       began: float) -> dns.message.Message:
    """Send query over UDP, resending the same question on silence, until an answer or timeout; TCP if truncated.

    Each transmission gets its own message id, so the log can say which one was answered. A reply that does not
    parse, from the resolver's own address, is the resolver's answer (a failure), as it is for any stub resolver.
    """
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in ns.address else socket.AF_INET
    deadline = time.monotonic() + timeout
    sent: dict[int, int] = {}  # message id -> transmission index
    meter = traffic.current()
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.setblocking(False)
        try:
            sock.connect((ns.address, ns.port))  # only the resolver's replies are delivered; no packet is sent
        except OSError as exc:
            raise _local(exc) from exc
        receiver: asyncio.Future[dns.message.Message] = asyncio.ensure_future(_receive(loop, sock, query, sent))
        try:
            for gap in (0.0, *RETRANSMIT_GAPS):
                if gap:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    done, _ = await asyncio.wait({receiver}, timeout=min(gap, left))
                    if done:
                        break
                message = dns.message.make_query(query.question[0].name, query.question[0].rdtype)
                while message.id in sent:
                    message.id = (message.id + 1) & 0xFFFF
                sent[message.id] = len(log.sent)
                log.sent.append(time.monotonic() - began)
                wire = message.to_wire()
                try:
                    await loop.sock_sendall(sock, wire)
                except OSError as exc:
                    raise _local(exc) from exc
                if meter is not None:
                    meter.datagram(family, sent=len(wire))
            left = deadline - time.monotonic()
            if not receiver.done() and left > 0:
                await asyncio.wait({receiver}, timeout=left)
            if not receiver.done():
                raise failures.StepFailed(failures.TIMEOUT, f"no answer to {len(log.sent)} transmissions")
            response = receiver.result()
        finally:
            if not receiver.done():
                receiver.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await receiver
    log.answered = sent.get(response.id)
    if response.flags & dns.flags.TC:
        log.via = "tcp"
        left = deadline - time.monotonic()
        if left <= 0:
            raise failures.StepFailed(failures.TIMEOUT, "the answer was truncated and no time was left for TCP")
        response = await dns.asyncquery.tcp(query, ns.address, timeout=left, port=ns.port)
    return response


async def _receive(loop: asyncio.AbstractEventLoop, sock: socket.socket, query: dns.message.Message,
                   sent: dict[int, int]) -> dns.message.Message:
    """The first datagram that answers one of our transmissions (same id and question); others are ignored."""
    while True:
        try:
            wire = await loop.sock_recv(sock, MAX_DATAGRAM)
        except ConnectionRefusedError as exc:  # an ICMP port unreachable: nothing listens there
            raise failures.StepFailed(failures.REFUSED, "the resolver's port is closed") from exc
        meter = traffic.current()
        if meter is not None:
            meter.datagram(sock.family, received=len(wire))
        if len(wire) >= 2 and int.from_bytes(wire[:2], "big") not in sent:
            continue  # a late or stray reply to someone else
        response = dns.message.from_wire(wire)  # a garbled answer is the resolver's answer: it raises
        if response.question and response.question[0].name == query.question[0].name \
                and response.question[0].rdtype == query.question[0].rdtype:
            return response


def _local(exc: OSError) -> OSError:
    """A send error raised by this computer itself (firewall, no route) names itself as local."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EPERM, errno.EACCES):
        return failures.StepFailed(failures.LOCAL_REFUSED, f"this computer refused to send the query ({exc})")
    if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return failures.StepFailed(failures.LOCAL_NO_ROUTE, f"this computer has no route to the resolver ({exc})")
    return exc
