"""Unit tests of the verdict rules on hand-built evidence: every rule and its boundary."""

from __future__ import annotations

import pytest

from desktop_app.probes import failures as F
from desktop_app.probes import verdicts as V
from desktop_app.probes.catalogue.model import Endpoint, Expectation
from desktop_app.probes.observations import Attempt, DnsResult, HttpResult, TcpResult, TlsResult

HTTPS = Endpoint(platform="x", url="https://x.com/")
TLS = Endpoint(platform="facebook", url="tls://edge-mqtt.facebook.com:443")
TCP = Endpoint(platform="whatsapp", url="tcp://e1.whatsapp.net:5222")
PLAIN = Endpoint(platform="control", url="http://detectportal.firefox.com/success.txt", role="control",
                 expect=Expectation(status=200, body_equals="success"))
DOH = "https://doh.example/dns-query"
PUBLIC, OTHER, BOGON = "198.18.0.1", "198.18.0.2", "10.10.34.35"  # treated as public below, except BOGON


def is_bogon(address: str) -> bool:
    return address.startswith("10.")


def attempt(sys_answers=(PUBLIC,), sys_failure=None, doh_answers=(PUBLIC,), doh_failure=None, tcp=None,
            tls=None, swap=None, unverified=None, http=None, http_unverified=None, linger=None) -> Attempt:
    a = Attempt(
        dns_system=DnsResult("system", answers=tuple(sys_answers) if not sys_failure else (),
                             rcode="NOERROR", failure=sys_failure),
        dns_doh=DnsResult(DOH, answers=tuple(doh_answers) if not doh_failure else (), failure=doh_failure),
    )
    a.tcp = tcp if tcp is not None else [TcpResult(sys_answers[0] if sys_answers else PUBLIC, 443)]
    a.tls, a.sni_swap, a.tls_unverified, a.linger = tls, swap, unverified, linger
    a.http, a.http_unverified = http, http_unverified
    return a


def ok_tls(address: str = PUBLIC, sni: str = "x.com") -> TlsResult:
    return TlsResult(address, sni, version="TLSv1.3")


def ok_http(status: int = 200, body: bytes = b"<title>X</title>") -> HttpResult:
    return HttpResult("https://x.com/", status=status, body=body)


def verdict(endpoint: Endpoint, a: Attempt) -> str:
    """The rules alone (repeats are not asked for): the confirmation rule has tests of its own below."""
    return V.classify(endpoint, a, is_bogon, confirm=False).verdict


def test_ok_https():
    assert verdict(HTTPS, attempt(tls=ok_tls(), http=ok_http())) == V.OK


def test_cdn_answers_that_differ_are_fine_when_the_certificate_validates():
    assert verdict(HTTPS, attempt(sys_answers=(OTHER,), tls=ok_tls(OTHER), http=ok_http())) == V.OK


@pytest.mark.parametrize("failure", [F.NXDOMAIN, F.NO_ANSWER, F.REFUSED_DNS, F.SERVFAIL, F.TIMEOUT])
def test_dns_blocked_when_system_fails_and_doh_resolves(failure):
    v = V.classify(HTTPS, attempt(sys_failure=failure), is_bogon, confirm=False)
    assert v.verdict == V.DNS_BLOCKED and failure in (v.reason or "")


def test_dns_failure_everywhere_is_inconclusive_not_blocked():
    assert verdict(HTTPS, attempt(sys_failure=F.TIMEOUT, doh_failure=F.TIMEOUT)) == V.INCONCLUSIVE
    v = V.classify(HTTPS, attempt(sys_failure=F.NXDOMAIN, doh_failure=F.NXDOMAIN), is_bogon)
    assert v.verdict == V.INCONCLUSIVE and "does not exist" in (v.reason or "")


def test_bogon_answer_is_tampering_when_doh_is_public():
    assert verdict(HTTPS, attempt(sys_answers=(BOGON,), tcp=[])) == V.DNS_TAMPERED


def test_bogon_everywhere_is_inconclusive():
    assert verdict(HTTPS, attempt(sys_answers=(BOGON,), doh_answers=(BOGON,), tcp=[])) == V.INCONCLUSIVE


def test_disagreeing_answer_with_invalid_certificate_is_tampering():
    a = attempt(sys_answers=(OTHER,), tls=TlsResult(OTHER, "x.com", failure=F.INVALID_HOSTNAME),
                unverified=TlsResult(OTHER, "x.com", step="tls_unverified", issuer="CN=ISP"))
    v = V.classify(HTTPS, a, is_bogon, confirm=False)
    assert v.verdict == V.DNS_TAMPERED and "CN=ISP" in (v.reason or "")


def test_disagreeing_answer_that_leads_nowhere_is_tampering():
    a = attempt(sys_answers=(OTHER,), tcp=[TcpResult(OTHER, 443, failure=F.TIMEOUT)])
    assert verdict(HTTPS, a) == V.DNS_TAMPERED


