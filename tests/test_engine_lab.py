"""The engine against the lab: every verdict, every hostile server, and the sweep's time bound."""

from __future__ import annotations

import itertools
import time
import tracemalloc
from dataclasses import replace

import pytest

from desktop_app.lab import HostBehaviour, Scenario
from desktop_app.probes import failures as F
from desktop_app.probes import verdicts as V
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.inflight import EVERY_S, Waiting, waiting_line
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep
from tests.lab_catalogue import small_catalogue

T = 2.0  # per step: generous enough that a loaded CI machine never times out a healthy step
ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")


@pytest.fixture(scope="module")
def catalogue():
    return small_catalogue()


@pytest.fixture(scope="module")
def lab_catalogue(catalogue):
    return catalogue


@pytest.fixture(scope="module")
def fingerprints():
    return load_fingerprints()


def sweep(lab, catalogue, fingerprints, hosts=None, route=ROUTE, progress=None, past_rates=None, **switches):
    lab.apply(Scenario(name="test", hosts=hosts or {}, **switches))
    return run_sweep(catalogue, lab.probe_config(timeout=T), fingerprints, route=route, progress=progress,
                     past_rates=past_rates)


def endpoint(result, url):
    return next(m for m in result.measurements if m.endpoint.url == url)


def steps(result, url, kind):
    return [s for s in endpoint(result, url).record()["steps"] if s["step"] == kind]


def test_all_ok(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints)
    assert result.network.state == "online"
    assert {p.platform: p.summary.verdict for p in result.platforms} == {
        "x": "ok", "whatsapp": "ok", "facebook": "ok", "news": "ok", "control": "ok"}
    record = endpoint(result, "https://x.com/").record()
    assert [s["step"] for s in record["steps"]] == ["dns", "dns", "tcp", "tls", "http"]
    tls = record["steps"][3]
    assert tls["sni"] == "x.com" and tls["version"].startswith("TLSv1") and len(tls["leaf_sha256"]) == 64
    http = record["steps"][4]
    assert http["status"] == 200 and http["title"] == "x.com" and len(http["body_sha256"]) == 64
    assert record["measured_at"].endswith("Z") and record["latency_ms"] >= 0
    asset = endpoint(result, "https://pbs.twimg.com/asset.bin")
    assert asset.attempt.throughput.bytes == 256 * 1024
    ctx = result.context
    assert ctx["network"] == {"state": "online"} and ctx["asn"] == "AS17557" and ctx["country"] == "PK"
    assert ctx["started_at"] <= ctx["ended_at"] and ctx["utc_offset"][0] in "+-"
    assert set(result.sensitive) == {"resolver", "public_ip"}
    assert result.sensitive["public_ip"] not in str(result.records()) + str(ctx)


@pytest.mark.parametrize("mode", ["nxdomain", "empty", "refused", "servfail", "timeout", "garbage"])
def test_dns_blocked(lab, catalogue, fingerprints, mode):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(dns=mode)})
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict == V.DNS_BLOCKED, m.verdict
    assert "confirm" in m.record()  # confirmed by repeating the lookup
    # With the system answer gone, DoH's address shows the platform itself is reachable.
    assert steps(result, "https://x.com/", "tls")[0].get("failure") is None
    assert result.platform("x").summary.verdict == V.DNS_BLOCKED
    assert result.platform("x").summary.affected == 1


def test_dns_tampered_by_forged_answer(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"www.facebook.com": HostBehaviour(dns="forge")})
    m = endpoint(result, "https://www.facebook.com/")
    assert m.verdict.verdict == V.DNS_TAMPERED, m.verdict
    assert steps(result, "https://www.facebook.com/", "tls")[0]["failure"] == F.INVALID_HOSTNAME


def test_dns_tampered_by_bogon_never_contacts_it(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(dns="bogon")})
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict == V.DNS_TAMPERED
    assert "10.10.34.35" not in [s.get("address") for s in m.record()["steps"]]
    assert all(t.address != "10.10.34.35" for t in m.attempt.tcp)


def test_tcp_blocked(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"e1.whatsapp.net": HostBehaviour(tcp="blackhole")})
    m = endpoint(result, "tcp://e1.whatsapp.net:5222")
    assert m.verdict.verdict == V.TCP_BLOCKED
    assert steps(result, "tcp://e1.whatsapp.net:5222", "tcp")[0]["failure"] == F.TIMEOUT


