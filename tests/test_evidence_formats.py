"""The evidence bundle's readable formats from real lab sweeps: OONI JSONL, CSV, HTML and PDF reports, SVG charts."""

from __future__ import annotations

import csv
import hashlib
import io
import ipaddress
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.app.evidence_bytes import sweep_evidence
from desktop_app.common.timeutil import utc_epoch
from desktop_app.evidence.formats import ooni
from desktop_app.evidence.formats.csvout import CSV_COLUMNS, LocalClock, csv_values
from desktop_app.evidence.formats.report import (
    NetworkContext,
    ReportData,
    find_unicode_font,
    platform_rows,
    render_html,
    render_pdf,
)
from desktop_app.evidence.formats.svgchart import (
    availability_svg,
    band_segments,
    latency_svg,
    time_ticks,
)
from desktop_app.lab import HostBehaviour, Lab, Scenario
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep
from desktop_app.store.records import BlockContext
from tests.lab_catalogue import small_catalogue

ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")
HOSTILE = "</script><img src=x>"
URDU_ISP = "پاکستان ٹیلی کمیونیکیشن کمپنی لمیٹڈ"
BLOCKING = {
    "x.com": HostBehaviour(tls="sni_reset"),
    "web.whatsapp.com": HostBehaviour(dns="nxdomain"),
    "e1.whatsapp.net": HostBehaviour(tcp="reset"),
    "news.example": HostBehaviour(http="blockpage"),
    "edge-mqtt.facebook.com": HostBehaviour(tls="wrong_name"),
}


@pytest.fixture(scope="module")
def sweeps(tmp_path_factory):
    """One all-ok sweep and one where five kinds of interference happen, measured for real against the lab."""
    catalogue = small_catalogue()
    fingerprints = load_fingerprints()
    out = {}
    with Lab(catalogue, tmp_path_factory.mktemp("lab")) as lab:
        for name, hosts in (("ok", {}), ("blocked", BLOCKING)):
            lab.apply(Scenario(name=name, hosts=hosts))
            out[name] = run_sweep(catalogue, lab.probe_config(timeout=3.0), fingerprints, route=ROUTE)
    return out


def record(result, url):
    return next(r for r in result.records() if r["url"] == url)


def convert(result, url, redact_ip=False):
    records = result.records()
    index = next(i for i, r in enumerate(records) if r["url"] == url)
    return ooni.to_ooni(records[index], result.context, seed="sweep-t1", redact_ip=redact_ip,
                        disclosed=result.sensitive, index=index)


# ------------------------------------------------------------------------------------------------ OONI


OONI_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def test_every_record_becomes_a_urlgetter_measurement_with_the_base_keys(sweeps):
    uids = set()
    for result in sweeps.values():
        lines = io.StringIO()
        measurements = ooni.sweep_to_ooni(result.records(), result.context, seed="abc", redact_ip=True)
        assert ooni.write_ooni_jsonl(measurements, lines) == len(result.records())
        for line, rec in zip(lines.getvalue().splitlines(), result.records(), strict=True):
            m = json.loads(line)
            # No test helper was asked: these are urlgetter measurements, never web_connectivity without a control
            assert m["data_format_version"] == "0.2.0" and m["test_name"] == "urlgetter"
            assert "control" not in m["test_keys"] and "control_failure" not in m["test_keys"]
            assert m["software_name"] == "vantage" and m["software_version"] == result.context["app_version"]
            assert OONI_TIME.match(m["measurement_start_time"]) and OONI_TIME.match(m["test_start_time"])
            assert m["measurement_start_time"] == rec["measured_at"][:19].replace("T", " ")
            assert m["probe_asn"] == "AS17557" and m["probe_cc"] == "PK" and m["probe_ip"] == "127.0.0.1"
            assert m["input"] == ooni.ooni_input(rec["url"])
            assert re.match(r"^\d{8}T\d{6}Z_urlgetter_PK_17557_n1_[0-9A-Za-z]{16}$", m["report_id"])
            assert re.match(r"^\d{14}\.\d{6}_PK_urlgetter_[0-9a-f]{16}$", m["measurement_uid"])
            uids.add(m["measurement_uid"])
            assert all(isinstance(v, str) for v in m["annotations"].values())
            assert m["annotations"]["architecture"] in ("amd64", "arm64", "386", "arm", "unknown")
            assert m["annotations"]["engine_version"] == result.context["app_version"]
            assert m["extensions"]["dnst"] == 0 and m["extensions"]["tlshandshake"] == 0
            assert m["annotations"]["x_vantage_platform"] == rec["platform"]
            assert m["annotations"]["x_vantage_verdict"] == rec["verdict"]
            assert m["test_keys"]["x_vantage_verdict"]["verdict"] == rec["verdict"]
            for key in ("queries", "tcp_connect", "tls_handshakes", "requests", "network_events"):
                assert isinstance(m["test_keys"][key], list)
            assert isinstance(m["test_runtime"], float)
            for entry in _failures(m):
                assert entry in ooni.DF007 or entry.startswith("unknown_failure: "), entry
    assert len(uids) == sum(len(r.records()) for r in sweeps.values())


