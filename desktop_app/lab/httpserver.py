"""A small HTTP/1.1 server that answers like a healthy site, a lab service, or a censor (hostile answers included)."""

from __future__ import annotations

import asyncio
import base64
import binascii
import http
import json
import random
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qs, urlsplit

import dns.exception
import dns.message

from desktop_app.lab import pages
from desktop_app.lab.behaviour import (
    BLOCKPAGE_HOST,
    DOH_HOST,
    INJECT_REDIRECT_HOST,
    IP_LOOKUP_HOST,
    PORTAL_HOST,
    HostBehaviour,
)
from desktop_app.lab.dnsserver import DnsAnswer, reply
from desktop_app.lab.sockets import HOLD_LIMIT, IDLE_TIMEOUT, close_stream
from desktop_app.probes.catalogue.model import Endpoint

DOH_PATH = "/dns-query"
DOH_CONTENT_TYPE = "application/dns-message"
IP_LOOKUP_PATH = "/json"
MAX_REQUEST_BODY = 65535  # a DoH query never exceeds this; nothing else the lab serves takes a body
MAX_HEADERS = 100
MAX_REQUESTS = 1000  # per keep-alive connection
CHUNK = 64 * 1024
ENDLESS_CHUNK = 16 * 1024
DRIP_INTERVAL = 0.5
THROTTLE_TICKS = 20  # throttled bodies go out in this many pieces per second


class Site(Protocol):
    """What the HTTP server needs from the lab: behaviours, the catalogue's endpoints and the DoH resolver."""

    identity: Mapping[str, object]
    pattern: bytes  # filler for asset bodies, at least CHUNK bytes long
    rng: random.Random

    def behaviour(self, host: str) -> HostBehaviour: ...

    def endpoint(self, host: str, target: str) -> Endpoint | None: ...

    def doh_decide(self, name: str, rdtype: int) -> DnsAnswer: ...


