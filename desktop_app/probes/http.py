"""HTTP step: a GET pinned to the address under test, with a capped body, bounded redirects and blockpage checks."""

from __future__ import annotations

import asyncio
import hashlib
import html
import re
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpcore
import httpx

from desktop_app.probes import failures, traffic
from desktop_app.probes.addresses import AddressPolicy, parse_address
from desktop_app.probes.fingerprints import Fingerprint, match_blockpage, match_location
from desktop_app.probes.observations import HttpResult, ThroughputResult, Timing

HEADERS_OF_INTEREST = ("server", "location", "content-type", "content-length", "via")
TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
TITLE_SCAN = 64 * 1024
TITLE_MAX = 200
MATCH_SCAN = 256 * 1024  # blockpages are small; a 2 MiB asset need not be decoded to rule one out

Resolve = Callable[[str], Awaitable[str]]


class ProbeBackend(httpcore.AsyncNetworkBackend):
    """Connects where the probe says (resolving names itself, rewriting lab ports, asking the address policy)."""

    def __init__(self, resolve: Resolve, policy: AddressPolicy, port_map: Mapping[int, int],
                 socket_options: list[tuple[int, int, int]] | None = None) -> None:
        self._resolve = resolve
        self._socket_options = socket_options or []
        self._policy = policy
        self._port_map = dict(port_map)
        self._inner = httpcore.AnyIOBackend()
        self._open: set[OwnedStream] = set()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        address = host if parse_address(host) is not None else await self._resolve(host)
        address = address.strip("[]")
        self._policy.check(address)
        options = [*self._socket_options, *(socket_options or ())]
        stream = await self._inner.connect_tcp(address, self._port_map.get(port, port), timeout=timeout,
                                               local_address=local_address, socket_options=options)
        return OwnedStream(traffic.metered_stream(stream), self._open)

    async def aclose(self) -> None:
        """Close every socket this backend opened that is still open (the client is done with all of them)."""
        for stream in list(self._open):
            await stream.aclose()

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        raise failures.AddressNotAllowed("unix sockets are not used by probes")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class OwnedStream(httpcore.AsyncNetworkStream):
    """A connection's stream that its backend keeps track of until it is closed, and that closes its own socket when
    the TLS handshake is cut short. httpcore closes it there only on an Exception: a timeout's cancellation in the
    middle of a handshake (a lossy link) left the socket open, for the garbage collector to find."""

    def __init__(self, inner: httpcore.AsyncNetworkStream, owner: set[OwnedStream]) -> None:
        self._inner, self._owner = inner, owner
        owner.add(self)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        self._owner.discard(self)
        await self._inner.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        try:
            inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            await asyncio.shield(self.aclose())
            raise
        self._owner.discard(self)
        return OwnedStream(inner, self._owner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class ProbeTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, with its connection pool built on ProbeBackend (httpx offers no public hook)."""

    def __init__(self, backend: ProbeBackend, context: ssl.SSLContext) -> None:
        super().__init__(verify=context, http2=True, trust_env=False)
        self._backend = backend
        self._pool = httpcore.AsyncConnectionPool(ssl_context=context, http1=True, http2=True,
                                                  network_backend=backend, max_connections=8)

    async def aclose(self) -> None:
        """The pool's connections, then any socket the pool let go of without closing (none, when all went well)."""
        try:
            await super().aclose()
        finally:
            await self._backend.aclose()


def make_client(resolve: Resolve, policy: AddressPolicy, port_map: Mapping[int, int], context: ssl.SSLContext,
                timeout: float, user_agent: str, receive_buffer: int | None = None) -> httpx.AsyncClient:
    """A client for one fetch or service. `receive_buffer` bounds what a server can push ahead of our reading:
    a body read only up to its cap then costs little more than the cap, on a fast link too."""
    options = [(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)] if receive_buffer else []
    transport = ProbeTransport(ProbeBackend(resolve, policy, port_map, options), context)
    return httpx.AsyncClient(transport=transport, timeout=timeout, trust_env=False, follow_redirects=False,
                             headers={"user-agent": user_agent, "accept": "*/*"})


def extract_title(body: bytes) -> str | None:
    match = TITLE_RE.search(body[:TITLE_SCAN])
    if not match:
        return None
    text = html.unescape(match.group(1).decode("utf-8", errors="replace"))
    text = " ".join(text.split())
    return text[:TITLE_MAX] or None


def _interesting(headers: httpx.Headers) -> dict[str, str]:
    return {k: headers[k][:300] for k in HEADERS_OF_INTEREST if k in headers}


async def fetch(url: str, client: httpx.AsyncClient, *, address: str | None, deadline: float, max_redirects: int,
                body_cap: int, fingerprints: tuple[Fingerprint, ...], origin: float, verified: bool = True,
                measure_throughput: bool = False) -> tuple[HttpResult, ThroughputResult | None]:
    """GET url, following at most max_redirects, never past deadline (a loop.time() instant); never raises.

    For a throughput asset a transfer still progressing at the deadline is a result, not a failure.
    """
    start = time.monotonic()
    result = HttpResult(url=url, address=address, verified=verified)
    throughput: ThroughputResult | None = None
    current = httpx.URL(url)
    try:
        async with asyncio.timeout_at(deadline):
            for hop in range(max_redirects + 1):
                async with client.stream("GET", current) as response:
                    location = response.headers.get("location")
                    if response.is_redirect and location:
                        target = current.join(location)
                        result.redirects.append({"status": response.status_code, "location": str(target)[:500]})
                        blocked = match_location(fingerprints, str(target))
                        if blocked is not None or _is_bogon_literal(target):
                            _record_response(result, response, b"", truncated=False)
                            result.blockpage = blocked.id if blocked is not None else "redirect_to_bogon"
                            break
                        if hop == max_redirects:
                            result.failure = failures.TOO_MANY_REDIRECTS
                            _record_response(result, response, b"", truncated=False)
                            break
                        current = target
                        continue
                    body, truncated, throughput = await _read_body(response, body_cap, deadline)
                    _record_response(result, response, body, truncated=truncated)
                    if throughput is not None and not throughput.complete and not measure_throughput:
                        result.failure = failures.TIMEOUT
                    fp = match_blockpage(fingerprints, status=result.status, headers=response.headers,
                                         body=body[:MATCH_SCAN], title=result.title)
                    if fp is not None:
                        result.blockpage = fp.id
                    break
    except Exception as exc:  # noqa: BLE001 - every failure becomes evidence
        result.failure = failures.classify_exception(exc)
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result, (throughput if measure_throughput else None)


def _is_bogon_literal(target: httpx.URL) -> bool:
    ip = parse_address(target.host)
    return ip is not None and not ip.is_global


def _record_response(result: HttpResult, response: httpx.Response, body: bytes, *, truncated: bool) -> None:
    result.status = response.status_code
    result.http_version = response.http_version
    result.headers = _interesting(response.headers)
    result.body = body
    result.body_length = len(body)
    result.body_sha256 = hashlib.sha256(body).hexdigest() if body else None
    result.title = extract_title(body)
    result.truncated = truncated


async def _read_body(response: httpx.Response, cap: int, deadline: float) -> tuple[bytes, bool, ThroughputResult]:
    """Read at most cap bytes; returns (body, truncated, transfer figures).

    The rate is timed from the end of the headers to the last byte read, so a body that arrives in one
    chunk reads as fast, never as zero.
    """
    body = bytearray()
    began = last = time.monotonic()
    arrivals: list[tuple[float, int]] = []
    truncated = False
    complete = True
    try:
        # Stop a little before the step deadline so the partial transfer is still ours to report.
        async with asyncio.timeout_at(deadline - 0.05):
            async for chunk in response.aiter_raw():
                last = time.monotonic()
                room = cap - len(body)
                body += chunk[:room]
                arrivals.append((last, len(body)))
                if len(chunk) > room or len(body) >= cap:
                    truncated = len(chunk) > room or _more_expected(response, len(body))
                    break
    except TimeoutError:
        complete = False
        last = time.monotonic()
        if not body:
            raise  # nothing at all arrived: a timeout, not a slow transfer
    seconds = max(last - began, 1e-6)
    return bytes(body), truncated, ThroughputResult(bytes=len(body), seconds=seconds, complete=complete,
                                                    rate_cv=rate_variation(began, arrivals))


STEADINESS_WINDOWS = 4
STEADINESS_MIN_S = 0.5  # a transfer shorter than this says nothing about how steady its rate is


def rate_variation(began: float, arrivals: list[tuple[float, int]]) -> float | None:
    """How much the rate varied across the transfer (coefficient of variation over equal time windows).

    A policer holds a fixed rate (low variation); congestion comes in bursts. None for a short transfer.
    """
    if not arrivals or arrivals[-1][0] - began < STEADINESS_MIN_S:
        return None
    span = (arrivals[-1][0] - began) / STEADINESS_WINDOWS
    totals = [0] * STEADINESS_WINDOWS
    previous = 0
    for when, total in arrivals:
        index = min(STEADINESS_WINDOWS - 1, int((when - began) / span))
        totals[index] += total - previous
        previous = total
    mean = sum(totals) / STEADINESS_WINDOWS
    if mean <= 0:
        return None
    spread = (sum((t - mean) ** 2 for t in totals) / STEADINESS_WINDOWS) ** 0.5
    return round(spread / mean, 3)


def _more_expected(response: httpx.Response, have: int) -> bool:
    length = response.headers.get("content-length")
    if length is None or not length.isdigit():
        return True
    return int(length) > have
