"""Vantage measurement records rewritten as OONI web_connectivity measurements (JSONL), so OONI's tools can read them.

The shapes follow ooni/spec data-formats: df-000-base (top level), df-002-dnst (`queries`), df-005-tcpconnect
(`tcp_connect`), df-006-tlshandshake (`tls_handshakes`), df-001-httpt (`requests`), df-008-netevents
(`network_events`) and nettests/ts-017-web-connectivity (the summary keys). What OONI has no field for goes under
`x_` keys, which the spec always permits, and Vantage's own conclusion under `vantage_verdict`.

Vantage has no OONI test helper: the comparison keys that need one (`body_length_match`, `headers_match`, ...) are
null and `control_failure` says why. Vantage's independent check is a DNS-over-HTTPS lookup (a `queries` entry with
engine "doh") and a handshake with a decoy server name (a `tls_handshakes` entry tagged "sni_swap").
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import urlsplit

from desktop_app.common.timeutil import utc_epoch
from desktop_app.common.vocabulary import VERDICTS
from desktop_app.probes.addresses import parse_address
from desktop_app.probes.dns import Nameserver, parse_nameserver

DATA_FORMAT_VERSION = "0.2.0"
TEST_NAME = "web_connectivity"
# Version of Vantage's mapping onto the web_connectivity shape (below 0.5: read as the "classic" algorithm).
TEST_VERSION = "0.1.0"
SOFTWARE_NAME = "vantage"
WITHHELD_IP = "127.0.0.1"  # OONI's value for an address the probe does not disclose
UNKNOWN_ASN = "AS0"
UNKNOWN_CC = "ZZ"
MAX_BODY = 1 << 19  # bytes: OONI probes keep at most this much of a response body (body_is_truncated beyond)
NO_CONTROL = ("unknown_failure: no test helper was asked (Vantage compares with DNS-over-HTTPS and a decoy "
              "server name instead)")

DEFAULT_PORTS = {"http": 80, "https": 443, "tls": 443}
# Vantage verdict -> web_connectivity's `blocking` key (ts-017), declared with each verdict in common/vocabulary.py.
_BLOCKING = {v.name: v.ooni_blocking for v in VERDICTS if v.ooni_blocking is not None}


def ooni_time(iso_or_epoch: str | float) -> str:
    """"2026-11-28T19:00:01.234Z" (or epoch seconds) -> "2026-11-28 19:00:01", OONI's UTC format."""
    epoch = utc_epoch(iso_or_epoch) if isinstance(iso_or_epoch, str) else float(iso_or_epoch)
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