def test_the_sweep_says_which_endpoint_and_step_it_still_waits_for(lab, catalogue, fingerprints):
    """A blackholed host holds the sweep: the waiting callback names it and its step while it hangs, a few
    times a second at most, and says nothing is awaited once the sweep is over."""
    heard: list[tuple[float, Waiting]] = []
    lab.apply(Scenario(name="test", hosts={"e1.whatsapp.net": HostBehaviour(tcp="blackhole")}))
    result = run_sweep(catalogue, lab.probe_config(timeout=T), fingerprints, route=ROUTE,
                       waiting=lambda w: heard.append((time.monotonic(), w)))
    assert endpoint(result, "tcp://e1.whatsapp.net:5222").verdict.verdict == V.TCP_BLOCKED
    hanging = [w for _, w in heard if ("e1.whatsapp.net", "tcp") in w.names()]
    assert hanging, [w.names() for _, w in heard]
    line = waiting_line(hanging[0])
    assert line.startswith("Waiting for: ") and "e1.whatsapp.net (TCP)" in line
    assert 0 < hanging[0].up_to_s <= T  # bounded by the step's timeout
    assert heard[-1][1].names() == []  # cleared at the end
    gaps = [b - a for (a, _), (b, _) in itertools.pairwise(heard[:-1])]  # the last one comes as the sweep ends
    assert all(gap >= EVERY_S * 0.9 for gap in gaps)  # throttled (a lower bound only: a slow machine widens it)


@pytest.mark.parametrize("mode,failure", [("refuse", F.REFUSED), ("reset", F.RESET)])
def test_tcp_reset(lab, catalogue, fingerprints, mode, failure):
    result = sweep(lab, catalogue, fingerprints, {"e1.whatsapp.net": HostBehaviour(tcp=mode),
                                                  "web.whatsapp.com": HostBehaviour(tcp=mode)})
    assert endpoint(result, "tcp://e1.whatsapp.net:5222").verdict.verdict == V.TCP_RESET
    assert endpoint(result, "https://web.whatsapp.com/").verdict.verdict == V.TCP_RESET
    assert result.platform("whatsapp").summary.affected == 2


@pytest.mark.parametrize("mode", ["sni_reset", "sni_drop"])
def test_tls_blocked_by_sni(lab, catalogue, fingerprints, mode):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(tls=mode)})
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict == V.TLS_BLOCKED, m.verdict
    swap = steps(result, "https://x.com/", "sni_swap")[0]
    assert swap["sni"] == "example.org" and "failure" not in swap


def test_tls_failure_for_any_name_is_not_called_sni_filtering(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(tls="eof"),
                                                  "api.x.com": HostBehaviour(tls="reset_any")})
    assert endpoint(result, "https://x.com/").verdict.verdict == V.INCONCLUSIVE
    assert endpoint(result, "https://api.x.com/1.1/").verdict.verdict == V.TCP_RESET


@pytest.mark.parametrize("mode,failure", [("untrusted", F.UNKNOWN_AUTHORITY), ("wrong_name", F.INVALID_HOSTNAME)])
def test_tls_mitm(lab, catalogue, fingerprints, mode, failure):
    result = sweep(lab, catalogue, fingerprints, {"edge-mqtt.facebook.com": HostBehaviour(tls=mode)})
    url = "tls://edge-mqtt.facebook.com:443"
    assert endpoint(result, url).verdict.verdict == V.TLS_MITM
    assert steps(result, url, "tls")[0]["failure"] == failure
    assert len(steps(result, url, "tls_unverified")[0]["leaf_sha256"]) == 64


def test_expired_certificate_is_inconclusive(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(tls="expired")})
    v = endpoint(result, "https://x.com/").verdict
    assert v.verdict == V.INCONCLUSIVE and "clock" in v.reason


def test_http_blockpage_and_injected_redirect(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"news.example": HostBehaviour(http="blockpage"),
                                                  "www.facebook.com": HostBehaviour(tls="wrong_name",
                                                                                    http="blockpage")})
    assert endpoint(result, "http://news.example/").verdict.verdict == V.HTTP_BLOCKPAGE
    assert endpoint(result, "https://www.facebook.com/").verdict.verdict == V.HTTP_BLOCKPAGE
    result = sweep(lab, catalogue, fingerprints, {"news.example": HostBehaviour(http="inject_redirect")})
    m = endpoint(result, "http://news.example/")
    assert m.verdict.verdict == V.HTTP_BLOCKPAGE and "internetpositif" in m.verdict.reason


