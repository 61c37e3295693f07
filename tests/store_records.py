"""Synthetic sweeps shaped like the engine's, for store tests and the store benchmark."""

from __future__ import annotations

import hashlib
import random
from typing import Any

from desktop_app.common.timeutil import utc_iso

PLATFORMS = ("x", "facebook", "instagram", "whatsapp", "youtube", "tiktok", "telegram", "signal", "wikipedia",
             "google", "control")


def iso(epoch: float) -> str:
    return utc_iso(epoch)


def endpoint_urls(count: int) -> list[tuple[str, str]]:
    """(platform, url) pairs grouped by platform as in the catalogue; ~40% tcp:// app endpoints like WhatsApp's."""
    out = []
    for i in range(count):
        platform = PLATFORMS[i * len(PLATFORMS) // count]
        if i % 5 in (1, 3):
            out.append((platform, f"tcp://e{i}.{platform}.example:5222"))
        else:
            out.append((platform, f"https://h{i}.{platform}.example/"))
    return out


def record(platform: str, url: str, when: float, rng: random.Random, verdict: str = "ok") -> dict[str, Any]:
    host = url.split("//", 1)[1].split("/", 1)[0].split(":")[0]
    address = f"198.18.{hash(host) % 250}.{rng.choice((1, 2, 3))}"  # CDNs rotate a few addresses

    def t(lo: float, hi: float) -> float:
        return round(rng.uniform(lo, hi), 1)

    steps: list[dict[str, Any]] = [
        {"step": "dns", "resolver": "system", "rcode": "NOERROR", "answers": [address], "t0_ms": 0.0,
         "t_ms": t(2, 30)},
        {"step": "dns", "resolver": "https://dns.google/dns-query", "rcode": "NOERROR", "answers": [address],
         "t0_ms": 0.1, "t_ms": t(20, 90)},
    ]
    if verdict == "tcp_blocked":
        steps.append({"step": "tcp", "address": address, "port": 443, "failure": "generic_timeout_error",
                      "t0_ms": t(20, 90), "t_ms": 10000.0})
    elif url.startswith("tcp://"):
        steps += [{"step": "tcp", "address": address, "port": 5222, "t0_ms": t(20, 90), "t_ms": t(20, 80)},
                  {"step": "tcp_linger", "address": address, "port": 5222, "t0_ms": t(90, 200), "t_ms": t(300, 330)}]
    else:
        steps += [
            {"step": "tcp", "address": address, "port": 443, "t0_ms": t(20, 90), "t_ms": t(20, 80)},
            {"step": "tls", "address": address, "sni": host, "version": "TLSv1.3", "cipher": "TLS_AES_128_GCM_SHA256",
             "issuer": "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US", "subject": f"CN={host}",
             "leaf_sha256": hashlib.sha256(host.encode()).hexdigest(), "t0_ms": t(50, 150), "t_ms": t(40, 90)},
            {"step": "http", "url": url, "address": address, "status": 200, "http_version": "HTTP/2",
             "headers": {"content-type": "text/html; charset=utf-8", "server": "envoy"},
             "body_length": 181234 + rng.randrange(100), "body_sha256": rng.randbytes(32).hex(), "title": host,
             "t0_ms": t(100, 200), "t_ms": t(100, 400)},
        ]
    out: dict[str, Any] = {"v": 1, "platform": platform, "url": url, "verdict": verdict, "measured_at": iso(when),
                           "t_ms": t(100, 900), "steps": steps}
    if verdict != "ok":
        out["reason"] = f"connections to {host} time out or cannot be routed ({address}: generic_timeout_error)"
        out["retest"] = steps
    else:
        out["latency_ms"] = t(20, 80)
    return out


def sweep(seq: int, start: float, urls: list[tuple[str, str]], rng: random.Random,
          blocked: frozenset[str] = frozenset()) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, str]]:
    records = [record(p, u, start + 0.01 * i, rng, "tcp_blocked" if p in blocked else "ok")
               for i, (p, u) in enumerate(urls)]
    context = {"started_at": iso(start), "ended_at": iso(start + 3.2), "utc_offset": "+05:00",
               "app_version": "0.1.0", "os": "Linux-6.1", "catalogue_digest": "ab" * 32, "timeout": 10.0,
               "doh_urls": ["https://dns.google/dns-query"], "network": {"state": "online"},
               "asn": "AS17557", "isp": "Example ISP", "country": "PK",
               "platforms": {p: {"verdict": "tcp_blocked" if p in blocked else "ok", "affected": 0, "total": 1}
                             for p in PLATFORMS}}
    return context, records, {"public_ip": f"203.0.113.{seq % 250}", "resolver": "192.0.2.53:53"}