def test_disagreement_alone_does_not_accuse_a_plain_tcp_endpoint():
    a = attempt(sys_answers=(OTHER,), tcp=[TcpResult(OTHER, 5222, failure=F.TIMEOUT)])
    assert verdict(TCP, a) == V.TCP_BLOCKED


@pytest.mark.parametrize("failures_seen,expected", [
    ([F.TIMEOUT], V.TCP_BLOCKED),
    ([F.TIMEOUT, F.HOST_UNREACHABLE], V.TCP_BLOCKED),
    ([F.REFUSED], V.TCP_RESET),
    ([F.RESET, F.TIMEOUT], V.TCP_RESET),
    (["unknown_failure: EPERM"], V.INCONCLUSIVE),
])
def test_tcp(failures_seen, expected):
    tcp = [TcpResult(PUBLIC, 443, failure=f) for f in failures_seen]
    assert verdict(HTTPS, attempt(tcp=tcp)) == expected


def test_reset_right_after_connecting_on_a_tcp_endpoint():
    assert verdict(TCP, attempt(linger=TcpResult(PUBLIC, 5222, failure=F.RESET, step="tcp_linger"))) == V.TCP_RESET
    assert verdict(TCP, attempt(linger=TcpResult(PUBLIC, 5222, step="tcp_linger"))) == V.OK


@pytest.mark.parametrize("failure", [F.RESET, F.EOF, F.TIMEOUT])
def test_tls_blocked_needs_the_sni_swap_to_succeed(failure):
    bad = TlsResult(PUBLIC, "x.com", failure=failure)
    swapped = TlsResult(PUBLIC, "example.org", step="sni_swap", version="TLSv1.3")
    assert verdict(HTTPS, attempt(tls=bad, swap=swapped)) == V.TLS_BLOCKED
    dead = TlsResult(PUBLIC, "example.org", step="sni_swap", failure=failure)
    assert verdict(HTTPS, attempt(tls=bad, swap=dead)) == (V.TCP_RESET if failure == F.RESET else V.INCONCLUSIVE)


def test_tls_endpoint_ok_without_http():
    assert verdict(TLS, attempt(tls=ok_tls(sni="edge-mqtt.facebook.com"))) == V.OK


@pytest.mark.parametrize("failure", [F.UNKNOWN_AUTHORITY, F.INVALID_HOSTNAME])
def test_mitm_when_dns_agrees(failure):
    assert verdict(HTTPS, attempt(tls=TlsResult(PUBLIC, "x.com", failure=failure))) == V.TLS_MITM


def test_invalid_certificate_without_doh_is_inconclusive():
    a = attempt(doh_failure=F.TIMEOUT, tls=TlsResult(PUBLIC, "x.com", failure=F.UNKNOWN_AUTHORITY))
    assert verdict(HTTPS, a) == V.INCONCLUSIVE


def test_expired_certificate_points_at_the_clock_not_a_censor():
    v = V.classify(HTTPS, attempt(tls=TlsResult(PUBLIC, "x.com", failure=F.INVALID_CERTIFICATE)), is_bogon)
    assert v.verdict == V.INCONCLUSIVE and "clock" in (v.reason or "")


def test_blockpage_behind_invalid_certificate():
    page = HttpResult("https://x.com/", verified=False, status=200, blockpage="pk-pta")
    intercepted = attempt(tls=TlsResult(PUBLIC, "x.com", failure=F.INVALID_HOSTNAME), http_unverified=page)
    assert verdict(HTTPS, intercepted) == V.HTTP_BLOCKPAGE
    # Reached through a forged DNS answer: the technique is DNS, the blockpage is named in the reason.
    forged = attempt(sys_answers=(OTHER,), tls=TlsResult(OTHER, "x.com", failure=F.INVALID_HOSTNAME),
                     http_unverified=page)
    v = V.classify(HTTPS, forged, is_bogon, confirm=False)
    assert v.verdict == V.DNS_TAMPERED and "pk-pta" in (v.reason or "")


def test_blockpage_and_injected_redirect_on_plain_http():
    page = HttpResult(PLAIN.url, status=200, blockpage="pk-pta")
    assert verdict(PLAIN, attempt(http=page)) == V.HTTP_BLOCKPAGE
    hop = HttpResult(PLAIN.url, status=302, blockpage="id-internetpositif",
                     redirects=[{"status": 302, "location": "http://internetpositif.id/"}])
    v = V.classify(PLAIN, attempt(http=hop), is_bogon, confirm=False)
    assert v.verdict == V.HTTP_BLOCKPAGE and "internetpositif" in (v.reason or "")


