"""The censorship lab driven by plain clients over real loopback sockets: DNS, DoH, TCP, TLS and HTTP behaviours."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import ssl
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dns.exception
import dns.message
import dns.query
import dns.rcode
import httpx
import pytest
from cryptography import x509

from desktop_app.lab import HostBehaviour, Lab, LabError, Scenario, config_from_descriptor, load_descriptor, scenarios
from desktop_app.lab.behaviour import BLOCKPAGE_HOST, BOGON_ADDRESS, DOH_HOST, IP_LOOKUP_HOST, PORTAL_HOST
from desktop_app.lab.pages import BLOCKPAGES, INJECT_REDIRECT_URL, PK_BLOCKPAGE_MARKER, PORTAL_URL
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue, Endpoint, Expectation, Platform
from desktop_app.system.paths import resources_dir

GENERATE_204 = "http://connectivitycheck.gstatic.com/generate_204"
FIREFOX = "http://detectportal.firefox.com/success.txt"
MICROSOFT = "http://www.msftconnecttest.com/connecttest.txt"
APPLE = "http://captive.apple.com/hotspot-detect.html"
ASSET = "https://i.ytimg.com/vi/lab/asset.jpg"
SHORT = 0.3  # client timeout where a timeout is the expected outcome


def make_catalogue() -> Catalogue:
    control = Platform("control", "Connectivity checks", (
        Endpoint("control", GENERATE_204, role="control", expect=Expectation(204, body_equals="")),
        Endpoint("control", FIREFOX, role="control", expect=Expectation(200, body_equals="success")),
        Endpoint("control", MICROSOFT, role="control", expect=Expectation(200, body_equals="Microsoft Connect Test")),
        Endpoint("control", APPLE, role="control", expect=Expectation(200, body_contains="Success")),
    ))
    x = Platform("x", "X", (Endpoint("x", "https://x.com/"),
                            Endpoint("x", "https://api.x.com/1.1/ping.json", role="api")), ("x.com",))
    youtube = Platform("youtube", "YouTube", (Endpoint("youtube", "https://www.youtube.com/"),
                                              Endpoint("youtube", ASSET, role="media", throughput=True)),
                       ("youtube.com", "ytimg.com"))
    whatsapp = Platform("whatsapp", "WhatsApp", (Endpoint("whatsapp", "https://web.whatsapp.com/"),
                                                 Endpoint("whatsapp", "tcp://g.whatsapp.net:5222", role="app"),
                                                 Endpoint("whatsapp", "tls://mmg.whatsapp.net:443", role="media")),
                        ("whatsapp.com", "whatsapp.net"))
    return Catalogue((control, x, youtube, whatsapp))


# ----- plain clients --------------------------------------------------------------------------------------------


def resolver(lab: Lab) -> tuple[str, int]:
    host, _, port = lab.resolver.rpartition(":")
    return host, int(port)


def query(lab: Lab, name: str, rdtype: str = "A", *, tcp: bool = False, timeout: float = 2.0) -> dns.message.Message:
    address, port = resolver(lab)
    q = dns.message.make_query(name, rdtype)
    if tcp:
        return dns.query.tcp(q, address, port=port, timeout=timeout)
    return dns.query.udp(q, address, port=port, timeout=timeout)


def answers(message: dns.message.Message) -> list[str]:
    return [rr.address for rrset in message.answer for rr in rrset]


def port(lab: Lab, real: int) -> int:
    return lab.port_map.get(real, real)


def connect(lab: Lab, host: str, real_port: int = 443, timeout: float = 2.0,
            address: str | None = None) -> socket.socket:
    address = address or lab.address_of(host)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect((address, port(lab, real_port)))
    except BaseException:
        sock.close()
        raise
    return sock


def client_context(lab: Lab, *, verify: bool = True) -> ssl.SSLContext:
    if not verify:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    return ssl.create_default_context(cafile=str(lab.ca_file))


def peer_certificate(s: ssl.SSLSocket) -> x509.Certificate:
    der = s.getpeercert(binary_form=True)
    assert der is not None, "the handshake gave no certificate"
    return x509.load_der_x509_certificate(der)


@contextlib.contextmanager
def tls(lab: Lab, host: str, sni: str | None = None, *, verify: bool = True, timeout: float = 2.0,
        address: str | None = None) -> Iterator[ssl.SSLSocket]:
    sock = connect(lab, host, 443, timeout, address)
    try:
        with client_context(lab, verify=verify).wrap_socket(sock, server_hostname=sni or host) as wrapped:
            yield wrapped
    finally:
        sock.close()


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    complete: bool  # the server ended the body (close or Content-Length reached) before our cap


def _read_response(sock: socket.socket, cap: int) -> Response:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before the headers ended: {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers["content-length"]) if "content-length" in headers else None
    complete = False
    while len(body) < cap:
        if length is not None and len(body) >= length:
            complete = True
            break
        chunk = sock.recv(65536)
        if not chunk:
            complete = True
            break
        body += chunk
    return Response(status, headers, body, complete)


def get(lab: Lab, url: str, *, method: str = "GET", cap: int = 8 << 20, timeout: float = 3.0,
        host: str | None = None) -> Response:
    """One request over a raw socket (TLS verified with the lab CA for https), Connection: close."""
    parsed = httpx.URL(url)
    name = parsed.host
    request = (f"{method} {parsed.raw_path.decode()} HTTP/1.1\r\nHost: {name}\r\nUser-Agent: lab-test\r\n"
               f"Connection: close\r\n\r\n").encode()
    if parsed.scheme == "https":
        with tls(lab, host or name, name, timeout=timeout) as s:
            s.sendall(request)
            return _read_response(s, cap)
    with connect(lab, host or name, parsed.port or 80, timeout) as s:
        s.sendall(request)
        return _read_response(s, cap)


def dechunk(body: bytes) -> bytes:
    out, rest = b"", body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2:]
    return out


def doh_client(lab: Lab, timeout: float = 2.0) -> httpx.Client:
    """httpx aimed at the lab's DoH server by address, with the DoH name as SNI and Host (as a browser would)."""
    return httpx.Client(verify=client_context(lab), timeout=timeout, trust_env=False)


