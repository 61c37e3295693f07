"""The optional control: a test helper speaking OONI's protocol (the lab's, on loopback) makes web_connectivity."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop_app.app.settings import Settings
from desktop_app.evidence.formats import ooni
from desktop_app.lab import HostBehaviour, Lab, Scenario
from desktop_app.lab.oohelper import LabTestHelper, control_answer
from desktop_app.probes.control import parse_answer
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep
from tests.lab_catalogue import small_catalogue

ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")
BLOCKING = {
    "x.com": HostBehaviour(tls="sni_reset"),
    "web.whatsapp.com": HostBehaviour(dns="nxdomain"),
    "news.example": HostBehaviour(http="blockpage"),
}


@pytest.fixture(scope="module")
def controlled(tmp_path_factory):
    catalogue = small_catalogue()
    with Lab(catalogue, tmp_path_factory.mktemp("lab")) as lab, LabTestHelper(lab.addresses) as helper:
        lab.apply(Scenario(name="blocked", hosts=BLOCKING))
        config = lab.probe_config(timeout=1.0, control_url=helper.url)
        result = run_sweep(catalogue, config, load_fingerprints(), route=ROUTE)
        asked = list(helper.requests)
    return result, asked


def test_control_is_off_by_default_and_the_setting_explains_what_it_discloses():
    assert Settings().probe_config().control_url is None
    from desktop_app.app.settings import SPECS
    spec = next(s for s in SPECS if s.key == "ooni_control")
    assert spec.default is False and "tells OONI's servers" in spec.help
    on = Settings(ooni_control=True).probe_config()
    assert on.control_url == Settings().ooni_helper_url


def test_each_endpoint_asks_the_helper_with_its_url_and_addresses(controlled):
    result, asked = controlled
    assert len(asked) == len(result.records())
    x = next(a for a in asked if a["http_request"] == "https://x.com/")
    assert x["tcp_connect"] and all(e.rsplit(":", 1)[1] == "443" for e in x["tcp_connect"])
    assert x["x_quic_enabled"] is False and x["http_request_headers"]["User-Agent"]
    for record in result.records():
        assert record["control"]["failure"] is None and record["control"]["response"]["dns"]["addrs"]


def test_web_urls_with_a_control_become_web_connectivity_that_oonidata_reads(controlled):
    result, _ = controlled
    out = {m["input"]: m for m in ooni.sweep_to_ooni(result.records(), result.context, seed="c", redact_ip=True)}
    dns = out["https://web.whatsapp.com/"]
    assert dns["test_name"] == "web_connectivity" and dns["test_version"] == "0.4.3"
    keys = dns["test_keys"]
    assert keys["control_failure"] is None and keys["control"]["dns"]["addrs"]
    assert keys["dns_experiment_failure"] == "dns_nxdomain_error" and keys["dns_consistency"] == "inconsistent"
    assert keys["blocking"] == "dns" and keys["accessible"] is False
    page = out["http://news.example/"]["test_keys"]
    assert page["blocking"] == "http-diff" and page["body_length_match"] is False
    ok = out["https://www.facebook.com/"]["test_keys"]
    assert ok["blocking"] is False and ok["accessible"] is True and ok["dns_consistency"] == "consistent"
    assert ok["status_code_match"] is True and ok["body_length_match"] is True and ok["title_match"] is True
    app = out["tcpconnect://e1.whatsapp.net:5222"]
    assert app["test_name"] == "urlgetter" and app["test_keys"]["x_control"]["response"]
    nettests = pytest.importorskip("oonidata.models.nettests")
    for m in out.values():
        if m["test_name"] == "web_connectivity":
            msmt = nettests.WebConnectivity.from_dict(json.loads(json.dumps(m)))
            assert msmt.test_keys.control.dns.addrs and msmt.test_keys.control.http_request.status_code
            assert all(v.status is not None for v in msmt.test_keys.control.tcp_connect.values())


def test_an_unreachable_helper_changes_nothing_but_says_why(tmp_path):
    catalogue = small_catalogue()
    with Lab(catalogue, tmp_path) as lab:
        helper = LabTestHelper(lab.addresses)
        url = helper.url
        helper.stop()  # nothing listens there now: a refused connection
        config = replace(lab.probe_config(timeout=1.0), control_url=url)
        result = run_sweep(catalogue, config, load_fingerprints(), route=ROUTE)
    for record in result.records():
        assert record["control"]["failure"] and record["control"]["response"] is None
        assert record["verdict"] == "ok"
    m = ooni.to_ooni(result.records()[0], result.context, seed="u", redact_ip=True)
    assert m["test_name"] == "urlgetter" and m["test_keys"]["x_control"]["failure"]
    assert "control" not in m["test_keys"]


def test_hostile_helper_answers_are_bounded_and_typed():
    parsed = parse_answer({"dns": {"addrs": ["1.2.3.4"] * 500 + [7]}, "http_request": {"status_code": "200"},
                           "tcp_connect": {"1.2.3.4:443": {"status": 1, "failure": ["x"]}}})
    assert len(parsed["dns"]["addrs"]) == 32 and parsed["http_request"]["status_code"] == -1
    assert parsed["tcp_connect"]["1.2.3.4:443"] == {"status": True, "failure": None}
    with pytest.raises(ValueError):
        parse_answer([1, 2])
    answer = control_answer({"http_request": "https://unknown.example/", "tcp_connect": ["9.9.9.9:443"]}, {})
    assert answer["dns"]["failure"] == "dns_nxdomain_error" and answer["tcp_connect"]["9.9.9.9:443"]["status"] is False
