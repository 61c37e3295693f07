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
from datetime import datetime, timezone
from typing import Any, TextIO
from urllib.parse import urlsplit

from desktop_app.probes.addresses import parse_address
from desktop_app.probes.dns import Nameserver, parse_nameserver
from desktop_app.timeutil import utc_epoch

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
# Vantage verdict -> web_connectivity's `blocking` key (ts-017): "dns", "tcp_ip", "http-failure", "http-diff".
_BLOCKING = {
    "ok": False,
    "dns_blocked": "dns",
    "dns_tampered": "dns",
    "tcp_blocked": "tcp_ip",
    "tcp_reset": "tcp_ip",
    "tls_blocked": "http-failure",
    "tls_mitm": "http-failure",
    "http_blockpage": "http-diff",
}


def ooni_time(iso_or_epoch: str | float) -> str:
    """"2026-11-28T19:00:01.234Z" (or epoch seconds) -> "2026-11-28 19:00:01", OONI's UTC format."""
    epoch = utc_epoch(iso_or_epoch) if isinstance(iso_or_epoch, str) else float(iso_or_epoch)
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def report_id(context: Mapping[str, Any], suffix: str) -> str:
    """An OONI-style report id for one sweep: "<start>Z_webconnectivity_<CC>_<ASN number>_n1_<suffix>"."""
    start = datetime.fromtimestamp(utc_epoch(context["started_at"]), tz=timezone.utc).strftime("%Y%m%dT%H%M%SZ")
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


def _times(step: Mapping[str, Any]) -> dict[str, float]:
    t0 = _seconds(step.get("t0_ms"))
    return {"t0": t0, "t": round(t0 + _seconds(step.get("t_ms")), 6)}


def _tags(base: str, attempt: int) -> list[str]:
    return [base] if attempt == 0 else [base, "retest"]


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


# ------------------------------------------------------------------------------------------------ step mappers


def _queries(step: Mapping[str, Any], host: str, attempt: int, system_resolver: str) -> list[dict[str, Any]]:
    """One Vantage DNS step (A and AAAA merged) -> two df-002 queries, one per type, as they were asked."""
    answers = [str(a) for a in step.get("answers", ())]
    by_family: dict[int, list[str]] = {4: [], 6: []}
    for a in answers:
        ip = parse_address(a)
        if ip is not None:
            by_family[ip.version].append(a)
    doh = step.get("resolver") != "system"
    common = {
        "hostname": host,
        "engine": "doh" if doh else "udp",
        "resolver_address": step.get("resolver") if doh else system_resolver,
        "resolver_hostname": None,
        "resolver_port": None,
        **_times(step),
        "tags": _tags("doh" if doh else "system_resolver", attempt),
    }
    if step.get("rcode"):
        common["x_rcode"] = step["rcode"]
    out = []
    for query_type, version, key in (("A", 4, "ipv4"), ("AAAA", 6, "ipv6")):
        found = by_family[version]
        failure = step.get("failure")
        if failure is None and not found:
            failure = "dns_no_answer"  # the other family answered; this one returned nothing
        out.append({**common, "query_type": query_type, "failure": failure,
                    "answers": [{"answer_type": query_type, key: a, "ttl": None} for a in found]})
    return out


def _tcp(step: Mapping[str, Any], blocked_verdict: bool) -> dict[str, Any]:
    failure = step.get("failure")
    return {"ip": step.get("address"), "port": step.get("port"),
            "status": {"success": failure is None, "failure": failure,
                       "blocked": bool(failure is not None and blocked_verdict)},
            **_times(step)}


