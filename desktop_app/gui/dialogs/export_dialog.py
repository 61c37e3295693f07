"""Export evidence…: shows what a bundle will hold before writing it, then writes it on a thread, cancellably."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.settings import LANGUAGE_CHOICES
from desktop_app.evidence.crypto import keys
from desktop_app.evidence.export.bundle import (
    ExportCancelled,
    ExportError,
    ExportPreview,
    ExportRequest,
    ExportResult,
    export_bundle,
    preview,
)
from desktop_app.gui.dialogs.form_label import buddy_label
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.gui.localtext import local_text, ltr, plural
from desktop_app.gui.open_link import open_or_show
from desktop_app.gui.style import verdict_words
from desktop_app.store.incidents import Incident
from desktop_app.store.log import HistoryStore
from desktop_app.store.migrations import StoreError
from desktop_app.store.sweep_index import CONNECTION_ID


class ExportWorker(JobWorker):
    previewed = Signal(object)  # ExportPreview
    progressed = Signal(int, int)
    finished = Signal(object)  # ExportResult
    cancelled = Signal()

    def __init__(self, db_path: Path, key_dir: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.key_dir = key_dir

    def prepare(self, *args: object) -> str | None:
        if len(args) == 1 and isinstance(args[0], ExportRequest) and args[0].until < args[0].since:
            return self.tr("The range ends before it starts: choose a To after the From.")
        return None

    @Slot(object)
    def preview(self, request: ExportRequest) -> None:
        try:
            with HistoryStore.open(self.db_path) as store:
                self.previewed.emit(preview(store, request))
        except (StoreError, OSError) as exc:
            self.fail(exc)

    @Slot(object, str, object, str)
    def export(self, request: ExportRequest, dest: str, passphrase: bytes | None, timestamp_url: str) -> None:
        try:
            with HistoryStore.open(self.db_path) as store:
                result = export_bundle(store, request, Path(dest), self.key_dir, passphrase=passphrase,
                                       progress=lambda d, t: self.progressed.emit(d, t), cancel=self.cancel,
                                       timestamp_url=timestamp_url or None)
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, StoreError, keys.KeyProblem, OSError) as exc:
            self.fail(exc)
        else:
            self.finished.emit(result)


def app_language() -> str:
    """The language the app is shown in ("en", "ur", "fa"): the report's language unless another is chosen."""
    code = QLocale().name().split("_")[0]
    return code if code in {c for c, _ in LANGUAGE_CHOICES if c} else "en"


def default_name(now: float) -> str:
    return time.strftime("vantage-evidence-%Y%m%d-%H%M%S.zip", time.localtime(now))


def export_folder() -> Path:
    """Where bundles are saved by default (and where Verify's Browse starts): the Documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def free_path(path: Path) -> Path:
    """The path, or the first `name-2.zip`, `name-3.zip`… that does not exist yet: a default never replaces a file."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


