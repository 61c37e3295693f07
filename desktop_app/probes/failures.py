"""Turns the exceptions a probe step can raise into OONI-style failure strings, so records read like OONI's."""

from __future__ import annotations

import asyncio
import errno
import ssl

import dns.exception
import httpcore
import httpx

TIMEOUT = "generic_timeout_error"
REFUSED = "connection_refused"
RESET = "connection_reset"
EOF = "eof_error"
NXDOMAIN = "dns_nxdomain_error"
NO_ANSWER = "dns_no_answer"
REFUSED_DNS = "dns_refused_error"
SERVFAIL = "dns_servfail_error"
MISBEHAVING = "dns_server_misbehaving"
INVALID_HOSTNAME = "ssl_invalid_hostname"
UNKNOWN_AUTHORITY = "ssl_unknown_authority"
INVALID_CERTIFICATE = "ssl_invalid_certificate"
FAILED_HANDSHAKE = "ssl_failed_handshake"
HOST_UNREACHABLE = "host_unreachable"
NETWORK_UNREACHABLE = "network_unreachable"
TOO_MANY_REDIRECTS = "http_too_many_redirects"
INVALID_RESPONSE = "http_invalid_response"
NOT_ALLOWED = "address_not_allowed"  # the engine refused to contact an address outside the allowed networks
BOGON_ONLY = "dns_bogon_error"  # the only answers were non-public addresses, which are never contacted
# This computer itself refused to send: its own firewall (EPERM/EACCES), or it has no route to that address (an
# IPv6 answer on a network without IPv6). Never blamed on the network path.
LOCAL_REFUSED = "local_send_refused"
LOCAL_NO_ROUTE = "local_no_route"

CERTIFICATE_FAILURES = frozenset({INVALID_HOSTNAME, UNKNOWN_AUTHORITY, INVALID_CERTIFICATE})
LOCAL_FAILURES = frozenset({LOCAL_REFUSED, LOCAL_NO_ROUTE, NOT_ALLOWED})
# Failures that a lossy or congested link can cause by itself: silence. A blocking verdict resting on one of these
# needs two confirmations; one resting on anything else (an RST, NXDOMAIN, a forged answer) needs one.
LOSS_POSSIBLE = frozenset({TIMEOUT, SERVFAIL, HOST_UNREACHABLE, NETWORK_UNREACHABLE})

# OpenSSL X509_V_ERR_* codes, grouped the way a person reads them.
_UNKNOWN_AUTHORITY_CODES = frozenset({2, 18, 19, 20, 21, 27, 28})
_HOSTNAME_MISMATCH_CODE = 62


class AddressNotAllowed(OSError):
    """Raised before any packet leaves when an address is outside ProbeConfig.allowed_networks."""


class StepFailed(OSError):
    """A failure already known by its failure string (e.g. a host name the resolver could not resolve)."""

    def __init__(self, failure: str, message: str = "") -> None:
        super().__init__(message or failure)
        self.failure = failure


def certificate_failure(exc: ssl.SSLCertVerificationError) -> str:
    code = getattr(exc, "verify_code", None)
    if code == _HOSTNAME_MISMATCH_CODE:
        return INVALID_HOSTNAME
    if code in _UNKNOWN_AUTHORITY_CODES:
        return UNKNOWN_AUTHORITY
    return INVALID_CERTIFICATE


def _oserror_failure(exc: OSError) -> str:
    if isinstance(exc, StepFailed):
        return exc.failure
    if isinstance(exc, AddressNotAllowed):
        return NOT_ALLOWED
    if isinstance(exc, ConnectionRefusedError):
        return REFUSED
    if isinstance(exc, ConnectionResetError):
        # asyncio's TLS raises a bare ConnectionResetError (no errno) for a clean close mid-handshake.
        return RESET if exc.errno is not None else EOF
    if isinstance(exc, (ConnectionAbortedError, BrokenPipeError)):
        return EOF
    if isinstance(exc, TimeoutError):
        return TIMEOUT
    if isinstance(exc, PermissionError) or exc.errno in (errno.EPERM, errno.EACCES):
        return LOCAL_REFUSED
    by_errno = {
        errno.ECONNREFUSED: REFUSED,
        errno.ECONNRESET: RESET,
        errno.ETIMEDOUT: TIMEOUT,
        errno.EHOSTUNREACH: HOST_UNREACHABLE,
        errno.ENETUNREACH: NETWORK_UNREACHABLE,
        errno.EPIPE: EOF,
    }
    if exc.errno in by_errno:
        return by_errno[exc.errno]
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return f"unknown_failure: {name}"


def classify_exception(exc: BaseException) -> str:
    """The failure string for any exception a step raised; never raises itself."""
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError, dns.exception.Timeout, httpx.TimeoutException)):
        return TIMEOUT
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_failure(exc)
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError, asyncio.IncompleteReadError, EOFError)):
        return EOF
    if isinstance(exc, ssl.SSLError):
        text = str(exc).lower()
        if "eof" in text or "unexpected_eof" in text:
            return EOF
        if "reset" in text:
            return RESET
        return FAILED_HANDSHAKE
    if isinstance(exc, httpx.TooManyRedirects):
        return TOO_MANY_REDIRECTS
    if isinstance(exc, (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.NetworkError)):
        cause = exc.__cause__ or exc.__context__
        while isinstance(cause, (httpcore.ConnectError, httpcore.ReadError, httpcore.WriteError,
                                 httpcore.NetworkError)) and (cause.__cause__ or cause.__context__):
            cause = cause.__cause__ or cause.__context__
        if cause is not None and cause is not exc:
            return classify_exception(cause)
        text = str(exc).lower()
        if "reset" in text:
            return RESET
        if "refused" in text:
            return REFUSED
        return EOF
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.LocalProtocolError, httpx.DecodingError)):
        cause = exc.__cause__
        if isinstance(cause, OSError):
            return _oserror_failure(cause)
        text = str(exc).lower()
        if "without sending" in text or "peer closed" in text or "incomplete" in text:
            return EOF
        return INVALID_RESPONSE
    if isinstance(exc, OSError):
        return _oserror_failure(exc)
    if isinstance(exc, dns.exception.DNSException):
        return MISBEHAVING
    return f"unknown_failure: {type(exc).__name__}"
