"""The lab's pure parts: the ClientHello parser, behaviour records, resolver decisions, scenarios and pages."""

from __future__ import annotations

import functools
import random
import re
import ssl
from pathlib import Path

import dns.exception
import dns.message
import dns.rcode
import dns.rdatatype
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.lab import HostBehaviour, Scenario, load_descriptor, scenarios
from desktop_app.lab.behaviour import BLOCKPAGE_HOST, BOGON_ADDRESS, DOH_HOST, PORTAL_HOST
from desktop_app.lab.clienthello import MALFORMED, NOT_TLS, PARTIAL, parse_client_hello
from desktop_app.lab.dnsserver import DROP, GARBAGE, DnsAnswer, doh_answer, garbage_reply, reply, system_answer
from desktop_app.lab.pages import control_body
from desktop_app.probes.catalogue.model import Catalogue, Endpoint, Expectation, Platform


@functools.cache
def client_hello(sni: str | None) -> bytes:
    """A real ClientHello from Python's own TLS client, captured in memory."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if sni is None:
        context.check_hostname = False
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = context.wrap_bio(incoming, outgoing, server_hostname=sni)
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    return outgoing.read()


def split_records(hello: bytes, at: int) -> bytes:
    """The same handshake message carried in two TLS records (legal, and a classic DPI evasion)."""
    header, body = hello[:5], hello[5:]
    first, second = body[:at], body[at:]
    return (header[:3] + len(first).to_bytes(2, "big") + first + header[:3] + len(second).to_bytes(2, "big") + second)


# ----- ClientHello parser -----------------------------------------------------------------------------------


def test_parses_the_sni_of_a_real_client_hello() -> None:
    hello = client_hello("X.com")
    parsed = parse_client_hello(hello)
    assert parsed.status == "complete" and parsed.sni == "x.com" and parsed.length == len(hello)
    assert parse_client_hello(hello + b"trailing application data").length == len(hello)


def test_client_hello_without_sni() -> None:
    parsed = parse_client_hello(client_hello(None))
    assert parsed.status == "complete" and parsed.sni is None


def test_client_hello_split_across_records_and_bytes() -> None:
    hello = client_hello("www.youtube.com")
    two = split_records(hello, 3)
    assert parse_client_hello(two).sni == "www.youtube.com"
    assert parse_client_hello(split_records(hello, 100)).sni == "www.youtube.com"
    for cut in (1, 4, 5, 9, 60, len(hello) - 1):
        assert parse_client_hello(hello[:cut]) is PARTIAL


def test_not_tls_and_malformed() -> None:
    assert parse_client_hello(b"GET / HTTP/1.1\r\n") is NOT_TLS
    assert parse_client_hello(b"\x16\x03\x01\x00\x00") is MALFORMED  # empty record
    assert parse_client_hello(b"\x16\x03\x01\x00\x04\x02\x00\x00\x00") is MALFORMED  # a ServerHello
    assert parse_client_hello(b"\x16\x03\x01\x00\x05\x01\x00\x00\x01\x00") is MALFORMED  # truncated body
    hello = bytearray(client_hello("x.com"))
    hello[5 + 4 + 2 + 32] = 200  # a session id longer than the message
    assert parse_client_hello(bytes(hello)) is MALFORMED


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_parser_never_raises_on_junk(data: bytes) -> None:
    parse_client_hello(data)
    parse_client_hello(b"\x16\x03\x01" + data)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.integers(min_value=0, max_value=255))
def test_parser_never_raises_on_corrupted_hellos(position: int, value: int) -> None:
    hello = bytearray(client_hello("x.com"))
    hello[position % len(hello)] = value
    parse_client_hello(bytes(hello))


# ----- behaviours and scenarios ----------------------------------------------------------------------------


def test_host_behaviour_rejects_unknown_modes_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"HostBehaviour.tls: 'sni'"):
        HostBehaviour(tls="sni")
    with pytest.raises(ValueError, match="throttle_bps"):
        HostBehaviour(throttle_bps=0)
    with pytest.raises(ValueError, match="sni_names"):
        HostBehaviour(sni_names="x.com")  # type: ignore[arg-type]  # a bare string on purpose: it must be refused
    assert HostBehaviour(sni_names=("Twitter.COM.",)).sni_names == ("twitter.com",)
    assert HostBehaviour(dns="forge").changed() == {"dns": "forge"}


def test_global_switches_override_host_behaviour() -> None:
    s = Scenario("s", hosts={"x.com": HostBehaviour(dns="nxdomain")}, shutdown=True)
    assert s.behaviour("x.com") == HostBehaviour(dns="nxdomain", tcp="blackhole")
    assert s.behaviour("other.example").tcp == "blackhole"
    assert Scenario("d", doh_dead=True).behaviour(DOH_HOST).tcp == "blackhole"
    assert Scenario("d", doh_dead=True).behaviour("x.com").tcp == "ok"
    captive = Scenario("c", captive_portal=True)
    assert captive.behaviour("x.com").http == "captive" and captive.behaviour("x.com").tls == "wrong_name"
    assert captive.behaviour("x.com").other_name == PORTAL_HOST
    assert captive.behaviour(PORTAL_HOST) == HostBehaviour()


def test_scenario_validation() -> None:
    known = frozenset({"x.com", "api.x.com", BLOCKPAGE_HOST})
    with pytest.raises(ValueError, match=re.escape("'bad': hosts not in this lab: nope.example")):
        Scenario("bad", hosts={"nope.example": HostBehaviour()}).validate(known)
    with pytest.raises(ValueError, match="one host at a time"):
        Scenario("v6", hosts={"x.com": HostBehaviour(ipv6=True),
                              "api.x.com": HostBehaviour(ipv6=True)}).validate(known)
    with pytest.raises(ValueError, match="forge_to 'elsewhere'"):
        Scenario("f", hosts={"x.com": HostBehaviour(dns="forge", forge_to="elsewhere")}).validate(known)
    Scenario("f", hosts={"x.com": HostBehaviour(dns="forge", forge_to="127.1.2.3")}).validate(known)


def small_catalogue() -> Catalogue:
    return Catalogue((
        Platform("x", "X", (Endpoint("x", "https://x.com/"), Endpoint("x", "https://api.x.com/"))),
        Platform("instagram", "Instagram", (Endpoint("instagram", "https://www.instagram.com/"),
                                            Endpoint("instagram", "https://scontent.cdninstagram.com/a.jpg",
                                                     role="media", throughput=True))),
    ))


def test_named_scenarios_follow_the_catalogue() -> None:
    catalogue = small_catalogue()
    assert set(scenarios.DEMO_CYCLE) <= set(scenarios.SCENARIOS)
    x = scenarios.x_sni(catalogue)
    assert x.hosts == {"api.x.com": HostBehaviour(tls="sni_reset"), "x.com": HostBehaviour(tls="sni_reset")}
    throttled = scenarios.instagram_throttled(catalogue)
    assert throttled.hosts == {"scontent.cdninstagram.com": HostBehaviour(http="throttle")}
    assert scenarios.youtube_dns_tampered(catalogue).hosts == {}  # no YouTube in this catalogue
    assert scenarios.shutdown(catalogue).shutdown and scenarios.captive_portal(catalogue).captive_portal
    assert scenarios.recovery(catalogue).description != scenarios.all_ok(catalogue).description
    for name in scenarios.SCENARIOS:
        built = scenarios.build(name, catalogue)
        assert built.name == name and built.description
        built.validate(frozenset(catalogue.hosts()))
    with pytest.raises(KeyError, match="unknown lab scenario 'nope'"):
        scenarios.build("nope", catalogue)


# ----- resolver decisions ----------------------------------------------------------------------------------


ADDRESSES = {"x.com": "127.70.1.1", BLOCKPAGE_HOST: "127.70.1.2", DOH_HOST: "127.70.1.3"}
A, AAAA = dns.rdatatype.A, dns.rdatatype.AAAA


def test_system_and_doh_answers() -> None:
    ok = Scenario("ok")
    assert system_answer(ok, ADDRESSES, "x.com", A).addresses == ("127.70.1.1",)
    assert system_answer(ok, ADDRESSES, "x.com", AAAA).addresses == ()
    assert system_answer(ok, ADDRESSES, "nope.example", A).rcode == dns.rcode.NXDOMAIN
    forged = Scenario("f", hosts={"x.com": HostBehaviour(dns="forge", doh="ok")})
    assert system_answer(forged, ADDRESSES, "x.com", A).addresses == ("127.70.1.2",)
    assert doh_answer(forged, ADDRESSES, "x.com", A).addresses == ("127.70.1.1",)
    assert system_answer(Scenario("b", hosts={"x.com": HostBehaviour(dns="bogon")}), ADDRESSES, "x.com",
                         A).addresses == (BOGON_ADDRESS,)
    assert system_answer(Scenario("g", hosts={"x.com": HostBehaviour(dns="garbage")}), ADDRESSES, "x.com",
                         A) is GARBAGE
    assert system_answer(Scenario("dead", resolver_dead=True), ADDRESSES, "x.com", A) is DROP
    assert doh_answer(Scenario("t", hosts={"x.com": HostBehaviour(doh="timeout")}), ADDRESSES, "x.com", A) is DROP
    v6 = Scenario("v6", hosts={"x.com": HostBehaviour(ipv6=True)})
    assert system_answer(v6, ADDRESSES, "x.com", AAAA).addresses == ("::1",)
    assert doh_answer(v6, ADDRESSES, "x.com", AAAA).addresses == ("::1",)


def test_reply_wire_format() -> None:
    rng = random.Random(1)
    query = dns.message.make_query("X.com", "A")

    def decide(name: str, rdtype: int) -> DnsAnswer:
        return system_answer(Scenario("ok"), ADDRESSES, name, rdtype)

    wire = reply(query.to_wire(), decide, rng)
    assert wire is not None
    response = dns.message.from_wire(wire)
    assert query.is_response(response)
    assert [rr.address for rrset in response.answer for rr in rrset] == ["127.70.1.1"]
    assert reply(b"\x00\x01junk", decide, rng) is None
    assert reply(response.to_wire(), decide, rng) is None  # a response is not a query
    with pytest.raises(dns.exception.DNSException):
        dns.message.from_wire(garbage_reply(query.id, rng))


# ----- pages and descriptors -------------------------------------------------------------------------------


def test_control_bodies_match_their_expectations() -> None:
    cases = [("http://a.example/x", Expectation(204, body_equals="")),
             ("http://b.example/x", Expectation(200, body_equals="hello")),
             ("http://c.example/x", Expectation(200, body_contains="Fine"))]
    for url, expect in cases:
        endpoint = Endpoint("control", url, role="control", expect=expect)
        assert expect.matches(expect.status, control_body(endpoint))


def test_load_descriptor_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "lab.json"
    path.write_text('{"resolver": "127.1.2.53:5353"}')
    with pytest.raises(ValueError, match=r"lab.json: doh_url: missing"):
        load_descriptor(path)
    path.write_text("[1]")
    with pytest.raises(ValueError, match="JSON object"):
        load_descriptor(path)
    with pytest.raises(ValueError, match="not a readable lab descriptor"):
        load_descriptor(tmp_path / "absent.json")