class ExportDialog(QDialog):
    _preview = Signal(object)
    _export = Signal(object, str, object, str)

    def __init__(self, db_path: Path, key_dir: Path, platforms: Sequence[tuple[str, str]], *,
                 since: float | None = None, until: float | None = None, chosen: Sequence[str] | None = None,
                 incident: Incident | None = None, tsa_url: str = "", timestamp: bool = True,
                 clock: Callable[[], float] = time.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export evidence"))
        self.resize(640, 560)
        self.key_dir = key_dir
        self.incident = incident
        self.tsa_url = tsa_url
        self.now = clock
        self.exported: ExportResult | None = None  # the last export; not `result`, which would hide QDialog.result()
        self.shown_preview: ExportPreview | None = None
        self.error = ""
        self.running = False
        until = until if until is not None else clock()
        since = since if since is not None else until - 86400
        self.worker = ExportWorker(db_path, key_dir)
        self.job = Job(self.worker, "vantage-export", self)
        self._preview.connect(self.worker.preview)
        self._export.connect(self.worker.export)
        self.worker.previewed.connect(self._previewed)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.job.refused.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

        self.since_edit, self.until_edit = QDateTimeEdit(), QDateTimeEdit()
        # The exact range asked for; an edit by hand replaces it (the editors show whole minutes).
        self.range = [since, until]
        for i, (edit, value) in enumerate(((self.since_edit, since), (self.until_edit, until))):
            edit.setCalendarPopup(True)
            # left to right before the format: Qt reverses an RTL edit's sections as the format is set (01:42 -> 42:01)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value)))
            edit.dateTimeChanged.connect(lambda moment, i=i: self._edited(i, moment))
        self.platform_list = QListWidget()
        self.platform_list.setAccessibleName(self.tr("Platforms to include"))
        for pid, name in platforms:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen is None or pid in chosen else Qt.CheckState.Unchecked)
            self.platform_list.addItem(item)
        self.platform_list.itemChanged.connect(lambda _: self.refresh_preview())
        self.redact_box = QCheckBox(self.tr("&Withhold my public IP address and resolver address"))
        self.redact_box.setChecked(True)
        self.redact_box.setToolTip(self.tr("The bundle keeps only salted commitments of them, which reveal nothing; "
                                           "it still verifies in full. Network (ASN), provider and country stay."))
        self.redact_box.toggled.connect(lambda _: self.refresh_preview())
        self.timestamp_box = QCheckBox(self.tr("&Timestamp it with {0}").format(tsa_url) if tsa_url
                                       else self.tr("Timestamp: no authority is set (Settings → Evidence)"))
        self.timestamp_box.setChecked(bool(tsa_url) and timestamp)
        self.timestamp_box.setEnabled(bool(tsa_url))
        self.language_box = QComboBox()  # each language named in itself, as in Settings
        for code, name in LANGUAGE_CHOICES:
            if code:
                self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(app_language()), 0))
        self.language_box.setToolTip(self.tr("The language of the report and of VERIFY.txt in the bundle; the "
                                             "measurements themselves are the same in every language."))
        self.dest_edit = QLineEdit(str(free_path(export_folder() / default_name(clock()))))
        self.dest_edit.setAccessibleName(self.tr("Save the bundle as"))
        self.dest_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right in Urdu too
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(browse)
        self.key_label = QLabel(self._key_text())
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Signing key fingerprint"))
        self.summary = QLabel(self.tr("Counting…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What the bundle will include"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        if incident is not None:
            name = self.tr("Whole connection") if incident.platform == CONNECTION_ID \
                else dict(platforms).get(incident.platform, incident.platform)
            form.addRow(self.tr("Incident:"), QLabel(f"{name}: {verdict_words(incident.technique)}, "
                                                     f"{local_text(incident.start)}"))
        form.addRow(self.tr("&From:"), self.since_edit)
        form.addRow(self.tr("&To:"), self.until_edit)
        form.addRow(self.tr("&Platforms:"), self.platform_list)
        form.addRow("", self.redact_box)
        form.addRow("", self.timestamp_box)
        form.addRow(buddy_label(self.tr("Report &language:"), self.language_box), self.language_box)
        form.addRow(buddy_label(self.tr("&Save as:"), self.dest_edit), dest_row)  # Alt+S reaches the field
        form.addRow(self.tr("Signed with:"), self.key_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.refresh_preview()

    def _key_text(self) -> str:
        try:
            info = keys.inspect(self.key_dir) if keys.exists(self.key_dir) else None
        except keys.KeyProblem as exc:
            return str(exc)
        if info is None:
            return self.tr("A signing key will be made for this first export; its fingerprint (SHA256:…) is what "
                           "recipients check.")
        return self.tr("{0}. Give this fingerprint to recipients beforehand, so they can tell a bundle is yours.")\
            .format(ltr(info.fingerprint))

    # ------------------------------------------------------------------------------------------------ request

    def chosen_platforms(self) -> tuple[str, ...] | None:
        items = [self.platform_list.item(i) for i in range(self.platform_list.count())]
        chosen = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
        return None if len(chosen) == len(items) else chosen

    def _edited(self, which: int, moment: QDateTime) -> None:
        self.range[which] = float(moment.toSecsSinceEpoch())
        self.refresh_preview()

    def request(self) -> ExportRequest:
        return ExportRequest(self.range[0], self.range[1], self.chosen_platforms(), self.redact_box.isChecked(),
                             self.incident, language=self.language_box.currentData() or "en")

    def refresh_preview(self) -> None:
        if self.running:
            return
        self.summary.setText(self.tr("Counting…"))
        self.job.submit(self._preview, self.request())

    @Slot(object)
    def _previewed(self, shown: ExportPreview) -> None:
        self.shown_preview = shown
        platforms = self.tr("all platforms") if shown.platforms is None else ", ".join(shown.platforms) or "—"
        yes, no = self.tr("included"), self.tr("withheld")
        fields = "<br>".join(f"&nbsp;&nbsp;{name}: <b>{yes if carried else no}</b>"
                             for name, carried in shown.carries.items())
        self.summary.setText(
            self.tr("<b>This bundle will include</b> {0} from {1}, {2} to {3}, of {4}.")
            .format(plural(self.tr("%Ln measurement(s)", "", shown.measurements), shown.measurements),
                    plural(self.tr("%Ln sweep(s)", "", shown.sweeps), shown.sweeps),
                    local_text(shown.since), local_text(shown.until), platforms)
            + "<br>" + self.tr("Identifying fields:") + "<br>" + fields)
        self.export_button.setEnabled(not shown.empty and shown.measurements > 0)
        if shown.empty:
            self.summary.setText(self.tr("Nothing was measured in this range: choose another."))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the evidence bundle"), self.dest_edit.text(),
                                                self.tr("Zip files (*.zip)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)  # asked at Export
        if chosen:
            self.dest_edit.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    # ------------------------------------------------------------------------------------------------ running

    def confirm_overwrite(self, dest: Path) -> bool:
        """Asks before an existing file is replaced; the answer defaults to No."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{0} already exists. Replace it with this bundle?").format(dest),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def start(self, passphrase: bytes | None = None) -> None:
        if self.running:
            return
        dest = Path(self.dest_edit.text())
        if dest.exists() and not self.confirm_overwrite(dest):
            self.summary.setText(self.tr("Nothing was written: choose another name in Save as."))
            return
        if passphrase is None and keys.exists(self.key_dir) and keys.is_encrypted(self.key_dir):
            text, ok = QInputDialog.getText(self, self.tr("Signing key"), self.tr("Passphrase of your signing key:"),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return
            passphrase = text.encode("utf-8")
        self.running = True
        self.error = ""
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Writing… %v/%m sweeps"))
        self.progress.show()
        url = self.tsa_url if self.timestamp_box.isChecked() else ""
        if not self.job.submit(self._export, self.request(), self.dest_edit.text(), passphrase or None, url):
            self.running = False

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()  # the export stops at the next sweep and removes its files
            self.summary.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if done >= total:  # every sweep is written; the report, checksums and signature take a few seconds more
            self.progress.setFormat(self.tr("Finishing: report, checksums and signature…"))
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(object)
    def _finished(self, result: ExportResult) -> None:
        self.running = False
        self.exported = result
        self.progress.hide()
        notes = "".join(f"<br>{n}" for n in result.notes)
        self.summary.setText(self.tr("<b>Written</b> {0}: {1}, signed{2}.")
                             .format(ltr(str(result.path)), plural(self.tr("%Ln measurement(s)", "",
                                                                           result.measurements), result.measurements),
                                     self.tr(" and timestamped") if result.timestamped else "") + notes)
        self.cancel_button.setText(self.tr("Close"))
        self.key_label.setText(self._key_text())
        show = self.buttons.addButton(self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: open_or_show(QUrl.fromLocalFile(str(result.path.parent)), self))

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self.running = False
        self.error = sentence
        self.progress.hide()
        self.summary.setText(sentence)
        self.export_button.setEnabled(True)

    @Slot()
    def _cancelled(self) -> None:
        self.running = False
        self.progress.hide()
        self.summary.setText(self.tr("Cancelled: nothing was written."))
        self.export_button.setEnabled(True)

    def done(self, code: int) -> None:
        self.job.stop()  # cancels a running export, which removes what it had written
        super().done(code)
