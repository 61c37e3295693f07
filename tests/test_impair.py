"""The lab's impaired link (lab/link.py, lab/netns.py) and the real engine across it: loss, latency, a rate cap,
IPv6 answers with no IPv6 route, a second genuine CDN edge, and a partial block.

The namespace tests need root, iproute2 and /dev/net/tun, and skip with the reason otherwise. No test asserts a
duration from above: the only time figures checked are lower bounds that a loaded machine can only exceed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time

import pytest

from desktop_app.lab import HostBehaviour, Lab, Scenario, scenarios
from desktop_app.lab.link import Impairment, Wire
from desktop_app.lab.netns import LAB_NETWORK, LinkedNamespaces, inside, remove_stale, unavailable_reason
from desktop_app.lab.proof import ROUTE
from desktop_app.probes import failures as F
from desktop_app.probes import verdicts as V
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.sweep import run_sweep
from tests.lab_catalogue import small_catalogue

T = 2.0
pytestmark = pytest.mark.usefixtures("no_abandoned_sockets")

# ----- the wire itself: pure, no root ------------------------------------------------------------------------------


def _wire() -> tuple[Wire, int, int, list[int]]:
    up_r, up_w = os.pipe()
    down_r, down_w = os.pipe()
    for fd in (up_r, down_r):
        os.set_blocking(fd, False)
    return Wire(down_w, up_w), up_r, down_r, [up_r, up_w, down_r, down_w]


def _drain(fd: int) -> bytes:
    try:
        return os.read(fd, 1 << 20)
    except BlockingIOError:
        return b""


def test_the_wire_loses_the_same_packets_for_the_same_seed():
    outcomes = []
    for _ in range(2):
        wire, up, _, fds = _wire()
        wire.impairment = Impairment(loss=0.3)
        wire.rng.seed(7)
        client = next(iter(wire.by_fd))
        for i in range(200):
            wire.arrive(wire.by_fd[client], bytes([i]), now=0.0)
        wire.release(now=1.0)
        outcomes.append(_drain(up))
        for fd in fds:
            os.close(fd)
    assert outcomes[0] == outcomes[1]
    assert 100 < len(outcomes[0]) < 180  # about 30 % of 200 lost


def test_the_wire_delays_and_paces_packets():
    wire, up, _, fds = _wire()
    try:
        wire.impairment = Impairment(delay=0.1, rate_bps=8000)  # 1000 bytes a second
        direction = wire.by_fd[next(iter(wire.by_fd))]
        wire.arrive(direction, b"a" * 100, now=0.0)  # on the wire 0.1 s, then 0.1 s of delay
        wire.arrive(direction, b"b" * 100, now=0.0)  # queued behind it: leaves at 0.2 s, arrives at 0.3 s
        assert wire.release(now=0.15) == pytest.approx(0.05) and _drain(up) == b""
        assert wire.release(now=0.2) == pytest.approx(0.1) and _drain(up) == b"a" * 100
        assert wire.release(now=0.31) is None and _drain(up) == b"b" * 100
        wire.arrive(direction, b"c" * 600, now=1.0)  # 0.6 s of backlog is past the queue limit: tail-dropped
        wire.arrive(direction, b"d" * 10, now=1.0)
        assert wire.stats()["up_dropped"] == 1
    finally:
        for fd in fds:
            os.close(fd)


def test_the_wire_refuses_nonsense_settings():
    with pytest.raises(ValueError, match="loss"):
        Impairment.from_json({"loss": 1.5}, Impairment())
    with pytest.raises(ValueError, match="delay"):
        Impairment.from_json({"delay": "slow"}, Impairment())


# ----- namespaces: root only ---------------------------------------------------------------------------------------

needs_netns = pytest.mark.skipif(unavailable_reason() is not None, reason=unavailable_reason() or "")


def _namespaces() -> set[str]:
    done = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=True)
    return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def linked():
    with LinkedNamespaces() as ns:
        yield ns


@pytest.fixture(scope="module")
def catalogue():
    return small_catalogue()


@pytest.fixture(scope="module")
def lab(linked, catalogue, tmp_path_factory):
    with inside(linked.lab):
        running = Lab(catalogue, tmp_path_factory.mktemp("lab"), network=LAB_NETWORK).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def link(linked):
    yield linked
    linked.impair(loss=0.0, delay=0.0, rate_bps=0.0)


def sweep(lab, linked, catalogue, scenario):
    lab.apply(scenario)
    with inside(linked.client):
        return run_sweep(catalogue, lab.probe_config(timeout=T, ip_lookup=False), load_fingerprints(), route=ROUTE)


def verdicts(result):
    return {p.platform: p.summary.verdict for p in result.platforms}


@needs_netns
@pytest.mark.netns
def test_namespaces_are_deleted_even_when_the_block_fails():
    with pytest.raises(RuntimeError, match="on purpose"), LinkedNamespaces() as ns:
        made = {ns.client, ns.lab}
        assert made <= _namespaces()
        raise RuntimeError("failing on purpose")
    assert not made & _namespaces()
    assert remove_stale() == []  # nothing of a live process is ever taken for stale


@needs_netns
@pytest.mark.netns
def test_a_lost_packet_is_silence_for_the_sender_never_a_local_error(link, lab):
    link.impair(loss=1.0)
    address = lab.address_of("x.com")
    with inside(link.client):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with udp, tcp:
        udp.settimeout(0.3)
        udp.sendto(b"hello", (address, 9))  # no PermissionError: the packet left this computer
        with pytest.raises(TimeoutError):
            udp.recvfrom(64)
        tcp.settimeout(0.3)
        with pytest.raises(TimeoutError):
            tcp.connect((address, lab.port_map[443]))
    assert link.impair()["up_dropped"] > 0


@needs_netns
@pytest.mark.netns
def test_latency_is_added_each_way(link, lab):
    link.impair(delay=0.1)
    with inside(link.client):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with sock:
        start = time.monotonic()
        sock.connect((lab.address_of("x.com"), lab.port_map[443]))
        assert time.monotonic() - start >= 0.2  # SYN and SYN-ACK each waited: a lower bound, never flaky


@needs_netns
@pytest.mark.netns
def test_a_rate_cap_for_everything_slows_every_platform_but_accuses_none(link, lab, catalogue):
    link.impair(rate_bps=4_000_000)
    result = sweep(lab, link, catalogue, Scenario("capped"))
    assert set(verdicts(result).values()) == {V.OK}
    rates = [m.attempt.throughput.bytes_per_s for m in result.measurements if m.endpoint.throughput]
    assert rates and all(0 < r <= 4_000_000 / 8 * 1.05 for r in rates)


@needs_netns
@pytest.mark.netns
def test_four_percent_loss_without_censorship_accuses_nobody(link, lab, catalogue):
    for seed in (1, 2):
        link.impair(loss=0.04, seed=seed)
        result = sweep(lab, link, catalogue, Scenario("uncensored"))
        assert not set(verdicts(result).values()) & V.BLOCKING, (seed, verdicts(result))
        assert not any(m.attempt.cut_short for m in result.measurements)


@needs_netns
@pytest.mark.netns
def test_a_blackhole_under_loss_is_tcp_blocked_not_inconclusive(link, lab, catalogue):
    link.impair(loss=0.03, seed=4)
    result = sweep(lab, link, catalogue, Scenario("bh", hosts={"e1.whatsapp.net": HostBehaviour(tcp="blackhole")}))
    m = next(m for m in result.measurements if m.endpoint.url == "tcp://e1.whatsapp.net:5222")
    assert m.verdict.verdict == V.TCP_BLOCKED, m.verdict
    assert len(m.attempt.repeats("tcp")) == 2 and not m.attempt.cut_short


@needs_netns
@pytest.mark.netns
def test_a_partial_block_names_the_media_role(link, lab, catalogue):
    link.impair(loss=0.03, seed=5)
    result = sweep(lab, link, catalogue, scenarios.whatsapp_media_dns(catalogue))
    summary = result.platform("whatsapp").summary
    assert (summary.verdict, summary.scope, summary.roles) == (V.DNS_BLOCKED, V.PARTIAL, ("media",)), summary
    assert summary.affected == 1


@needs_netns
@pytest.mark.netns
def test_ipv6_answers_on_a_network_without_ipv6_accuse_nobody(link, lab, catalogue):
    result = sweep(lab, link, catalogue, scenarios.ipv6_unrouted(catalogue))
    assert set(verdicts(result).values()) == {V.OK}
    v6 = [t for m in result.measurements for t in m.attempt.tcp if ":" in t.address]
    assert v6 and {t.failure for t in v6} == {F.LOCAL_NO_ROUTE}  # refused by this computer: nothing was sent


@needs_netns
@pytest.mark.netns
def test_ipv6_only_failures_beside_a_real_blackhole_still_say_tcp_blocked(link, lab, catalogue):
    scenario = Scenario("v6bh", hosts={"e1.whatsapp.net": HostBehaviour(tcp="blackhole")}, ipv6_unrouted=True)
    result = sweep(lab, link, catalogue, scenario)
    m = next(m for m in result.measurements if m.endpoint.url == "tcp://e1.whatsapp.net:5222")
    assert m.verdict.verdict == V.TCP_BLOCKED, m.verdict


@needs_netns
@pytest.mark.netns
def test_a_resolver_naming_another_genuine_edge_is_not_accused(link, lab, catalogue):
    hosts = {h: HostBehaviour(dns="other_edge") for h in scenarios.platform_hosts(catalogue, "x")}
    result = sweep(lab, link, catalogue, Scenario("edges", hosts=hosts))
    assert result.platform("x").summary.verdict == V.OK, result.platform("x").summary
    m = next(m for m in result.measurements if m.endpoint.url == "https://x.com/")
    assert m.attempt.system.answers != m.attempt.doh.answers  # the two resolvers did name different edges
    assert m.attempt.connected.address == m.attempt.system.answers[0]
