"""The History window on a real history file, driven with pytest-qt (offscreen)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop_app.gui.history.view import RANGES, HistoryWindow
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series, add_sweep

MIN = 60.0
NOW = 1_780_000_000.0 + 86400  # the history below ends an hour before this
START = NOW - 3 * 3600
PLATFORMS = [("x", "X (Twitter)"), ("youtube", "YouTube"), ("facebook", "Facebook")]
LOAD_MS = 10_000


@pytest.fixture
def db(tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        # two hours: X blocked by SNI filtering for 30 minutes, then a 10-minute shutdown, one youtube blip
        add_sweep(store, START - 20 * 86400, {"facebook": "dns_blocked"})  # outside the last day,
        add_sweep(store, START - 20 * 86400 + MIN, {"facebook": "dns_blocked"})  # confirmed a minute later
        pattern: list[dict[str, str] | str] = (
            [{}] * 30 + [{"x": "tls_blocked"}] * 30 + [{}] * 20 + ["offline"] * 10 + [{}] * 15
            + [{"youtube": "inconclusive"}] + [{}] * 14)
        add_series(store, START, MIN, pattern)
    return path


@pytest.fixture
def window(qtbot, db):
    w = HistoryWindow(db, PLATFORMS, {"x": "x.com", "youtube": "youtube.com"}, clock=lambda: NOW, initial_range=1)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    yield w
    w.close()
    assert w.host.finished


def reload_and_wait(qtbot, w, action):
    before = w.incident_loads, w.loads
    action()
    qtbot.waitUntil(lambda: w.incident_loads > before[0] and w.loads > before[1], timeout=LOAD_MS)


def table_texts(table, column):
    model = table.model()
    if hasattr(model, "text"):
        return [model.text(r, column) for r in range(model.rowCount())]
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_opens_on_the_last_day_with_bands_shares_and_incidents(window):
    assert window.range_box.currentText() == "Last day"
    assert [pid for pid, _ in window.chart.rows] == ["connection", "x", "youtube", "facebook"]
    legend = window.chart.legend.text()
    assert "Measured from: " in legend and "AS17557 Example Telecom (PK)" in legend
    assert "AS17557" in window.chart.describe_network(START + 600)
    x_bars = window.chart.bars["x"].opts
    assert len(x_bars["x0"]) >= 3  # ok, blocked, ok (offline), ...
    shares = dict(zip(table_texts(window.shares, 0), table_texts(window.shares, 1), strict=True))
    assert shares["X (Twitter)"] == f"{(120 - 30 - 10) / 120 * 100:.1f} %"
    assert shares["Facebook"] == f"{(120 - 10) / 120 * 100:.1f} %"
    # the blip is hidden by default; the facebook incident is 20 days old
    assert table_texts(window.incident_table, 0) == ["X (Twitter)", "Whole connection"]
    assert table_texts(window.incident_table, 4)[0] == "✖ Blocked (SNI filtering)"
    assert table_texts(window.incident_table, 3)[0] == "30 min"
    assert "2 incidents" in window.status.text()


def test_one_off_inconclusive_results_can_be_shown(qtbot, window):
    window.blips_box.setChecked(True)
    assert table_texts(window.incident_table, 0) == ["X (Twitter)", "Whole connection", "YouTube"]


def test_range_and_platform_filter(qtbot, window):
    reload_and_wait(qtbot, window, lambda: window.range_box.setCurrentIndex(3))  # last 30 days
    assert window.result.series.level == 3600
    assert table_texts(window.incident_table, 0) == ["Facebook", "X (Twitter)", "Whole connection"]
    reload_and_wait(qtbot, window, lambda: window.platform_box.setCurrentIndex(window.platform_box.findData("x")))
    assert [pid for pid, _ in window.chart.rows] == ["x"]
    assert table_texts(window.incident_table, 0) == ["X (Twitter)"]
    assert window.shares.rowCount() == 1
    # keyboard: Down moves to the next incident (there is none), Up stays on the first
    assert window.incident_model.rowCount() == 1


def test_custom_range(qtbot, window):
    from PySide6.QtCore import QDateTime
    reload_and_wait(qtbot, window, lambda: window.range_box.setCurrentIndex(len(RANGES) - 1))
    assert window.since_edit.isEnabled()
    window.since_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(START - 21 * 86400)))
    window.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(START - 19 * 86400)))
    reload_and_wait(qtbot, window, window.reload)
    assert table_texts(window.incident_table, 0) == ["Facebook"]


class LinkCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_choosing_an_incident_zooms_shows_evidence_and_links_to_ooni(qtbot, window):
    window.incident_table.setFocus()
    window.incident_table.setCurrentIndex(window.incident_model.index(0, 0))  # keyboard and mouse both end here
    incident = window.selected_incident
    assert incident is not None and incident.platform == "x"
    left, right = window.chart.x_range()
    assert left < incident.start < incident.end < right and right - left < 3600
    qtbot.waitUntil(lambda: window.evidence is not None, timeout=LOAD_MS)
    assert "https://e0.x.example/" in window.details.toPlainText()
    assert "First measurement" in window.details.toPlainText()
    dialog = window.show_sweep_evidence(first=True)
    assert dialog is not None and {r["verdict"] for r in dialog.records} == {"tls_blocked"}
    assert {r["platform"] for r in dialog.records} == {"x"}
    dialog.close()

    catcher = LinkCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")  # type: ignore[arg-type]  # stub says bytes; PySide6 takes only str
    try:
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    [url] = catcher.urls
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    assert parsed.netloc == "explorer.ooni.org" and parsed.path == "/search"
    assert query["probe_cc"] == ["PK"] and query["probe_asn"] == ["AS17557"] and query["domain"] == ["x.com"]
    assert query["since"] == ["2026-05-29"] and query["until"] == ["2026-05-30"]


def test_the_newest_request_wins(qtbot, window):
    for index in (2, 3, 4, 1):
        window.range_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.result is not None and window.result.series.until - window.result.series.since
                    == 86400.0 and window.status.text().endswith(" incidents"), timeout=LOAD_MS)
    assert window.range_box.currentIndex() == 1


def test_an_empty_history_says_so(qtbot, tmp_path):
    w = HistoryWindow(default_db_path(tmp_path / "empty"), PLATFORMS, clock=lambda: NOW)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    assert w.incident_model.rowCount() == 0 and w.status.text() == "0 sweeps · 0 incidents"
    w.close()


def test_keyboard_moves_through_incidents(qtbot, window):
    window.incident_table.setFocus()
    window.incident_table.setCurrentIndex(window.incident_model.index(0, 0))
    qtbot.keyClick(window.incident_table, Qt.Key.Key_Down)
    assert window.selected_incident is not None and window.selected_incident.platform == "connection"
    assert window.compare_button.isEnabled()


def test_counts_read_as_english_in_the_singular(qtbot, window):
    window._loaded_request = window._incidents_request = window._pending
    window._sweeps = lambda: 1  # the count of one sweep, as a range holding one sweep would give
    window.incident_model.set_rows([])
    window._show_status()
    assert window.status.text() == "1 sweep · 0 incidents"
    assert window.incident_model.headerData(6, Qt.Orientation.Horizontal) == "Failing sweeps"


def test_an_ongoing_incident_is_drawn_up_to_now_never_beyond(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        add_series(store, NOW - 40 * MIN, MIN, [{}] * 20 + [{"x": "tls_blocked"}] * 20)  # still blocked at the end
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    assert w.chart.x_range()[1] <= NOW + 1
    w.incident_table.setCurrentIndex(w.incident_model.index(0, 0))
    assert w.selected_incident is not None
    left, right = w.chart.x_range()
    assert left < w.selected_incident.start and right <= NOW + 1
    w.close()


def test_the_dates_follow_the_preset_and_editing_them_makes_it_custom(qtbot, window):
    from PySide6.QtCore import QDateTime
    reload_and_wait(qtbot, window, lambda: window.range_box.setCurrentIndex(2))  # last week
    assert window.since_edit.dateTime().toSecsSinceEpoch() == int(NOW - 7 * 86400)
    assert window.until_edit.dateTime().toSecsSinceEpoch() == int(NOW)
    window.since_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(START - 21 * 86400)))
    reload_and_wait(qtbot, window, window.since_edit.editingFinished.emit)
    assert window.range_box.currentIndex() == len(RANGES) - 1
    assert window.current_range() == (int(START - 21 * 86400), int(NOW))


def test_from_after_to_is_refused_and_the_last_valid_range_kept(qtbot, window):
    from PySide6.QtCore import QDateTime
    shown = window.current_range()
    loads = window.loads
    window.since_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(NOW + 86400)))
    window.since_edit.editingFinished.emit()
    assert window.range_error.isVisible() and "before" in window.range_error.text()
    assert window.since_edit.dateTime().toSecsSinceEpoch() == int(shown[0])
    assert window.loads == loads


def test_latency_lines_have_a_legend_and_differ(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        add_series(store, NOW - 30 * MIN, MIN, [{}] * 30)
    tones = {"x": "#222222", "youtube": "#A32020", "facebook": "#222222"}  # two alike, as in platforms.toml
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW, tones=tones)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    names = w.chart.legend_names()
    assert {"X (Twitter)", "YouTube", "Facebook"} <= set(names)
    pens = {pid: w.chart.lines[pid].opts["pen"] for pid in ("x", "youtube", "facebook")}
    assert pens["youtube"].color().name() == "#a32020"
    assert len({(p.color().name(), p.style()) for p in pens.values()}) == 3
    w.close()


def test_export_from_an_incident_names_the_platform_and_verdict_in_words(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QLabel

    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    window.incident_table.setCurrentIndex(window.incident_model.index(0, 0))
    since, until, chosen, incident = window.export_request()
    assert incident is not None and incident.platform == "x"
    dialog = ExportDialog(window.host.loader._db_path, tmp_path / "keys", PLATFORMS, since=since, until=until,
                          chosen=chosen, incident=incident, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    [line] = [t for t in texts if t.startswith("X (Twitter): ")]
    assert "tls_blocked" not in line and "x:" not in line
    dialog.reject()  # done() stops the dialog's job
    assert dialog.job.finished


def test_opens_on_the_range_that_holds_the_history(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:  # a three-hour history: a sliver of a day, so the window fits it
        add_series(store, NOW - 3 * 3600, 10 * MIN, [{}] * 9 + [{"x": "tls_blocked"}] * 9)
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    assert w.range_box.currentIndex() == len(RANGES) - 1
    since, until = w.current_range()
    assert NOW - 4 * 3600 < since < NOW - 3 * 3600 and until == int(NOW)
    w.close()


def test_opening_range_rules():
    from desktop_app.gui.history.view import DEFAULT_RANGE, opening_range
    assert opening_range(None, NOW) == DEFAULT_RANGE
    assert opening_range((NOW - 20 * 86400, NOW - 3600), NOW) == 3  # last 30 days
    assert opening_range((NOW - 40 * MIN, NOW), NOW) == 0  # last hour


def test_an_incident_shows_its_scope_from_the_stored_summary(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        for i in range(6):
            add_sweep(store, NOW - 3600 + i * 5 * MIN, {} if i < 2 else {"x": "dns_blocked"},
                      partial={"x": ("media",)})
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    w.incident_table.setCurrentIndex(w.incident_model.index(0, 0))
    qtbot.waitUntil(lambda: w.evidence is not None, timeout=LOAD_MS)
    assert w.evidence is not None
    point = w.evidence.first.point
    assert point.scope == "partial" and point.roles == ("media",)
    assert "Only media was affected" in w.details.toPlainText()
    assert "4 failing sweeps (" in w.details.toPlainText() and "(s)" not in w.details.toPlainText()
    w.close()


def test_a_one_sweep_blip_is_ringed_as_unconfirmed_and_a_confirmed_block_is_an_incident(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    blip_at = NOW - 50 * MIN
    with HistoryStore.open(path) as store:
        add_sweep(store, blip_at - 5 * MIN)
        add_sweep(store, blip_at, {"youtube": "dns_blocked"})  # seen once; the next sweep finds it ok
        for i in range(1, 8):  # X's media blocked in every sweep from the second on: confirmed
            add_sweep(store, blip_at + i * 5 * MIN, {} if i == 1 else {"x": "dns_blocked"},
                      partial={"x": ("media",)})
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW, initial_range=1)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    # the list holds the block alone, with how much of X it concerns in words; the blip is listed apart
    assert table_texts(w.incident_table, 0) == ["X (Twitter)"]
    assert table_texts(w.incident_table, 5) == ["Only media was affected"]
    assert [(u.platform, u.started_at, u.status) for u in w.unconfirmed] == [("youtube", blip_at, "unconfirmed")]
    assert table_texts(w.unconfirmed_table, 0) == ["YouTube"]
    assert table_texts(w.unconfirmed_table, 3) == ["unconfirmed: the check a minute later did not see it again"]
    assert "1 incident · 1 unconfirmed block" in w.status.text()
    # the chart rings the blip on YouTube's row and frames the incident on X's, and its legend says which is which
    chart = w.chart
    rows = {pid: len(chart.rows) - 1 - i for i, (pid, _) in enumerate(chart.rows)}
    ring_x, ring_y = chart.rings.getData()
    assert list(ring_x) == [blip_at] and list(ring_y) == [rows["youtube"]]
    frames = chart.incident_frames.opts
    assert list(frames["x0"]) == [blip_at + 10 * MIN] and list(frames["y0"] + 0.44) == [rows["x"]]
    assert [i.platform for i in chart.drawn_incidents()] == ["x"]
    # the blip's stretch of band is hatched, the confirmed block's is solid
    hatched = {pid: [b.style() == Qt.BrushStyle.BDiagPattern for b in chart.bars[pid].opts["brushes"]]
               for pid in ("youtube", "x")}
    assert hatched["youtube"].count(True) == 1 and not any(hatched["x"])
    legend = chart.legend.text()
    assert "Unconfirmed (one sweep)" in legend and "Incident" in legend
    assert "did not see it again" in (chart.describe("youtube", blip_at) or "")
    assert "did not see it again" not in (chart.describe("x", blip_at + 20 * MIN) or "")
    w.incident_table.setCurrentIndex(w.incident_model.index(0, 0))
    assert "Only media was affected" in w.details.toPlainText()  # at once, from the incident itself
    # filtering to X leaves no ring: the blip is YouTube's
    reload_and_wait(qtbot, w, lambda: w.platform_box.setCurrentIndex(w.platform_box.findData("x")))
    assert list(chart.rings.getData()[0]) == [] and "Unconfirmed (one sweep)" not in chart.legend.text()
    assert w.unconfirmed_model.rowCount() == 0
    w.close()
    assert w.host.finished


def test_a_block_awaiting_its_follow_up_is_ringed_as_pending(qtbot, tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        add_sweep(store, NOW - 10 * MIN)
        add_sweep(store, NOW - 5 * MIN, {"facebook": "tls_blocked"})
    w = HistoryWindow(path, PLATFORMS, clock=lambda: NOW, initial_range=1)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.incident_loads >= 1 and w.loads >= 1, timeout=LOAD_MS)
    assert w.incident_model.rows == []
    assert [u.status for u in w.unconfirmed] == ["pending"]
    assert table_texts(w.unconfirmed_table, 3) == ["unconfirmed: checking again"]
    assert list(w.chart.rings.getData()[0]) == [NOW - 5 * MIN]
    w.close()