def doh_request(client: httpx.Client, lab: Lab, name: str, rdtype: str = "A", *,
                get_form: bool = False) -> httpx.Response:
    wire = dns.message.make_query(name, rdtype)
    wire.id = 0
    url = f"https://{lab.address_of(DOH_HOST)}:{port(lab, 443)}/dns-query"
    headers = {"host": DOH_HOST, "accept": "application/dns-message"}
    extensions = {"sni_hostname": DOH_HOST}
    if get_form:
        encoded = base64.urlsafe_b64encode(wire.to_wire()).rstrip(b"=").decode()
        return client.get(url, params={"dns": encoded}, headers=headers, extensions=extensions)
    return client.post(url, content=wire.to_wire(), headers={**headers, "content-type": "application/dns-message"},
                       extensions=extensions)


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


# ----- fixtures -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lab_catalogue() -> Catalogue:
    return make_catalogue()


@pytest.fixture
def lab(lab: Lab) -> Iterator[Lab]:
    """conftest's module lab, reset to no scenario before and after each test."""
    lab.reset()
    yield lab
    lab.reset()


# ----- shape ------------------------------------------------------------------------------------------------------


def test_every_host_has_its_own_loopback_address_and_shared_mapped_ports(lab: Lab) -> None:
    hosts = set(make_catalogue().hosts()) | {DOH_HOST, IP_LOOKUP_HOST, BLOCKPAGE_HOST, PORTAL_HOST}
    addresses = {h: lab.address_of(h) for h in hosts}
    assert len(set(addresses.values())) == len(hosts)
    subnets = {a.rsplit(".", 1)[0] for a in addresses.values()}
    assert len(subnets) == 1 and all(a.startswith("127.") for a in addresses.values())
    x = int(next(iter(subnets)).split(".")[1])
    assert 64 <= x <= 250
    assert set(lab.port_map) == {80, 443, 5222}
    assert all(p > 1023 for p in lab.port_map.values()) and len(set(lab.port_map.values())) == 3
    assert lab.resolver.startswith(next(iter(subnets)) + ".53:")
    assert lab.doh_url == "https://doh.vantage.test/dns-query"
    assert lab.ip_lookup_url == "https://ip.vantage.test/json"
    with pytest.raises(KeyError, match="not a lab host"):
        lab.address_of("example.net")


def test_probe_config_and_descriptor_point_at_the_lab(lab: Lab, tmp_path: Path) -> None:
    config = lab.probe_config(timeout=1.0)
    assert config.system_resolvers == (lab.resolver,)
    assert config.doh_urls == (lab.doh_url,)
    assert config.ca_file == str(lab.ca_file)
    assert config.ip_lookup_url == lab.ip_lookup_url
    assert config.port_map == lab.port_map
    assert config.allowed_networks == ("127.0.0.0/8", "::1/128")
    assert config.public_networks == ("127.0.0.0/8", "::1/128")
    assert config.timeout == 1.0
    path = tmp_path / "lab.json"
    lab.write_descriptor(path)
    data = load_descriptor(path)
    assert json.loads(path.read_text())["port_map"] == {str(k): v for k, v in lab.port_map.items()}
    assert config_from_descriptor(data, timeout=1.0) == config
    assert data["addresses"]["x.com"] == lab.address_of("x.com")


