"""The evidence window in plain words: one sentence per step from a real lab sweep, the ✖ on the step that explains
the verdict, the raw step names and failures kept in the detail column, and no column cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from desktop_app.evidence.step_words import explain
from desktop_app.gui.dialogs.measurement_detail import DETAIL, FAILED, SENTENCE, WRAPPED, EvidenceDialog
from desktop_app.lab import HostBehaviour, Scenario
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.summary import PlatformPoint
from desktop_app.probes.sweep import run_sweep
from desktop_app.store.records import MeasurementRecord
from tests.lab_catalogue import small_catalogue

T = 2.0  # per step: generous enough that a loaded CI machine never times out a healthy step
ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")
T0 = 1_700_000_000.0


@pytest.fixture(scope="module")
def lab_catalogue():
    """The lab serves the small catalogue; the tests probe one of its endpoints at a time."""
    return small_catalogue()


def measured(lab, catalogue, url: str, hosts: dict[str, HostBehaviour]) -> dict:
    """The stored record of one endpoint, from a real sweep of it against the lab."""
    lab.apply(Scenario(name="words", hosts=hosts))
    result = run_sweep(catalogue.restricted(frozenset({url})), lab.probe_config(timeout=T), load_fingerprints(),
                       route=ROUTE)
    return next(m for m in result.measurements if m.endpoint.url == url).record()


def dialog_for(qtbot, record: dict) -> EvidenceDialog:
    point = PlatformPoint(record["platform"], record["verdict"], 1, 1, record.get("reason"), None)
    dialog = EvidenceDialog(record["platform"], point, T0, [record])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_forged_dns_is_marked_on_the_dns_step_and_names_both_answers(qtbot, lab, lab_catalogue):
    record = measured(lab, lab_catalogue, "https://www.facebook.com/", {"www.facebook.com": HostBehaviour(dns="forge")})
    assert record["verdict"] == "dns_tampered"
    system = next(s for s in record["steps"] if s["step"] == "dns" and s["resolver"] == "system")
    doh = next(s for s in record["steps"] if s["step"] == "dns" and s["resolver"].startswith("https://"))
    assert not set(system["answers"]) & set(doh["answers"])  # forged: the two answers differ
    rows = dialog_for(qtbot, record).step_rows()
    marked = [r for r in rows if r[0].startswith(FAILED)]
    assert marked and all(r[DETAIL].startswith("dns") for r in marked), marked
    assert all(not r[0].startswith(FAILED) for r in rows if r[DETAIL].startswith("tls"))  # the TLS failure follows
    isp = next(r for r in rows if r[0] == f"{FAILED} DNS: the ISP's resolver")
    assert isp[SENTENCE] == (f"The ISP's resolver answered {', '.join(system['answers'])}; the independent resolver "
                             f"answered {', '.join(doh['answers'])}.")
    tls = next(r for r in rows if r[DETAIL].startswith("tls ·"))
    assert tls[SENTENCE] == "The certificate presented is for another name."
    assert tls[DETAIL] == "tls · ssl_invalid_hostname"  # the raw names stay, in the detail column


def test_a_timeout_reads_as_no_answer_within_its_wait(qtbot, lab, lab_catalogue):
    record = measured(lab, lab_catalogue, "tcp://e1.whatsapp.net:5222",
                      {"e1.whatsapp.net": HostBehaviour(tcp="blackhole")})
    assert record["verdict"] == "tcp_blocked"
    rows = dialog_for(qtbot, record).step_rows()
    tcp = [r for r in rows if r[DETAIL] == "tcp · generic_timeout_error"]
    assert tcp and all(r[SENTENCE].startswith("No answer within ") and r[SENTENCE].endswith(" s.") for r in tcp)
    assert all(r[0].startswith(f"{FAILED} Connection to ") for r in tcp)  # first tries and re-tests alike
    assert not any("generic_timeout_error" in r[SENTENCE] or "_error" in r[SENTENCE] for r in rows)
    assert not any(r[SENTENCE] == "" for r in rows)


def test_no_column_is_cut_short(qtbot, lab, lab_catalogue):
    """Each text fits its cell: the short columns are as wide as their text, the others wrap and their rows grow."""
    record = measured(lab, lab_catalogue, "https://www.facebook.com/", {"www.facebook.com": HostBehaviour(dns="forge")})
    dialog = dialog_for(qtbot, record)
    tree = dialog.tree
    tree.expandAll()  # the re-tests too
    qtbot.waitUntil(lambda: all(tree.visualItemRect(i).height() > 0 for i in dialog._items()), timeout=2000)
    metrics = tree.fontMetrics()
    items = dialog._items()
    assert len(items) > 5
    for item in items:
        height = tree.visualItemRect(item).height()
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text:
                continue
            index = tree.indexFromItem(item, column)
            if column in WRAPPED:
                width = dialog.delegate.text_width(index)
                lines = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
                assert lines.width() <= width and lines.height() <= height, (column, text, width, height)
            else:
                assert metrics.horizontalAdvance(text) <= tree.header().sectionSize(column), (column, text)


def test_every_failure_the_engine_names_reads_as_a_sentence():
    """The core's sentences: no failure string of probes/failures.py reaches the sentence column raw."""
    from desktop_app.probes import failures as F
    from desktop_app.store.records import Step

    names = [v for k, v in vars(F).items() if k.isupper() and isinstance(v, str)]
    assert len(names) > 15
    for kind in ("dns", "tcp", "tls", "sni_swap", "http", "tls_unverified", "tcp_linger"):
        for failure in names:
            step = {"step": kind, "failure": failure, "t_ms": 10_000.2, "resolver": "system"}
            line = explain(MeasurementRecord.from_json({"platform": "x", "url": "https://x.com/", "verdict": "ok",
                                                        "steps": [step]}))[0]
            assert line.sentence and failure not in line.sentence, (kind, failure, line.sentence)
            assert failure in line.detail
    timeout = explain(MeasurementRecord.from_json({"platform": "x", "url": "https://x.com/", "verdict": "tcp_blocked",
                                                   "steps": [{"step": "tcp", "address": "192.0.2.1", "port": 443,
                                                              "failure": F.TIMEOUT, "t_ms": 10_000.4}]}))[0]
    assert timeout.sentence == "No answer within 10 s." and timeout.explains
    assert Step.from_json({"step": "tcp"}).kind == "tcp"


