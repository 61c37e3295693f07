"""Export evidence… and Verify a bundle…: real dialogs, real history, real signing (offscreen)."""

from __future__ import annotations

import re
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.app.settings import Settings
from desktop_app.evidence import names
from desktop_app.evidence.verify.verifier import verify_bundle
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.dialogs.verify_dialog import VerifyDialog
from desktop_app.gui.history.view import HistoryWindow
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series

MIN = 60.0
NOW = 1_780_086_400.0
START = NOW - 3 * 3600
PLATFORMS = [("x", "X (Twitter)"), ("youtube", "YouTube"), ("facebook", "Facebook")]
WAIT_MS = 30_000


@pytest.fixture
def db(tmp_path):
    path = default_db_path(tmp_path / "data")
    with HistoryStore.open(path) as store:
        add_series(store, START, MIN, [{}] * 20 + [{"x": "tls_blocked"}] * 20 + [{}] * 20)
    return path


def make_dialog(qtbot, db, tmp_path, **kw):
    dialog = ExportDialog(db, tmp_path / "config", PLATFORMS, clock=lambda: NOW, **kw)
    qtbot.addWidget(dialog)
    dialog.dest_edit.setText(str(tmp_path / "out" / "bundle.zip"))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown_preview is not None, timeout=WAIT_MS)
    return dialog


def test_the_dialog_says_what_it_will_include_before_writing(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path)
    text = dialog.summary.text()
    assert "360 measurements from 60 sweeps" in text  # the last 24 hours by default
    assert "public IP address: <b>withheld</b>" in text and "ASN, provider and country: <b>included</b>" in text
    assert dialog.redact_box.isChecked() and not dialog.timestamp_box.isEnabled()
    assert not (tmp_path / "out").exists()
    dialog.redact_box.setChecked(False)
    qtbot.waitUntil(lambda: "public IP address: <b>included</b>" in dialog.summary.text(), timeout=WAIT_MS)
    dialog.platform_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.platform_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "120 measurements" in dialog.summary.text(), timeout=WAIT_MS)
    dialog.reject()


def test_the_preview_counts_in_words_one_sweep_is_not_one_sweeps(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path, since=START, until=START + MIN / 2)
    assert "6 measurements from 1 sweep," in dialog.summary.text()
    dialog.reject()


def test_export_writes_a_verifiable_bundle_with_progress(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path, chosen=["x"])
    steps = []  # what the bar shows at each step, read on the GUI thread as the bar changes
    dialog.progress.valueChanged.connect(
        lambda v: steps.append((v, dialog.progress.maximum(), dialog.progress.text())) if v else None)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    assert "Written" in dialog.summary.text()
    assert len(steps) > 1 and steps[0][2] == f"Writing… {steps[0][0]}/{steps[0][1]} sweeps"
    assert steps[-1][0] == steps[-1][1] and steps[-1][2] == "Finishing: report, checksums and signature…"
    bundle = tmp_path / "out" / "bundle.zip"
    result = verify_bundle(bundle)
    assert result.ok
    with zipfile.ZipFile(bundle) as z:
        assert len(z.read(names.MEASUREMENTS).splitlines()) == 120
    dialog.accept()


def test_cancel_leaves_no_partial_file(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path)
    dialog.worker.progressed.connect(lambda d, t: dialog.cancel() if d == 5 else None,
                                     Qt.ConnectionType.DirectConnection)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "Cancelled" in dialog.summary.text()
    assert not (tmp_path / "out" / "bundle.zip").exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == []
    dialog.reject()


def test_history_preselects_the_chosen_incident(qtbot, db, tmp_path):
    opened = []
    window = HistoryWindow(db, PLATFORMS, clock=lambda: NOW, export=lambda *a: opened.append(a),
                           initial_range=1)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.incident_loads >= 1 and window.loads >= 1, timeout=WAIT_MS)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    since, until, chosen, incident = opened[-1]
    assert until - since == 86400 and chosen is None and incident is None
    window.incident_table.setCurrentIndex(window.incident_model.index(0, 0))
    window.export_shown()
    since, until, chosen, incident = opened[-1]
    assert chosen == ["x"] and incident is not None and since == START + 20 * MIN
    window.close()


