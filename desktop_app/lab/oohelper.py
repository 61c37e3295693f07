"""The lab's test helper: answers OONI's test-helper protocol (oohelperd) on loopback, as seen from outside the censor.

A real helper measures from an uncensored network. The lab's censor lives in the lab's own servers, so its helper
answers from the lab's ground truth instead: the true address of each lab host, every lab address reachable with a
valid certificate, and the page each host really serves. Bad requests get HTTP 400, never a traceback.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from desktop_app.lab import pages

MAX_REQUEST = 64 * 1024


def _endpoint_ip(endpoint: str) -> str:
    host, _, _port = endpoint.rpartition(":")
    return host.strip("[]")


def control_answer(request: Mapping[str, Any], addresses: Mapping[str, str]) -> dict[str, Any]:
    """oohelperd's CtrlResponse for a CtrlRequest, from the lab's truth (`addresses`: host -> its address)."""
    url = str(request.get("http_request") or "")
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".").lower()
    known = set(addresses.values())
    endpoints = [str(e) for e in request.get("tcp_connect") or () if isinstance(e, str)][:16]
    tcp = {e: ({"status": True, "failure": None} if _endpoint_ip(e) in known
               else {"status": False, "failure": "generic_timeout_error"}) for e in endpoints}
    tls = {}
    if parts.scheme == "https":  # only the host's own address holds a certificate valid for its name
        truth = addresses.get(host)
        tls = {e: {"server_name": host, "status": _endpoint_ip(e) == truth,
                   "failure": None if _endpoint_ip(e) == truth else
                   "ssl_invalid_hostname" if _endpoint_ip(e) in known else "generic_timeout_error"}
               for e in endpoints}
    if host in addresses:
        dns: dict[str, Any] = {"failure": None, "addrs": [addresses[host]]}
        body = pages.CONTROL_BODIES.get(url)
        if body is None and parts.path in ("", "/"):
            body = pages.host_page(host)
        status = 204 if body == b"" else 200
        title = ""
        if body:
            text = body.decode("utf-8", "replace")
            lower = text.lower()
            start, end = lower.find("<title>"), lower.find("</title>")
            title = text[start + 7:end] if 0 <= start < end else ""
        http = {"body_length": len(body) if body is not None else -1, "failure": None, "title": title,
                "headers": {"Server": "vantage-lab", "Content-Type": "text/html; charset=utf-8"},
                "status_code": status, "discovered_h3_endpoint": ""}
    else:
        dns = {"failure": "dns_nxdomain_error", "addrs": []}
        http = {"body_length": -1, "failure": "dns_lookup_error", "title": "", "headers": {}, "status_code": -1,
                "discovered_h3_endpoint": ""}
    return {"tcp_connect": tcp, "tls_handshake": tls, "quic_handshake": {}, "http_request": http,
            "http3_request": None, "dns": dns,
            "ip_info": {ip: {"asn": 0, "flags": 1} for ip in {_endpoint_ip(e) for e in endpoints}}}


class LabTestHelper:
    """An HTTP server on a loopback address answering POSTed control requests; start() and stop() it (or `with`)."""

    def __init__(self, addresses: Mapping[str, str], host: str = "127.0.0.1") -> None:
        self.addresses = dict(addresses)
        self.requests: list[dict[str, Any]] = []  # what was asked, for tests
        helper = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                try:
                    if not 0 < length <= MAX_REQUEST:
                        raise ValueError("bad length")
                    request = json.loads(self.rfile.read(length))
                    if not isinstance(request, dict):
                        raise ValueError("not an object")
                except ValueError:
                    self.send_error(400, "expected a JSON control request")
                    return
                helper.requests.append(request)
                body = json.dumps(control_answer(request, helper.addresses)).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> LabTestHelper:
        self._thread = threading.Thread(target=self._server.serve_forever, name="lab-oohelper", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> LabTestHelper:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