def test_addresses_and_names_are_isolated_for_right_to_left_text():
    """In Urdu an address list must keep its order: every part a sentence names goes through the caller's isolation."""
    from desktop_app.common.translatable import Words
    from desktop_app.probes.inflight import Awaited, Waiting, waiting_line

    marked = Words(isolate=lambda text: f"[{text}]")
    steps = [{"step": "dns", "resolver": "system", "answers": ["10.10.34.35"]},
             {"step": "dns", "resolver": "https://dns.example/dns-query", "answers": ["192.0.2.7", "192.0.2.8"]}]
    record = MeasurementRecord.from_json({"platform": "x", "url": "https://x.com/", "verdict": "dns_tampered",
                                          "steps": steps})
    isp = explain(record, marked)[0]
    assert isp.explains and isp.sentence == ("[The ISP's resolver] answered [10.10.34.35]; the independent resolver "
                                             "answered [192.0.2.7, 192.0.2.8].")
    line = waiting_line(Waiting((Awaited("x.com", "tls", 0.0, 8.0),), 0.5), marked)
    assert line == "Waiting for: [[x.com] ([TLS])] — up to [8] s"


def test_in_urdu_the_header_explains_in_urdu_and_labels_the_recorded_english_reason(qtbot, qapp, lab, lab_catalogue):
    """The engine's reason is English, as signed: an Urdu reader first gets the deciding step's sentence in Urdu."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.gui.i18n import Language
    record = measured(lab, lab_catalogue, "https://www.facebook.com/", {"www.facebook.com": HostBehaviour(dns="forge")})
    english = dialog_for(qtbot, record).findChildren(QLabel)[0].text()
    assert record["reason"].split(" (")[0] in english and "As the engine recorded it" not in english
    language = Language(qapp, "ur")
    try:
        assert language.loaded
        header = dialog_for(qtbot, record).findChildren(QLabel)[0].text()
    finally:
        language.remove()
    system = next(s for s in record["steps"] if s["step"] == "dns" and s["resolver"] == "system")
    assert "نے جواب میں" in header and system["answers"][0] in header  # the ISP's answer, in an Urdu sentence
    assert "جیسا انجن نے درج کیا" in header and "As the engine recorded it" not in header
    assert header.index("نے جواب میں") < header.index("جیسا انجن نے درج کیا")  # Urdu first, the record after