def test_verify_dialog_shows_each_check(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    dialog.accept()
    bundle = tmp_path / "out" / "bundle.zip"
    checker = VerifyDialog(str(bundle))
    qtbot.addWidget(checker)
    checker.key_edit.setText((dialog.exported and verify_bundle(bundle).fingerprint) or "")
    shown = []
    checker.progress.valueChanged.connect(lambda v: shown.append((v, checker.progress.isVisible())))
    checker.show()
    checker.start()
    qtbot.waitUntil(lambda: checker.verification is not None, timeout=WAIT_MS)
    assert shown[-1] == (1000, True) and not checker.progress.isVisible()  # full while checking, then gone
    assert "The bundle is intact" in checker.verdict.text()
    assert checker.checks.topLevelItemCount() >= 8
    rows = [checker.checks.topLevelItem(i) for i in range(checker.checks.topLevelItemCount())]
    assert all(row is not None and row.text(0).startswith("✔") for row in rows)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bundle.write_bytes(bytes(data))
    checker.verification = None
    checker.start()
    qtbot.waitUntil(lambda: checker.verification is not None, timeout=WAIT_MS)
    assert "failed verification" in checker.verdict.text()
    checker.start()
    checker.accept()  # closing mid-check cancels it; no thread is left running behind the dialog
    assert checker.job.finished


def test_the_fingerprint_is_shown_in_ssh_keygen_form(qtbot, db, tmp_path):
    dialog = make_dialog(qtbot, db, tmp_path)
    assert "A signing key will be made" in dialog.key_label.text()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    fingerprint = verify_bundle(tmp_path / "out" / "bundle.zip").fingerprint
    assert fingerprint and dialog.key_label.text().startswith(fingerprint)
    dialog.accept()


MNEMONIC = re.compile(r"&(?!amp;|lt;|gt;|nbsp;|#)\w")


def labels_that_reach_nothing(root: QWidget) -> list[str]:
    """Labels showing a mnemonic ("&Save as:") with no field to move to: the "&" shows and the key does nothing."""
    return [label.text() for label in root.findChildren(QLabel)
            if MNEMONIC.search(label.text()) and label.buddy() is None]


def test_every_form_label_with_a_shortcut_reaches_its_field(qtbot, db, tmp_path):
    export = make_dialog(qtbot, db, tmp_path)
    checker = VerifyDialog("")
    settings = SettingsDialog(Settings(), tmp_path / "settings", PLATFORMS)
    for dialog in (export, checker, settings):
        qtbot.addWidget(dialog)
        assert labels_that_reach_nothing(dialog) == [], type(dialog).__name__
    export.activateWindow()
    qtbot.waitUntil(export.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(export, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert export.dest_edit.hasFocus()
    export.reject()


def answer_next_question(button):
    """Clicks `button` on the next modal question box, as a person would (the box is real and modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(0, click)


def test_export_never_replaces_a_file_without_asking(qtbot, db, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.dialogs.export_dialog import free_path
    dialog = make_dialog(qtbot, db, tmp_path, chosen=["x"])
    existing = tmp_path / "out" / "bundle.zip"
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"an earlier bundle")
    answer_next_question(QMessageBox.StandardButton.No)
    dialog.start()
    assert existing.read_bytes() == b"an earlier bundle" and not dialog.running
    assert "Nothing was written" in dialog.summary.text()
    answer_next_question(QMessageBox.StandardButton.Yes)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    assert zipfile.is_zipfile(existing)
    assert free_path(existing) == existing.with_name("bundle-2.zip")  # the default name steps past what exists