def test_ca_file_holds_only_the_lab_ca(lab: Lab) -> None:
    certs = x509.load_pem_x509_certificates(lab.ca_file.read_bytes())
    assert [c.subject.rfc4514_string() for c in certs] == ["O=Vantage lab,CN=Vantage Lab CA"]


# ----- the system resolver ------------------------------------------------------------------------------------


def test_dns_ok_answers_the_lab_address_over_udp_and_tcp(lab: Lab) -> None:
    for tcp in (False, True):
        response = query(lab, "x.com", tcp=tcp)
        assert response.rcode() == dns.rcode.NOERROR
        assert answers(response) == [lab.address_of("x.com")]
    aaaa = query(lab, "x.com", "AAAA")
    assert aaaa.rcode() == dns.rcode.NOERROR and answers(aaaa) == []
    assert answers(query(lab, "X.COM.")) == [lab.address_of("x.com")]
    assert answers(query(lab, DOH_HOST)) == [lab.address_of(DOH_HOST)]
    assert query(lab, "not-in-the-lab.example").rcode() == dns.rcode.NXDOMAIN


@pytest.mark.parametrize("mode, rcode", [("nxdomain", dns.rcode.NXDOMAIN), ("empty", dns.rcode.NOERROR),
                                         ("refused", dns.rcode.REFUSED), ("servfail", dns.rcode.SERVFAIL)])
def test_dns_failure_modes_answer_with_their_rcode(lab: Lab, mode: str, rcode: int) -> None:
    lab.set_host("x.com", HostBehaviour(dns=mode))
    for tcp in (False, True):
        response = query(lab, "x.com", tcp=tcp)
        assert response.rcode() == rcode
        assert answers(response) == []
    assert answers(query(lab, "www.youtube.com")) == [lab.address_of("www.youtube.com")]


def test_dns_timeout_never_answers(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(dns="timeout"))
    with pytest.raises(dns.exception.Timeout):
        query(lab, "x.com", timeout=SHORT)
    with pytest.raises(dns.exception.Timeout):
        query(lab, "x.com", tcp=True, timeout=SHORT)


def test_dns_garbage_arrives_but_is_not_a_dns_message(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(dns="garbage"))
    address, port_ = resolver(lab)
    q = dns.message.make_query("x.com", "A")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(2.0)
        sock.sendto(q.to_wire(), (address, port_))
        wire, source = sock.recvfrom(65535)
    assert source == (address, port_)
    assert wire[:2] == q.id.to_bytes(2, "big")
    with pytest.raises(dns.exception.DNSException) as raised:
        dns.message.from_wire(wire)
    assert not isinstance(raised.value, dns.exception.Timeout)
    with pytest.raises(dns.exception.DNSException) as raised:
        query(lab, "x.com", timeout=2.0)
    assert not isinstance(raised.value, dns.exception.Timeout)


def test_dns_forge_points_at_the_blockpage_host_or_forge_to(lab: Lab) -> None:
    lab.set_host("www.youtube.com", HostBehaviour(dns="forge"))
    assert answers(query(lab, "www.youtube.com")) == [lab.address_of(BLOCKPAGE_HOST)]
    assert answers(query(lab, "www.youtube.com", "AAAA")) == []
    lab.set_host("www.youtube.com", HostBehaviour(dns="forge", forge_to=PORTAL_HOST))
    assert answers(query(lab, "www.youtube.com")) == [lab.address_of(PORTAL_HOST)]
    lab.set_host("www.youtube.com", HostBehaviour(dns="forge", forge_to="127.0.0.9"))
    assert answers(query(lab, "www.youtube.com")) == ["127.0.0.9"]


def test_dns_bogon(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(dns="bogon"))
    assert answers(query(lab, "x.com")) == [BOGON_ADDRESS]


def test_resolver_dead_answers_nothing(lab: Lab) -> None:
    lab.apply(Scenario("dead", resolver_dead=True))
    with pytest.raises(dns.exception.Timeout):
        query(lab, "x.com", timeout=SHORT)
    with pytest.raises(dns.exception.Timeout):
        query(lab, DOH_HOST, tcp=True, timeout=SHORT)
    lab.reset()
    assert answers(query(lab, "x.com")) == [lab.address_of("x.com")]


def test_resolver_survives_junk_datagrams(lab: Lab) -> None:
    address, port_ = resolver(lab)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for junk in (b"", b"\x00", os.urandom(11), os.urandom(600), dns.message.make_response(
                dns.message.make_query("x.com", "A")).to_wire()):
            sock.sendto(junk, (address, port_))
    with socket.create_connection((address, port_), timeout=2.0) as tcp:
        tcp.sendall(b"\x00\x05abc")  # promises five bytes, sends three, then leaves
    assert answers(query(lab, "x.com")) == [lab.address_of("x.com")]


