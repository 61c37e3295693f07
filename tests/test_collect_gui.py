"""The Collection window, driven with pytest-qt: open a folder, drop real bundles, see the combined picture, narrow
it with Since/Until, read the chart per network, register signers; every wait has a timeout (a job that never
answers fails the test instead of hanging it), and no modal dialog is ever run."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from PySide6.QtCore import QDateTime, QMimeData, QPointF, Qt, QTimeZone, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolTip, QTreeWidgetItem

from desktop_app.cli.main import main
from desktop_app.collect import queries as q
from desktop_app.collect import signers
from desktop_app.collect.ingest import add_bundles
from desktop_app.collect.store import connect
from desktop_app.common.timeutil import utc_iso, utc_minute
from desktop_app.evidence import names
from desktop_app.gui.collection.window import CollectionWindow
from tests.collect_bundles import MIN, T0, export, history
from tests.history_builder import NETWORK_A, NETWORK_B
from tests.test_gui_keyboard import mnemonic

WAIT_MS = 60_000  # for a job's answer: generous on a loaded 2-CPU box, and a hang fails instead of blocking
BLOCKED = {"x": "tls_blocked"}
MOSTLY_BLOCKED: list[dict[str, str]] = [{}] * 3 + [BLOCKED] * 14 + [{}] * 3


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """Three people on network A (two see X blocked, the third never does) and one on B who sees it blocked."""
    d = tmp_path_factory.mktemp("people")
    plan: dict[str, tuple[list[dict[str, str]], dict[str, str]]] = {
        "a1": (MOSTLY_BLOCKED, NETWORK_A), "a2": (MOSTLY_BLOCKED, NETWORK_A), "a3": ([{}] * 20, NETWORK_A),
        "b1": (MOSTLY_BLOCKED, NETWORK_B)}
    return {name: export(history(d / f"{name}.sqlite", pattern, net), d / f"key-{name}", d / f"{name}.zip", T0,
                         T0 + 20 * MIN) for name, (pattern, net) in plan.items()}


@pytest.fixture(scope="module")
def made(people, tmp_path_factory):
    root = tmp_path_factory.mktemp("made") / "collection"
    add_bundles(root, list(people.values()))
    return root


@pytest.fixture
def collection(made, tmp_path):
    """A copy of the four people's collection for one test to change."""
    return shutil.copytree(made, tmp_path / "collection")


def fingerprint(bundle) -> str:
    with zipfile.ZipFile(bundle) as z:
        return str(json.loads(z.read(names.MANIFEST))["signer"]["fingerprint"])


def opened(qtbot, root) -> CollectionWindow:
    window = CollectionWindow(str(root))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.show()
    return window


def closed(window: CollectionWindow) -> None:
    window.close()
    assert window.job.finished


def test_dropped_bundles_are_verified_and_shown_as_one_picture(qtbot, tmp_path, people):
    bundles = [people["a1"], people["b1"]]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bundles[0].read_bytes()[:-200])
    window = opened(qtbot, tmp_path / "collection")
    assert window.picture is not None and window.picture.custody.accepted == 0
    assert window.custody.text() == ("0 bundles accepted from 0 signers (0 unregistered), 0 rejected; "
                                     "0 distinct measurements.")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (*bundles, broken)])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.dropEvent(drop)
        assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert not window.progress.isVisible()
    lines = [window.outcomes.item(i).text() for i in range(window.outcomes.count())]
    assert [line.split()[0] for line in lines] == ["accepted", "accepted", "rejected"]
    assert "2 bundles accepted from 2 signers" in window.custody.text() and "1 rejected" in window.custody.text()
    assert window.incidents.topLevelItemCount() == 1
    incident = window.incidents.topLevelItem(0)
    assert incident is not None
    assert (incident.text(0), incident.text(4), incident.text(5), incident.childCount()) == ("x", "2", "2", 2)
    items = [window.table.topLevelItem(i) for i in range(window.table.topLevelItemCount())]
    rows = {(item.text(0), item.text(1), item.text(2)) for item in items if item is not None}
    assert ("x", "AS45595", "Blocked (SNI filtering)") in rows and ("youtube", "AS17557", "Works") in rows  # words
    closed(window)