def _failures(m):
    keys = m["test_keys"]
    yield from (q["failure"] for q in keys["queries"] if q["failure"])
    yield from (c["status"]["failure"] for c in keys["tcp_connect"] if c["status"]["failure"])
    yield from (h["failure"] for h in keys["tls_handshakes"] if h["failure"])
    yield from (r["failure"] for r in keys["requests"] if r["failure"])


def test_report_ids_differ_between_sweeps_and_stay_put_across_exports(sweeps):
    result = sweeps["ok"]
    rec = result.records()[0]
    a = ooni.to_ooni(rec, result.context, seed="block-a", redact_ip=True)
    b = ooni.to_ooni(rec, result.context, seed="block-b", redact_ip=True)
    assert a["report_id"] != b["report_id"] and a["measurement_uid"] != b["measurement_uid"]
    assert ooni.to_ooni(rec, result.context, seed="block-a", redact_ip=True) == a


def test_inputs_name_the_experiment_for_app_endpoints():
    assert ooni.ooni_input("tcp://e1.whatsapp.net:5222") == "tcpconnect://e1.whatsapp.net:5222"
    assert ooni.ooni_input("tls://edge-mqtt.facebook.com:443") == "tlshandshake://edge-mqtt.facebook.com:443"
    assert ooni.ooni_input("https://x.com/") == "https://x.com/"
    assert ooni.df007("local_send_refused") == "unknown_failure: local_send_refused"
    assert ooni.df007("connection_reset") == "connection_reset" and ooni.df007(None) is None


@settings(max_examples=2000, deadline=None)
@given(st.floats(allow_nan=False) | st.integers(-(10**10), 10**10).map(lambda n: n / 1e6 + 5e-7)
       | st.tuples(st.integers(0, 200_000), st.integers(0, 200_000)).map(lambda ab: ab[0] / 10_000 + ab[1] / 10_000))
def test_seconds_are_rounded_as_round_does(x):
    assert repr(ooni._round6(x)) == repr(round(x, 6))  # the sign of a zero too: OONI's JSON writes -0.0


