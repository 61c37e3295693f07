"""Verify a bundle…: the same checks as `vantage verify`, run on a thread, each shown with pass or fail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.evidence.verify.verifier import Verification, VerifyCancelled, verify_bundle
from desktop_app.gui.dialogs.export_dialog import export_folder
from desktop_app.gui.dialogs.form_label import buddy_label
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.gui.localtext import isolated, ltr

PROGRESS_STEPS = 1000  # the bar counts per mille: a month's bundle holds more bytes than Qt's int range
PASS, FAIL = "✔", "✖"


class VerifyWorker(JobWorker):
    verified = Signal(object)  # Verification
    progressed = Signal(int)  # per mille of the bundle's bytes read

    def prepare(self, *args: object) -> str | None:
        path = str(args[0]) if args else ""
        if not path or not Path(path).is_file():
            return self.tr("Choose a bundle file first.")
        return None

    @Slot(str, str)
    def verify(self, path: str, expect_key: str) -> None:
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            step = done * PROGRESS_STEPS // total if total else PROGRESS_STEPS
            if step != shown:  # a month's bundle is read in thousands of chunks: signal only what the bar shows
                shown = step
                self.progressed.emit(step)

        try:
            result = verify_bundle(Path(path), expect_key or None, cancel=self.cancel, progress=progress)
        except VerifyCancelled:
            return
        except OSError as exc:
            self.fail(exc)
            return
        self.verified.emit(result)


class VerifyDialog(QDialog):
    _verify = Signal(str, str)

    def __init__(self, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify an evidence bundle"))
        self.resize(820, 520)
        self.verification: Verification | None = None  # the last check; not `result`, which would hide QDialog.result()
        self.worker = VerifyWorker()
        self.job = Job(self.worker, "vantage-verify", self)
        self._verify.connect(self.worker.verify)
        self.worker.verified.connect(self._verified)
        self.worker.failed.connect(self._failed)
        self.job.refused.connect(self._failed)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.worker.progressed.connect(self.progress.setValue)
        self.path_edit = QLineEdit(path)
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("B&rowse…"))  # Alt+B is the Bundle field's
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(self.tr("SHA256:… (optional: the fingerprint the sender gave you)"))
        self.key_edit.setAccessibleName(self.tr("Expected signing key"))
        for edit in (self.path_edit, self.key_edit):  # a path and a fingerprint read left to right in Urdu too
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
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
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(export_folder())  # where Export saves bundles by default
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an evidence bundle"), start,
                                                self.tr("Zip files (*.zip)"))
        if chosen:
            self.path_edit.setText(chosen)
            self.start()

    def start(self) -> None:
        path = self.path_edit.text().strip()
        self.checks.clear()
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking…"))
        self.progress.setValue(0)
        self.progress.show()
        self.job.submit(self._verify, path, self.key_edit.text().strip())

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self.progress.hide()
        self.verify_button.setEnabled(True)
        self.verdict.setText(sentence)

    @Slot(object)
    def _verified(self, result: Verification) -> None:
        self.verification = result
        self.progress.hide()
        self.verify_button.setEnabled(True)
        for check in result.checks:
            item = QTreeWidgetItem([f"{PASS if check.ok else FAIL} {check.name}", isolated(check.detail)])
            item.setToolTip(1, check.detail)
            self.checks.addTopLevelItem(item)
        self.checks.resizeColumnToContents(0)
        if result.ok:
            self.verdict.setText(self.tr("<b>{0} The bundle is intact</b> and was signed by {1}.")
                                 .format(PASS, ltr(result.fingerprint or "")))
        else:
            self.verdict.setText(self.tr("<b>{0} The bundle failed verification:</b> do not rely on it.")
                                 .format(FAIL))

    def done(self, code: int) -> None:
        self.job.stop()  # a check in progress stops within one chunk of the file
        super().done(code)
