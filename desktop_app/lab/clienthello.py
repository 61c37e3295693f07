"""A small, bounded parser that reads the server name (SNI) out of a TLS ClientHello, the way a censor's DPI does."""

from __future__ import annotations

from dataclasses import dataclass

RECORD_HANDSHAKE = 0x16
HANDSHAKE_CLIENT_HELLO = 0x01
EXT_SERVER_NAME = 0x0000
NAME_TYPE_HOST = 0x00
MAX_RECORD = 16384 + 2048  # TLSCiphertext may exceed 2^14 by 2048; a plaintext hello never should
MAX_HELLO = 64 * 1024  # a ClientHello may span records, but no real one is near this
MAX_RECORDS = 8


@dataclass(frozen=True)
class Hello:
    """The outcome of parsing the bytes seen so far."""

    status: str  # "complete" | "partial" (need more bytes) | "not_tls" | "malformed"
    sni: str | None = None
    length: int = 0  # bytes the hello's records take on the wire (when complete)


PARTIAL = Hello("partial")
NOT_TLS = Hello("not_tls")
MALFORMED = Hello("malformed")


def parse_client_hello(data: bytes) -> Hello:
    """Parse TLS records from the start of data; never raises, never reads past its bounds."""
    if not data:
        return PARTIAL
    if data[0] != RECORD_HANDSHAKE:
        return NOT_TLS
    body = bytearray()
    offset = 0
    wanted: int | None = None
    for _ in range(MAX_RECORDS):
        if len(data) < offset + 5:
            return PARTIAL
        if data[offset] != RECORD_HANDSHAKE or data[offset + 1] != 0x03:
            return MALFORMED
        length = int.from_bytes(data[offset + 3:offset + 5], "big")
        if length == 0 or length > MAX_RECORD:
            return MALFORMED
        if len(data) < offset + 5 + length:
            return PARTIAL
        body += data[offset + 5:offset + 5 + length]
        offset += 5 + length
        if wanted is None and len(body) >= 4:
            if body[0] != HANDSHAKE_CLIENT_HELLO:
                return MALFORMED
            wanted = 4 + int.from_bytes(body[1:4], "big")
            if wanted > MAX_HELLO:
                return MALFORMED
        if wanted is not None and len(body) >= wanted:
            sni = _server_name(bytes(body[4:wanted]))
            if sni is False or sni is True:
                return MALFORMED
            return Hello("complete", sni=sni or None, length=offset)
    return MALFORMED


class _Reader:
    """Bounds-checked reads; any overrun raises ValueError, which the caller turns into "malformed"."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError("truncated")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def uint(self, size: int) -> int:
        return int.from_bytes(self.take(size), "big")

    def vector(self, size: int) -> bytes:
        return self.take(self.uint(size))

    @property
    def left(self) -> int:
        return len(self.data) - self.pos


def _server_name(hello: bytes) -> str | bool | None:
    """The host_name in the server_name extension; None when absent, False when the message is malformed."""
    try:
        r = _Reader(hello)
        r.take(2 + 32)  # legacy_version, random
        r.vector(1)  # session id
        suites = r.vector(2)
        if len(suites) % 2:
            return False
        r.vector(1)  # compression methods
        if r.left == 0:
            return None  # no extensions at all (old clients)
        extensions = _Reader(r.vector(2))
        while extensions.left:
            ext_type = extensions.uint(2)
            ext = extensions.vector(2)
            if ext_type != EXT_SERVER_NAME:
                continue
            names = _Reader(_Reader(ext).vector(2))
            while names.left:
                name_type = names.uint(1)
                name = names.vector(2)
                if name_type == NAME_TYPE_HOST:
                    text = name.decode("ascii")
                    if not text or len(text) > 253:
                        return False
                    return text.rstrip(".").lower()
            return None
        return None
    except (ValueError, UnicodeDecodeError):
        return False
