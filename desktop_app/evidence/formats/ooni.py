"""Vantage measurement records rewritten as OONI measurements (JSONL) that claim only what was measured.

The shapes follow ooni/spec data-formats: df-000-base (top level), df-002-dnst (`queries`), df-005-tcpconnect
(`tcp_connect`), df-006-tlshandshake (`tls_handshakes`), df-001-httpt (`requests`), df-008-netevents
(`network_events`), df-007-errors (failure strings); the experiment is nettests/ts-027-urlgetter unless a test
helper answered (then ts-017 web_connectivity with its `control`). What OONI has no field for goes under `x_` keys,
which the spec always permits; Vantage's own conclusion is `test_keys.x_vantage_verdict`.

What OONI's analysis reads (ooni/data's observation code) is first-try data only: the first DNS answers, the
connects, handshakes and request that followed. Repeats of a failed step (`x_retests`) and fetches made without
checking the certificate (`x_unverified_requests`) are kept apart, so a blockpage served by an interceptor is never
read as a clean 200; handshakes made to see an invalid certificate or with a decoy server name are in
`tls_handshakes` with `no_tls_verify` true and their own tag, which OONI's rules do not score.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import platform as _platform
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import urlsplit

from desktop_app.common.timeutil import utc_epoch
from desktop_app.common.vocabulary import VERDICTS
from desktop_app.probes.addresses import parse_address
from desktop_app.probes.dns import Nameserver, parse_nameserver

DATA_FORMAT_VERSION = "0.2.0"
URLGETTER = "urlgetter"
WEB_CONNECTIVITY = "web_connectivity"
# urlgetter's spec version; web_connectivity below 0.5 is read as OONI's "classic" algorithm, which Vantage follows.
TEST_VERSIONS = {URLGETTER: "0.2.0", WEB_CONNECTIVITY: "0.4.3"}
SOFTWARE_NAME = "vantage"
WITHHELD_IP = "127.0.0.1"  # OONI's value for an address the probe does not disclose
UNKNOWN_ASN = "AS0"
UNKNOWN_CC = "ZZ"
MAX_BODY = 1 << 19  # bytes: OONI probes keep at most this much of a response body (body_is_truncated beyond)
# The data formats (df-xxx) a measurement's test_keys use, and their versions (df-000's `extensions`).
EXTENSIONS = {"dnst": 0, "httpt": 0, "netevents": 0, "tcpconnect": 0, "tlshandshake": 0}

DEFAULT_PORTS = {"http": 80, "https": 443, "tls": 443}
SECONDS_CACHE = 1 << 16  # distinct millisecond values (answer lists, header sets) an export converts once
# Vantage verdict -> web_connectivity's `blocking` key (ts-017), declared with each verdict in common/vocabulary.py.
_BLOCKING = {v.name: v.ooni_blocking for v in VERDICTS if v.ooni_blocking is not None}

# df-007-errors: the failure strings OONI's tools know. Ours outside it become "unknown_failure: <ours>".
DF007 = frozenset({
    "android_dns_cache_no_data", "connection_aborted", "connection_already_closed", "connection_refused",
    "connection_reset", "dns_bogon_error", "dns_no_answer", "dns_non_recoverable_failure", "dns_nxdomain_error",
    "dns_reply_with_wrong_query_id", "dns_refused_error", "dns_server_misbehaving", "dns_servfail_error",
    "dns_temporary_failure", "eof_error", "http_invalid_redirect_location_host", "http_request_failed",
    "host_unreachable", "generic_timeout_error", "http_unexpected_redirect_url", "http_unexpected_status_code",
    "interrupted", "json_parse_error", "network_down", "network_reset", "network_unreachable",
    "quic_incompatible_version", "ssl_failed_handshake", "ssl_invalid_hostname", "ssl_unknown_authority",
    "ssl_invalid_certificate",
})
_RCODES = {"NOERROR": 0, "FORMERR": 1, "SERVFAIL": 2, "NXDOMAIN": 3, "NOTIMP": 4, "REFUSED": 5, "YXDOMAIN": 6,
           "YXRRSET": 7, "NXRRSET": 8, "NOTAUTH": 9, "NOTZONE": 10, "BADVERS": 16}
# Go's names for the processor (df-000's `architecture` annotation).
_ARCHITECTURES = (("x86_64", "amd64"), ("amd64", "amd64"), ("aarch64", "arm64"), ("arm64", "arm64"),
                  ("i686", "386"), ("i386", "386"), ("armv7", "arm"))
# Tags of the steps OONI's classic algorithm also takes (the first try of the system resolver's path).
CLASSIC = "classic"
_CLASSIC_STEPS = frozenset({"tcp", "tls", "http", "tcp_linger"})


def df007(failure: str | None) -> str | None:
    """Our failure string as one of df-007's (unknown ones prefixed "unknown_failure: ", as OONI's probes do)."""
    if failure is None or failure in DF007 or failure.startswith("unknown_failure"):
        return failure
    return f"unknown_failure: {failure}"


def ooni_time(iso_or_epoch: str | float) -> str:
    """"2026-11-28T19:00:01.234Z" (or epoch seconds) -> "2026-11-28 19:00:01", OONI's UTC format."""
    epoch = utc_epoch(iso_or_epoch) if isinstance(iso_or_epoch, str) else float(iso_or_epoch)
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _random_part(seed: str, length: int = 40) -> str:
    """OONI's report ids end in random letters; ours are drawn from a SHA-256 of something unique to the sweep (its
    log block), so two people never share one and re-exporting the same history gives the same ids."""
    number = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest(), "big")
    out = []
    for _ in range(length):
        number, digit = divmod(number, len(_ALPHABET))
        out.append(_ALPHABET[digit])
    return "".join(out)


