"""TLS step: a handshake with the endpoint's name as SNI, validated, recording what the server presented."""

from __future__ import annotations

import asyncio
import hashlib
import ssl
import time
from dataclasses import dataclass

import certifi
from cryptography import x509

from desktop_app.probes import failures
from desktop_app.probes.addresses import AddressPolicy
from desktop_app.probes.observations import Timing, TlsResult
from desktop_app.probes.tcp import open_socket

ALPN = ["h2", "http/1.1"]  # what a browser offers, so the handshake looks ordinary on the wire


@dataclass(frozen=True)
class TlsContexts:
    """The two contexts a sweep uses: one that validates, one that only looks at what is presented."""

    verified: ssl.SSLContext
    unverified: ssl.SSLContext

    @classmethod
    def create(cls, ca_file: str | None) -> TlsContexts:
        verified = ssl.create_default_context(cafile=ca_file or certifi.where())
        verified.minimum_version = ssl.TLSVersion.TLSv1_2
        verified.set_alpn_protocols(ALPN)
        unverified = ssl.create_default_context()
        unverified.check_hostname = False
        unverified.verify_mode = ssl.CERT_NONE
        unverified.set_alpn_protocols(ALPN)
        return cls(verified=verified, unverified=unverified)


def _describe_certificate(result: TlsResult, der: bytes | None) -> None:
    if not der:
        return
    result.leaf_sha256 = hashlib.sha256(der).hexdigest()
    try:
        cert = x509.load_der_x509_certificate(der)
        result.issuer = cert.issuer.rfc4514_string()
        result.subject = cert.subject.rfc4514_string()
    except ValueError:
        result.detail = "the certificate could not be parsed"


def presented_chain(ssl_object: ssl.SSLObject) -> tuple[bytes, ...]:
    """The certificates the server sent (DER, leaf first), verified or not; the leaf alone where the TLS library
    does not expose the chain."""
    inner = getattr(ssl_object, "_sslobj", None)
    getter = getattr(inner, "get_unverified_chain", None)
    if getter is not None:
        try:
            chain = getter() or []
            found = tuple(c.public_bytes(ssl._ssl.ENCODING_DER) for c in chain)  # type: ignore[attr-defined]
            if found:
                return found
        except (AttributeError, ValueError, ssl.SSLError):
            pass
    leaf = ssl_object.getpeercert(binary_form=True)
    return (leaf,) if leaf else ()


async def _close(writer: asyncio.StreamWriter) -> None:
    """Close politely (TLS close_notify) for up to a second, then abort: on a lossy link the shutdown can wait
    for a peer's answer long after the sweep has ended, and its socket would outlive the event loop."""
    writer.close()
    try:
        async with asyncio.timeout(1.0):
            await writer.wait_closed()
    except Exception:  # noqa: BLE001 - timed out or the peer reset: either way the socket goes now
        writer.transport.abort()


async def tls_handshake(address: str, port: int, sni: str, *, mapped_port: int, context: ssl.SSLContext,
                        timeout: float, policy: AddressPolicy, origin: float, step: str = "tls") -> TlsResult:
    """Connect (not timed here: the TCP step measured it) and shake hands; never raises."""
    result = TlsResult(address=address, sni=sni, step=step)
    start = time.monotonic()
    deadline = start + timeout
    try:
        sock = await open_socket(address, mapped_port, timeout=timeout, policy=policy)
    except Exception as exc:  # noqa: BLE001
        result.failure = failures.classify_exception(exc)
        result.detail = "could not connect for the handshake"
        result.timing = Timing(start - origin, time.monotonic() - start)
        return result
    start = time.monotonic()
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + max(0.0, deadline - start)):
            _, writer = await asyncio.open_connection(sock=sock, ssl=context, server_hostname=sni,
                                                      ssl_handshake_timeout=max(0.01, deadline - start))
    except Exception as exc:  # noqa: BLE001
        sock.close()
        result.failure = failures.classify_exception(exc)
        result.detail = getattr(exc, "verify_message", None) or (str(exc)[:200] or None)
    else:
        ssl_object: ssl.SSLObject | None = writer.get_extra_info("ssl_object")
        if ssl_object is not None:
            result.version = ssl_object.version()
            cipher = ssl_object.cipher()
            result.cipher = cipher[0] if cipher else None
            result.alpn = ssl_object.selected_alpn_protocol()
            _describe_certificate(result, ssl_object.getpeercert(binary_form=True))
            result.chain_der = presented_chain(ssl_object)
        await _close(writer)
    result.timing = Timing(start - origin, time.monotonic() - start)
    return result