def test_dns_queries_follow_df_002(sweeps):
    m = convert(sweeps["blocked"], "https://web.whatsapp.com/")
    queries = m["test_keys"]["queries"]
    system = [q for q in queries if q["engine"] == "udp"]
    assert {q["query_type"] for q in system} == {"A", "AAAA"}  # each asked on its own
    for q in queries:
        assert q["hostname"] == "web.whatsapp.com" and q["engine"] in ("udp", "doh")
        assert q["failure"] is None or isinstance(q["failure"], str)
        assert isinstance(q["resolver_address"], str) and isinstance(q["t"], float)
        assert isinstance(q["transaction_id"], int)
        for answer in q["answers"]:
            key = {"A": "ipv4", "AAAA": "ipv6"}[answer["answer_type"]]
            assert ipaddress.ip_address(answer[key]).version == (4 if key == "ipv4" else 6)
    system_a = next(q for q in system if q["query_type"] == "A")
    assert system_a["failure"] == "dns_nxdomain_error" and system_a["answers"] == [] and system_a["rcode"] == 3
    assert "classic" in system_a["tags"]
    assert system_a["resolver_address"] == sweeps["blocked"].sensitive["resolver"].split(",")[0]
    # The DoH answer merges A and AAAA: one ANY query, never an invented dns_no_answer for a half not asked
    doh = [q for q in queries if q["engine"] == "doh"]
    assert [q["query_type"] for q in doh] == ["ANY"] and doh[0]["failure"] is None
    assert doh[0]["answers"][0]["answer_type"] == "A" and "classic" not in doh[0]["tags"]
    assert doh[0]["resolver_address"] == sweeps["blocked"].context["doh_urls"][0]
    assert m["test_keys"]["failure"] == "dns_nxdomain_error" and m["test_keys"]["failed_operation"] == "resolve"
    retests = m["test_keys"]["x_retests"]["queries"]  # the confirming repeat is evidence too, kept apart
    assert retests and all("retest" in q["tags"] for q in retests)
    assert not any("retest" in q["tags"] for q in queries)
    ok = convert(sweeps["ok"], "https://x.com/")
    for q in ok["test_keys"]["queries"]:
        assert q["failure"] != "dns_no_answer" or q["query_type"] == "AAAA"


def test_tcp_connect_follows_df_005_and_a_reset_is_a_network_event(sweeps):
    m = convert(sweeps["blocked"], "tcp://e1.whatsapp.net:5222")
    assert m["input"] == "tcpconnect://e1.whatsapp.net:5222"
    connects = m["test_keys"]["tcp_connect"]
    for c in connects:
        assert isinstance(c["ip"], str) and c["port"] == 5222
        assert set(c["status"]) == {"success", "failure", "blocked"}
        assert c["status"]["success"] is (c["status"]["failure"] is None)
    events = m["test_keys"]["network_events"]
    assert events and events[0]["failure"] == "connection_reset" and events[0]["operation"] == "read"
    assert events[0]["transaction_id"] == connects[0]["transaction_id"]  # the read on that connection
    assert m["test_keys"]["x_vantage_verdict"]["verdict"] == "tcp_reset"


def test_tls_handshakes_follow_df_006(sweeps):
    m = convert(sweeps["blocked"], "https://x.com/")
    handshakes = m["test_keys"]["tls_handshakes"]
    first, swap = handshakes[0], next(h for h in handshakes if "sni_swap" in h["tags"])
    assert first["server_name"] == "x.com" and first["failure"] == "connection_reset"
    assert re.match(r"^127\.\d+\.\d+\.\d+:443$", first["address"]) and first["no_tls_verify"] is False
    assert "classic" in first["tags"]
    assert first["transaction_id"] == m["test_keys"]["tcp_connect"][0]["transaction_id"]
    assert swap["server_name"] != "x.com" and swap["failure"] is None and swap["no_tls_verify"] is True
    assert swap["transaction_id"] != first["transaction_id"] and "classic" not in swap["tags"]
    assert swap["tls_version"].startswith("TLSv1") and swap["cipher_suite"] and len(swap["x_leaf_sha256"]) == 64
    for h in handshakes:
        assert isinstance(h["peer_certificates"], list) and h["t"] >= h["t0"]
    assert m["test_keys"]["failed_operation"] == "tls_handshake"
    mitm = convert(sweeps["blocked"], "tls://edge-mqtt.facebook.com:443")
    assert mitm["input"] == "tlshandshake://edge-mqtt.facebook.com:443"
    mitm_hs = mitm["test_keys"]["tls_handshakes"]
    assert mitm_hs[0]["failure"] == "ssl_invalid_hostname" and "tls_unverified" in mitm_hs[1]["tags"]
    assert mitm_hs[1]["no_tls_verify"] is True


