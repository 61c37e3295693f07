"""Socket-level tricks the lab plays without root: resets, silent drops, peeking, and blackholes on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
import struct
import time

from desktop_app.lab.clienthello import NOT_TLS, PARTIAL, Hello, parse_client_hello

IDLE_TIMEOUT = 30.0  # seconds a connection may sit without sending its request
HOLD_LIMIT = 300.0  # the longest the lab keeps a stalled connection open
PEEK_CAP = 70 * 1024  # ClientHello bytes looked at, at most
PEEK_RETRY = 0.005  # seconds between peeks while a ClientHello arrives in pieces
STREAM_LIMIT = 16 * 1024  # StreamReader buffer cap: request headers larger than this are refused
LISTEN_BACKLOG = 128
_LINGER_RESET = struct.pack("ii", 1, 0)
_TCP_CLOSE, _TCP_CLOSE_WAIT, _TCP_LAST_ACK = 7, 8, 9  # Linux tcp_states.h


def family_of(address: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ipaddress.ip_address(address).version == 6 else socket.AF_INET


def bound_socket(address: str, port: int) -> socket.socket:
    """A TCP socket bound to address:port but not listening: SYNs to it get an RST (connection refused)."""
    sock = socket.socket(family_of(address), socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def listening_socket(address: str, port: int, backlog: int = LISTEN_BACKLOG) -> socket.socket:
    sock = bound_socket(address, port)
    try:
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def reset_close(sock: socket.socket) -> None:
    """Close so the peer gets an RST, not a FIN (SO_LINGER on, zero timeout)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
    sock.close()


def accept_queue(listener: socket.socket) -> tuple[int, int] | None:
    """(connections waiting to be accepted, the queue's limit) from TCP_INFO on a listening socket, Linux only."""
    try:
        info = listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 104)
    except (OSError, AttributeError):
        return None
    if len(info) < 32:
        return None
    waiting, limit = struct.unpack_from("II", info, 24)  # tcpi_unacked, tcpi_sacked mean these on a listener
    return waiting, limit


async def fill_accept_queue(listener: socket.socket, address: str, port: int, fillers: list[socket.socket]) -> None:
    """Connect to listener (backlog 0) until its accept queue is full: Linux then drops further SYNs silently.

    The filler sockets go into fillers as they are made (so a cancelled fill leaves nothing untracked); the caller
    keeps them open while the blackhole lasts and closes them with an RST.
    """
    loop = asyncio.get_running_loop()
    for _ in range(4):
        queue = accept_queue(listener)
        if queue is not None and queue[0] > queue[1]:
            break
        if queue is None and fillers:
            break  # without TCP_INFO, trust Linux's rule: backlog 0 holds one connection
        filler = socket.socket(family_of(address), socket.SOCK_STREAM)
        filler.setblocking(False)
        try:
            async with asyncio.timeout(0.5):
                await loop.sock_connect(filler, (address, port))
        except (TimeoutError, OSError):
            reset_close(filler)  # its SYN was dropped: the queue was already full
            break
        except BaseException:
            reset_close(filler)
            raise
        fillers.append(filler)
        # The child joins the queue when our final ACK is processed; wait for that so the count is true.
        deadline = time.monotonic() + 0.5
        while (q := accept_queue(listener)) is not None and q[0] < len(fillers) and time.monotonic() < deadline:
            await asyncio.sleep(0.001)


def peer_finished(sock: socket.socket) -> bool:
    """True when the peer has sent its FIN (or the connection is gone), read from TCP_INFO's state on Linux.

    A peek cannot tell: it keeps returning the unread bytes after the FIN.
    """
    try:
        state = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 1)[0]
    except (OSError, AttributeError, IndexError):
        return False
    return state in (_TCP_CLOSE, _TCP_CLOSE_WAIT, _TCP_LAST_ACK)


async def wait_readable(sock: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()
    fd = sock.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await ready
    finally:
        loop.remove_reader(fd)


async def peek_client_hello(sock: socket.socket, timeout: float = IDLE_TIMEOUT) -> tuple[Hello, int]:
    """Look at (without consuming) the first bytes of a connection until a ClientHello is complete.

    Returns the parse result and how many bytes were seen; (PARTIAL, 0) means the client closed or said nothing.
    """
    seen = b""
    async with asyncio.timeout(timeout):
        while True:
            await wait_readable(sock)
            try:
                data = sock.recv(PEEK_CAP, socket.MSG_PEEK)
            except BlockingIOError:
                continue
            if not data:
                return PARTIAL, len(seen)  # EOF
            hello = parse_client_hello(data)
            if hello is not PARTIAL:
                return hello, len(data)
            if len(data) >= PEEK_CAP:
                return NOT_TLS, len(data)
            if len(data) == len(seen):
                if peer_finished(sock):
                    return PARTIAL, len(data)  # the client sent half a hello and closed its side
                await asyncio.sleep(PEEK_RETRY)  # readable stays true while old bytes wait: poll for new ones
            seen = data


async def drain_until_closed(sock: socket.socket, limit: float = HOLD_LIMIT) -> None:
    """Read and discard whatever the peer sends until it closes (or limit passes): a silent, stalled server."""
    loop = asyncio.get_running_loop()
    with contextlib.suppress(TimeoutError, OSError):
        async with asyncio.timeout(limit):
            while await loop.sock_recv(sock, 4096):
                pass


def consume(sock: socket.socket, size: int) -> None:
    """Take size already-peeked bytes out of the receive queue, so a close sends FIN rather than RST."""
    left = size
    with contextlib.suppress(OSError):
        while left > 0:
            chunk = sock.recv(min(left, 65536))
            if not chunk:
                break
            left -= len(chunk)


async def open_stream(sock: socket.socket, context: ssl.SSLContext | None = None,
                      handshake_timeout: float = 10.0) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Turn an accepted socket into streams (a TLS server handshake first when context is given)."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=STREAM_LIMIT, loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    if context is None:
        transport, _ = await loop.connect_accepted_socket(lambda: protocol, sock)
    else:
        transport, _ = await loop.connect_accepted_socket(lambda: protocol, sock, ssl=context,
                                                          ssl_handshake_timeout=handshake_timeout,
                                                          ssl_shutdown_timeout=2.0)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def close_stream(writer: asyncio.StreamWriter, *, reset: bool = False) -> None:
    """Close gracefully within a second (abort after that); reset=True sends an RST at once."""
    transport = writer.transport
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        transport.abort()  # the lab is stopping (or the host was cut off): no time for a polite close
        return
    if reset:
        raw = transport.get_extra_info("socket")
        if raw is not None:
            with contextlib.suppress(OSError):
                raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        transport.abort()
        return
    try:
        writer.close()
        async with asyncio.timeout(1.0):
            await writer.wait_closed()
    except (TimeoutError, OSError, ssl.SSLError):
        transport.abort()
    except asyncio.CancelledError:
        transport.abort()
        raise