def test_stopping_an_ingestion_keeps_what_was_accepted_and_leaves_the_window_usable(qtbot, tmp_path, people):
    window = opened(qtbot, tmp_path / "collection")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.add_paths([str(p) for p in people.values()])
        window.cancel_button.click()
    assert not window.progress.isVisible() and window.add_button.isEnabled()
    accepted = sum(window.outcomes.item(i).text().startswith("accepted") for i in range(window.outcomes.count()))
    assert window.picture is not None and window.picture.custody.accepted == accepted < 4
    assert "Stopped" in window.custody.text()
    closed(window)


def test_only_the_newest_of_several_queued_requests_is_answered(qtbot, tmp_path, people):
    """Dates changed three times while bundles are being verified: once they are in, one picture is drawn, of the
    last range chosen (the older requests, the ingestion's own reload among them, are skipped)."""
    window = opened(qtbot, tmp_path / "collection")
    drawn: list[int] = []
    window.refreshed.connect(lambda: drawn.append(window.incidents.topLevelItemCount()))
    window.add_paths([str(p) for p in people.values()])
    window.until_box.setChecked(True)
    for minutes in (30, 15, 3):  # the first blocked sweep is at T0 + 3 min: none before it
        _set(window.until_edit, T0 + minutes * MIN)
        window.until_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: bool(drawn), timeout=WAIT_MS)
    with connect(tmp_path / "collection") as (_, con):
        assert q.custody(con).accepted == 4 and len(q.incidents(con)) == 1
    assert drawn == [0] and window.picture is not None and window.picture.custody.accepted == 4
    assert not window.progress.isVisible()
    closed(window)


def test_the_chart_shows_each_network_with_the_signers_behind_each_verdict(qtbot, collection):
    window = opened(qtbot, collection)
    chart = window.chart
    assert [name for _, name in chart.rows] == ["All networks", "AS17557", "AS45595"]
    assert chart.bars_drawn > 0 and "Blocked (SNI filtering)" in chart.legend.text()
    assert [window.platform_box.itemText(i) for i in range(window.platform_box.count())] == \
        ["All platforms", "facebook", "x", "youtube"]
    with qtbot.waitSignal(window.charted, timeout=WAIT_MS):
        window.platform_box.setCurrentIndex(window.platform_box.findData("x"))
    assert window.timeline is not None and window.timeline.platform == "x"
    with connect(collection) as (_, con):
        assert window.timeline == q.network_timeline(con, platform="x")  # what the core says, drawn
    # the ten minutes from xx:30 on AS17557: two of its three people saw X blocked (SNI), the third saw it work
    when = (T0 // 600 + 1) * 600 + 60
    network_a = chart.describe(1, when)
    assert network_a is not None and "<b>AS17557</b>" in network_a
    assert "Blocked (SNI filtering): 2 signers, 40 measurements" in network_a
    everyone = chart.describe(0, when)
    assert everyone is not None and "Blocked (SNI filtering): 3 signers on 2 networks, 60 measurements" in everyone
    assert chart.describe(1, T0 - 3600) is None  # before anything was measured
    # the stacked parts: on AS17557 blocked takes two thirds of the row and works one third (2 and 1 signers)
    opts = chart.bars.opts
    heights = [y1 - y0 for x0, y0, y1 in zip(opts["x0"], opts["y0"], opts["y1"], strict=True)
               if x0 == when - 60 and 1 - 0.5 < (y0 + y1) / 2 < 1 + 0.5]
    assert sorted(round(h / max(heights), 2) for h in heights) == [0.5, 1.0]
    # pointing at the band shows the same words as a tooltip
    chart.resize(900, 400)
    qtbot.waitUntil(lambda: chart.plot.sceneBoundingRect().width() > 100, timeout=WAIT_MS)
    chart._hover(chart.graphics.mapToScene(chart.row_position(1, when).toPoint()))
    assert "AS17557" in QToolTip.text()
    QToolTip.hideText()
    closed(window)


def _set(edit, epoch: float) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(epoch), QTimeZone.utc()))


