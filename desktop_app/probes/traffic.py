"""The bytes a sweep really put on the wire and took off it, counted by the kernel where it can say.

People on a metered mobile link pay for every byte, so the figure shown is measured, not estimated: each TCP
socket's counters are read from the kernel (Linux TCP_INFO: payload bytes sent, including retransmissions, and
received, plus each segment's IP and TCP headers) just before it is closed, and each DNS datagram is counted with
its UDP and IP headers. Where the kernel cannot say (other systems), a socket's bytes are counted as the
application read and wrote them, and the sweep says so (`method: "counted"`).

The meter of the running sweep is found through a context variable, so the steps that open sockets need no extra
argument; every task of the sweep inherits it, and nothing outside a sweep is counted.
"""

from __future__ import annotations

import contextlib
import contextvars
import socket
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpcore

# IPv4 20 + TCP 20 + the timestamp option 12 (Linux sends it by default); IPv6's header is 20 bytes longer.
TCP_OVERHEAD: dict[int, int] = {socket.AF_INET: 52, socket.AF_INET6: 72}
UDP_OVERHEAD: dict[int, int] = {socket.AF_INET: 28, socket.AF_INET6: 48}
KERNEL, COUNTED = "kernel", "counted"

# struct tcp_info (linux/tcp.h): byte offsets of the counters read here.
_BYTES_ACKED, _BYTES_RECEIVED, _SEGS_OUT, _SEGS_IN, _BYTES_SENT = 120, 128, 136, 140, 200
_TCP_INFO_LEN = 232
_TCP_INFO = getattr(socket, "TCP_INFO", 11) if sys.platform.startswith("linux") else None


class TcpSocket(Protocol):
    """A socket object the kernel can be asked about: socket.socket, or asyncio's TransportSocket (httpcore's)."""

    @property
    def family(self) -> int: ...

    def fileno(self) -> int: ...

    def getsockopt(self, level: int, optname: int, buflen: int, /) -> bytes: ...


@dataclass(frozen=True)
class Traffic:
    """A sweep's bytes on the wire, as stored in its context under "traffic"."""

    sent: int
    received: int
    method: str  # KERNEL when every TCP socket was read from the kernel, else COUNTED

    @property
    def total(self) -> int:
        return self.sent + self.received

    def json(self) -> dict[str, Any]:
        return {"sent": self.sent, "received": self.received, "method": self.method}


def kernel_counts(sock: TcpSocket) -> tuple[int, int] | None:
    """(bytes sent, bytes received) of an open TCP socket, headers included, or None where the kernel cannot say."""
    if _TCP_INFO is None or sock.fileno() < 0:
        return None
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, _TCP_INFO, _TCP_INFO_LEN)
    except OSError:
        return None
    if len(info) < _SEGS_IN + 4:
        return None
    acked, received = struct.unpack_from("=QQ", info, _BYTES_ACKED)
    segs_out, segs_in = struct.unpack_from("=II", info, _SEGS_OUT)
    sent = struct.unpack_from("=Q", info, _BYTES_SENT)[0] if len(info) >= _BYTES_SENT + 8 else acked
    overhead = TCP_OVERHEAD.get(sock.family, TCP_OVERHEAD[socket.AF_INET])
    return sent + segs_out * overhead, received + segs_in * overhead


@dataclass
class TrafficMeter:
    """Counts one sweep's bytes; each socket is settled once, when it closes (or when the sweep ends)."""

    sent: int = 0
    received: int = 0
    counted_sockets: int = 0  # sockets whose bytes the kernel could not give
    _open: dict[int, TcpSocket] = field(default_factory=dict)

    def datagram(self, family: int, sent: int = 0, received: int = 0) -> None:
        """One UDP datagram's payload each way (either may be 0); the headers are added here."""
        overhead = UDP_OVERHEAD.get(family, UDP_OVERHEAD[socket.AF_INET])
        self.sent += sent + overhead if sent else 0
        self.received += received + overhead if received else 0

    def watch(self, sock: TcpSocket) -> None:
        """A TCP socket the sweep opened; settle() it before it closes."""
        self._open[id(sock)] = sock

    def settle(self, sock: TcpSocket, app_sent: int = 0, app_received: int = 0) -> None:
        """Add a socket's bytes, from the kernel, else from what the application counted; once per socket."""
        if self._open.pop(id(sock), None) is None:
            return
        counts = kernel_counts(sock)
        if counts is None:
            self.counted_sockets += 1
            counts = app_sent, app_received
        self.sent += counts[0]
        self.received += counts[1]

    def finish(self) -> Traffic:
        """The sweep's total: sockets still open are settled now."""
        for sock in list(self._open.values()):
            self.settle(sock)
        return Traffic(self.sent, self.received, COUNTED if self.counted_sockets else KERNEL)


_current: contextvars.ContextVar[TrafficMeter | None] = contextvars.ContextVar("vantage_traffic_meter",
                                                                               default=None)


def current() -> TrafficMeter | None:
    """The running sweep's meter, or None outside a sweep."""
    return _current.get()


@contextlib.contextmanager
def metering(meter: TrafficMeter) -> Iterator[TrafficMeter]:
    """Count every socket opened in this context (and the tasks it starts) on `meter`."""
    token = _current.set(meter)
    try:
        yield meter
    finally:
        _current.reset(token)


class MeteredSocket(socket.socket):
    """A socket whose bytes are read from the kernel just before it closes, whoever closes it and when."""

    meter: TrafficMeter | None = None

    def close(self) -> None:
        if self.meter is not None:
            self.meter.settle(self)
        super().close()


def tcp_socket(family: int) -> socket.socket:
    """A TCP socket that the running sweep's meter counts (a plain one outside a sweep)."""
    meter = current()
    if meter is None:
        return socket.socket(family, socket.SOCK_STREAM)
    sock = MeteredSocket(family, socket.SOCK_STREAM)
    sock.meter = meter
    meter.watch(sock)
    return sock


class MeteredStream(httpcore.AsyncNetworkStream):
    """An HTTP connection's stream (httpcore opens its own sockets) settled on the meter when it closes."""

    def __init__(self, inner: httpcore.AsyncNetworkStream, meter: TrafficMeter, sock: TcpSocket) -> None:
        self._inner, self._meter, self._sock = inner, meter, sock
        self._sent = self._received = 0
        meter.watch(sock)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, timeout)
        self._received += len(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)
        self._sent += len(buffer)

    async def aclose(self) -> None:
        self._meter.settle(self._sock, self._sent, self._received)
        await self._inner.aclose()

    async def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        stream = MeteredStream(inner, self._meter, self._sock)
        stream._sent, stream._received = self._sent, self._received
        return stream

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def metered_stream(stream: httpcore.AsyncNetworkStream) -> httpcore.AsyncNetworkStream:
    """`stream` counted by the running sweep's meter, when there is one and its socket can be reached."""
    meter = current()
    sock = stream.get_extra_info("socket") if meter is not None else None
    if meter is None or sock is None or not (hasattr(sock, "getsockopt") and hasattr(sock, "fileno")):
        return stream
    return MeteredStream(stream, meter, sock)