def test_requests_follow_df_001(sweeps):
    ok = convert(sweeps["ok"], "https://x.com/")
    request = ok["test_keys"]["requests"][0]
    assert request["request"]["url"] == "https://x.com/" and request["request"]["method"] == "GET"
    assert request["failure"] is None and request["response"]["code"] == 200
    assert request["response"]["headers"]["server"] == "vantage-lab"
    assert ["server", "vantage-lab"] in request["response"]["headers_list"]
    assert re.match(r"^127\.\d+\.\d+\.\d+:443$", request["address"]) and request["network"] == "tcp"
    assert request["alpn"] in ("h2", "http/1.1")
    tcp = ok["test_keys"]["tcp_connect"][0]
    assert request["transaction_id"] == tcp["transaction_id"] == ok["test_keys"]["tls_handshakes"][0]["transaction_id"]
    assert len(request["x_body_sha256"]) == 64
    assert ok["test_keys"]["failure"] is None and ok["test_keys"]["x_vantage_verdict"]["verdict"] == "ok"
    blockpage = convert(sweeps["blocked"], "http://news.example/")
    assert blockpage["test_keys"]["requests"][0]["x_blockpage"]
    assert blockpage["test_keys"]["x_vantage_verdict"]["verdict"] == "http_blockpage"


def test_redact_ip_leaves_no_resolver_or_public_address(sweeps):
    for result in sweeps.values():
        resolver = result.sensitive["resolver"].split(",")[0].rsplit(":", 1)[0].strip("[]")
        public = result.sensitive["public_ip"]
        step_addresses = {s.get("address") for r in result.records() for s in r["steps"]}
        assert resolver not in step_addresses  # else the check below would prove nothing
        redacted = json.dumps([convert(result, r["url"], redact_ip=True) for r in result.records()])
        assert resolver not in redacted and public not in redacted
        shown = [convert(result, r["url"], redact_ip=False) for r in result.records()]
        assert shown[0]["resolver_ip"] == resolver and shown[0]["test_keys"]["client_resolver"] == resolver
        assert public not in json.dumps(shown)  # the public IP is never exported to OONI's format
        assert all(m["probe_ip"] == "127.0.0.1" for m in shown)


def test_unknown_network_uses_oonis_placeholders(sweeps):
    result = sweeps["ok"]
    context = {k: v for k, v in result.context.items() if k not in ("asn", "country")}
    m = ooni.to_ooni(result.records()[0], context, seed="r", redact_ip=True)
    assert m["probe_asn"] == "AS0" and m["probe_cc"] == "ZZ" and "resolver_ip" not in m
    assert m["resolver_asn"] == "AS0"
    known = ooni.to_ooni(result.records()[0], {**result.context, "resolver_asn": "AS17557"}, seed="r",
                         redact_ip=False)
    assert known["resolver_asn"] == "AS17557"


def test_oonidata_reads_every_typed_field(sweeps):
    """OONI's own models (oonidata 0.3) load each measurement with the fields OONI's analysis reads filled in."""
    nettests = pytest.importorskip("oonidata.models.nettests")
    models = {"urlgetter": nettests.UrlGetter, "web_connectivity": nettests.WebConnectivity}
    seen = {"answers": 0, "success": 0, "certificates": 0, "body": 0, "transaction_id": 0, "address": 0}
    for result in sweeps.values():
        kept = {hashlib.sha256(b).hexdigest(): b for e in sweep_evidence(result) for b in (*e.certs, *e.bodies)
                if not e.ok or b in e.certs}  # what the store keeps: every certificate, bodies of non-ok ones
        cache = ooni.OoniCache(blob=kept.get)
        sweep = ooni.OoniSweep(result.context, seed="od", redact_ip=False, disclosed=result.sensitive, cache=cache)
        for index, record in enumerate(result.records()):
            m = sweep.convert(record, index)
            msmt = models[m["test_name"]].from_dict(json.loads(json.dumps(m)))
            keys = msmt.test_keys
            assert msmt.measurement_uid == m["measurement_uid"] and msmt.input == m["input"]
            for q in keys.queries:
                assert q.engine in ("udp", "doh", "getaddrinfo") and q.transaction_id is not None
                if q.failure is None:
                    assert q.answers and all(a.ipv4 or a.ipv6 for a in q.answers)
                    seen["answers"] += 1
            for c in keys.tcp_connect:
                assert c.status.success is (c.status.failure is None) and c.transaction_id is not None
                seen["success"] += c.status.success
            for h in keys.tls_handshakes:
                assert h.transaction_id is not None and h.address
                if h.failure is None:
                    assert h.peer_certificates  # every completed handshake shows what was presented
                    seen["certificates"] += 1
            for r in keys.requests:
                assert r.transaction_id is not None and r.request.url
                seen["transaction_id"] += 1
                seen["address"] += bool(r.address and r.network == "tcp")
                if record["verdict"] != "ok" and r.response.code:
                    assert r.response.body is not None  # the bytes that prove a block are there
                    seen["body"] += 1
    assert all(seen.values()), seen


