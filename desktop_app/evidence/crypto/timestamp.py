"""RFC 3161 timestamps: ask an authority for a token over some data, and check a token against that data."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimeStampRequest,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from desktop_app.common.errors import EvidenceError

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_REPLY = 64 * 1024  # a reply with its certificates is a few KiB; anything far larger is not one
_HASHES = {  # message imprint algorithms we accept in a token, by OID
    "2.16.840.1.101.3.4.2.1": ("SHA-256", hashlib.sha256),
    "2.16.840.1.101.3.4.2.2": ("SHA-384", hashlib.sha384),
    "2.16.840.1.101.3.4.2.3": ("SHA-512", hashlib.sha512),
}
_GRANTED_STATUS = b"\x30\x03\x02\x01\x00"  # PKIStatusInfo { status granted }


class TimestampError(EvidenceError):
    """A timestamp could not be had or does not hold; the message is a sentence for the user."""


@dataclass(frozen=True)
class TimestampInfo:
    """What a checked token says: when, by whom, and whether its issuer was checked against a CA."""

    time: datetime  # the authority's genTime, timezone-aware UTC
    tsa_name: str
    serial_number: int
    policy: str  # dotted OID
    hash_algorithm: str  # of the message imprint, e.g. "SHA-256"
    accuracy_seconds: float | None
    trusted: bool  # True only when the token's signature chains to the CA file given


def make_request(data: bytes) -> bytes:
    """A DER TimeStampReq over the SHA-256 of `data`, asking for the authority's certificate, with a random nonce."""
    return _build_request(data).as_bytes()


