"""TCP step: a plain connect to one address, timed, with the failure named the way OONI names it."""

from __future__ import annotations

import asyncio
import errno
import socket
import time

from desktop_app.probes import failures, traffic
from desktop_app.probes.addresses import AddressPolicy, parse_address
from desktop_app.probes.observations import TcpResult, Timing


async def open_socket(address: str, port: int, *, timeout: float, policy: AddressPolicy) -> socket.socket:
    """A connected non-blocking socket, or an exception; the policy is asked before any packet leaves."""
    policy.check(address)
    ip = parse_address(address)
    family = socket.AF_INET6 if ip is not None and ip.version == 6 else socket.AF_INET
    sock = traffic.tcp_socket(family)
    sock.setblocking(False)
    try:
        async with asyncio.timeout(timeout):
            await asyncio.get_running_loop().sock_connect(sock, (address, port))
    except BaseException:
        sock.close()
        raise
    return sock


def route_missing(address: str) -> bool:
    """True when this computer has no route at all to address (asked of the kernel: no packet is sent)."""
    ip = parse_address(address)
    family = socket.AF_INET6 if ip is not None and ip.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((address, 9))
    except OSError as exc:
        return exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT)
    return False


def connect_failure(exc: BaseException, address: str) -> str:
    """The failure string of a connect; "unreachable" raised by this computer itself (no route) is named local."""
    failure = failures.classify_exception(exc)
    if failure in (failures.NETWORK_UNREACHABLE, failures.HOST_UNREACHABLE) and route_missing(address):
        return failures.LOCAL_NO_ROUTE
    return failure


async def tcp_connect(address: str, port: int, *, mapped_port: int, timeout: float, policy: AddressPolicy,
                      origin: float) -> TcpResult:
    start = time.monotonic()
    result = TcpResult(address=address, port=port)
    try:
        sock = await open_socket(address, mapped_port, timeout=timeout, policy=policy)
    except Exception as exc:  # noqa: BLE001 - every failure becomes evidence
        result.failure = connect_failure(exc, address)
    else:
        sock.close()
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result


async def tcp_linger(address: str, port: int, *, mapped_port: int, wait: float, timeout: float,
                     policy: AddressPolicy, origin: float) -> TcpResult:
    """Connect, then wait briefly: a censor that resets right after the handshake shows up here, not at connect."""
    start = time.monotonic()
    result = TcpResult(address=address, port=port, step="tcp_linger")
    try:
        sock = await open_socket(address, mapped_port, timeout=timeout, policy=policy)
    except Exception as exc:  # noqa: BLE001
        result.failure = failures.classify_exception(exc)
    else:
        try:
            async with asyncio.timeout(wait):
                data = await asyncio.get_running_loop().sock_recv(sock, 1)
            if not data:
                result.failure = failures.EOF
        except TimeoutError:
            pass  # silence is what a healthy server that waits for the client to speak looks like
        except Exception as exc:  # noqa: BLE001
            result.failure = failures.classify_exception(exc)
        finally:
            sock.close()
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result