# ------------------------------------------------------------------------------------------------ CSV


def test_csv_round_trips_and_neutralises_formulas(sweeps):
    def cells(record, context, seq, index):
        typed = BlockContext.from_json(context)  # what the exporter hands csv_values: the block's typed context
        return csv_values(record, typed, seq=seq, index=index, clock=LocalClock(typed.utc_offset))

    rows: list[list[Any]] = []
    for seq, result in enumerate(sweeps.values()):
        rows.extend(cells(r, result.context, seq, i) for i, r in enumerate(result.records()))
    real = sweeps["blocked"].records()[0]
    evil = dict(real, reason="=HYPERLINK(\"x\",\"click\")", platform="+cmd|' /C calc'!A0", url="@SUM(1+1)")
    rows.append(cells(evil, {**sweeps["blocked"].context, "asn": "-2+3"}, 9, 0))
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(parsed[0]) == CSV_COLUMNS and len(parsed) == len(rows)
    first = parsed[0]
    source = sweeps["ok"].records()[0]
    assert first["measured_at_utc"] == source["measured_at"] and first["platform"] == source["platform"]
    assert first["local_time"].endswith(sweeps["ok"].context["utc_offset"])
    assert float(first["latency_ms"]) == source["latency_ms"] and first["block_seq"] == "0"
    last = parsed[-1]
    assert last["reason"].startswith("'=") and last["platform"].startswith("'+")
    assert last["url"].startswith("'@") and last["asn"] == "'-2+3"
    assert not any(v[:1] in "=+-@" for row in parsed for v in row.values() if v)


def test_local_time_uses_the_sweeps_offset():
    assert LocalClock("+05:00")("2026-11-28T19:00:01.234Z") == "2026-11-29 00:00:01 +05:00"
    assert LocalClock("-03:30")("2026-11-28T19:00:01Z") == "2026-11-28 15:30:01 -03:30"


# ------------------------------------------------------------------------------------------------ reports