def _tls(step: Mapping[str, Any], port: int, attempt: int) -> dict[str, Any]:
    kind = str(step.get("step"))
    certificates = [{"data": c, "format": "base64"} for c in step.get("peer_certificates", ()) if c]
    out: dict[str, Any] = {
        "network": "tcp",
        "address": _host_port(str(step.get("address")), port),
        "server_name": step.get("sni"),
        "failure": step.get("failure"),
        "tls_version": step.get("version") or "",
        "cipher_suite": step.get("cipher") or "",
        "negotiated_protocol": "",
        "no_tls_verify": kind != "tls",
        "peer_certificates": certificates,
        **_times(step),
        "tags": _tags(kind, attempt),
    }
    for key in ("issuer", "subject", "leaf_sha256", "detail"):
        if step.get(key):
            out[f"x_{key}"] = step[key]
    return out


def _maybe_binary(data: bytes | str) -> tuple[Any, bool]:
    """MaybeBinaryData (df-001) of at most MAX_BODY bytes, and whether it was cut."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    truncated = len(raw) > MAX_BODY
    raw = raw[:MAX_BODY]
    try:
        return raw.decode("utf-8"), truncated
    except UnicodeDecodeError:
        return {"format": "base64", "data": base64.b64encode(raw).decode("ascii")}, truncated


def _requests(step: Mapping[str, Any], attempt: int) -> list[dict[str, Any]]:
    """One Vantage HTTP step (with its redirect chain) -> df-001 transactions, the final one first."""
    tor = {"exit_ip": None, "exit_name": None, "is_tor": False}
    headers = {str(k): str(v) for k, v in (step.get("headers") or {}).items()}
    if "body" in step:
        body, body_cut = _maybe_binary(step["body"])
    else:  # Vantage keeps the body's length and digest, never the body itself
        body, body_cut = None, int(step.get("body_length") or 0) > 0
    body_cut = body_cut or bool(step.get("truncated"))
    tags = _tags(str(step.get("step")), attempt)
    hops: list[tuple[str, int | None]] = []
    url = str(step.get("url"))
    for redirect in step.get("redirects", ()):
        hops.append((url, redirect.get("status")))
        url = str(redirect.get("location"))
    final = {
        "failure": step.get("failure"),
        "request": {"url": url, "method": "GET", "headers": {}, "headers_list": [], "body": "",
                    "body_is_truncated": False, "tor": tor, "x_transport": "tcp"},
        "response": {"code": step.get("status") or 0, "headers": headers,
                     "headers_list": [[k, v] for k, v in headers.items()], "body": body,
                     "body_is_truncated": body_cut},
        "tags": tags,
        **_times(step),
    }
    for key in ("body_length", "body_sha256", "title", "blockpage", "http_version", "address"):
        if step.get(key) is not None:
            final[f"x_{key}"] = step[key]
    out = [final]
    for hop_url, status in reversed(hops):  # ts-017: time-reverse order, the first request last
        out.append({"failure": None,
                    "request": {"url": hop_url, "method": "GET", "headers": {}, "headers_list": [], "body": "",
                                "body_is_truncated": False, "tor": tor, "x_transport": "tcp"},
                    "response": {"code": status or 0, "headers": {}, "headers_list": [], "body": None,
                                 "body_is_truncated": False},
                    "tags": tags})
    return out


def _linger_event(step: Mapping[str, Any], attempt: int) -> dict[str, Any]:
    """A tcp:// endpoint's short read after connecting (a reset there is the evidence) as a df-008 event."""
    return {"operation": "read", "proto": "tcp",
            "address": _host_port(str(step.get("address")), int(step.get("port") or 0)),
            "failure": step.get("failure"), **_times(step), "tags": _tags("tcp_linger", attempt)}


# ------------------------------------------------------------------------------------------------ measurement