def test_control_expectations():
    assert verdict(PLAIN, attempt(http=HttpResult(PLAIN.url, status=200, body=b"success\n"))) == V.OK
    portal = HttpResult(PLAIN.url, status=200, body=b"<title>Sign in</title>")
    assert verdict(PLAIN, attempt(http=portal)) == V.CAPTIVE_PORTAL
    assert verdict(PLAIN, attempt(http=HttpResult(PLAIN.url, status=503))) == V.PLATFORM_DOWN


def test_platform_down_on_5xx_and_redirect_loop():
    assert verdict(HTTPS, attempt(tls=ok_tls(), http=ok_http(503))) == V.PLATFORM_DOWN
    loop = HttpResult("https://x.com/", status=302, failure=F.TOO_MANY_REDIRECTS)
    assert verdict(HTTPS, attempt(tls=ok_tls(), http=loop)) == V.PLATFORM_DOWN


def test_slow_page_is_inconclusive_not_blocked():
    slow = HttpResult("https://x.com/", status=200, body_length=3, failure=F.TIMEOUT)
    assert verdict(HTTPS, attempt(tls=ok_tls(), http=slow)) == V.INCONCLUSIVE


def test_plain_http_reset_after_request():
    assert verdict(PLAIN, attempt(http=HttpResult(PLAIN.url, failure=F.RESET))) == V.TCP_RESET


def test_cut_short_is_inconclusive():
    a = attempt()
    a.cut_short = True
    assert verdict(HTTPS, a) == V.INCONCLUSIVE


def blackholed() -> list[TcpResult]:
    return [TcpResult(PUBLIC, 443, failure=F.TIMEOUT)]


def test_silence_needs_two_repeats_that_repeat_it():
    a = attempt(tcp=blackholed())
    assert V.classify(HTTPS, a, is_bogon).verdict == V.INCONCLUSIVE  # not confirmed at all
    a.add_repeat("tcp", blackholed())
    v = V.classify(HTTPS, a, is_bogon)
    reason = v.reason or ""
    assert v.verdict == V.INCONCLUSIVE and "could not be confirmed" in reason and "tcp_blocked" in reason
    a.add_repeat("tcp", blackholed())
    assert V.classify(HTTPS, a, is_bogon).verdict == V.TCP_BLOCKED


def test_a_repeat_that_fails_differently_makes_it_inconclusive():
    a = attempt(tcp=blackholed())
    a.add_repeat("tcp", blackholed())
    a.add_repeat("tcp", [TcpResult(PUBLIC, 443, failure=F.RESET)])
    v = V.classify(HTTPS, a, is_bogon)
    assert v.verdict == V.INCONCLUSIVE and "disagree" in (v.reason or "")


def test_a_reset_needs_one_repeat():
    a = attempt(tcp=[TcpResult(PUBLIC, 443, failure=F.RESET)])
    assert V.classify(HTTPS, a, is_bogon).verdict == V.INCONCLUSIVE
    a.add_repeat("tcp", [TcpResult(PUBLIC, 443, failure=F.REFUSED)])  # refused and reset are one kind
    assert V.classify(HTTPS, a, is_bogon).verdict == V.TCP_RESET


@pytest.mark.parametrize("failure,needed", [(F.NXDOMAIN, 1), (F.REFUSED_DNS, 1), (F.TIMEOUT, 2), (F.SERVFAIL, 2)])
def test_dns_failures_need_repeats_by_what_loss_can_cause(failure, needed):
    a = attempt(sys_failure=failure, tcp=[TcpResult(PUBLIC, 443)], tls=ok_tls(), http=ok_http())
    for _ in range(needed):
        assert V.classify(HTTPS, a, is_bogon).verdict == V.INCONCLUSIVE
        a.add_repeat("dns", [DnsResult("system", failure=failure)])
    assert V.classify(HTTPS, a, is_bogon).verdict == V.DNS_BLOCKED


def test_a_successful_repeat_is_ok_with_a_note():
    a = attempt(tcp=blackholed(), tls=ok_tls(), http=ok_http())
    retry = TcpResult(PUBLIC, 443)
    a.add_repeat("tcp", [retry])
    a.recovered["tcp"] = retry
    v = V.classify(HTTPS, a, is_bogon)
    assert v.verdict == V.OK and "repeat succeeded" in (v.reason or "")


@pytest.mark.parametrize("failure", [F.LOCAL_REFUSED, F.LOCAL_NO_ROUTE])
def test_this_computer_refusing_is_never_blamed_on_the_network(failure):
    assert verdict(HTTPS, attempt(tcp=[TcpResult(PUBLIC, 443, failure=failure)])) == V.INCONCLUSIVE
    assert verdict(HTTPS, attempt(sys_failure=failure)) == V.INCONCLUSIVE
    # An IPv6 address with no route beside an IPv4 one that is blackholed: only the IPv4 failure counts.
    mixed = attempt(tcp=[TcpResult(PUBLIC, 443, failure=F.TIMEOUT), TcpResult("2001:db8::1", 443, failure=failure)])
    assert verdict(HTTPS, mixed) == V.TCP_BLOCKED