def report_data(sweeps, names=None, isp="Lab ISP"):
    """A ReportData from the two real sweeps, as the exporter would build it from the log."""
    series: dict[str, list] = {}
    for result in sweeps.values():
        start = utc_epoch(result.context["started_at"])
        for platform, summary in result.context["platforms"].items():
            series.setdefault(platform, []).append((start, summary["verdict"], summary.get("latency_ms")))
    blocked = sweeps["blocked"]
    start = utc_epoch(blocked.context["started_at"])
    incidents = [{"platform": p, "start": start, "end": None, "duration_s": 0.0, "technique": s["verdict"],
                  "sweeps": 1, "networks": ["AS17557 Lab ISP (PK)"], "first_seq": 1, "last_seq": 1}
                 for p, s in blocked.context["platforms"].items() if s["verdict"] != "ok"]
    first = min(t for s in series.values() for t, _, _ in s)
    return ReportData(
        title="Vantage evidence report", created_at=start + 60, since=first - 60, until=start + 60,
        tz_name="Asia/Karachi", utc_offset="+05:00", clock_note="The clock agreed with the lab's within 0.1 s.",
        software_version="0.1.0", software_commit="3cdc861", os=blocked.context["os"],
        network=NetworkContext(asn="AS17557", isp=isp, country="PK", resolver=None),
        platforms=platform_rows(series), incidents=incidents, series=series,
        methodology="Vantage probes each platform.\n\nA blocking verdict is re-tested before it is given.",
        verify="vantage verify bundle.zip", signer_fingerprint="SHA256:Zm9vYmFy",
        platform_names=names or {"x": "X", "whatsapp": "WhatsApp", "facebook": "Facebook", "news": "A news site",
                                 "control": "Connectivity checks"})


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""",
                      re.IGNORECASE)


def test_html_is_self_contained_and_shows_the_incidents(sweeps):
    data = report_data(sweeps)
    html = render_html(data)
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<polyline" in html
    assert not EXTERNAL.search(html)
    parser = _Tags()
    parser.feed(html)
    names = {t for t, _ in parser.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "source"}
    for tag, attrs in parser.tags:
        for key, value in attrs.items():
            if key != "xmlns":
                assert "://" not in (value or ""), (tag, key, value)
    assert "default-src 'none'" in html  # and a policy that forbids any fetch if something slipped through
    assert len(data.incidents) == 4
    section = html[html.index("<h2>Incidents</h2>"):html.index("<h2>Where and how")]
    for platform in ("X", "WhatsApp", "Facebook", "A news site"):
        assert f"<td>{platform}</td>" in section
    assert "Blocked (SNI filtering) (tls_blocked)" in section and "ongoing" in section


def test_hostile_names_are_escaped_in_html_and_svg(sweeps):
    names = {"x": HOSTILE, "whatsapp": "WhatsApp", "facebook": "Facebook", "news": "News", "control": "Checks"}
    html = render_html(report_data(sweeps, names=names, isp=HOSTILE + " ISP"))
    assert HOSTILE not in html and "<img" not in html
    assert "&lt;/script&gt;&lt;img src=x&gt;" in html
    series: dict[str, list[tuple[float, str, float | None]]] = {
        HOSTILE: [(0.0, "ok", 1.0), (300.0, "tls_blocked", None)], "x": [(0.0, "ok", 2.0), (300.0, "ok", 3.0)]}
    for svg in (availability_svg(series, since=0, until=600), latency_svg(series, since=0, until=600)):
        assert HOSTILE not in svg
        root = ET.fromstring(svg)  # well-formed XML: nothing broke out of a text node or attribute
        texts = "".join(root.itertext())
        assert HOSTILE[:20] in texts


def pdf_text(path):
    try:
        from pypdf import PdfReader
    except ImportError:
        if shutil.which("pdftotext") is None:
            pytest.skip("neither pypdf nor pdftotext is installed to read the PDF back")
        return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_pdf_has_the_same_content(sweeps, tmp_path):
    path = tmp_path / "report.pdf"
    render_pdf(report_data(sweeps, isp=URDU_ISP), path)
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    for expected in ("Vantage evidence report", "WhatsApp", "Incidents", "SHA256:Zm9vYmFy", "ongoing"):
        assert expected in text
    if find_unicode_font() is not None:
        assert "پاکستان" in text


@pytest.mark.parametrize("broken", [False, True], ids=["no_font", "unreadable_font"])
def test_pdf_without_a_unicode_font_replaces_what_it_cannot_show(sweeps, tmp_path, broken):
    path = tmp_path / "core.pdf"
    candidates: tuple = ()
    if broken:
        (tmp_path / "broken.ttf").write_bytes(b"not a font at all")
        candidates = ((str(tmp_path / "broken.ttf"), ""),)
    render_pdf(report_data(sweeps, isp=URDU_ISP), path, font_candidates=candidates)
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert "WhatsApp" in text and "no Unicode font was found" in text
    assert "پاکستان" not in text and "????" in text


# ------------------------------------------------------------------------------------------------ charts


def test_bands_merge_runs_and_stay_small_for_a_year():
    series = [(i * 300.0, "ok" if i % 7 else "tcp_reset", 5.0) for i in range(6)]
    segments = band_segments(series, 0, 1800)
    assert segments[0] == (0.0, 300.0, "tcp_reset") and segments[1] == (300.0, 1800.0, "ok")
    year = {"x": [(i * 300.0, "ok" if i % 1000 else "dns_blocked", 10.0 + i % 50) for i in range(105_120)]}
    svg = availability_svg(year, since=0, until=365 * 86400)
    assert svg.count("<rect") < 1000 and "#D55E00" in svg  # short blocks survive the per-pixel reduction
    assert len(latency_svg(year, since=0, until=365 * 86400)) < 100_000


def test_latency_gaps_break_the_line():
    series = {"x": [(0.0, "ok", 10.0), (300.0, "ok", 12.0), (600.0, "tcp_blocked", None), (900.0, "ok", 11.0),
                    (1200.0, "ok", 9.0)]}
    svg = latency_svg(series, since=0, until=1500)
    assert svg.count("<polyline") == 2


def test_time_ticks_are_local_and_round():
    ticks = time_ticks(1764300000.0, 1764300000.0 + 3 * 3600, "+05:00")
    assert [label for _, label in ticks][:2] == ["28 Nov 08:30", "09:00"]
    assert all(int(t) % 1800 == 0 for t, _ in ticks)


def test_a_verdict_whose_words_are_its_id_is_not_said_twice():
    from desktop_app.evidence.formats.report import technique_text
    assert technique_text("offline") == "Offline"  # never "Offline (offline)"
    assert technique_text("tls_blocked").endswith("(tls_blocked)")  # words that differ keep the id beside them


def test_verify_txt_lists_every_file_in_one_aligned_column():
    from desktop_app.evidence import names
    from desktop_app.evidence.formats.verify_text import verify_text
    text = verify_text([names.MEASUREMENTS])
    listing = text[text.index("What the files are"):].splitlines()[2:]
    described = [line for line in listing if line.strip()]
    starts = {len(line) - len(line[22:].lstrip()) if line[:22].strip() else len(line) - len(line.lstrip())
              for line in described if len(line) > 22}
    assert starts == {22}, starts  # every description begins in the same column
    for name in (names.MEASUREMENTS, names.OONI, names.BLOBS, names.MANIFEST, names.PROOFS):
        assert any(line.startswith(name) for line in described), name


def test_the_report_in_urdu_is_right_to_left_with_times_isolated(sweeps):
    from desktop_app.common.i18n import translator
    data = report_data(sweeps)
    data.lang = "ur"
    html = render_html(data)
    assert '<html lang="ur" dir="rtl">' in html
    assert '<bdi dir="ltr">' in html  # times, percentages and fingerprints never reorder
    t = translator("ur")
    for heading in ("Summary", "Incidents", "Method"):
        assert f"<h2>{t.tr('Report', heading)}</h2>" in html
    assert t.tr("Verdict", "Works") in html


def test_the_urdu_pdf_is_set_in_an_arabic_script_font(sweeps, tmp_path):
    from desktop_app.evidence.formats.report import ARABIC_FONT_CANDIDATES
    if find_unicode_font(ARABIC_FONT_CANDIDATES) is None:
        pytest.skip("no Arabic-script font (Debian: fonts-noto-ui-core) to set an Urdu PDF in")
    data = report_data(sweeps)
    data.lang = "ur"
    path = tmp_path / "report-ur.pdf"
    render_pdf(data, path)
    body = path.read_bytes()
    assert body.startswith(b"%PDF") and b"Arabic" in body  # the Urdu words are in a font that has their letters
    english = tmp_path / "report-en.pdf"
    render_pdf(report_data(sweeps), english)
    assert "Incidents" in pdf_text(english)
