"""Asks an OONI-compatible test helper (oohelperd's protocol) to measure an endpoint from outside this network.

Only when the person turned it on: the helper learns which URL and addresses were tested. The request and answer are
those of ooni/probe-cli's internal/oohelperd: POST JSON {http_request, http_request_headers, tcp_connect
["ip:port"], x_quic_enabled} -> {tcp_connect: {"ip:port": {status, failure}}, tls_handshake, http_request: {
body_length, failure, title, headers, status_code}, dns: {failure, addrs}, ip_info}. What comes back is checked
for shape and size before it is kept; a helper that cannot be reached or answers nonsense is a control failure,
never a reason to fail the measurement.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.probes import failures

MAX_ANSWER = 256 * 1024  # bytes: oohelperd's answers are a few kilobytes
MAX_ADDRESSES = 16
_HEADERS = {"Accept": "*/*", "Accept-Language": "en-US;q=0.8,en;q=0.5"}


def control_request(url: str, endpoints: Iterable[str], user_agent: str) -> dict[str, Any]:
    """oohelperd's CtrlRequest for one URL and the "ip:port" endpoints the probe connected to."""
    return {"http_request": url,
            "http_request_headers": {"Accept": [_HEADERS["Accept"]], "Accept-Language": [_HEADERS["Accept-Language"]],
                                     "User-Agent": [user_agent]},
            "tcp_connect": sorted(set(endpoints))[:MAX_ADDRESSES],
            "x_quic_enabled": False}


def _status_map(value: Any, tls: bool) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, dict[str, Any]] = {}
    for endpoint, entry in list(value.items())[:MAX_ADDRESSES]:
        if isinstance(endpoint, str) and isinstance(entry, Mapping):
            item = {"status": bool(entry.get("status")), "failure": _text(entry.get("failure"))}
            if tls:
                item["server_name"] = _text(entry.get("server_name"))
            out[endpoint[:64]] = item
    return out


def _text(value: Any, limit: int = 256) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def parse_answer(data: Any) -> dict[str, Any]:
    """The parts of oohelperd's CtrlResponse that web_connectivity's `control` keeps, typed; raises ValueError."""
    if not isinstance(data, Mapping):
        raise ValueError("the test helper's answer is not a JSON object")
    dns: Mapping[str, Any] = _mapping(data.get("dns"))
    http: Mapping[str, Any] = _mapping(data.get("http_request"))
    addrs: list[Any] = dns["addrs"] if isinstance(dns.get("addrs"), list) else []
    headers: Mapping[Any, Any] = _mapping(http.get("headers"))
    status = http.get("status_code")
    length = http.get("body_length")
    return {
        "tcp_connect": _status_map(data.get("tcp_connect"), tls=False),
        "tls_handshake": _status_map(data.get("tls_handshake"), tls=True),
        "http_request": {
            "body_length": length if isinstance(length, int) else -1,
            "failure": _text(http.get("failure")),
            "title": _text(http.get("title")) or "",
            "headers": {str(k)[:128]: str(v)[:512] for k, v in list(headers.items())[:64]},
            "status_code": status if isinstance(status, int) else -1,
        },
        "dns": {"failure": _text(dns.get("failure")), "addrs": [a[:64] for a in addrs[:32] if isinstance(a, str)]},
    }


async def ask_control(client: httpx.AsyncClient, helper_url: str, url: str, endpoints: Iterable[str], *,
                      timeout: float, user_agent: str) -> dict[str, Any]:
    """{"helper", "failure", "response"}: the helper's control for `url`, or why there is none. Never raises."""
    out: dict[str, Any] = {"helper": helper_url, "failure": None, "response": None}
    body = json.dumps(control_request(url, endpoints, user_agent)).encode()
    try:
        async with asyncio.timeout(timeout):
            async with client.stream("POST", helper_url, content=body,
                                     headers={"content-type": "application/json"}) as response:
                if response.status_code != 200:
                    out["failure"] = f"unknown_failure: the test helper answered HTTP {response.status_code}"
                    return out
                raw = bytearray()
                async for chunk in response.aiter_raw():
                    raw += chunk
                    if len(raw) > MAX_ANSWER:
                        out["failure"] = "unknown_failure: the test helper's answer is too large"
                        return out
        out["response"] = parse_answer(json.loads(bytes(raw)))
    except (ValueError, UnicodeDecodeError) as exc:
        out["failure"] = f"json_parse_error: {str(exc)[:120]}"
    except Exception as exc:  # noqa: BLE001 - a control is context, never a reason to fail a measurement
        out["failure"] = failures.classify_exception(exc)
    return out


def tested_endpoints(steps: Iterable[Mapping[str, Any]]) -> list[str]:
    """The "ip:port" endpoints an attempt connected to (its TCP steps), as oohelperd's tcp_connect wants them."""
    out: list[str] = []
    for step in steps:
        if step.get("step") == "tcp" and step.get("address") and step.get("port"):
            address = str(step["address"])
            out.append(f"[{address}]:{step['port']}" if ":" in address else f"{address}:{step['port']}")
    return out


def control_url_for(url: str) -> str:
    """What the helper is asked to fetch: an HTTP(S) URL as it is; an app endpoint (tcp://, tls://) as https://host/
    (oohelperd fetches URLs only; its TCP and TLS checks of the endpoint are what such a measurement uses)."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        return url
    return f"https://{parts.hostname or ''}/"