def test_throttled(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"pbs.twimg.com": HostBehaviour(http="throttle")})
    m = endpoint(result, "https://pbs.twimg.com/asset.bin")
    assert m.verdict.verdict == V.THROTTLED, m.verdict
    tp = steps(result, "https://pbs.twimg.com/asset.bin", "throughput")[0]
    assert tp["complete"] is False and 0 < tp["bytes_per_s"] < V.THROTTLE_FLOOR_BPS
    assert "failure" not in steps(result, "https://pbs.twimg.com/asset.bin", "http")[0]
    assert result.platform("x").summary.verdict == V.THROTTLED


def test_throttled_against_its_own_past_above_the_floor(lab, catalogue, fingerprints):
    """X's media held at 400 kB/s (above the 1 Mbit/s floor) on a network where it usually comes far faster."""
    clean = sweep(lab, catalogue, fingerprints)
    usual = {m.endpoint.platform: m.attempt.throughput.bytes_per_s for m in clean.measurements
             if m.endpoint.throughput}
    # The others' usual rates are set low so that a loaded machine never makes them look slower than usual.
    past = {p: V.PastRate(rate if p == "x" else rate * 0.1, 40) for p, rate in usual.items()}
    asked = []

    def past_rates(asn):
        asked.append(asn)
        return past

    held = HostBehaviour(http="throttle", throttle_bps=400_000)
    result = sweep(lab, catalogue, fingerprints, {"pbs.twimg.com": held}, past_rates=past_rates)
    m = endpoint(result, "https://pbs.twimg.com/asset.bin")
    assert m.verdict.verdict == V.THROTTLED and "usual" in m.verdict.reason, m.verdict
    tp = steps(result, "https://pbs.twimg.com/asset.bin", "throughput")[0]
    assert tp["bytes_per_s"] > V.THROTTLE_FLOOR_BPS and tp["usual_samples"] == 40
    assert tp["rate_cv"] is not None and tp["rate_cv"] <= V.STEADY_CV  # a held rate, as a policer's
    assert asked == ["AS17557"]  # the past is the past on this network
    summary = result.platform("x").summary
    assert (summary.verdict, summary.scope, summary.roles) == (V.THROTTLED, V.PARTIAL, ("media",))


def test_offline_when_everything_beyond_the_resolver_is_down(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, shutdown=True)
    assert (result.network.state, result.network.detail) == ("offline", "beyond_resolver_down")
    assert {p.summary.verdict for p in result.platforms} == {V.OFFLINE}


def test_offline_when_the_resolver_is_dead(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, resolver_dead=True)
    assert (result.network.state, result.network.detail) == ("offline", "resolver_unreachable")
    assert result.context["network"]["detail"] == "resolver_unreachable"


def test_offline_without_a_route(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, shutdown=True, route=Route(has_route=False))
    assert result.network.detail == "no_route"


def test_captive_portal(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, captive_portal=True)
    assert result.network.state == "captive_portal"
    assert result.platform("control").summary.verdict == V.CAPTIVE_PORTAL
    assert result.platform("x").summary.verdict == V.CAPTIVE_PORTAL


@pytest.mark.parametrize("mode", ["error_503", "redirect_loop"])
def test_platform_down(lab, catalogue, fingerprints, mode):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(http=mode)})
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict == V.PLATFORM_DOWN
    if mode == "redirect_loop":
        assert steps(result, "https://x.com/", "http")[0]["failure"] == F.TOO_MANY_REDIRECTS


def test_vpn_withholds_blocking_verdicts(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(tls="sni_reset")},
                   route=Route(has_route=True, interface="wg0", local_address="10.8.0.2"))
    v = endpoint(result, "https://x.com/").verdict
    assert v.verdict == V.INCONCLUSIVE and "VPN" in v.reason and "tls_blocked" in v.reason
    assert result.context["vpn"] == "wg0"


def test_a_failure_that_does_not_repeat_is_not_reported_as_blocking(lab, catalogue, fingerprints):
    """The host resets one handshake, then heals: the repeat succeeds, the verdict is ok, and both are kept."""
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(tls="sni_reset", heal_after=1)})
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict == V.OK and "a repeat succeeded" in m.verdict.reason, m.verdict
    record = m.record()
    assert steps(result, "https://x.com/", "tls")[0]["failure"] == F.RESET
    assert [s.get("failure") for s in record["confirm"] if s["step"] == "tls"] == [None]
    assert any(s["step"] == "http" and s["status"] == 200 for s in record["steps"])


