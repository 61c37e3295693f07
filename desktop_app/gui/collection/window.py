"""The Collection window: open a collection folder, drop bundles on it, and see the combined picture.

Verification, ingestion and the queries run as the app's one kind of background job (gui/jobs.py), on the same
Qt-free core as `vantage collect`; closing the window cancels cooperatively and joins the job's thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.collect import queries as q
from desktop_app.collect.ingest import Outcome, add_bundles
from desktop_app.collect.store import CollectionError, connect
from desktop_app.common.timeutil import utc_iso
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.gui.localtext import number, plural
from desktop_app.gui.style import verdict_words


def _t(epoch: float) -> str:
    return utc_iso(epoch)[:16].replace("T", " ")


class CollectionWorker(JobWorker):
    progressed = Signal(str, int, int)  # bundle, done, in all
    received = Signal(object)  # Outcome
    loaded = Signal(object)  # queries.Picture

    @Slot(str, list)
    def add(self, root: str, paths: list[str]) -> None:
        try:
            add_bundles(Path(root), [Path(p) for p in paths], cancel=self.cancel,
                        progress=lambda name, done, total: self.progressed.emit(name, done, total),
                        report=self.received.emit)
        except CollectionError as exc:
            self.fail(exc)
            return
        self.load(root)

    @Slot(str)
    def load(self, root: str) -> None:
        if self.cancel.is_set():
            return
        try:
            with connect(Path(root)) as (_, con):
                self.loaded.emit(q.picture(con))
        except CollectionError as exc:
            self.fail(exc)


class CollectionWindow(QDialog):
    _add = Signal(str, list)
    _load = Signal(str)

    def __init__(self, root: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collection"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(960, 620)
        self.setAcceptDrops(True)
        self.root = root
        self.picture: q.Picture | None = None
        self.worker = CollectionWorker()
        self.job = Job(self.worker, "vantage-collection", self)
        self._add.connect(self.worker.add)
        self._load.connect(self.worker.load)
        self.worker.progressed.connect(self._progressed)
        self.worker.received.connect(self._received)
        self.worker.loaded.connect(self._loaded)
        self.worker.failed.connect(self._failed)

        self.folder_label = QLabel(self.tr("No collection open. Open a folder, then drop bundles (.zip) here."))
        self.folder_label.setWordWrap(True)
        open_button = QPushButton(self.tr("&Open folder…"))
        open_button.clicked.connect(self.choose_folder)
        self.add_button = QPushButton(self.tr("&Add bundles…"))
        self.add_button.clicked.connect(self.choose_bundles)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.clicked.connect(self.job.cancel)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        for button in (open_button, self.add_button, self.cancel_button):
            top.addWidget(button)
        self.progress = QProgressBar()
        self.progress.hide()
        self.custody = QLabel()
        self.custody.setWordWrap(True)
        self.outcomes = QListWidget()
        self.outcomes.setAccessibleName(self.tr("Bundles received"))
        self.table = self._tree([self.tr("Platform"), self.tr("Network"), self.tr("Verdict"), self.tr("Signers"),
                                 self.tr("Measurements"), self.tr("First seen (UTC)"), self.tr("Last seen (UTC)")])
        self.incidents = self._tree([self.tr("Platform"), self.tr("Technique"), self.tr("Start (UTC)"),
                                     self.tr("End (UTC)"), self.tr("People"), self.tr("Networks")])
        self.dissents = self._tree([self.tr("Platform"), self.tr("Network"), self.tr("Signer"), self.tr("Saw it"),
                                    self.tr("Others"), self.tr("Hours")])
        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("&Picture"))
        tabs.addTab(self.incidents, self.tr("&Incidents"))
        tabs.addTab(self.dissents, self.tr("&Disagreement"))
        tabs.addTab(self.outcomes, self.tr("&Received"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.custody)
        layout.addWidget(tabs, 1)
        self.add_button.setEnabled(bool(root))
        if root:
            self.open_folder(root)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSortingEnabled(True)
        return tree

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the collection's folder"), self.root)
        if chosen:
            self.open_folder(chosen)

    def open_folder(self, root: str) -> None:
        self.root = root
        self.folder_label.setText(self.tr("Collection: {0}").format(root))
        self.add_button.setEnabled(True)
        self.job.submit(self._load, root)

    def choose_bundles(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose evidence bundles"), "",
                                                 self.tr("Zip files (*.zip)"))
        if chosen:
            self.add_paths(chosen)

    def add_paths(self, paths: list[str]) -> None:
        if not self.root:
            self.custody.setText(self.tr("Open a collection folder first."))
            return
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.add_button.setEnabled(False)
        self.job.submit(self._add, self.root, list(paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    @Slot(str, int, int)
    def _progressed(self, name: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Verifying {0} (%v of %m)").format(name) if name else "%v / %m")

    @Slot(object)
    def _received(self, outcome: Outcome) -> None:
        self.outcomes.addItem(outcome.line())

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._idle()
        self.custody.setText(message)

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.add_button.setEnabled(bool(self.root))

    @Slot(object)
    def _loaded(self, picture: q.Picture) -> None:
        self._idle()
        self.picture = picture
        c = picture.custody
        self.custody.setText(self.tr("{0} accepted from {1} ({2} unregistered), {3} rejected; {4}.").format(
            plural(self.tr("%Ln bundle(s)", "", c.accepted), c.accepted),
            plural(self.tr("%Ln signer(s)", "", c.signers), c.signers), number(c.unregistered), number(c.rejected),
            plural(self.tr("%Ln distinct measurement(s)", "", c.measurements), c.measurements)))
        self.table.clear()
        for r in picture.networks:
            self.table.addTopLevelItem(QTreeWidgetItem([r.platform, r.network or "", verdict_words(r.verdict),
                                                        str(r.signers), str(r.measurements), _t(r.first),
                                                        _t(r.last)]))
        self.incidents.clear()
        for i in picture.incidents:
            item = QTreeWidgetItem([i.platform, verdict_words(i.technique), _t(i.start), _t(i.end), str(i.people),
                                    str(i.networks)])
            for span in i.by_network:
                item.addChild(QTreeWidgetItem(["", span.network, _t(span.start), _t(span.end), str(span.people), ""]))
            self.incidents.addTopLevelItem(item)
        self.dissents.clear()
        for d in picture.dissents:
            self.dissents.addTopLevelItem(QTreeWidgetItem([d.platform, d.network, picture.names.get(d.signer, d.signer),
                                                           d.view, str(d.others), str(d.hours)]))

    def done(self, code: int) -> None:
        self.job.stop()
        super().done(code)