# ----- the DoH resolver -----------------------------------------------------------------------------------------


def test_doh_answers_post_and_get_with_the_true_address(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(dns="forge"))  # the system resolver lies; DoH does not
    with doh_client(lab) as client:
        for get_form in (False, True):
            response = doh_request(client, lab, "x.com", get_form=get_form)
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/dns-message"
            message = dns.message.from_wire(response.content)
            assert message.id == 0 and answers(message) == [lab.address_of("x.com")]
        assert dns.message.from_wire(doh_request(client, lab, "unknown.example").content).rcode() == \
            dns.rcode.NXDOMAIN
        lab.set_host("x.com", HostBehaviour(doh="nxdomain"))
        assert dns.message.from_wire(doh_request(client, lab, "x.com").content).rcode() == dns.rcode.NXDOMAIN
        bad = client.post(f"https://{lab.address_of(DOH_HOST)}:{port(lab, 443)}/dns-query", content=b"junk",
                          headers={"host": DOH_HOST, "content-type": "application/dns-message"},
                          extensions={"sni_hostname": DOH_HOST})
        assert bad.status_code == 400


def test_doh_timeout_and_doh_dead(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(doh="timeout"))
    with doh_client(lab, timeout=SHORT) as client:
        with pytest.raises(httpx.ReadTimeout):
            doh_request(client, lab, "x.com")
        assert answers(dns.message.from_wire(doh_request(client, lab, "www.youtube.com").content))
    lab.apply(Scenario("doh dead", doh_dead=True))
    with pytest.raises(TimeoutError):
        connect(lab, DOH_HOST, timeout=SHORT).close()
    assert answers(query(lab, DOH_HOST)) == [lab.address_of(DOH_HOST)]


def test_ip_lookup_answers_ifconfig_style_json(lab: Lab) -> None:
    response = get(lab, lab.ip_lookup_url)
    assert response.status == 200 and response.headers["content-type"] == "application/json"
    assert json.loads(response.body) == {"ip": "203.0.113.7", "country": "Pakistan", "country_iso": "PK",
                                         "asn": "AS17557", "asn_org": "Lab ISP"}


# ----- TCP ------------------------------------------------------------------------------------------------------


def test_tcp_blackhole_times_out_and_recovers(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(tcp="blackhole"))
    for real in (443, 80, 5222):
        with pytest.raises(TimeoutError):
            connect(lab, "x.com", real, timeout=SHORT).close()
    connect(lab, "www.youtube.com").close()
    lab.reset()
    assert get(lab, "https://x.com/").status == 200


def test_tcp_refuse_and_reset(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(tcp="refuse"))
    with pytest.raises(ConnectionRefusedError):
        connect(lab, "x.com").close()
    lab.set_host("x.com", HostBehaviour(tcp="reset"))
    with connect(lab, "x.com") as sock, pytest.raises(ConnectionResetError):
        sock.recv(1)
    lab.reset()
    assert get(lab, "https://x.com/").status == 200


def test_tcp_endpoint_port_accepts_and_holds(lab: Lab) -> None:
    with connect(lab, "g.whatsapp.net", 5222) as sock:
        sock.settimeout(SHORT)
        with pytest.raises(TimeoutError):
            sock.recv(1)
        assert wait_for(lambda: lab.open_connections >= 1)
    assert wait_for(lambda: lab.open_connections == 0)


# ----- TLS ------------------------------------------------------------------------------------------------------


def test_tls_ok_presents_a_lab_ca_certificate_for_the_host(lab: Lab) -> None:
    with tls(lab, "x.com") as s:
        cert = peer_certificate(s)
    assert cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.DNSName) == ["x.com"]
    assert "Vantage Lab CA" in cert.issuer.rfc4514_string()
    with tls(lab, "mmg.whatsapp.net") as s:  # a tls:// endpoint
        assert s.version() in ("TLSv1.2", "TLSv1.3")


def test_sni_reset_cuts_the_filtered_name_only(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(tls="sni_reset", sni_names=("twitter.com",)))
    for sni in ("x.com", "twitter.com"):
        with pytest.raises(ConnectionResetError), tls(lab, "x.com", sni):
            pass
    with tls(lab, "x.com", "example.org", verify=False) as s:
        cert = peer_certificate(s)
        assert "x.com" in cert.subject.rfc4514_string()
    # A censor filters the name wherever it is sent, as on a real path.
    with pytest.raises(ConnectionResetError), tls(lab, "www.youtube.com", "x.com"):
        pass
    with tls(lab, "www.youtube.com"):
        pass