HOSTILE = {
    "endless_body": (HostBehaviour(http="endless_body"), "http", None, {V.OK}),
    "slow_drip": (HostBehaviour(http="slow_drip"), "http", F.TIMEOUT, {V.INCONCLUSIVE}),
    "garbage_http": (HostBehaviour(http="garbage"), "http", F.INVALID_RESPONSE, {V.INCONCLUSIVE}),
    "redirect_loop": (HostBehaviour(http="redirect_loop"), "http", F.TOO_MANY_REDIRECTS, {V.PLATFORM_DOWN}),
    "garbage_dns": (HostBehaviour(dns="garbage"), "dns", F.MISBEHAVING, {V.DNS_BLOCKED}),
    "bad_certificate": (HostBehaviour(tls="untrusted"), "tls", F.UNKNOWN_AUTHORITY, {V.TLS_MITM}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_servers_cost_bounded_time_and_memory(lab, catalogue, fingerprints, case):
    behaviour, step, failure, verdicts = HOSTILE[case]
    tracemalloc.start()
    try:
        result = sweep(lab, catalogue, fingerprints, {"x.com": behaviour})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    m = endpoint(result, "https://x.com/")
    assert m.verdict.verdict in verdicts, m.verdict
    recorded = steps(result, "https://x.com/", step)[0]
    if case == "endless_body":
        assert recorded["truncated"] is True and recorded["body_length"] == ProbeConfig().body_cap
    else:
        assert recorded["failure"] in (failure, F.EOF), recorded
    # Bounded time is the engine's per-step timeout: the hostile step ended by itself, not by the sweep's deadline
    # (the sweep's wall time is a figure for bench/sweep_time.py and bench/accuracy.py, never an assertion).
    assert not m.attempt.cut_short
    assert peak < 64 * 1024 * 1024


def test_engine_refuses_addresses_outside_the_allowed_networks(lab, catalogue, fingerprints):
    """Even a 'public' answer is never contacted when it lies outside allowed_networks (the lab's loopback)."""
    lab.apply(Scenario(name="t", hosts={"x.com": HostBehaviour(dns="forge", forge_to="198.51.100.7")}))
    config = replace(lab.probe_config(timeout=T), public_networks=("127.0.0.0/8", "198.51.100.0/24"))
    result = run_sweep(catalogue, config, fingerprints, route=ROUTE)
    tcp = steps(result, "https://x.com/", "tcp")
    assert tcp and all(s["failure"] == F.NOT_ALLOWED for s in tcp)


def test_ssl_cert_file_is_honoured(lab, catalogue, fingerprints, monkeypatch):
    lab.apply(Scenario(name="t"))
    monkeypatch.setenv("SSL_CERT_FILE", str(lab.ca_file))
    config = replace(lab.probe_config(timeout=T), ca_file=None)
    result = run_sweep(catalogue.only({"x"}), config, fingerprints, route=ROUTE)
    assert result.platform("x").summary.verdict == V.OK
    monkeypatch.delenv("SSL_CERT_FILE")
    result = run_sweep(catalogue.only({"x"}), config, fingerprints, route=ROUTE)
    assert steps(result, "https://x.com/", "tls")[0]["failure"] == F.UNKNOWN_AUTHORITY


def test_ipv6_addresses_are_probed(lab, catalogue, fingerprints):
    result = sweep(lab, catalogue, fingerprints, {"x.com": HostBehaviour(ipv6=True)})
    tcp = steps(result, "https://x.com/", "tcp")
    assert "::1" in {s["address"] for s in tcp} and all("failure" not in s for s in tcp)
    assert endpoint(result, "https://x.com/").verdict.verdict == V.OK


def test_platform_filter_keeps_controls(catalogue):
    only = catalogue.only({"x"})
    assert only.ids == ("x", "control")


def test_a_sweep_can_be_cancelled_from_another_thread(lab, catalogue, fingerprints):
    """What Quit relies on: a sweep that would take 5×10 s stops at once, and raises rather than half-returns."""
    import threading

    from desktop_app.probes.sweep import SweepCancelled

    lab.apply(Scenario(name="t", shutdown=True))
    cancel = threading.Event()
    started = threading.Event()

    def progress(done, total):
        started.set()

    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    try:
        with pytest.raises(SweepCancelled):
            run_sweep(catalogue, lab.probe_config(timeout=10.0), fingerprints, route=ROUTE, cancel=cancel,
                      progress=progress)
    finally:
        timer.cancel()
    assert cancel.is_set() and not started.is_set()  # cancelled long before any endpoint could time out