def test_throttle_needs_both_the_floor_and_the_ratio():
    fast = [5_000_000.0, 6_000_000.0, 7_000_000.0]
    throttled = V.throttle_verdict(16_000, fast, "x")
    assert throttled is not None and throttled.verdict == V.THROTTLED
    assert V.throttle_verdict(200_000, fast, "x") is None  # far below others, but above the floor
    assert V.throttle_verdict(100_000, [150_000.0, 160_000.0], "x") is None  # slow everywhere: a slow link
    assert V.throttle_verdict(16_000, [5_000_000.0], "x") is None  # not enough references


def test_an_unsteady_slow_asset_must_be_twice_as_far_below_the_others():
    """Loss stalls a transfer (a high variation); a policer holds a steady rate."""
    others = [400_000.0, 400_000.0, 400_000.0]  # median 400 kB/s: a quarter is 100 kB/s, an eighth 50 kB/s
    assert V.throttle_verdict(80_000, others, "x", rate_cv=0.1) is not None  # steady and under a quarter
    assert V.throttle_verdict(80_000, others, "x", rate_cv=0.9) is None  # stalling: loss explains it
    assert V.throttle_verdict(80_000, others, "x") is None  # steadiness unknown: the stricter bound
    assert V.throttle_verdict(40_000, others, "x", rate_cv=0.9) is not None  # under an eighth either way


def test_throttle_against_its_own_past():
    usual = V.PastRate(2_000_000.0, 50)
    holding = [0.9, 1.1, 1.0]
    held = V.throttle_against_past(300_000, 0.05, usual, holding, "x")
    assert held is not None and held.verdict == V.THROTTLED
    assert V.throttle_against_past(300_000, 0.05, usual, [0.2, 0.3, 0.25], "x") is None  # everything is slow now
    assert V.throttle_against_past(300_000, 0.05, V.PastRate(2_000_000.0, 3), holding, "x") is None  # too little past
    assert V.throttle_against_past(300_000, 0.9, usual, holding, "x") is None  # unsteady: congestion, not a policer
    unsteady = V.throttle_against_past(200_000, 0.9, usual, holding, "x")
    assert unsteady is not None and unsteady.verdict == V.THROTTLED  # far enough below
    assert V.throttle_against_past(300_000, 0.05, None, holding, "x") is None


def test_platform_summary_takes_most_severe_and_counts():
    s = V.summarise_platform([("web", V.Verdict(V.OK)), ("api", V.Verdict(V.TLS_BLOCKED, "sni")),
                              ("media", V.Verdict(V.INCONCLUSIVE, "?"))])
    assert (s.verdict, s.affected, s.total, s.reason) == (V.TLS_BLOCKED, 2, 3, "sni")
    assert (s.scope, s.roles) == (V.PARTIAL, ("api",))
    ok = V.summarise_platform([("web", V.Verdict(V.OK))] * 3)
    assert (ok.verdict, ok.scope, ok.roles) == (V.OK, None, ())


OK_ = V.Verdict(V.OK)
DNS = V.Verdict(V.DNS_BLOCKED, "nxdomain")


def test_media_blocked_while_chat_works_is_partial():
    """Pakistan, July 2024: WhatsApp's media hosts blocked by DNS, messages still get through."""
    s = V.summarise_platform([("web", OK_), ("app", OK_), ("app", OK_), ("media", DNS), ("media", DNS)])
    assert (s.verdict, s.scope, s.roles) == (V.DNS_BLOCKED, V.PARTIAL, ("media",))


def test_front_doors_blocked_is_whole():
    s = V.summarise_platform([("web", DNS), ("app", DNS), ("media", OK_)])
    assert (s.verdict, s.scope, s.roles) == (V.DNS_BLOCKED, V.WHOLE, ("web", "app"))
    half = V.summarise_platform([("web", DNS), ("web", OK_), ("app", DNS)])
    assert half.scope == V.PARTIAL  # one of two web hosts still works


def test_one_inconclusive_endpoint_among_many_that_work_changes_nothing():
    flaky = V.Verdict(V.INCONCLUSIVE, "the server may be down")
    s = V.summarise_platform([("web", OK_)] + [("media", OK_)] * 36 + [("media", flaky)])
    assert (s.verdict, s.affected, s.scope) == (V.OK, 1, None)
    mostly = V.summarise_platform([("web", flaky), ("media", flaky), ("app", OK_)])
    assert mostly.verdict == V.INCONCLUSIVE


def test_severity_lists_every_verdict_once():
    assert len(V.SEVERITY) == len(V.VERDICTS) == 13
    with pytest.raises(ValueError):
        V.Verdict("blocked")
