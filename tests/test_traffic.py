"""A sweep's bytes are measured: the kernel's counters for TCP, datagram sizes for DNS, nothing without a route."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading

import pytest

from desktop_app.lab import scenarios
from desktop_app.probes import traffic
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.summary import SweepPoint
from desktop_app.probes.sweep import run_sweep

PAYLOAD_OUT, PAYLOAD_IN = 5_000, 200_000


def _serve_once(server: socket.socket) -> None:
    conn, _ = server.accept()
    with conn:
        got = 0
        while got < PAYLOAD_OUT:
            got += len(conn.recv(65536))
        conn.sendall(b"y" * PAYLOAD_IN)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="TCP_INFO is Linux's")
def test_a_tcp_socket_is_counted_by_the_kernel_with_its_headers_when_it_closes():
    with socket.create_server(("127.0.0.1", 0)) as server:
        thread = threading.Thread(target=_serve_once, args=(server,))
        thread.start()
        meter = traffic.TrafficMeter()
        with traffic.metering(meter):
            sock = traffic.tcp_socket(socket.AF_INET)
        sock.connect(server.getsockname())
        sock.sendall(b"x" * PAYLOAD_OUT)
        got = 0
        while got < PAYLOAD_IN:
            got += len(sock.recv(65536))
        sock.close()  # outside the metering block: the socket remembers its meter
        thread.join(10)
    total = meter.finish()
    assert total.method == traffic.KERNEL
    # Payload plus at least the SYN, the handshake's ACK and one header per data segment; never less than sent.
    assert PAYLOAD_OUT + 3 * 52 <= total.sent < PAYLOAD_OUT * 2
    assert PAYLOAD_IN + 52 < total.received < PAYLOAD_IN * 1.2


def test_each_socket_counts_once_and_datagrams_carry_their_headers():
    meter = traffic.TrafficMeter()
    meter.datagram(socket.AF_INET, sent=40)
    meter.datagram(socket.AF_INET6, received=100)
    with traffic.metering(meter):
        sock = traffic.tcp_socket(socket.AF_INET)
    sock.close()
    sock.close()
    total = meter.finish()
    assert (total.sent, total.received) == (40 + 28 + 52 * 0, 100 + 48)


def test_a_socket_opened_outside_a_sweep_is_not_counted():
    sock = traffic.tcp_socket(socket.AF_INET)
    assert not isinstance(sock, traffic.MeteredSocket)
    sock.close()


def test_a_lab_sweep_stores_what_it_moved_and_the_view_shows_it(lab, full_catalogue):
    lab.apply(scenarios.build("all_ok", full_catalogue))
    result = run_sweep(full_catalogue, lab.probe_config(timeout=2.0), load_fingerprints())
    moved = result.context["traffic"]
    bodies = sum(int(step.get("body_length") or 0) for r in result.records() for step in r["steps"])
    assert moved["method"] == traffic.KERNEL
    assert moved["received"] > bodies > 0  # every body came in, with its TLS records and headers
    assert moved["sent"] > 0
    assert SweepPoint.from_result(result).bytes_used == moved["sent"] + moved["received"]


def test_an_older_sweep_shows_the_estimate_it_stored():
    context = {"started_at": "2026-11-28T19:00:00Z", "ended_at": "2026-11-28T19:00:09Z", "bytes_estimate": 1234}
    assert SweepPoint.from_context(context).bytes_used == 1234


NO_ROUTE_SWEEP = """
import json
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.sweep import run_sweep
config = ProbeConfig(timeout=0.5, system_resolvers=("127.0.0.53",), doh_urls=("https://127.0.0.54/dns-query",),
                     ip_lookup=False, allowed_networks=("127.0.0.0/8", "::1/128"), public_networks=("127.0.0.0/8",))
result = run_sweep(load_catalogue().only({"x", "control"}), config, load_fingerprints())
print(json.dumps(result.context["traffic"]))
"""


@pytest.mark.netns
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("ip"), reason="needs root and iproute2")
def test_with_no_route_at_all_nothing_is_counted():
    """In a namespace whose only interface is down, every send fails locally: no byte may be counted as sent."""
    name = f"vantage-{secrets.token_hex(4)}"
    subprocess.run(["ip", "netns", "add", name], check=True, timeout=30)
    try:
        out = subprocess.run(["ip", "netns", "exec", name, sys.executable, "-c", NO_ROUTE_SWEEP],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout.strip().splitlines()[-1]) == {"sent": 0, "received": 0, "method": "kernel"}
    finally:
        subprocess.run(["ip", "netns", "delete", name], check=False, timeout=30)
