"""The Collection window, driven with pytest-qt: open a folder, drop real bundles, see the combined picture."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop_app.gui.collection.window import CollectionWindow
from tests.collect_bundles import MIN, T0, export, history
from tests.history_builder import NETWORK_A, NETWORK_B


def test_dropped_bundles_are_verified_and_shown_as_one_picture(qtbot, tmp_path):
    blocked: list[dict[str, str]] = [{"x": "tls_blocked"}] * 4
    bundles = [export(history(tmp_path / f"h{i}.sqlite", blocked, net), tmp_path / f"k{i}", tmp_path / f"b{i}.zip",
                      T0, T0 + 4 * MIN) for i, net in enumerate((NETWORK_A, NETWORK_B))]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bundles[0].read_bytes()[:-200])
    window = CollectionWindow(str(tmp_path / "collection"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.picture is not None)
    assert window.picture is not None and window.picture.custody.accepted == 0
    assert window.custody.text() == ("0 bundles accepted from 0 signers (0 unregistered), 0 rejected; "
                                     "0 distinct measurements.")
    window.picture = None
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (*bundles, broken)])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.picture is not None, timeout=60_000)
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
    window.close()
    assert window.job.finished