def report_id(context: Mapping[str, Any], seed: str, test_name: str = URLGETTER) -> str:
    """An OONI-style report id for one sweep and experiment: "<start>Z_<test>_<CC>_<ASN number>_n1_<random>"."""
    return report_ids(context, seed, (test_name,))[test_name]


def report_ids(context: Mapping[str, Any], seed: str, test_names: Iterable[str]) -> dict[str, str]:
    """report_id for several experiments of one sweep, its time and network worked out once."""
    started = str(context["started_at"])
    if len(started) == 24 and started[10] == "T" and started[19] == ".":  # the stored form, sliced
        start = f"{started[0:4]}{started[5:7]}{started[8:10]}T{started[11:13]}{started[14:16]}{started[17:19]}Z"
    else:
        start = datetime.fromtimestamp(utc_epoch(started), tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    middle = f"{_cc(context)}_{_asn(context)[2:]}_n1_"
    return {name: f"{start}_{name.replace('_', '')}_{middle}{_random_part(seed + name, 16)}" for name in test_names}


def measurement_uid(measured_at: str, cc: str, test_name: str, suffix: str) -> str:
    """OONI's uid shape, "<YYYYmmddHHMMSS>.<µs>_<CC>_<test>_<16 hex>"; `suffix` is the 16 hex digits."""
    return f"{_uid_stamp(measured_at)}{_uid_middle(cc, test_name)}{suffix}"


def _uid_middle(cc: str, test_name: str) -> str:
    return f"_{cc}_{test_name.replace('_', '')}_"


def _uid_stamp(m: str) -> str:
    """A uid's "<YYYYmmddHHMMSS>.<µs>" from a measurement's time."""
    if len(m) == 24 and m[10] == "T" and m[19] == ".":  # the stored "YYYY-MM-DDTHH:MM:SS.mmmZ", sliced
        return f"{m[0:4]}{m[5:7]}{m[8:10]}{m[11:13]}{m[14:16]}{m[17:19]}.{m[20:23]}000"
    when = m.replace("-", "").replace(":", "").replace("T", "")
    digits, _, fraction = when.rstrip("Z").partition(".")
    return f"{digits[:14]}.{(fraction + '000000')[:6]}"


def _asn(context: Mapping[str, Any]) -> str:
    raw = str(context.get("asn") or "").strip().upper()
    digits = raw[2:] if raw.startswith("AS") else raw
    return f"AS{int(digits)}" if digits.isdigit() else UNKNOWN_ASN


def _cc(context: Mapping[str, Any]) -> str:
    raw = str(context.get("country") or "").strip().upper()
    return raw if len(raw) == 2 and raw.isalpha() else UNKNOWN_CC


def _os_family(os_text: str) -> str:
    lowered = os_text.lower()
    for needle, family in (("windows", "windows"), ("macos", "macos"), ("darwin", "macos"), ("linux", "linux")):
        if needle in lowered:
            return family
    return "unknown"


def _architecture(os_text: str) -> str:
    lowered = (os_text or _platform.machine()).lower()
    return next((arch for needle, arch in _ARCHITECTURES if needle in lowered), "unknown")


def _seconds(ms: Any) -> float:
    return _round6(float(ms or 0.0) / 1000.0)


_ROUNDER = 1.5 * 2.0**52


def _round6(x: float) -> float:
    """round(x, 6), bit for bit, at a fraction of its cost (it formats x as decimal text; a month's export rounds
    ten million times). Where x * 1e6 is within 0.25 of an integer k, the exact x * 10**6 is within 0.36 of k (the
    product's error is below 0.11 while |x * 1e6| < 1e15), so x rounded to 6 places is k / 10**6, and k / 1e6 is
    the double nearest to that, which is what round() returns. Anything nearer a half is left to round()."""
    y = x * 1e6
    if -1e15 < y < 1e15:
        k = (y + _ROUNDER) - _ROUNDER  # the integer nearest y (below 2**51 the sum's unit is 1), without an int
        if -0.25 < y - k < 0.25:
            return k / 1e6 if k else math.copysign(0.0, x)  # round() keeps the sign of a zero
    return round(x, 6)


def _step_times(step: Mapping[str, Any]) -> tuple[float, float]:
    """A step's start and end in seconds since the measurement began (OONI's t0 and t)."""
    t0 = _seconds(step.get("t0_ms"))
    return t0, _round6(t0 + _seconds(step.get("t_ms")))


def _system_resolver(disclosed: Mapping[str, str] | None) -> Nameserver | None:
    """The first system resolver of the sweep, from its disclosed "ip:port[,ip:port...]" value."""
    first = (disclosed or {}).get("resolver", "").split(",")[0].strip()
    if not first:
        return None
    try:
        return parse_nameserver(first)
    except ValueError:
        return None


def _host_port(address: str, port: int) -> str:
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


def _url_port(url: str) -> int:
    parts = urlsplit(url)
    try:
        explicit = parts.port
    except ValueError:
        explicit = None
    return explicit or DEFAULT_PORTS.get(parts.scheme, 443)


def ooni_input(url: str) -> str:
    """The experiment's input: URLs as they are; Vantage's tcp:// and tls:// endpoints as urlgetter's
    tcpconnect://host:port and tlshandshake://host:port (ts-027)."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("tcp", "tls"):
        return f"{'tcpconnect' if scheme == 'tcp' else 'tlshandshake'}://{rest.rstrip('/')}"
    return url


def _start_time(iso: str) -> str:
    """ooni_time of a stored "YYYY-MM-DDTHH:MM:SS.mmmZ" by slicing (a month holds millions); else parsed."""
    if len(iso) == 24 and iso[10] == "T" and iso[19] == "." and iso[23] == "Z":
        return f"{iso[:10]} {iso[11:19]}"
    return ooni_time(iso)


def _maybe_binary(data: bytes | str) -> tuple[Any, bool]:
    """MaybeBinaryData (df-001) of at most MAX_BODY bytes, and whether it was cut."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    truncated = len(raw) > MAX_BODY
    raw = raw[:MAX_BODY]
    try:
        return raw.decode("utf-8"), truncated
    except UnicodeDecodeError:
        return {"format": "base64", "data": base64.b64encode(raw).decode("ascii")}, truncated


_ALPNS = {"HTTP/2": "h2", "HTTP/1.1": "http/1.1", "HTTP/1.0": "http/1.0", "HTTP/3": "h3"}


def _alpn(http_version: Any) -> str:
    return _ALPNS.get(str(http_version), "")


@dataclass
class OoniCache:
    """What repeats across the sweeps of one export, worked out once: address families, URL hosts and ports, and
    the parts of a measurement that never change for the same input (requests, answers, tags, annotations).

    Measurements made through one cache share those parts: treat them as read-only (the exporter serialises each
    at once)."""

    families: dict[str, int | None] = field(default_factory=dict)
    hosts: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    answers: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    answer_lists: dict[tuple[Any, ...], list[dict[str, Any]]] = field(default_factory=dict)
    header_sets: dict[tuple[Any, ...], tuple[dict[str, str], list[list[str]]]] = field(default_factory=dict)
    tag_lists: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    first_tags: dict[tuple[str, bool], list[str]] = field(default_factory=dict)  # (step, on the classic path)
    dns_tags: dict[str, list[str]] = field(default_factory=dict)  # a first try's DNS step's, by resolver
    seconds: dict[Any, float] = field(default_factory=dict)  # milliseconds as stored -> OONI's seconds
    annotations: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict)
    certificates: dict[str, dict[str, str] | None] = field(default_factory=dict)  # sha256 -> df-006 BinaryData
    # The store's evidence bytes by SHA-256 (None: what was not kept); the exporter sets it.
    blob: Callable[[str], bytes | None] | None = None

    def certificate(self, sha256: str) -> dict[str, str] | None:
        try:
            return self.certificates[sha256]
        except KeyError:
            der = self.blob(sha256) if self.blob is not None else None
            found = self.certificates[sha256] = (
                None if der is None else {"data": base64.b64encode(der).decode("ascii"), "format": "base64"})
            return found

    def body(self, sha256: str | None) -> bytes | None:
        return self.blob(sha256) if sha256 and self.blob is not None else None

    def answer_list(self, addresses: Iterable[Any]) -> list[dict[str, Any]]:
        """df-002's answers for a DNS step's addresses (what is not an IP address left out), one list per set of
        addresses: a month of sweeps resolves the same few addresses over and over."""
        key = tuple(addresses)
        try:
            return self.answer_lists[key]
        except KeyError:
            answer = self.answer
            found = [a for a in (answer(str(x)) for x in key) if a is not None]
            if len(self.answer_lists) < SECONDS_CACHE:
                self.answer_lists[key] = found
            return found
        except TypeError:  # an address that is not JSON text or a number: left to answer() to refuse
            return [a for a in (self.answer(str(x)) for x in key) if a is not None]

    def answer(self, address: str) -> dict[str, Any] | None:
        """df-002's answer for one address, or None for what is not an IP address."""
        try:
            return self.answers[address]
        except KeyError:
            version = self.family(address)
            found = self.answers[address] = (
                {"answer_type": "A", "ipv4": address, "ttl": None} if version == 4 else
                {"answer_type": "AAAA", "ipv6": address, "ttl": None} if version == 6 else None)
            return found

    def response_headers(self, stored: Mapping[str, Any] | None) -> tuple[dict[str, str], list[list[str]]]:
        """df-001's `headers` and `headers_list` for a response's stored headers, worked out once for each set: an
        endpoint answers with the same headers sweep after sweep (bounded as the seconds are)."""
        if not stored:
            return {}, []
        try:
            key = tuple(stored.items())
            return self.header_sets[key]
        except KeyError:
            headers = {str(k): str(v) for k, v in stored.items()}
            found = (headers, [[k, v] for k, v in headers.items()])
            if len(self.header_sets) < SECONDS_CACHE:
                self.header_sets[key] = found
            return found
        except TypeError:  # a value that is not text: made each time
            headers = {str(k): str(v) for k, v in stored.items()}
            return headers, [[k, v] for k, v in headers.items()]

    def request(self, url: str) -> dict[str, Any]:
        try:
            return self.requests[url]
        except KeyError:
            found = self.requests[url] = _request(url)
            return found

    def tags(self, *parts: str) -> list[str]:
        try:
            return self.tag_lists[parts]
        except KeyError:
            found = self.tag_lists[parts] = list(parts)
            return found

    def annotation(self, os_text: str, version: str, vantage_platform: str, verdict: str) -> dict[str, str]:
        key = (os_text, version, vantage_platform, verdict)
        try:
            return self.annotations[key]
        except KeyError:
            found = self.annotations[key] = {
                "platform": _os_family(os_text), "architecture": _architecture(os_text),
                "engine_name": SOFTWARE_NAME, "engine_version": version,
                "x_vantage_platform": vantage_platform, "x_vantage_verdict": verdict}
            return found

    def second(self, ms: Any) -> float:
        """_seconds(ms), converted once per value (bounded as step_times is)."""
        found = self.seconds.get(ms)
        if found is None:
            found = _seconds(ms)
            if len(self.seconds) < SECONDS_CACHE:
                self.seconds[ms] = found
        return found

    def step_times(self, step: Mapping[str, Any]) -> tuple[float, float]:
        """_step_times with each millisecond value converted once: an export meets the same few thousand values
        millions of times (bounded: past SECONDS_CACHE values, they are converted each time)."""
        seconds = self.seconds
        start, took = step.get("t0_ms"), step.get("t_ms")
        t0 = seconds.get(start)
        if t0 is None:
            t0 = _seconds(start)
            if len(seconds) < SECONDS_CACHE:
                seconds[start] = t0
        d = seconds.get(took)
        if d is None:
            d = _seconds(took)
            if len(seconds) < SECONDS_CACHE:
                seconds[took] = d
        return t0, _round6(t0 + d)

    def family(self, answer: str) -> int | None:
        try:
            return self.families[answer]
        except KeyError:
            ip = parse_address(answer)
            version = self.families[answer] = None if ip is None else ip.version
            return version

    def host(self, url: str) -> tuple[str, int, str]:
        """The URL's host name (or the URL itself), its port, and the experiment's input for it."""
        try:
            return self.hosts[url]
        except KeyError:
            found = self.hosts[url] = (urlsplit(url).hostname or url, _url_port(url), ooni_input(url))
            return found