class BadRequest(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    version: str
    headers: dict[str, str]  # names lower-cased; a repeated header keeps its last value
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path or "/"

    @property
    def origin_target(self) -> str:
        """The target in origin form (path and query), whatever form the client sent."""
        parts = urlsplit(self.target)
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    @property
    def keep_alive(self) -> bool:
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    asset_size: int | None = None  # stream this many filler bytes instead of body
    stall: bool = False  # say nothing at all until the client gives up


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """One request (head, and a body only up to MAX_REQUEST_BODY); None when the client closed first."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            return None
        raise BadRequest(400) from None
    except asyncio.LimitOverrunError:
        raise BadRequest(431) from None
    lines = head[:-4].decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[1] or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
        raise BadRequest(400)
    if len(lines) - 1 > MAX_HEADERS:
        raise BadRequest(431)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(400)
        headers[name.lower()] = value.strip()
    if "transfer-encoding" in headers:
        raise BadRequest(411)  # the lab takes no streamed request bodies
    body = b""
    length_text = headers.get("content-length")
    if length_text is not None:
        if not length_text.isdigit():
            raise BadRequest(400)
        length = int(length_text)
        if length > MAX_REQUEST_BODY:
            raise BadRequest(413)
        body = await reader.readexactly(length)
    return Request(method=parts[0], target=parts[1], version=parts[2], headers=headers, body=body)


def _head(status: int, *, content_type: str | None, length: int | None, keep_alive: bool,
          extra: tuple[tuple[str, str], ...] = (), chunked: bool = False) -> bytes:
    lines = [f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}", "Server: vantage-lab"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    elif length is not None and status != 204:
        lines.append(f"Content-Length: {length}")
    lines.append(f"Connection: {'keep-alive' if keep_alive else 'close'}")
    lines.extend(f"{k}: {v}" for k, v in extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _send(writer: asyncio.StreamWriter, data: bytes) -> None:
    """Write and wait for the buffer to drain; raise once the client is gone (never write to a dead socket)."""
    if writer.is_closing():
        raise ConnectionResetError("the client went away")
    writer.write(data)
    await writer.drain()
    # drain() returns without yielding while the buffer is low, and a TLS transport whose socket died keeps
    # accepting writes until connection_lost runs: yield, so an endless writer can neither spin nor starve the loop.
    await asyncio.sleep(0)


async def _wait_for_close(reader: asyncio.StreamReader) -> None:
    """Stay silent, discarding input, until the client closes (bounded by HOLD_LIMIT)."""
    try:
        async with asyncio.timeout(HOLD_LIMIT):
            while await reader.read(4096):
                pass
    except (TimeoutError, OSError, ssl.SSLError):
        pass


def _redirect(location: str) -> Reply:
    return Reply(302, b"", content_type=None, headers=(("Location", location),))


def _not_found(request: Request) -> Reply:
    return Reply(404, pages.not_found_page(request.path))


def _doh(request: Request, site: Site) -> Reply:
    """RFC 8484: a DNS message by POST (body) or GET (?dns=base64url), answered by the lab's DoH resolver."""
    if request.path != DOH_PATH:
        return _not_found(request)
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != DOH_CONTENT_TYPE:
            return Reply(415, b"expected application/dns-message\n", content_type="text/plain")
        wire = request.body
    elif request.method in ("GET", "HEAD"):
        values = parse_qs(urlsplit(request.target).query).get("dns")
        if not values:
            return Reply(400, b"missing dns parameter\n", content_type="text/plain")
        text = values[0]
        try:
            wire = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            return Reply(400, b"dns parameter is not base64url\n", content_type="text/plain")
    else:
        return Reply(405, b"", content_type=None, headers=(("Allow", "GET, POST"),))
    try:
        dns.message.from_wire(wire)
    except (dns.exception.DNSException, ValueError, UnicodeError):
        return Reply(400, b"not a DNS message\n", content_type="text/plain")
    answer = reply(wire, site.doh_decide, site.rng)
    if answer is None:
        return Reply(200, stall=True)
    return Reply(200, answer, content_type=DOH_CONTENT_TYPE, headers=(("Cache-Control", "max-age=60"),))


def healthy_reply(request: Request, host: str, site: Site, behaviour: HostBehaviour) -> Reply:
    """What the host answers when nothing interferes: its page, asset or documented control answer, or a lab service."""
    if host == DOH_HOST:
        return _doh(request, site)
    if request.method not in ("GET", "HEAD"):
        return Reply(405, b"", content_type=None, headers=(("Allow", "GET, HEAD"),))
    if host == IP_LOOKUP_HOST:
        if request.path != IP_LOOKUP_PATH:
            return _not_found(request)
        return Reply(200, json.dumps(dict(site.identity)).encode() + b"\n", content_type="application/json")
    if host == PORTAL_HOST:
        return Reply(200, pages.PORTAL_PAGE)
    if host == BLOCKPAGE_HOST:
        return Reply(200, pages.BLOCKPAGES[behaviour.blockpage])
    if host == INJECT_REDIRECT_HOST:
        return Reply(200, pages.BLOCKPAGES["id"])
    endpoint = site.endpoint(host, request.origin_target)
    if endpoint is not None and endpoint.throughput:
        return Reply(200, content_type="application/octet-stream", asset_size=behaviour.asset_size)
    if endpoint is not None and endpoint.expect is not None:
        body = pages.control_body(endpoint)
        content_type = "text/plain; charset=utf-8" if endpoint.expect.status != 204 else None
        if endpoint.expect.body_contains is not None and body.lstrip().startswith(b"<"):
            content_type = "text/html; charset=utf-8"
        return Reply(endpoint.expect.status, body, content_type=content_type)
    if endpoint is not None or request.path == "/":
        return Reply(200, pages.host_page(host))
    return _not_found(request)


async def _write_body(writer: asyncio.StreamWriter, reply_: Reply, site: Site, bps: int | None) -> None:
    """The body, at full speed or at bps bytes per second in small pieces."""
    if reply_.asset_size is None:
        size, source, period = len(reply_.body), reply_.body, 0
    else:
        # An asset repeats the pattern; any CHUNK-sized run of it is a slice of the pattern written twice.
        size, source, period = reply_.asset_size, site.pattern + site.pattern, len(site.pattern)

    def piece(offset: int, n: int) -> bytes:
        start = offset % period if period else offset
        return source[start:start + n]

    sent = 0
    began = time.monotonic()
    step = CHUNK if bps is None else max(1, min(CHUNK, bps // THROTTLE_TICKS))
    while sent < size:
        n = min(step, size - sent)
        await _send(writer, piece(sent, n))
        sent += n
        if bps is not None:
            delay = began + sent / bps - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)


async def _endless(writer: asyncio.StreamWriter, site: Site) -> None:
    chunk = site.pattern[:ENDLESS_CHUNK]
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    async with asyncio.timeout(HOLD_LIMIT):
        while True:
            await _send(writer, framed)


async def _drip(writer: asyncio.StreamWriter) -> None:
    async with asyncio.timeout(HOLD_LIMIT):
        while True:
            await asyncio.sleep(DRIP_INTERVAL)
            await _send(writer, b".")


async def respond(request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str,
                  site: Site) -> bool:
    """Answer one request as the host's current behaviour says; True when the connection may serve another."""
    b = site.behaviour(host)
    mode = b.http
    head_only = request.method == "HEAD"
    keep = request.keep_alive
    if mode in ("ok", "throttle"):
        out = healthy_reply(request, host, site, b)
        if out.stall:
            await _wait_for_close(reader)
            return False
        keep = keep and mode == "ok"
        length = out.asset_size if out.asset_size is not None else len(out.body)
        await _send(writer, _head(out.status, content_type=out.content_type, length=length, keep_alive=keep,
                                  extra=out.headers))
        if not head_only and out.status != 204:
            await _write_body(writer, out, site, b.throttle_bps if mode == "throttle" else None)
        return keep
    if mode == "garbage":
        await _send(writer, b"\x00\x15\x03\x01GARBAGE" + site.rng.randbytes(200))
        return False
    hostile = {
        "blockpage": lambda: Reply(200, pages.BLOCKPAGES[b.blockpage]),
        "error_503": lambda: Reply(503, pages.UNAVAILABLE_PAGE),
        "inject_redirect": lambda: _redirect(pages.INJECT_REDIRECT_URL),
        "redirect_loop": lambda: _redirect(request.origin_target),
        "captive": lambda: _redirect(pages.PORTAL_URL),
    }
    if mode in hostile:
        out = hostile[mode]()
        await _send(writer, _head(out.status, content_type=out.content_type, length=len(out.body), keep_alive=False,
                                  extra=out.headers) + (b"" if head_only else out.body))
        return False
    if mode == "endless_body":
        await _send(writer, _head(200, content_type="text/html; charset=utf-8", length=None, keep_alive=False,
                                  chunked=True))
        if not head_only:
            await _endless(writer, site)
        return False
    # slow_drip: a close-delimited body, one byte at a time
    await _send(writer, _head(200, content_type="text/html; charset=utf-8", length=None, keep_alive=False))
    if not head_only:
        await _drip(writer)
    return False


async def serve_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, site: Site) -> None:
    """Serve requests on one connection until the client closes, a response ends it, or it idles out."""
    try:
        for _ in range(MAX_REQUESTS):
            try:
                async with asyncio.timeout(IDLE_TIMEOUT):
                    request = await read_request(reader)
            except BadRequest as exc:
                await _send(writer, _head(exc.status, content_type=None, length=0, keep_alive=False))
                return
            if request is None:
                return
            if not await respond(request, reader, writer, host, site):
                return
    except (TimeoutError, asyncio.IncompleteReadError, OSError, ssl.SSLError):
        return  # the client went away, stalled or spoke nonsense: nothing more to do
    finally:
        await close_stream(writer)