def _dns_consistency(steps: list[Mapping[str, Any]]) -> str | None:
    system = next((s for s in steps if s.get("step") == "dns" and s.get("resolver") == "system"), None)
    doh = next((s for s in steps if s.get("step") == "dns" and s.get("resolver") != "system"), None)
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
    chose to include them; with `redact_ip` they never appear. probe_ip is always OONI's "127.0.0.1".
    """
    url = str(record["url"])
    host = urlsplit(url).hostname or url
    verdict = str(record.get("verdict"))
    nameserver = None if redact_ip else _system_resolver(disclosed)
    resolver = nameserver.address if nameserver is not None else None
    blocked_tcp = verdict in ("tcp_blocked", "tcp_reset")

    keys: dict[str, Any] = {"agent": "redirect", "client_resolver": resolver, "retries": None, "socksproxy": None,
                            "queries": [], "tcp_connect": [], "tls_handshakes": [], "requests": [],
                            "network_events": []}
    attempts = [record.get("steps") or []]
    if record.get("retest"):
        attempts.append(record["retest"])
    for attempt, steps in enumerate(attempts):
        ports = {s.get("address"): s.get("port") for s in steps if s.get("step") == "tcp"}
        for step in steps:
            kind = step.get("step")
            if kind == "dns":
                keys["queries"].extend(_queries(step, host, attempt, str(nameserver or "")))
            elif kind == "tcp":
                keys["tcp_connect"].append({**_tcp(step, blocked_tcp), "tags": _tags("tcp", attempt)})
            elif kind == "tcp_linger":
                keys["network_events"].append(_linger_event(step, attempt))
            elif kind in ("tls", "tls_unverified", "sni_swap"):
                port = int(ports.get(step.get("address")) or _url_port(url))
                keys["tls_handshakes"].append(_tls(step, port, attempt))
            elif kind in ("http", "http_unverified"):
                keys["requests"][:0] = _requests(step, attempt)  # the latest transaction first
            elif kind == "throughput":
                keys.setdefault("x_throughput", []).append({k: v for k, v in step.items() if k != "step"})

    first = attempts[0]
    system_dns = next((s for s in first if s.get("step") == "dns" and s.get("resolver") == "system"), None)
    web_failure = next((s.get("failure") for s in first if s.get("step") in ("tcp_linger", "tls", "http")
                        and s.get("failure")), None)
    blocking = _BLOCKING.get(verdict)
    if verdict == "throttled":
        accessible: bool | None = True
    elif verdict in _BLOCKING:
        accessible = verdict == "ok"
    else:  # offline, captive portal, platform down, inconclusive: no conclusion about censorship
        accessible = None
    keys.update({
        "dns_experiment_failure": system_dns.get("failure") if system_dns else None,
        "dns_consistency": _dns_consistency(first),
        "control_failure": NO_CONTROL,
        "http_experiment_failure": web_failure,
        "body_length_match": None, "body_proportion": None, "headers_match": None, "status_code_match": None,
        "title_match": None,
        "blocking": blocking, "accessible": accessible,
        "vantage_verdict": {"platform": record.get("platform"), "verdict": verdict, "reason": record.get("reason"),
                            "retested": len(attempts) > 1, "latency_ms": record.get("latency_ms")},
    })

    out: dict[str, Any] = {
        "annotations": {"platform": _os_family(str(context.get("os", ""))), "engine_name": SOFTWARE_NAME,
                        "vantage_platform": str(record.get("platform")), "vantage_verdict": verdict,
                        "vantage_reason": str(record.get("reason") or "")},
        "data_format_version": DATA_FORMAT_VERSION,
        "input": url,
        "measurement_start_time": ooni_time(str(record["measured_at"])),
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
        "test_keys": keys,
        "test_name": TEST_NAME,
        "test_runtime": _seconds(record.get("t_ms")),
        "test_start_time": ooni_time(str(context.get("started_at") or record["measured_at"])),
        "test_version": TEST_VERSION,
    }
    if resolver is not None:
        out["resolver_ip"] = resolver
    return out


def sweep_to_ooni(records: Iterable[Mapping[str, Any]], context: Mapping[str, Any], *, report_id: str,
                  redact_ip: bool, disclosed: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Every record of one sweep as OONI measurements sharing one report id."""
    return [to_ooni(r, context, report_id=report_id, redact_ip=redact_ip, disclosed=disclosed) for r in records]


def write_ooni_jsonl(measurements: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write OONI's JSONL (one measurement per line, UTF-8 text); returns the number of lines written."""
    count = 0
    for m in measurements:
        out.write(json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count