@dataclass
class _Lists:
    """The df lists of one measurement (first tries) or of its repeats."""

    queries: list[dict[str, Any]] = field(default_factory=list)
    tcp_connect: list[dict[str, Any]] = field(default_factory=list)
    tls_handshakes: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    network_events: list[dict[str, Any]] = field(default_factory=list)
    throughput: list[dict[str, Any]] = field(default_factory=list)  # Vantage's own: no OONI format for it

    def json(self) -> dict[str, list[dict[str, Any]]]:
        return {"queries": self.queries, "tcp_connect": self.tcp_connect, "tls_handshakes": self.tls_handshakes,
                "requests": self.requests, "network_events": self.network_events}


class OoniSweep:
    """Converts the records of one sweep; what the sweep's records share is worked out once, in the constructor.

    `seed` is unique to the sweep (the exporter uses its log block's hash): report ids and measurement uids come
    from it, so they are unique across people and stable across exports of the same history."""

    def __init__(self, context: Mapping[str, Any], *, seed: str, redact_ip: bool,
                 disclosed: Mapping[str, str] | None = None, cache: OoniCache | None = None) -> None:
        self.cache = cache if cache is not None else OoniCache()
        self.seed = seed
        self.report_ids = report_ids(context, seed, TEST_VERSIONS)
        # a uid's 16 hex digits: 12 from the sweep's seed, 4 from the record's index in its sweep
        self.uid_bases = {name: hashlib.sha256(f"{rid}/uid".encode()).hexdigest()[:12]
                          for name, rid in self.report_ids.items()}
        self.cc = _cc(context)
        # what follows a uid's time: "_<CC>_<test>_<12 hex of the sweep>", then the record's 4
        self.uid_middles = {name: f"{_uid_middle(self.cc, name)}{base}" for name, base in self.uid_bases.items()}
        nameserver = None if redact_ip else _system_resolver(disclosed)
        self.resolver = nameserver.address if nameserver is not None else None
        self.system_resolver = str(nameserver or "")
        self.os_text = str(context.get("os", ""))
        self.version = str(context.get("app_version", ""))
        resolver_asn = str(context.get("resolver_asn") or "").strip().upper()
        self.top = {  # the top-level keys every measurement of the sweep shares, in alphabetical order
            "extensions": EXTENSIONS,
            "probe_asn": _asn(context),
            "probe_cc": self.cc,
            "probe_ip": WITHHELD_IP,
            "probe_network_name": str(context.get("isp") or ""),
            "resolver_asn": _asn({"asn": resolver_asn}) if resolver_asn and not redact_ip else UNKNOWN_ASN,
            "resolver_network_name": str(context.get("resolver_network_name") or "") if not redact_ip else "",
            "software_name": SOFTWARE_NAME,
            "software_version": self.version,
        }
        started = context.get("started_at")
        self.test_start_time = _start_time(str(started)) if started else None

    # ---------------------------------------------------------------------------------------------- steps

    def _queries(self, step: Mapping[str, Any], host: str, tags: list[str], tx: int, out: list[dict[str, Any]]) -> None:
        """One Vantage DNS step -> df-002 queries as they were asked: A and AAAA apart when the step logged each
        question (the UDP resolver), else one query of type ANY (getaddrinfo, DoH answers merged)."""
        get = step.get
        resolver = get("resolver")
        if resolver == "system":
            engine, address = "udp", self.system_resolver
        elif resolver in ("getaddrinfo", "getaddrinfo_lab"):  # the lab's stands in for the OS's (system_lookup)
            engine, address = "getaddrinfo", ""
        else:
            engine, address = "doh", str(resolver)
        found = self.cache.answer_list(get("answers", ()))
        t0, t = self.cache.step_times(step)
        stored_failure = get("failure")
        failure = None if stored_failure is None else df007(stored_failure)
        stored_rcode = get("rcode")
        rcode = _RCODES.get(str(stored_rcode)) if stored_rcode else None
        logged = get("queries")
        if not logged:  # the common case, asked together: one ANY query (built directly: millions in an export)
            merged: dict[str, Any] = {
                "hostname": host, "engine": engine, "resolver_address": address, "resolver_hostname": None,
                "resolver_port": None, "query_type": "ANY", "failure": None if found else failure, "answers": found,
                "t0": t0, "t": t, "tags": tags, "transaction_id": tx}
            if rcode is not None:
                merged["rcode"] = rcode
            if found and stored_failure:
                merged["x_failure"] = stored_failure
            out.append(merged)
            return
        asked = [q.get("type") for q in logged if q.get("type") in ("A", "AAAA")]
        answered = {q.get("type") for q in logged if q.get("answered") is not None}
        for query_type in asked or ["ANY"]:
            answers = found if query_type == "ANY" else [a for a in found if a["answer_type"] == query_type]
            if query_type == "ANY" or failure is not None:
                this_failure = failure if not answers else None
            elif answers:
                this_failure = None
            elif query_type in answered:
                this_failure = "dns_no_answer"  # this question was asked on its own and answered without records
            else:
                this_failure = "generic_timeout_error"  # this question alone was never answered
            query: dict[str, Any] = {
                "hostname": host, "engine": engine, "resolver_address": address, "resolver_hostname": None,
                "resolver_port": None, "query_type": query_type, "failure": this_failure, "answers": answers,
                "t0": t0, "t": t, "tags": tags, "transaction_id": tx}
            if rcode is not None and (query_type == "ANY" or query_type in answered or not asked):
                query["rcode"] = rcode
            if this_failure != get("failure") and get("failure"):
                query["x_failure"] = get("failure")
            out.append(query)

    def _tcp(self, step: Mapping[str, Any], blocked_verdict: bool, tags: list[str], tx: int) -> dict[str, Any]:
        stored_failure = step.get("failure")
        t0, t = self.cache.step_times(step)
        if stored_failure is None:
            return {"ip": step.get("address"), "port": step.get("port"), "status": _CONNECTED,
                    "t0": t0, "t": t, "tags": tags, "transaction_id": tx}
        failure = df007(stored_failure)
        out = {"ip": step.get("address"), "port": step.get("port"),
               "status": {"success": failure is None, "failure": failure,
                          "blocked": bool(failure is not None and blocked_verdict)},
               "t0": t0, "t": t, "tags": tags, "transaction_id": tx}
        if failure != stored_failure:
            out["x_failure"] = stored_failure
        return out

    def _tls(self, step: Mapping[str, Any], port: int, tags: list[str], tx: int, alpn: str) -> dict[str, Any]:
        kind = str(step.get("step"))
        t0, t = self.cache.step_times(step)
        failure = df007(step.get("failure"))
        out: dict[str, Any] = {
            "network": "tcp",
            "address": _host_port(str(step.get("address")), port),
            "server_name": step.get("sni"),
            "failure": failure,
            "tls_version": step.get("version") or "",
            "cipher_suite": step.get("cipher") or "",
            "negotiated_protocol": (step.get("alpn") or alpn or "") if failure is None else "",
            "no_tls_verify": kind != "tls",
            "peer_certificates": self._certificates(step.get("chain", ())),
            "t0": t0,
            "t": t,
            "tags": tags,
            "transaction_id": tx,
        }
        if failure != step.get("failure"):
            out["x_failure"] = step.get("failure")
        for key, name in _TLS_EXTRAS:
            value = step.get(key)
            if value:
                out[name] = value
        return out

    def _certificates(self, chain: Iterable[str]) -> list[dict[str, str]]:
        """df-006's peer_certificates: the chain's kept certificates (most handshakes name none)."""
        if not chain:
            return []
        return [c for c in map(self.cache.certificate, chain) if c is not None]

    def _requests(self, step: Mapping[str, Any], port: int, tags: list[str], tx: int) -> list[dict[str, Any]]:
        """One Vantage HTTP step (with its redirect chain) -> df-001 transactions, the final one first."""
        headers, headers_list = self.cache.response_headers(step.get("headers"))
        kept = self.cache.body(step.get("body_sha256"))
        if kept is not None:  # the bytes read (up to the body cap), kept for a measurement that was not ok
            body, body_cut = _maybe_binary(kept)
        else:  # an ok measurement keeps the body's length, digest and title only
            body, body_cut = None, int(step.get("body_length") or 0) > 0
        body_cut = body_cut or bool(step.get("truncated"))
        hops: list[tuple[str, int | None]] = []
        url = str(step.get("url"))
        for redirect in step.get("redirects", ()):
            hops.append((url, redirect.get("status")))
            url = str(redirect.get("location"))
        t0, t = self.cache.step_times(step)
        failure = df007(step.get("failure"))
        address = step.get("address")
        alpn = _alpn(step.get("http_version"))
        final: dict[str, Any] = {
            "network": "tcp",
            "address": _host_port(str(address), port) if address else None,
            "alpn": alpn,
            "failure": failure,
            "request": self.cache.request(url),
            "response": {"code": step.get("status") or 0, "headers": headers, "headers_list": headers_list,
                         "body": body, "body_is_truncated": body_cut},
            "tags": tags,
            "t0": t0,
            "t": t,
            "transaction_id": tx,
        }
        if failure != step.get("failure"):
            final["x_failure"] = step.get("failure")
        for key, name in _HTTP_EXTRAS:
            value = step.get(key)
            if value is not None:
                final[name] = value
        out = [final]
        for hop_url, status in reversed(hops):  # ts-017: time-reverse order, the first request last
            out.append({"failure": None, "request": self.cache.request(hop_url),
                        "response": {"code": status or 0, "headers": {}, "headers_list": [], "body": None,
                                     "body_is_truncated": False},
                        "tags": tags, "transaction_id": tx})
        return out

    def _linger_event(self, step: Mapping[str, Any], tags: list[str], tx: int) -> dict[str, Any]:
        """A tcp:// endpoint's short read after connecting (a reset there is the evidence) as a df-008 event."""
        t0, t = self.cache.step_times(step)
        return {"operation": "read", "proto": "tcp",
                "address": _host_port(str(step.get("address")), int(step.get("port") or 0)),
                "failure": df007(step.get("failure")), "t0": t0, "t": t, "tags": tags, "transaction_id": tx}

    def _lists(self, steps: list[Mapping[str, Any]], host: str, url_port: int, blocked_tcp: bool, first: bool,
               out: _Lists, unverified: list[dict[str, Any]], next_tx: list[int]) -> None:
        """Append one attempt's steps to `out`; one transaction id per DNS step and per address connected to (its
        TCP connect, TLS handshake and request), a new one for each handshake or fetch on a connection of its own.

        Millions of records go through here in a month's export: one pass, no per-call closures, each step's tags
        looked up rather than built."""
        cache = self.cache
        tag = cache.tags
        first_tags = cache.first_tags
        dns_tags = cache.dns_tags
        system_answers: set[str] = set()
        by_address: dict[Any, int] = {}  # address -> its connection's transaction id
        ports: dict[Any, Any] = {}  # address -> the port its TCP connect used (connects come first)
        handshakes: dict[Any, dict[str, Any]] = {}  # address -> its verified handshake, for the request's ALPN
        tx = next_tx[0]
        for step in steps:
            get = step.get
            kind = get("step")
            if type(kind) is not str:
                kind = str(kind)
            if kind == "dns":
                resolver = get("resolver")
                if resolver in _SYSTEM_RESOLVERS:
                    system_answers.update(get("answers", ()))
                if not first:
                    tags = tag("retest", kind, f"try={get('try', 2)}")
                elif type(resolver) is str:
                    known = dns_tags.get(resolver)
                    if known is None:
                        known = dns_tags[resolver] = _first_dns_tags(resolver)
                    tags = known
                else:
                    tags = _first_dns_tags(resolver)
                tx += 1
                self._queries(step, host, tags, tx, out.queries)
                continue
            address = get("address")
            if first:
                key = (kind, address is None or address in system_answers)
                known = first_tags.get(key)
                if known is None:
                    known = first_tags[key] = [CLASSIC, kind] if key[1] and kind in _CLASSIC_STEPS else [kind]
                tags = known
            else:
                tags = tag("retest", kind, f"try={get('try', 2)}")
            if kind == "tcp":
                ports[address] = get("port")
                connection = by_address.get(address)
                if connection is None:
                    tx += 1
                    connection = by_address[address] = tx
                out.tcp_connect.append(self._tcp(step, blocked_tcp, tags, connection))
            elif kind == "http":
                connection = by_address.get(address)
                if connection is None:
                    tx += 1
                    connection = by_address[address] = tx
                made_requests = self._requests(step, int(ports.get(address) or url_port), tags, connection)
                shook = handshakes.get(address)
                if shook is not None and not shook["negotiated_protocol"] and shook["failure"] is None:
                    shook["negotiated_protocol"] = made_requests[0]["alpn"]  # records before the ALPN was kept
                out.requests[:0] = made_requests  # the latest transaction first
            elif kind == "tls":
                connection = by_address.get(address)
                if connection is None:
                    tx += 1
                    connection = by_address[address] = tx
                made = handshakes[address] = self._tls(step, int(ports.get(address) or url_port), tags, connection, "")
                out.tls_handshakes.append(made)
            elif kind == "tcp_linger":
                connection = by_address.get(address)
                if connection is None:
                    tx += 1
                    connection = by_address[address] = tx
                out.network_events.append(self._linger_event(step, tags, connection))
            elif kind == "tls_unverified" or kind == "sni_swap":
                port = int(ports.get(address) or url_port)
                tx += 1
                out.tls_handshakes.append(self._tls(step, port, tags, tx, ""))
            elif kind == "http_unverified":
                port = int(ports.get(address) or url_port)
                tx += 1
                unverified[:0] = self._requests(step, port, tags, tx)
            elif kind == "throughput" and first:
                out.throughput.append({k: v for k, v in step.items() if k != "step"})
        next_tx[0] = tx

    # ---------------------------------------------------------------------------------------------- measurement

    def convert(self, record: Mapping[str, Any], index: int = 0) -> dict[str, Any]:
        """One OONI measurement for one Vantage record (the `index`-th of its sweep)."""
        url = str(record["url"])
        host, url_port, input_ = self.cache.host(url)
        verdict = str(record.get("verdict"))
        blocked_tcp = verdict in ("tcp_blocked", "tcp_reset")
        first = record.get("steps") or []
        retest = record.get("confirm") or record.get("retest")  # records before 2026-12 made a whole re-test
        found_control = record.get("control")  # {"helper", "failure", "response"} when a test helper was asked
        control: Mapping[str, Any] = found_control if isinstance(found_control, Mapping) else {}
        web = url.startswith(("http://", "https://"))  # oohelperd controls URLs; app endpoints stay urlgetter
        test_name = WEB_CONNECTIVITY if web and control.get("failure") is None and control.get("response") \
            else URLGETTER
        lists = _Lists()
        unverified: list[dict[str, Any]] = []
        next_tx = [0]
        self._lists(first, host, url_port, blocked_tcp, True, lists, unverified, next_tx)
        keys: dict[str, Any] = {"agent": "redirect", "client_resolver": self.resolver, "socksproxy": None,
                                "queries": lists.queries, "tcp_connect": lists.tcp_connect,
                                "tls_handshakes": lists.tls_handshakes, "requests": lists.requests,
                                "network_events": lists.network_events}
        if test_name == URLGETTER:
            failure, failed_operation = _first_failure(first)
            keys["failure"] = df007(failure)
            keys["failed_operation"] = failed_operation
            keys["tunnel"] = ""
        else:
            keys.update(_web_connectivity_keys(first, verdict, control["response"]))
            keys["retries"] = None
        if lists.throughput:
            keys["x_throughput"] = lists.throughput
        if retest:
            repeats = _Lists()
            self._lists(retest, host, url_port, blocked_tcp, False, repeats, unverified, next_tx)
            keys["x_retests"] = repeats.json()
        if unverified:
            keys["x_unverified_requests"] = unverified
        if test_name == URLGETTER and control:
            keys["x_control"] = control
        keys["x_vantage_verdict"] = {"platform": record.get("platform"), "verdict": verdict,
                                     "reason": record.get("reason"), "retested": bool(retest),
                                     "latency_ms": record.get("latency_ms"), "url": url}
        measured = str(record["measured_at"])
        rid = self.report_ids[test_name]
        out: dict[str, Any] = {
            "annotations": self.cache.annotation(self.os_text, self.version, str(record.get("platform")), verdict),
            "data_format_version": DATA_FORMAT_VERSION,
            "input": input_,
            "measurement_start_time": _start_time(measured),
            "measurement_uid": f"{_uid_stamp(measured)}{self.uid_middles[test_name]}{index & 0xFFFF:04x}",
            **self.top,
            "report_id": rid,
            "test_helpers": {"backend": control.get("helper")} if test_name == WEB_CONNECTIVITY else None,
            "test_keys": keys,
            "test_name": test_name,
            "test_runtime": self.cache.second(record.get("t_ms")),
            "test_start_time": self.test_start_time or _start_time(measured),
            "test_version": TEST_VERSIONS[test_name],
        }
        if self.resolver is not None:
            out["resolver_ip"] = self.resolver
        return out