def test_sni_drop_stalls_the_filtered_name(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(tls="sni_drop"))
    with pytest.raises(TimeoutError), tls(lab, "x.com", timeout=SHORT):
        pass
    with tls(lab, "x.com", "example.org", verify=False):
        pass


def test_reset_any_and_eof_whatever_the_name(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(tls="reset_any"))
    for sni in ("x.com", "example.org"):
        with pytest.raises(ConnectionResetError), tls(lab, "x.com", sni, verify=False):
            pass
    lab.set_host("x.com", HostBehaviour(tls="eof"))
    for sni in ("x.com", "example.org"):
        with pytest.raises(ssl.SSLEOFError), tls(lab, "x.com", sni, verify=False):
            pass


@pytest.mark.parametrize("mode, code", [("untrusted", 20), ("wrong_name", 62), ("expired", 10)])
def test_bad_certificates_fail_verification_with_their_codes(lab: Lab, mode: str, code: int) -> None:
    lab.set_host("x.com", HostBehaviour(tls=mode))
    with pytest.raises(ssl.SSLCertVerificationError) as raised, tls(lab, "x.com"):
        pass
    assert raised.value.verify_code == code
    with tls(lab, "x.com", verify=False) as s:  # what an unverified look sees
        cert = peer_certificate(s)
    if mode == "untrusted":
        assert "Intruder" in cert.issuer.rfc4514_string()
    else:
        assert "CN=Vantage Lab CA" in cert.issuer.rfc4514_string()


def test_forged_dns_leads_to_the_blockpage_server(lab: Lab) -> None:
    lab.set_host("www.youtube.com", HostBehaviour(dns="forge"))
    forged = answers(query(lab, "www.youtube.com"))[0]
    with pytest.raises(ssl.SSLCertVerificationError) as raised, tls(lab, "www.youtube.com", address=forged):
        pass
    assert raised.value.verify_code == 62
    with tls(lab, "www.youtube.com", verify=False, address=forged) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: www.youtube.com\r\nConnection: close\r\n\r\n")
        response = _read_response(s, 1 << 20)
    assert PK_BLOCKPAGE_MARKER.encode() in response.body
    with connect(lab, "www.youtube.com", 80, address=forged) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: www.youtube.com\r\nConnection: close\r\n\r\n")
        assert PK_BLOCKPAGE_MARKER.encode() in _read_response(s, 1 << 20).body


def test_ipv6_host_is_served_on_loopback_v6(lab: Lab) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        lab.set_host("x.com", HostBehaviour(ipv6=True))
    except LabError as exc:
        pytest.skip(f"IPv6 loopback unavailable: {exc}")
    assert answers(query(lab, "x.com", "AAAA")) == ["::1"]
    assert answers(query(lab, "www.youtube.com", "AAAA")) == []
    with tls(lab, "x.com", address="::1") as s:
        assert "x.com" in peer_certificate(s).subject.rfc4514_string()
    lab.set_host("x.com", HostBehaviour(ipv6=True, tcp="refuse"))
    with pytest.raises(ConnectionRefusedError):
        connect(lab, "x.com", address="::1").close()
    with pytest.raises(ValueError, match="one host at a time"):
        lab.apply(Scenario("two", hosts={"x.com": HostBehaviour(ipv6=True),
                                         "api.x.com": HostBehaviour(ipv6=True)}))
    lab.reset()
    with pytest.raises(ConnectionRefusedError):
        connect(lab, "x.com", address="::1").close()


def test_a_switch_that_cannot_be_served_changes_nothing(lab: Lab) -> None:
    blocker = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    try:
        blocker.bind(("::1", port(lab, 443)))
    except OSError as exc:
        blocker.close()
        pytest.skip(f"IPv6 loopback unavailable or port taken: {exc}")
    with blocker:
        blocker.listen(1)
        with pytest.raises(LabError, match=r"\[::1\]"):
            lab.set_host("x.com", HostBehaviour(ipv6=True))
    assert lab.scenario.hosts == {}
    assert answers(query(lab, "x.com", "AAAA")) == []


# ----- HTTP -----------------------------------------------------------------------------------------------------


def test_http_ok_pages_assets_and_404(lab: Lab) -> None:
    page = get(lab, "https://x.com/")
    assert page.status == 200 and b"<title>x.com</title>" in page.body
    assert get(lab, "https://api.x.com/1.1/ping.json").status == 200
    assert get(lab, "https://x.com/nowhere").status == 404
    asset = get(lab, ASSET)
    assert asset.status == 200 and asset.complete
    assert int(asset.headers["content-length"]) == len(asset.body) == 4 * 1024 * 1024
    head = get(lab, ASSET, method="HEAD", cap=0)
    assert head.headers["content-length"] == str(4 * 1024 * 1024) and head.body == b""
    lab.set_host("i.ytimg.com", HostBehaviour(asset_size=1000))
    assert len(get(lab, ASSET).body) == 1000


