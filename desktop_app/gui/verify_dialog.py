"""Verify a bundle…: the same checks as `vantage verify`, run on a thread, each shown with pass or fail."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop_app.evidence.verify import Verification, VerifyCancelled, verify_bundle
from desktop_app.gui.form_label import buddy_label

STOP_WAIT_MS = 5000
PASS, FAIL = "✔", "✖"


class VerifyWorker(QObject):
    verified = Signal(object)  # Verification

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()  # set from the GUI thread when the dialog closes mid-check

    @Slot(str, str)
    def verify(self, path: str, expect_key: str) -> None:
        try:
            result = verify_bundle(Path(path), expect_key or None, cancel=self.cancel)
        except VerifyCancelled:
            return
        self.verified.emit(result)


class VerifyDialog(QDialog):
    _verify = Signal(str, str)

    def __init__(self, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify an evidence bundle"))
        self.resize(820, 520)
        self.result: Verification | None = None
        self.thread = QThread()
        self.thread.setObjectName("vantage-verify")
        self.worker = VerifyWorker()
        self.worker.moveToThread(self.thread)
        self._verify.connect(self.worker.verify)
        self.worker.verified.connect(self._verified)
        self.path_edit = QLineEdit(path)
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(self.tr("SHA256:… (optional: the fingerprint the sender gave you)"))
        self.key_edit.setAccessibleName(self.tr("Expected signing key"))
        self.checks = QTreeWidget()
        self.checks.setHeaderLabels([self.tr("Check"), self.tr("Result")])
        self.checks.setRootIsDecorated(False)
        self.checks.setAccessibleName(self.tr("Checks"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Bundle:"), self.path_edit), row)  # Alt+B reaches the field
        form.addRow(self.tr("&Expected key:"), self.key_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an evidence bundle"), self.path_edit.text(),
                                                self.tr("Zip files (*.zip)"))
        if chosen:
            self.path_edit.setText(chosen)
            self.start()

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path or not Path(path).is_file():
            self.verdict.setText(self.tr("Choose a bundle file first."))
            return
        self.checks.clear()
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking…"))
        self.worker.cancel.clear()
        if not self.thread.isRunning():  # started on first use: a dialog closed unused leaves no thread behind
            self.thread.start()
        self._verify.emit(path, self.key_edit.text().strip())

    @Slot(object)
    def _verified(self, result: Verification) -> None:
        self.result = result
        self.verify_button.setEnabled(True)
        for check in result.checks:
            item = QTreeWidgetItem([f"{PASS if check.ok else FAIL} {check.name}", check.detail])
            item.setToolTip(1, check.detail)
            self.checks.addTopLevelItem(item)
        self.checks.resizeColumnToContents(0)
        if result.ok:
            self.verdict.setText(self.tr("<b>{0} The bundle is intact</b> and was signed by {1}.")
                                 .format(PASS, result.fingerprint))
        else:
            self.verdict.setText(self.tr("<b>{0} The bundle failed verification:</b> do not rely on it.")
                                 .format(FAIL))

    def done(self, code: int) -> None:  # noqa: D401 - Qt's name
        self.worker.cancel.set()  # a check in progress stops within one chunk of the file
        self.thread.quit()
        self.thread.wait(STOP_WAIT_MS)
        super().done(code)