_SYSTEM_RESOLVERS = ("system", "getaddrinfo", "getaddrinfo_lab")  # the system's path (the lab's stands in for the OS's)


def _first_dns_tags(resolver: Any) -> list[str]:
    """A first try's DNS step's tags: the system resolver's are on OONI's classic path, the rest are DoH."""
    if resolver in _SYSTEM_RESOLVERS:
        return [CLASSIC, "dns_system" if resolver == "system" else str(resolver)]
    return ["doh"]


_CONNECTED = {"success": True, "failure": None, "blocked": False}  # df-005 status of every connect that worked
# What a step records beyond OONI's fields, and the x_ key each goes under.
_TLS_EXTRAS = tuple((key, f"x_{key}") for key in ("issuer", "subject", "leaf_sha256", "detail", "chain"))
_HTTP_EXTRAS = tuple((key, f"x_{key}") for key in ("body_length", "body_sha256", "title", "blockpage", "http_version"))
_OPERATIONS = {"dns": "resolve", "tcp": "connect", "tcp_linger": "read", "tls": "tls_handshake",
               "http": "http_round_trip"}


def _first_failure(steps: list[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """urlgetter's `failure` and `failed_operation`: the first step of the system resolver's path that failed."""
    for step in steps:
        kind = step.get("step")
        if kind == "dns" and step.get("resolver") != "system":
            continue
        if kind in _OPERATIONS and step.get("failure"):
            return str(step["failure"]), _OPERATIONS[str(kind)]
    return None, None


def _request(url: str) -> dict[str, Any]:
    return {"url": url, "method": "GET", "headers": {}, "headers_list": [], "body": "", "body_is_truncated": False,
            "tor": {"exit_ip": None, "exit_name": None, "is_tor": False}, "x_transport": "tcp"}


def _web_connectivity_keys(steps: list[Mapping[str, Any]], verdict: str,
                           control: Mapping[str, Any]) -> dict[str, Any]:
    """ts-017's summary keys, comparing the first try with the test helper's `control` (oohelperd's answer)."""
    system = next((s for s in steps if s.get("step") == "dns" and s.get("resolver") == "system"), None)
    http = next((s for s in steps if s.get("step") == "http"), None)
    web_failure = next((s.get("failure") for s in steps
                        if s.get("step") in ("tcp_linger", "tls", "http") and s.get("failure")), None)
    ctrl_dns = control.get("dns") or {}
    ctrl_http = control.get("http_request") or {}
    consistency = None
    if system is not None:
        if system.get("failure") and ctrl_dns.get("failure"):
            consistency = "consistent"
        elif system.get("failure") is None and ctrl_dns.get("failure") is None:
            ours, theirs = set(system.get("answers", ())), set(ctrl_dns.get("addrs") or ())
            consistency = "consistent" if ours & theirs else "inconsistent"
        else:
            consistency = "inconsistent"
    matches: dict[str, Any] = {"body_length_match": None, "body_proportion": None, "headers_match": None,
                               "status_code_match": None, "title_match": None}
    if http is not None and http.get("status") and not ctrl_http.get("failure") \
            and int(ctrl_http.get("status_code") or -1) > 0 and int(ctrl_http.get("body_length") or 0) >= 0:
        ours_len, theirs_len = int(http.get("body_length") or 0), int(ctrl_http.get("body_length") or 0)
        proportion = (min(ours_len, theirs_len) / max(ours_len, theirs_len)) if max(ours_len, theirs_len) else 1.0
        ours_title, theirs_title = http.get("title") or "", ctrl_http.get("title") or ""
        ours_h = {k.lower() for k in (http.get("headers") or {})}
        theirs_h = {k.lower() for k in (ctrl_http.get("headers") or {})}
        matches = {"body_length_match": proportion > 0.7, "body_proportion": round(proportion, 6),
                   "headers_match": bool(ours_h & theirs_h) or not theirs_h,
                   "status_code_match": http.get("status") == ctrl_http.get("status_code"),
                   "title_match": (ours_title.split(" ")[0] == theirs_title.split(" ")[0]
                                   if ours_title and theirs_title else None)}
    if verdict == "throttled":
        accessible: bool | None = True
    elif verdict in _BLOCKING:
        accessible = verdict == "ok"
    else:  # offline, captive portal, platform down, inconclusive: no conclusion about censorship
        accessible = None
    return {
        "control": control, "control_failure": None,
        "dns_experiment_failure": df007(system.get("failure")) if system else None,
        "dns_consistency": consistency,
        "http_experiment_failure": df007(web_failure),
        **matches,
        "blocking": _BLOCKING.get(verdict),
        "accessible": accessible,
    }


def to_ooni(record: Mapping[str, Any], context: Mapping[str, Any], *, seed: str, redact_ip: bool,
            disclosed: Mapping[str, str] | None = None, index: int = 0) -> dict[str, Any]:
    """One OONI measurement for one Vantage record of the sweep described by `context`.

    `disclosed` holds the sweep's sensitive values (the system resolver "ip:port", the public IP) when the person
    chose to include them; with `redact_ip` they never appear. probe_ip is always OONI's "127.0.0.1". Converting
    many records of one sweep is faster through one OoniSweep.
    """
    return OoniSweep(context, seed=seed, redact_ip=redact_ip, disclosed=disclosed).convert(record, index)


def sweep_to_ooni(records: Iterable[Mapping[str, Any]], context: Mapping[str, Any], *, seed: str,
                  redact_ip: bool, disclosed: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Every record of one sweep as OONI measurements (one report per experiment)."""
    sweep = OoniSweep(context, seed=seed, redact_ip=redact_ip, disclosed=disclosed)
    return [sweep.convert(r, i) for i, r in enumerate(records)]


def write_ooni_jsonl(measurements: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write OONI's JSONL (one measurement per line, UTF-8 text); returns the number of lines written."""
    count = 0
    for m in measurements:
        out.write(json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count