def test_http_keep_alive_serves_several_requests(lab: Lab) -> None:
    with tls(lab, "x.com") as s:
        for _ in range(3):
            s.sendall(b"GET / HTTP/1.1\r\nHost: x.com\r\n\r\n")
            response = _read_response(s, 1 << 20)
            assert response.status == 200 and response.headers["connection"] == "keep-alive"


def test_controls_give_their_documented_answers(lab: Lab) -> None:
    expected = {GENERATE_204: (204, b""), FIREFOX: (200, b"success\n"), MICROSOFT: (200, b"Microsoft Connect Test"),
                APPLE: (200, b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>")}
    controls = {e.url: e for e in make_catalogue().platform("control").endpoints}
    for url, (status, body) in expected.items():
        response = get(lab, url)
        assert (response.status, response.body) == (status, body), url
        expect = controls[url].expect
        assert expect is not None and expect.matches(response.status, response.body)
    assert "content-length" not in get(lab, GENERATE_204).headers


def test_blockpage_503_and_redirect_modes(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(http="blockpage"))
    for url in ("https://x.com/", "http://x.com/"):
        response = get(lab, url)
        assert response.status == 200 and PK_BLOCKPAGE_MARKER.encode() in response.body
    lab.set_host("x.com", HostBehaviour(http="blockpage", blockpage="id"))
    assert b"<title>Internet Positif</title>" in get(lab, "https://x.com/").body
    assert b"Internet Positif" in get(lab, INJECT_REDIRECT_URL).body  # where the injected redirect leads
    lab.set_host("x.com", HostBehaviour(http="error_503"))
    assert get(lab, "https://x.com/").status == 503
    lab.set_host("x.com", HostBehaviour(http="inject_redirect"))
    response = get(lab, "http://x.com/")
    assert response.status == 302 and response.headers["location"] == INJECT_REDIRECT_URL
    lab.set_host("x.com", HostBehaviour(http="redirect_loop"))
    response = get(lab, "https://x.com/some/page?q=1")
    assert response.status == 302 and response.headers["location"] == "/some/page?q=1"
    lab.set_host("x.com", HostBehaviour(http="captive"))
    response = get(lab, "http://x.com/")
    assert response.status == 302 and response.headers["location"] == PORTAL_URL
    portal = get(lab, PORTAL_URL)
    assert portal.status == 200 and b"Sign in to the network" in portal.body


def test_endless_body_never_ends(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(http="endless_body"))
    cap = 3 << 20
    response = get(lab, "https://x.com/", cap=cap)
    assert response.status == 200 and response.headers["transfer-encoding"] == "chunked"
    assert len(response.body) >= cap and not response.complete
    assert b"0\r\n\r\n" not in response.body


def test_slow_drip_sends_one_byte_at_a_time(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(http="slow_drip"))
    with tls(lab, "x.com", timeout=5.0) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x.com\r\n\r\n")
        head = b""
        while b"\r\n\r\n" not in head:
            head += s.recv(4096)
        assert head.startswith(b"HTTP/1.1 200 ")
        body = head.partition(b"\r\n\r\n")[2]
        while len(body) < 2:
            piece = s.recv(4096)
            assert len(piece) == 1  # each byte comes on its own
            body += piece


def test_throttle_is_far_below_full_speed(lab: Lab) -> None:
    bps = 40_000
    lab.set_host("i.ytimg.com", HostBehaviour(http="throttle", throttle_bps=bps, asset_size=30_000))
    start = time.monotonic()
    response = get(lab, ASSET, timeout=10.0)
    elapsed = time.monotonic() - start
    assert response.complete and len(response.body) == 30_000
    # A lower bound on the time taken: a loaded machine only makes the transfer slower, so this cannot flake.
    assert elapsed > len(response.body) / (2 * bps)  # full speed on loopback is hundreds of MB/s


def test_http_garbage_is_not_http(lab: Lab) -> None:
    lab.set_host("x.com", HostBehaviour(http="garbage"))
    with tls(lab, "x.com") as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x.com\r\n\r\n")
        data = b""
        while chunk := s.recv(4096):
            data += chunk
    assert data and not data.startswith(b"HTTP/")
    transport = httpx.HTTPTransport(verify=client_context(lab))
    with httpx.Client(transport=transport, timeout=2.0) as client, pytest.raises(httpx.RemoteProtocolError):
        client.get(f"https://{lab.address_of('x.com')}:{port(lab, 443)}/", headers={"host": "x.com"},
                   extensions={"sni_hostname": "x.com"})


# ----- global switches ------------------------------------------------------------------------------------------


def test_shutdown_blackholes_everything_but_dns(lab: Lab) -> None:
    lab.apply(scenarios.shutdown(make_catalogue()))
    for host in ("x.com", "www.youtube.com", DOH_HOST, "connectivitycheck.gstatic.com"):
        with pytest.raises(TimeoutError):
            connect(lab, host, timeout=SHORT).close()
    assert answers(query(lab, "x.com")) == [lab.address_of("x.com")]
    lab.apply(scenarios.recovery(make_catalogue()))
    assert get(lab, GENERATE_204).status == 204


def test_captive_portal_redirects_controls_and_breaks_tls(lab: Lab) -> None:
    lab.apply(scenarios.captive_portal(make_catalogue()))
    for url in (GENERATE_204, FIREFOX, APPLE):
        response = get(lab, url)
        assert response.status == 302 and response.headers["location"] == PORTAL_URL
    assert b"Sign in" in get(lab, PORTAL_URL).body
    with pytest.raises(ssl.SSLCertVerificationError) as raised, tls(lab, "x.com"):
        pass
    assert raised.value.verify_code == 62


def test_named_scenarios_apply(lab: Lab) -> None:
    catalogue = make_catalogue()
    for name, factory in scenarios.SCENARIOS.items():
        scenario = factory(catalogue)
        assert scenario.name == name and scenario.description.endswith(".")
        lab.apply(scenario)
    lab.apply(scenarios.x_sni(catalogue))
    with pytest.raises(ConnectionResetError), tls(lab, "api.x.com"):
        pass
    lab.apply(scenarios.whatsapp_tcp_blocked(catalogue))
    with pytest.raises(TimeoutError):
        connect(lab, "g.whatsapp.net", 5222, timeout=SHORT).close()


# ----- robustness, switching, lifecycle -------------------------------------------------------------------------


def test_hostile_clients_do_not_wedge_the_lab(lab: Lab) -> None:
    targets = [("x.com", 443), ("x.com", 80), ("g.whatsapp.net", 5222), (DOH_HOST, 443)]
    payloads = [b"", b"\x16\x03\x01\x40\x00" + b"\x01" * 50, os.urandom(300), b"GET / HTTP/1.1\r\nHost: x",
                b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n",
                b"\x16\x03\x01\x00\x05\x01\x00\x00\x01"]
    for round_ in range(25):
        for host, real in targets:
            payload = payloads[round_ % len(payloads)]
            with connect(lab, host, real) as sock:
                with contextlib.suppress(OSError):
                    sock.sendall(payload)
                if round_ % 2:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    with connect(lab, "x.com", 80) as sock:  # a header block over the cap gets 431, not a hung lab
        sock.sendall(b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n")
        assert _read_response(sock, 1 << 16).status == 431
    assert wait_for(lambda: lab.open_connections == 0)
    assert get(lab, "https://x.com/").status == 200
    assert get(lab, FIREFOX).body == b"success\n"


def test_switching_while_clients_run(lab: Lab) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def client() -> None:
        while not stop.is_set():
            try:
                # Plain HTTP: ssl.wrap_socket leaks its socket when the peer resets before the handshake starts.
                get(lab, "http://www.youtube.com/", timeout=2.0)
            except OSError:
                pass  # the other thread is switching behaviours under us
            except BaseException as exc:  # noqa: BLE001 - anything else is collected and asserted below
                errors.append(exc)

    worker = threading.Thread(target=client)
    worker.start()
    try:
        for mode in ("reset", "ok", "blackhole", "refuse", "ok", "blackhole", "ok"):
            lab.set_host("www.youtube.com", HostBehaviour(tcp=mode))
    finally:
        stop.set()
        worker.join(10)
    assert not worker.is_alive() and errors == []
    assert get(lab, "https://www.youtube.com/").status == 200


def test_two_labs_at_once_and_no_leaks(tmp_path: Path) -> None:
    def fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    def python_threads() -> set[threading.Thread]:
        # Threads Qt started (in earlier GUI tests) show up as dummies that come and go; they are not the lab's.
        return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}

    threads_before = python_threads()
    fds_before = fds()
    with Lab(make_catalogue(), tmp_path / "a") as a, Lab(make_catalogue(), tmp_path / "b") as b:
        assert a.resolver != b.resolver and a.address_of("x.com") != b.address_of("x.com")
        a.set_host("x.com", HostBehaviour(dns="nxdomain"))
        assert query(a, "x.com").rcode() == dns.rcode.NXDOMAIN
        assert answers(query(b, "x.com")) == [b.address_of("x.com")]
        a.apply(scenarios.shutdown(make_catalogue()))
        assert get(b, "https://x.com/").status == 200
    assert python_threads() == threads_before
    assert fds() == fds_before


def test_stop_closes_hostile_connections_quickly(tmp_path: Path) -> None:
    lab = Lab(make_catalogue(), tmp_path / "lab")
    lab.start()
    try:
        lab.set_host("x.com", HostBehaviour(http="endless_body"))
        lab.set_host("api.x.com", HostBehaviour(tls="sni_drop"))
        open_socks = [connect(lab, "g.whatsapp.net", 5222), connect(lab, "api.x.com"), connect(lab, "x.com", 80),
                      connect(lab, "www.youtube.com")]
        open_socks[1].sendall(_client_hello(lab, "api.x.com"))
        open_socks[2].sendall(b"GET / HTTP/1.1\r\nHost: x.com\r\n\r\n")
        assert open_socks[2].recv(10)
        assert wait_for(lambda: lab.open_connections == 4)
    finally:
        lab.stop()  # a hang here is caught by pytest-timeout; the connections' fate is asserted below
    try:
        for sock in open_socks:
            sock.settimeout(2.0)
            with contextlib.suppress(ConnectionResetError):
                while sock.recv(65536):
                    pass
    finally:
        for sock in open_socks:
            sock.close()
    lab.stop()  # twice is fine


def _client_hello(lab: Lab, sni: str) -> bytes:
    """The bytes of a real ClientHello naming sni, made with an in-memory TLS client."""
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = client_context(lab).wrap_bio(incoming, outgoing, server_hostname=sni)
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    return outgoing.read()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="binding ports 53/80/443 needs root")
def test_real_ports_binds_the_real_port_numbers(tmp_path: Path) -> None:
    lab = Lab(make_catalogue(), tmp_path / "lab", real_ports=True)
    try:
        lab.start()
    except LabError as exc:
        pytest.skip(f"real ports are taken on this machine: {exc}")
    try:
        assert lab.port_map == {} and lab.resolver.endswith(":53")
        assert answers(query(lab, "x.com")) == [lab.address_of("x.com")]
        assert get(lab, "https://x.com/").status == 200
        assert get(lab, FIREFOX).body == b"success\n"
    finally:
        lab.stop()


# ----- the real resources ---------------------------------------------------------------------------------------


def _resource(name: str) -> dict[str, Any]:
    path = resources_dir() / name
    if not path.exists():
        pytest.skip(f"{path} is not there yet")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_lab_blockpages_match_the_engine_fingerprints() -> None:
    fingerprints = _resource("blockpages.toml")["fingerprint"]

    def matching(body: bytes = b"", location: str = "") -> list[str]:
        text = body.decode()
        title = text.partition("<title>")[2].partition("</title>")[0]
        return [f["id"] for f in fingerprints
                if ("body_contains" in f and f["body_contains"] in text)
                or ("title_contains" in f and f["title_contains"] in title)
                or ("location_contains" in f and location and f["location_contains"].lower() in location.lower())]

    assert matching(BLOCKPAGES["pk"])[0] == "pk-pta-prohibited"
    assert matching(BLOCKPAGES["id"])[0].startswith("id-")
    assert matching(location=INJECT_REDIRECT_URL)[0] == "id-internetpositif-redirect"
    assert matching(location=PORTAL_URL) == [] and matching(b"<title>Sign in to the network</title>") == []


def real_catalogue(config_dir: Path) -> Catalogue:
    """The shipped catalogue, through the engine's own loader (no user targets)."""
    if not (resources_dir() / "platforms.toml").exists():
        pytest.skip("resources/platforms.toml is not there yet")
    return load_catalogue(config_dir=config_dir)


def test_the_real_catalogue_runs_in_the_lab(tmp_path: Path) -> None:
    catalogue = real_catalogue(tmp_path / "config")
    with Lab(catalogue, tmp_path / "lab") as lab:
        assert set(lab.port_map) == {e.port for e in catalogue.endpoints()} | {80, 443}
        for endpoint in catalogue.endpoints():
            assert answers(query(lab, endpoint.host)) == [lab.address_of(endpoint.host)]
            if endpoint.scheme == "tcp":
                connect(lab, endpoint.host, endpoint.port).close()
            elif endpoint.scheme == "tls":
                with tls(lab, endpoint.host):
                    pass
            else:
                response = get(lab, endpoint.url, method="HEAD", cap=0)
                expected = endpoint.expect.status if endpoint.expect is not None else 200
                assert response.status == expected, endpoint.url
        for platform in ("x", "youtube", "whatsapp", "facebook", "instagram", "tiktok"):
            assert scenarios.platform_hosts(catalogue, platform), platform
        for name, factory in scenarios.SCENARIOS.items():
            lab.apply(factory(catalogue))
            if name == "instagram_throttled":
                assert lab.scenario.hosts
        lab.reset()