def test_since_and_until_narrow_every_view_as_the_command_does(qtbot, collection, capsys):
    window = opened(qtbot, collection)
    # unticked, the fields show where the collection begins and ends, in UTC and read left to right
    assert window.since_edit.text() == utc_minute(T0) and not window.since_edit.isEnabled()
    assert window.since_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", window.until_edit.text())
    assert window.incidents.topLevelItemCount() == 1
    since, until = T0 + 8 * MIN, T0 + 12 * MIN
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.since_box.setChecked(True)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        _set(window.since_edit, since)
        window.since_edit.editingFinished.emit()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.until_box.setChecked(True)  # the field holds the collection's end until it is edited
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        _set(window.until_edit, until)
        window.until_edit.editingFinished.emit()
    assert window.current_window() == q.Window(since, until)
    picture = window.picture
    assert picture is not None and picture.timeline.span is not None
    assert since <= picture.timeline.span[0] and picture.timeline.span[1] < until
    # the same answer as `vantage collect summary --since --until`
    assert main(["collect", "summary", str(collection), "--since", utc_iso(since), "--until", utc_iso(until),
                 "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["incidents"] == q.as_json(picture.incidents)
    assert {(r["platform"], r["verdict"], r["measurements"]) for r in printed["summary"]} == \
        {(r.platform, r.verdict, sum(n.measurements for n in picture.networks
                                     if (n.platform, n.verdict) == (r.platform, r.verdict)))
         for r in picture.networks}
    [incident] = picture.incidents
    assert incident.start >= since and incident.end < until
    # Until before Since: refused with a sentence, nothing asked, the last good range stays
    shown = window.picture
    _set(window.until_edit, since - MIN)
    window.until_edit.editingFinished.emit()
    assert window.range_error.isVisible() and "before" in window.range_error.text()
    assert window.picture is shown and window.current_window() is None
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.until_box.setChecked(False)
    assert not window.range_error.isVisible() and window.current_window() == q.Window(since)
    closed(window)


def test_the_dates_read_left_to_right_in_a_right_to_left_language(qtbot, qapp, collection):
    """Urdu and Persian lay the window out right to left; a date field set up that way would read 27:20."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = opened(qtbot, collection)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.since_edit.text() == utc_minute(T0)  # "2026-05-28 20:27", never "27:20 28-05-2026"
        assert window.until_edit.text() == window.until_edit.dateTime().toString("yyyy-MM-dd HH:mm")
        # the folder's path and the tables' times are left-to-right isolates: never "tmp/…/collection/"
        from desktop_app.gui.localtext import LRI, PDI
        assert f"{LRI}{collection}{PDI}" in window.folder_label.text()
        first = window.table.topLevelItem(0)
        assert first is not None and first.text(5).startswith(LRI) and first.text(5).endswith(PDI)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    closed(window)


def test_a_window_before_any_blocking_shows_none(qtbot, collection):
    window = opened(qtbot, collection)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        _set(window.until_edit, T0 + 3 * MIN)  # the first blocked sweep is at T0 + 3 min
        window.until_box.setChecked(True)
    assert window.incidents.topLevelItemCount() == 0 and window.dissents.topLevelItemCount() == 0
    assert window.timeline is not None and {c.verdict for c in window.timeline.cells} == {"ok"}
    closed(window)


def test_a_lone_disagreeing_vantage_point_is_shown(qtbot, collection, people):
    window = opened(qtbot, collection)
    assert window.dissents.topLevelItemCount() == 1
    lone = window.dissents.topLevelItem(0)
    assert lone is not None
    assert (lone.text(0), lone.text(1), lone.text(2), lone.text(3), lone.text(4)) == \
        ("x", "AS17557", fingerprint(people["a3"]), "works", "2")
    assert window.dissent_status.text() == "1 vantage point disagreed."
    closed(window)


def signer_rows(window: CollectionWindow) -> list[QTreeWidgetItem]:
    rows = [window.signer_list.topLevelItem(i) for i in range(window.signer_list.topLevelItemCount())]
    return [row for row in rows if row is not None]


def test_signers_are_listed_and_registered_from_the_window(qtbot, collection, people):
    window = opened(qtbot, collection)
    window.tabs.setCurrentIndex(4)
    listed = {item.text(0): item for item in signer_rows(window)}
    key = fingerprint(people["a2"])
    assert set(listed) == {fingerprint(p) for p in people.values()}
    assert {item.text(2) for item in listed.values()} == {"Not registered"}
    assert "(4 unregistered)" in window.custody.text()
    window.signer_list.setCurrentItem(listed[key])
    assert window.fingerprint_edit.text() == key  # chosen from the list, ready to label
    qtbot.keyClicks(window.label_edit, "Karachi,   contact B")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(window.label_edit, Qt.Key.Key_Return)
    assert window.signer_status.text() == f"Registered {key} as “Karachi, contact B”."
    assert "(3 unregistered)" in window.custody.text()
    row = next(item for item in signer_rows(window) if item.text(0) == key)
    assert (row.text(1), row.text(2), row.text(3)) == ("Karachi, contact B", "Registered", "1")
    with connect(collection) as (_, con):  # the same registry `vantage collect signer add` writes
        assert signers.Signer(key, "Karachi, contact B", 1) in signers.listed(con)
    # relabelling says so; a fingerprint that is not one is refused with a sentence, and nothing changes
    window.fingerprint_edit.setText(key)
    window.label_edit.setText("Karachi B")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.register_button.click()
    assert window.signer_status.text().startswith("Relabelled ")
    window.fingerprint_edit.setText("SHA256:nope")
    window.label_edit.setText("someone")
    window.register_button.click()  # (a worker's signal is never waited on here: it is emitted in its thread)
    qtbot.waitUntil(lambda: "fingerprint" in window.signer_status.text(), timeout=WAIT_MS)
    assert "Traceback" not in window.signer_status.text() and window.signer_status.text().count("\n") == 0
    assert "(3 unregistered)" in window.custody.text()  # the counts above the tabs stay as they were
    closed(window)


def test_every_control_is_reachable_by_a_unique_mnemonic(qtbot, tmp_path):
    window = CollectionWindow()
    qtbot.addWidget(window)
    letters = [mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    letters += [mnemonic(w.text()) for w in window.findChildren(QAbstractButton)]
    for label in window.findChildren(QLabel):
        letter = mnemonic(label.text())
        if letter is not None:
            assert label.buddy() is not None, label.text()
            letters.append(letter)
    found = [letter for letter in letters if letter is not None]
    assert len(found) == len(set(found)) and len(found) >= 15, sorted(found)
    for edit in (window.since_edit, window.until_edit, window.fingerprint_edit, window.label_edit,
                 window.platform_box):
        assert edit.accessibleName() or any(label.buddy() is edit for label in window.findChildren(QLabel))
    closed(window)


def test_the_main_window_opens_it_with_no_collection_and_closes_it_cleanly(qtbot, idle_main_window):
    idle_main_window.collection_action.trigger()
    [window] = [d for d in idle_main_window._dialogs if isinstance(d, CollectionWindow)]
    assert window.isVisible() and not window.add_button.isEnabled() and window.picture is None
    window.add_paths(["nothing.zip"])  # before a folder is open: a sentence, no request
    assert window.custody.text() == "Open a collection folder first." and window.job.finished
    assert idle_main_window.shutdown() and window.job.finished and not window.isVisible()