def request_token(url: str, data: bytes, timeout: float = 20, *, client: httpx.Client | None = None) -> bytes:
    """Ask the authority at `url` to timestamp `data`; returns the DER token (what `openssl ts -token_in` reads).

    Raises TimestampError with a sentence on network failure, an HTTP error, or a reply that is not a
    granted timestamp for this very request. `client` is for tests and proxies; by default a direct one is used.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise TimestampError(f"The timestamp authority address {url!r} is not a valid URL.") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise TimestampError(f"The timestamp authority address {url} should start with http:// or https://.")
    request = _build_request(data)
    body = _post(parsed, request.as_bytes(), timeout, client)
    try:
        response = decode_timestamp_response(body)
    except ValueError:
        raise TimestampError(f"The timestamp authority at {parsed.host} sent an answer that is not a timestamp "
                             "reply.") from None
    if response.status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        text = "; ".join(response.status_string)
        raise TimestampError(f"The timestamp authority at {parsed.host} refused the request "
                             f"(status {_status_name(response.status)}{': ' + text if text else ''}).")
    try:
        info = response.tst_info
        token = response.time_stamp_token()
    except ValueError:
        raise TimestampError(f"The timestamp authority at {parsed.host} granted the request but sent no usable "
                             "token.") from None
    if info.nonce != request.nonce or info.message_imprint.message != request.message_imprint.message:
        raise TimestampError(f"The timestamp authority at {parsed.host} answered a different request; its reply "
                             "cannot be used.")
    verify_token(token, data, None)  # the token we keep must read back the way verifiers will read it
    return token


def verify_token(token: bytes, data: bytes, ca_file: Path | None) -> TimestampInfo:
    """Check that `token` is a timestamp over `data` and, when `ca_file` is given, that a CA in it vouches for it.

    Without `ca_file` only the message imprint is checked and `trusted` is False: anyone can make a token,
    so the time and name it carries are the authority's claim until its signer is checked against a known CA.
    Also accepts a full TimeStampResp (as `openssl ts -reply` writes without -token_out).
    """
    response = _parse_token(token)
    try:
        info = response.tst_info
    except ValueError:
        raise TimestampError("The timestamp token is damaged: it holds no timestamp information.") from None
    algorithm = info.message_imprint.hash_algorithm.dotted_string
    if algorithm not in _HASHES:
        raise TimestampError(f"The timestamp token uses a hash this program does not know (OID {algorithm}).")
    name, hash_function = _HASHES[algorithm]
    digest = hash_function(data).digest()
    if info.message_imprint.message != digest:
        raise TimestampError(f"The token's message imprint is not the {name} hash of the data: it was made for "
                             "other data.")
    if ca_file is not None:
        _check_chain(response, digest, Path(ca_file))
    when = info.gen_time if info.gen_time.tzinfo else info.gen_time.replace(tzinfo=UTC)
    return TimestampInfo(when.astimezone(UTC), _tsa_name(response), info.serial_number,
                         info.policy.dotted_string, name, _accuracy(response), ca_file is not None)


def _build_request(data: bytes) -> TimeStampRequest:
    if not data:
        raise ValueError("There is nothing to timestamp: the data is empty.")
    return (TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA256)
            .cert_request(cert_request=True).nonce(nonce=True).build())


def _post(url: httpx.URL, query: bytes, timeout: float, client: httpx.Client | None) -> bytes:
    own = client is None
    http = httpx.Client(timeout=timeout, trust_env=False, follow_redirects=False) if client is None else client
    try:
        with http.stream("POST", url, content=query, timeout=timeout,
                         headers={"Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE}) as reply:
            if reply.status_code != 200:
                status = f"{reply.status_code} {reply.reason_phrase}".strip()
                raise TimestampError(f"The timestamp authority at {url.host} answered HTTP {status} instead of a "
                                     "timestamp.")
            body = bytearray()
            for chunk in reply.iter_bytes():
                body += chunk
                if len(body) > MAX_REPLY:
                    raise TimestampError(f"The timestamp authority at {url.host} sent more than "
                                         f"{MAX_REPLY // 1024} KiB: that is not a timestamp reply.")
    except httpx.TimeoutException:
        raise TimestampError(f"The timestamp authority at {url.host} did not answer within {timeout:g} "
                             "seconds.") from None
    except httpx.HTTPError as exc:
        raise TimestampError(f"The timestamp authority at {url.host} could not be reached "
                             f"({type(exc).__name__}: {exc}).") from None
    finally:
        if own:
            http.close()
    return bytes(body)


def _parse_token(token: bytes) -> TimeStampResponse:
    """Parse a bare token by wrapping it in a granted TimeStampResp; fall back to reading a full response."""
    if not isinstance(token, bytes):
        raise TypeError("The timestamp token must be bytes.")
    inner = _GRANTED_STATUS + token
    wrapped = b"\x30" + _der_length(len(inner)) + inner
    for candidate in (wrapped, token):
        try:
            response = decode_timestamp_response(candidate)
        except ValueError:
            continue
        if response.status in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
            return response
    raise TimestampError("The timestamp token is damaged or is not an RFC 3161 token.")


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _check_chain(response: TimeStampResponse, digest: bytes, ca_file: Path) -> None:
    try:
        blob = ca_file.read_bytes()
    except OSError as exc:
        raise TimestampError(f"The timestamp authority's CA file {ca_file} cannot be read ({exc.strerror}).") from None
    try:
        if b"-----BEGIN" in blob:
            roots = x509.load_pem_x509_certificates(blob)
        else:
            roots = [x509.load_der_x509_certificate(blob)]
    except ValueError:
        raise TimestampError(f"The file {ca_file} holds no certificate (PEM or DER) to check the timestamp "
                             "against.") from None
    builder = VerifierBuilder()
    for cert in dict.fromkeys(roots):  # a CA file may list a certificate twice
        builder = builder.add_root_certificate(cert)
    try:
        builder.build().verify(response, digest)
    except VerificationError as exc:
        detail = str(exc)
        if detail.startswith("Error while verifying certificates"):
            detail = "its signature does not chain to a certificate in that file"
        raise TimestampError(f"The timestamp token is not vouched for by {ca_file.name}: "
                             f"{detail[:1].lower()}{detail[1:].rstrip('.')}.") from None


def _tsa_name(response: TimeStampResponse) -> str:
    try:
        name = response.tst_info.name
    except ValueError:
        name = None
    if isinstance(name, x509.DirectoryName):
        return _show_name(name.value)
    if name is not None and isinstance(getattr(name, "value", None), str):
        return str(name.value)
    try:
        signer = next(iter(response.signed_data.signer_infos))
        for der in response.signed_data.certificates:
            cert = x509.load_der_x509_certificate(der)
            if cert.serial_number == signer.serial_number and cert.issuer == signer.issuer:
                return _show_name(cert.subject)
    except (ValueError, StopIteration):
        pass
    return "an unnamed timestamp authority"


def _show_name(name: x509.Name) -> str:
    return name.rfc4514_string() or "an authority with an empty name"


def _accuracy(response: TimeStampResponse) -> float | None:
    try:
        accuracy = response.tst_info.accuracy
    except ValueError:
        return None
    if accuracy is None:
        return None
    return (accuracy.seconds or 0) + (accuracy.millis or 0) / 1e3 + (accuracy.micros or 0) / 1e6


def _status_name(status: int) -> str:
    try:
        return PKIStatus(status).name.lower().replace("_", " ")
    except ValueError:
        return str(status)