def report_id(context: Mapping[str, Any], suffix: str) -> str:
    """An OONI-style report id for one sweep: "<start>Z_webconnectivity_<CC>_<ASN number>_n1_<suffix>"."""
    start = datetime.fromtimestamp(utc_epoch(context["started_at"]), tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    asn = _asn(context)[2:]
    return f"{start}_webconnectivity_{_cc(context)}_{asn}_n1_{suffix}"


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


def _seconds(ms: Any) -> float:
    return round(float(ms or 0.0) / 1000.0, 6)


def _step_times(step: Mapping[str, Any]) -> tuple[float, float]:
    """A step's start and end in seconds since the measurement began (OONI's t0 and t)."""
    t0 = _seconds(step.get("t0_ms"))
    return t0, round(t0 + _seconds(step.get("t_ms")), 6)


def _tags(base: str, attempt: int) -> list[str]:
    """First tries carry the step's tag alone; repeats that confirm a failure are tagged apart."""
    return [base] if attempt == 0 else [base, "confirmation"]


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


@dataclass
class OoniCache:
    """What repeats across the sweeps of one export, worked out once: address families, URL hosts and ports, and
    the parts of a measurement that never change for the same input (requests, answers, tags, annotations).

    Measurements made through one cache share those parts: treat them as read-only (the exporter serialises each
    at once)."""

    families: dict[str, int | None] = field(default_factory=dict)
    hosts: dict[str, tuple[str, int]] = field(default_factory=dict)
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    answers: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    tag_lists: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    annotations: dict[tuple[str, str, str, str], dict[str, str]] = field(default_factory=dict)

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

    def request(self, url: str) -> dict[str, Any]:
        try:
            return self.requests[url]
        except KeyError:
            found = self.requests[url] = _request(url)
            return found

    def tags(self, base: str, attempt: int) -> list[str]:
        try:
            return self.tag_lists[base, attempt]
        except KeyError:
            found = self.tag_lists[base, attempt] = _tags(base, attempt)
            return found

    def annotation(self, os_family: str, platform: str, verdict: str, reason: str) -> dict[str, str]:
        key = (os_family, platform, verdict, reason)
        try:
            return self.annotations[key]
        except KeyError:
            found = self.annotations[key] = {"platform": os_family, "engine_name": SOFTWARE_NAME,
                                             "vantage_platform": platform, "vantage_verdict": verdict,
                                             "vantage_reason": reason}
            return found

    def family(self, answer: str) -> int | None:
        try:
            return self.families[answer]
        except KeyError:
            ip = parse_address(answer)
            version = self.families[answer] = None if ip is None else ip.version
            return version

    def host(self, url: str) -> tuple[str, int]:
        """The URL's host name (or the URL itself) and its port."""
        try:
            return self.hosts[url]
        except KeyError:
            found = self.hosts[url] = (urlsplit(url).hostname or url, _url_port(url))
            return found


class OoniSweep:
    """Converts the records of one sweep; what the sweep's records share is worked out once, in the constructor."""

    def __init__(self, context: Mapping[str, Any], *, report_id: str, redact_ip: bool,
                 disclosed: Mapping[str, str] | None = None, cache: OoniCache | None = None) -> None:
        self.cache = cache if cache is not None else OoniCache()
        nameserver = None if redact_ip else _system_resolver(disclosed)
        self.resolver = nameserver.address if nameserver is not None else None
        self.system_resolver = str(nameserver or "")
        self.os_family = _os_family(str(context.get("os", "")))
        self.top = {  # the top-level keys every measurement of the sweep shares, in alphabetical order
            "probe_asn": _asn(context),
            "probe_cc": _cc(context),
            "probe_ip": WITHHELD_IP,
            "probe_network_name": str(context.get("isp") or ""),
            "report_id": report_id,
            "resolver_asn": UNKNOWN_ASN,
            "resolver_network_name": "",
            "software_name": SOFTWARE_NAME,
            "software_version": str(context.get("app_version", "")),
            "test_helpers": None,
        }
        started = context.get("started_at")
        self.test_start_time = _start_time(str(started)) if started else None

    # ---------------------------------------------------------------------------------------------- steps

    def _queries(self, step: Mapping[str, Any], host: str, attempt: int, out: list[dict[str, Any]]) -> None:
        """One Vantage DNS step (A and AAAA merged) -> two df-002 queries, one per type, as they were asked."""
        v4: list[dict[str, Any]] = []
        v6: list[dict[str, Any]] = []
        answer = self.cache.answer
        get = step.get
        for a in get("answers", ()):
            found = answer(str(a))
            if found is not None:
                (v4 if found["answer_type"] == "A" else v6).append(found)
        resolver = get("resolver")
        if resolver != "system":
            engine, address, tags = "doh", resolver, self.cache.tags("doh", attempt)
        else:
            engine, address, tags = "udp", self.system_resolver, self.cache.tags("system_resolver", attempt)
        t0, t = _step_times(step)
        failure = get("failure")
        rcode = get("rcode")
        for query_type, answers in (("A", v4), ("AAAA", v6)):
            query = {"hostname": host, "engine": engine, "resolver_address": address, "resolver_hostname": None,
                     "resolver_port": None, "t0": t0, "t": t, "tags": tags}
            if rcode:
                query["x_rcode"] = rcode
            query["query_type"] = query_type
            query["failure"] = failure if failure is not None or answers else "dns_no_answer"
            query["answers"] = answers
            out.append(query)

    def _tcp(self, step: Mapping[str, Any], blocked_verdict: bool, attempt: int) -> dict[str, Any]:
        failure = step.get("failure")
        t0, t = _step_times(step)
        return {"ip": step.get("address"), "port": step.get("port"),
                "status": {"success": failure is None, "failure": failure,
                           "blocked": bool(failure is not None and blocked_verdict)},
                "t0": t0, "t": t,
                "tags": self.cache.tags("tcp", attempt)}

    def _tls(self, step: Mapping[str, Any], port: int, attempt: int) -> dict[str, Any]:
        kind = str(step.get("step"))
        t0, t = _step_times(step)
        out: dict[str, Any] = {
            "network": "tcp",
            "address": _host_port(str(step.get("address")), port),
            "server_name": step.get("sni"),
            "failure": step.get("failure"),
            "tls_version": step.get("version") or "",
            "cipher_suite": step.get("cipher") or "",
            "negotiated_protocol": "",
            "no_tls_verify": kind != "tls",
            "peer_certificates": [{"data": c, "format": "base64"} for c in step.get("peer_certificates", ()) if c],
            "t0": t0,
            "t": t,
            "tags": self.cache.tags(kind, attempt),
        }
        for key in ("issuer", "subject", "leaf_sha256", "detail"):
            if step.get(key):
                out[f"x_{key}"] = step[key]
        return out

    def _requests(self, step: Mapping[str, Any], attempt: int) -> list[dict[str, Any]]:
        """One Vantage HTTP step (with its redirect chain) -> df-001 transactions, the final one first."""
        headers = {str(k): str(v) for k, v in (step.get("headers") or {}).items()}
        if "body" in step:
            body, body_cut = _maybe_binary(step["body"])
        else:  # Vantage keeps the body's length and digest, never the body itself
            body, body_cut = None, int(step.get("body_length") or 0) > 0
        body_cut = body_cut or bool(step.get("truncated"))
        tags = self.cache.tags(str(step.get("step")), attempt)
        hops: list[tuple[str, int | None]] = []
        url = str(step.get("url"))
        for redirect in step.get("redirects", ()):
            hops.append((url, redirect.get("status")))
            url = str(redirect.get("location"))
        t0, t = _step_times(step)
        final = {
            "failure": step.get("failure"),
            "request": self.cache.request(url),
            "response": {"code": step.get("status") or 0, "headers": headers,
                         "headers_list": [[k, v] for k, v in headers.items()], "body": body,
                         "body_is_truncated": body_cut},
            "tags": tags,
            "t0": t0,
            "t": t,
        }
        for key in ("body_length", "body_sha256", "title", "blockpage", "http_version", "address"):
            if step.get(key) is not None:
                final[f"x_{key}"] = step[key]
        out = [final]
        for hop_url, status in reversed(hops):  # ts-017: time-reverse order, the first request last
            out.append({"failure": None, "request": self.cache.request(hop_url),
                        "response": {"code": status or 0, "headers": {}, "headers_list": [], "body": None,
                                     "body_is_truncated": False},
                        "tags": tags})
        return out

    def _linger_event(self, step: Mapping[str, Any], attempt: int) -> dict[str, Any]:
        """A tcp:// endpoint's short read after connecting (a reset there is the evidence) as a df-008 event."""
        t0, t = _step_times(step)
        return {"operation": "read", "proto": "tcp",
                "address": _host_port(str(step.get("address")), int(step.get("port") or 0)),
                "failure": step.get("failure"), "t0": t0,
                "t": t,
                "tags": self.cache.tags("tcp_linger", attempt)}

    # ---------------------------------------------------------------------------------------------- measurement

    def convert(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """One OONI web_connectivity measurement for one Vantage record of this sweep."""
        url = str(record["url"])
        host, url_port = self.cache.host(url)
        verdict = str(record.get("verdict"))
        blocked_tcp = verdict in ("tcp_blocked", "tcp_reset")
        queries: list[dict[str, Any]] = []
        tcp_connect: list[dict[str, Any]] = []
        tls_handshakes: list[dict[str, Any]] = []
        requests: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        throughput: list[dict[str, Any]] = []
        first = record.get("steps") or []
        retest = record.get("confirm") or record.get("retest")  # records before 2026-12 made a whole re-test
        # From the first attempt: what web_connectivity's summary keys are made of
        system_dns = doh_dns = web_failure = None
        for attempt, steps in enumerate((first, retest) if retest else (first,)):
            ports = None
            for step in steps:
                kind = step.get("step")
                if kind == "dns":
                    self._queries(step, host, attempt, queries)
                    if attempt == 0:
                        if step.get("resolver") == "system":
                            system_dns = system_dns or step
                        else:
                            doh_dns = doh_dns or step
                elif kind == "tcp":
                    tcp_connect.append(self._tcp(step, blocked_tcp, attempt))
                elif kind == "tcp_linger":
                    events.append(self._linger_event(step, attempt))
                elif kind in ("tls", "tls_unverified", "sni_swap"):
                    if ports is None:
                        ports = {s.get("address"): s.get("port") for s in steps if s.get("step") == "tcp"}
                    port = int(ports.get(step.get("address")) or url_port)
                    tls_handshakes.append(self._tls(step, port, attempt))
                elif kind in ("http", "http_unverified"):
                    requests[:0] = self._requests(step, attempt)  # the latest transaction first
                elif kind == "throughput":
                    throughput.append({k: v for k, v in step.items() if k != "step"})
                if attempt == 0 and web_failure is None and kind in ("tcp_linger", "tls", "http"):
                    web_failure = step.get("failure") or None
        if verdict == "throttled":
            accessible: bool | None = True
        elif verdict in _BLOCKING:
            accessible = verdict == "ok"
        else:  # offline, captive portal, platform down, inconclusive: no conclusion about censorship
            accessible = None
        keys: dict[str, Any] = {
            "agent": "redirect", "client_resolver": self.resolver, "retries": None, "socksproxy": None,
            "queries": queries, "tcp_connect": tcp_connect, "tls_handshakes": tls_handshakes, "requests": requests,
            "network_events": events,
        }
        if throughput:
            keys["x_throughput"] = throughput
        keys.update({
            "dns_experiment_failure": system_dns.get("failure") if system_dns else None,
            "dns_consistency": _dns_consistency(system_dns, doh_dns),
            "control_failure": NO_CONTROL,
            "http_experiment_failure": web_failure,
            "body_length_match": None, "body_proportion": None, "headers_match": None, "status_code_match": None,
            "title_match": None,
            "blocking": _BLOCKING.get(verdict),
            "accessible": accessible,
            "vantage_verdict": {"platform": record.get("platform"), "verdict": verdict,
                                "reason": record.get("reason"), "retested": bool(retest),
                                "latency_ms": record.get("latency_ms")},
        })
        measured = str(record["measured_at"])
        out: dict[str, Any] = {
            "annotations": self.cache.annotation(self.os_family, str(record.get("platform")), verdict,
                                                 str(record.get("reason") or "")),
            "data_format_version": DATA_FORMAT_VERSION,
            "input": url,
            "measurement_start_time": _start_time(measured),
            **self.top,
            "test_keys": keys,
            "test_name": TEST_NAME,
            "test_runtime": _seconds(record.get("t_ms")),
            "test_start_time": self.test_start_time or _start_time(measured),
            "test_version": TEST_VERSION,
        }
        if self.resolver is not None:
            out["resolver_ip"] = self.resolver
        return out


def _request(url: str) -> dict[str, Any]:
    return {"url": url, "method": "GET", "headers": {}, "headers_list": [], "body": "", "body_is_truncated": False,
            "tor": {"exit_ip": None, "exit_name": None, "is_tor": False}, "x_transport": "tcp"}


def _dns_consistency(system: Mapping[str, Any] | None, doh: Mapping[str, Any] | None) -> str | None:
    """ts-017's dns_consistency, with the DoH answer in place of the test helper's."""
    if system is None or doh is None:
        return None
    sys_ok, doh_ok = not system.get("failure"), not doh.get("failure")
    if sys_ok and doh_ok:
        return "consistent" if set(system.get("answers", ())) & set(doh.get("answers", ())) else "inconsistent"
    if not sys_ok and not doh_ok:
        return "consistent"  # an expected failure: the independent resolver failed too
    return "inconsistent" if doh_ok else None


def to_ooni(record: Mapping[str, Any], context: Mapping[str, Any], *, report_id: str, redact_ip: bool,
            disclosed: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One OONI web_connectivity measurement for one Vantage record of the sweep described by `context`.

    `disclosed` holds the sweep's sensitive values (the system resolver "ip:port", the public IP) when the person
    chose to include them; with `redact_ip` they never appear. probe_ip is always OONI's "127.0.0.1". Converting
    many records of one sweep is faster through one OoniSweep.
    """
    return OoniSweep(context, report_id=report_id, redact_ip=redact_ip, disclosed=disclosed).convert(record)


def sweep_to_ooni(records: Iterable[Mapping[str, Any]], context: Mapping[str, Any], *, report_id: str,
                  redact_ip: bool, disclosed: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Every record of one sweep as OONI measurements sharing one report id."""
    sweep = OoniSweep(context, report_id=report_id, redact_ip=redact_ip, disclosed=disclosed)
    return [sweep.convert(r) for r in records]


def write_ooni_jsonl(measurements: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write OONI's JSONL (one measurement per line, UTF-8 text); returns the number of lines written."""
    count = 0
    for m in measurements:
        out.write(json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count
