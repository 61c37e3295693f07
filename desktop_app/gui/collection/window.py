"""The Collection window: open a collection folder, drop bundles on it, and see the combined picture.

Verification, ingestion, signer registration and the queries run as the app's one kind of background job
(gui/jobs.py), on the same Qt-free core as `vantage collect`; closing the window cancels cooperatively and joins
the job's thread. Since/Until narrow every view the way `vantage collect summary --since --until` does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QSize, Qt, QTimeZone, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from desktop_app.collect import signers
from desktop_app.collect.ingest import Outcome, add_bundles
from desktop_app.collect.store import connect
from desktop_app.common.errors import VantageError
from desktop_app.common.timeutil import utc_minute
from desktop_app.gui.charts.collection_chart import CollectionChart
from desktop_app.gui.jobs import Job, JobWorker
from desktop_app.gui.localtext import ltr, number, plural
from desktop_app.gui.style import verdict_words
from desktop_app.gui.window_size import fit_to_screen

DATE_FORMAT = "yyyy-MM-dd HH:mm"


def _t(epoch: float | None) -> str:
    """A UTC minute, isolated left to right: "2026-05-28 21:00" never reads "21:00 2026-05-28" in Urdu."""
    return ltr(utc_minute(epoch)) if epoch is not None else ""


def _fit(tree: QTreeWidget) -> None:
    """Every column as wide as its text: times and fingerprints are never cut short."""
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)


class CollectionWorker(JobWorker):
    progressed = Signal(str, int, int)  # bundle, done, in all
    received = Signal(object)  # Outcome
    stopped = Signal()  # an ingestion stopped by the person; what it accepted stays
    loaded = Signal(object)  # queries.Picture
    charted = Signal(object)  # queries.NetworkTimeline
    registered = Signal(bool, str, str)  # new (not relabelled), fingerprint, label

    def __init__(self) -> None:
        super().__init__()
        # The newest load and chart the window asked for (written by the GUI thread, read here): an older one still
        # queued is skipped, so ticking through dates never leaves a backlog of whole-collection queries.
        self.newest_load = self.newest_chart = 0

    @Slot(str, list, object, object, int)
    def add(self, root: str, paths: list[str], window: q.Window, platform: str | None, request: int) -> None:
        try:
            add_bundles(Path(root), [Path(p) for p in paths], cancel=self.cancel,
                        progress=lambda name, done, total: self.progressed.emit(name, done, total),
                        report=self.received.emit)
        except (VantageError, OSError) as exc:
            self.fail(exc)
            return
        if self.cancel.is_set():
            self.stopped.emit()
            return
        self.load(root, window, platform, request)

    @Slot(str, object, object, int)
    def load(self, root: str, window: q.Window, platform: str | None, request: int) -> None:
        if request >= self.newest_load:
            self._answer(root, self.loaded, lambda con: q.picture(con, window, platform))

    @Slot(str, object, object, int)
    def chart(self, root: str, window: q.Window, platform: str | None, request: int) -> None:
        if request >= self.newest_chart:
            self._answer(root, self.charted, lambda con: q.network_timeline(con, window, platform))

    def _answer(self, root: str, signal: Any, query: Callable[[Any], object]) -> None:
        """One query of the collection (a DuckDB connection), its answer emitted; nothing once the person cancelled."""
        if self.cancel.is_set():
            return
        try:
            with connect(Path(root)) as (_, con):
                signal.emit(query(con))
        except (VantageError, OSError) as exc:
            self.fail(exc)

    @Slot(str, str, str)
    def register(self, root: str, fingerprint: str, label: str) -> None:
        """The same registration as `vantage collect signer add`."""
        try:
            with connect(Path(root)) as (_, con):
                new = signers.register(con, fingerprint, label)
        except (VantageError, OSError) as exc:
            self.fail(exc)
            return
        self.registered.emit(new, fingerprint.strip(), " ".join(label.split()))


class CollectionWindow(QDialog):
    refreshed = Signal()  # the picture (every tab) was drawn from a new answer
    charted = Signal()  # the chart alone was drawn again (another platform)
    _add = Signal(str, list, object, object, int)
    _load = Signal(str, object, object, int)
    _chart = Signal(str, object, object, int)
    _register = Signal(str, str, str)

    def __init__(self, root: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collection"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAcceptDrops(True)
        self.root = root
        self.picture: q.Picture | None = None
        self.timeline: q.NetworkTimeline | None = None
        self._note = ""  # what the last action came to, said once beside the counts
        self._registering = False  # a registration is on its way: its refusal belongs beside the form
        self.worker = CollectionWorker()
        self.job = Job(self.worker, "vantage-collection", self)
        self._add.connect(self.worker.add)
        self._load.connect(self.worker.load)
        self._chart.connect(self.worker.chart)
        self._register.connect(self.worker.register)
        self.worker.progressed.connect(self._progressed)
        self.worker.received.connect(self._received)
        self.worker.stopped.connect(self._stopped)
        self.worker.loaded.connect(self._loaded)
        self.worker.charted.connect(self._charted)
        self.worker.registered.connect(self._registered)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.progress)
        layout.addWidget(self.custody)
        layout.addWidget(self._build_tabs(), 1)
        fit_to_screen(self, QSize(1040, 680))  # once built: never larger than a small laptop's screen
        self.add_button.setEnabled(bool(root))
        for button in self.findChildren(QPushButton):
            # no default button: Enter in a field (a label, a date) does what that field does, and never also
            # presses "Open folder…", whose file dialog would take over the window
            button.setAutoDefault(False)
            button.setDefault(False)
        if root:
            self.open_folder(root)

    # ---------------------------------------------------------------------------------------------- building

    def _build_filters(self) -> QHBoxLayout:
        """Since and Until: off means from the first measurement, or to the last, as the command's defaults."""
        self.since_box = QCheckBox(self.tr("Sinc&e (UTC):"))
        self.until_box = QCheckBox(self.tr("&Until (UTC):"))
        self.since_edit, self.until_edit = QDateTimeEdit(), QDateTimeEdit()
        for box, edit, name in ((self.since_box, self.since_edit, self.tr("Since")),
                                (self.until_box, self.until_edit, self.tr("Until"))):
            edit.setCalendarPopup(True)
            # left to right before the format: Qt reverses an RTL edit's sections as the format is set (01:42 -> 42:01)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setTimeZone(QTimeZone.utc())
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            box.setToolTip(self.tr("Count only measurements made at or after this time") if edit is self.since_edit
                           else self.tr("Count only measurements made before this time"))
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.reload())
            edit.editingFinished.connect(self.reload)
        self.range_error = QLabel()
        self.range_error.setStyleSheet("color: #B00020")
        self.range_error.setAccessibleName(self.tr("Range problem"))
        self.range_error.hide()
        self._valid_window = q.Window()
        row = QHBoxLayout()
        for w in (self.since_box, self.since_edit, self.until_box, self.until_edit, self.range_error):
            row.addWidget(w)
        row.addStretch(1)
        return row

    def _build_tabs(self) -> QTabWidget:
        self.outcomes = QListWidget()
        self.outcomes.setAccessibleName(self.tr("Bundles received"))
        self.table = self._tree([self.tr("Platform"), self.tr("Network"), self.tr("Verdict"), self.tr("Signers"),
                                 self.tr("Measurements"), self.tr("First seen (UTC)"), self.tr("Last seen (UTC)")])
        self.incidents = self._tree([self.tr("Platform"), self.tr("Technique"), self.tr("Start (UTC)"),
                                     self.tr("End (UTC)"), self.tr("People"), self.tr("Networks")])
        self.dissents = self._tree([self.tr("Platform"), self.tr("Network"), self.tr("Signer"), self.tr("Saw it"),
                                    self.tr("Others who did not"), self.tr("Hours"), self.tr("From (UTC)"),
                                    self.tr("Until (UTC)")])
        self.dissents.setAccessibleName(self.tr("Vantage points that disagree with everyone else on their network"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("&Picture"))
        self.tabs.addTab(self._build_chart_tab(), self.tr("Over &time"))
        self.tabs.addTab(self.incidents, self.tr("&Incidents"))
        self.tabs.addTab(self._build_dissents_tab(), self.tr("&Disagreement"))
        self.tabs.addTab(self._build_signers_tab(), self.tr("Sig&ners"))
        self.tabs.addTab(self.outcomes, self.tr("&Received"))
        return self.tabs

    def _build_chart_tab(self) -> QWidget:
        self.platform_box = QComboBox()
        self.platform_box.setAccessibleName(self.tr("Platform"))
        self.platform_box.addItem(self.tr("All platforms"), None)
        self.platform_box.currentIndexChanged.connect(lambda _: self.reload_chart())
        platform_label = QLabel(self.tr("P&latform:"))
        platform_label.setBuddy(self.platform_box)
        self.chart = CollectionChart()
        row = QHBoxLayout()
        row.addWidget(platform_label)
        row.addWidget(self.platform_box)
        row.addStretch(1)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addLayout(row)
        box.addWidget(self.chart, 1)
        return tab

    def _build_dissents_tab(self) -> QWidget:
        note = QLabel(self.tr("A person whose view of a platform differed from everyone else measuring it on the "
                              "same network at the same time. Shown, not hidden: it may be a faulty setup, or the "
                              "first sign of a block."))
        note.setWordWrap(True)
        self.dissent_status = QLabel()
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(note)
        box.addWidget(self.dissents, 1)
        box.addWidget(self.dissent_status)
        return tab

    def _build_signers_tab(self) -> QWidget:
        self.signer_list = self._tree([self.tr("Fingerprint"), self.tr("Label"), self.tr("Registered"),
                                       self.tr("Bundles")])
        self.signer_list.setAccessibleName(self.tr("Signers"))
        self.signer_list.currentItemChanged.connect(self._signer_chosen)
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setPlaceholderText("SHA256:…")
        self.fingerprint_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("A name you know this person or place by"))
        self.label_edit.setMaxLength(signers.MAX_LABEL)
        self.label_edit.returnPressed.connect(self.register_signer)
        self.register_button = QPushButton(self.tr("Re&gister"))
        self.register_button.setToolTip(self.tr("Give this key fingerprint a label, as `vantage collect signer add` "
                                                "does; its bundles then count as registered"))
        self.register_button.clicked.connect(self.register_signer)
        self.signer_status = QLabel()
        self.signer_status.setWordWrap(True)
        fingerprint_label, label_label = QLabel(self.tr("&Fingerprint:")), QLabel(self.tr("La&bel:"))
        fingerprint_label.setBuddy(self.fingerprint_edit)
        label_label.setBuddy(self.label_edit)
        form = QGridLayout()
        form.addWidget(fingerprint_label, 0, 0)
        form.addWidget(self.fingerprint_edit, 0, 1)
        form.addWidget(label_label, 1, 0)
        form.addWidget(self.label_edit, 1, 1)
        form.addWidget(self.register_button, 1, 2)
        note = QLabel(self.tr("Register the fingerprint someone sent you by a channel you trust (they see it with "
                              "`vantage keys show`). Bundles from keys you have not registered are accepted, but "
                              "marked unregistered."))
        note.setWordWrap(True)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(self.signer_list, 1)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(self.signer_status)
        return tab

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSortingEnabled(True)
        return tree

    # ---------------------------------------------------------------------------------------------- requests

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the collection's folder"), self.root)
        if chosen:
            self.open_folder(chosen)

    def open_folder(self, root: str) -> None:
        self.root = root
        self.folder_label.setText(self.tr("Collection: {0}").format(ltr(str(root))))  # a path reads left to right
        self.add_button.setEnabled(True)
        self.reload()

    def current_window(self) -> q.Window | None:
        """The Since/Until chosen (unbounded where unticked), or None when Since is not before Until."""
        since = self._epoch(self.since_edit) if self.since_box.isChecked() else -math.inf
        until = self._epoch(self.until_edit) if self.until_box.isChecked() else math.inf
        return q.Window(since, until) if since < until else None

    def current_platform(self) -> str | None:
        platform = self.platform_box.currentData()
        return platform if isinstance(platform, str) else None

    @staticmethod
    def _epoch(edit: QDateTimeEdit) -> float:
        return float(edit.dateTime().toSecsSinceEpoch())

    def reload(self) -> None:
        """Ask for the whole picture again (after opening, adding, or changing Since/Until); a Since not before
        Until is refused with a sentence, and the last range that made sense stays on screen."""
        window = self.current_window()
        if window is None:
            self.range_error.setText(self.tr("“Since” must be before “Until”; still showing the last valid range."))
            self.range_error.show()
            return
        self.range_error.hide()
        self._valid_window = window
        if self.root:
            self.job.submit(self._load, self.root, window, self.current_platform(), self._next_load())

    def _next_load(self) -> int:
        self.worker.newest_load += 1
        return self.worker.newest_load

    def reload_chart(self) -> None:
        if self.root and self.picture is not None:
            self.worker.newest_chart += 1
            self.job.submit(self._chart, self.root, self._valid_window, self.current_platform(),
                            self.worker.newest_chart)

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
        self.job.submit(self._add, self.root, list(paths), self._valid_window, self.current_platform(),
                        self._next_load())

    def register_signer(self) -> None:
        if not self.root:
            self.signer_status.setText(self.tr("Open a collection folder first."))
            return
        self.signer_status.setText(self.tr("Registering…"))
        self._registering = True
        self.job.submit(self._register, self.root, self.fingerprint_edit.text(), self.label_edit.text())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # ---------------------------------------------------------------------------------------------- answers

    @Slot(str, int, int)
    def _progressed(self, name: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Verifying {0} (%v of %m)").format(name) if name else "%v / %m")

    @Slot(object)
    def _received(self, outcome: Outcome) -> None:
        self.outcomes.addItem(outcome.line())

    @Slot()
    def _stopped(self) -> None:
        self._idle()
        self._note = self.tr("Stopped. The bundles accepted so far are kept; add the rest again to finish.")
        self.custody.setText(self._note)
        self.reload()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._idle()
        if self._registering:  # said beside the form; the collection's counts above stay true
            self._registering = False
            self.signer_status.setText(message)
        else:
            self.custody.setText(message)

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.add_button.setEnabled(bool(self.root))

    @Slot(bool, str, str)
    def _registered(self, new: bool, fingerprint: str, label: str) -> None:
        self._registering = False
        self.signer_status.setText((self.tr("Registered {0} as “{1}”.") if new else
                                    self.tr("Relabelled {0} as “{1}”.")).format(fingerprint, label))
        self.fingerprint_edit.clear()
        self.label_edit.clear()
        self.reload()

    @Slot(object)
    def _loaded(self, picture: q.Picture) -> None:
        self._idle()
        self.picture = picture
        c = picture.custody
        self.custody.setText(self.tr("{0} accepted from {1} ({2} unregistered), {3} rejected; {4}.").format(
            plural(self.tr("%Ln bundle(s)", "", c.accepted), c.accepted),
            plural(self.tr("%Ln signer(s)", "", c.signers), c.signers), number(c.unregistered), number(c.rejected),
            plural(self.tr("%Ln distinct measurement(s)", "", c.measurements), c.measurements))
                             + (" " + self._note if self._note else ""))
        self._note = ""
        self._show_span(picture.span)
        self._fill_platforms(picture.platforms)
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
        for tree in (self.table, self.incidents):
            _fit(tree)
        self._fill_dissents(picture)
        self._fill_signers(picture.signers)
        self._show_timeline(picture.timeline)
        self.refreshed.emit()

    @Slot(object)
    def _charted(self, timeline: q.NetworkTimeline) -> None:
        self._show_timeline(timeline)
        self.charted.emit()

    def _show_timeline(self, timeline: q.NetworkTimeline) -> None:
        if timeline.platform != self.current_platform():
            return  # an answer for a platform no longer chosen: the one chosen is on its way
        self.timeline = timeline
        self.chart.show_timeline(timeline)

    def _show_span(self, span: tuple[float, float] | None) -> None:
        """Unticked Since/Until show where the collection begins and ends, ready to be narrowed."""
        if span is None:
            return
        for box, edit, epoch in ((self.since_box, self.since_edit, math.floor(span[0] / 60) * 60),
                                 (self.until_box, self.until_edit, math.floor(span[1] / 60) * 60 + 60)):
            if not box.isChecked():
                edit.blockSignals(True)
                edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(epoch), QTimeZone.utc()))
                edit.blockSignals(False)

    def _fill_platforms(self, platforms: list[str]) -> None:
        chosen = self.current_platform()
        self.platform_box.blockSignals(True)
        while self.platform_box.count() > 1:
            self.platform_box.removeItem(1)
        for platform in platforms:
            self.platform_box.addItem(platform, platform)
        if chosen is not None and chosen not in platforms:
            self.platform_box.addItem(chosen, chosen)  # still chosen; nothing of it in this collection (yet)
        self.platform_box.setCurrentIndex(max(self.platform_box.findData(chosen), 0) if chosen else 0)
        self.platform_box.blockSignals(False)

    def _fill_dissents(self, picture: q.Picture) -> None:
        views = {"blocked": self.tr("blocked"), "works": self.tr("works")}
        self.dissents.clear()
        for d in picture.dissents:
            self.dissents.addTopLevelItem(QTreeWidgetItem([
                d.platform, d.network, picture.names.get(d.signer, d.signer), views.get(d.view, d.view),
                str(d.others), str(d.hours), _t(d.first), _t(d.last)]))
        _fit(self.dissents)
        found = len(picture.dissents)
        self.dissent_status.setText(
            self.tr("Everyone measuring the same platform on the same network at the same time agreed.")
            if not found else self.tr("1 vantage point disagreed.") if found == 1
            else self.tr("{0} vantage points disagreed.").format(found))

    def _fill_signers(self, known: list[signers.Signer]) -> None:
        self.signer_list.clear()
        for signer in known:
            self.signer_list.addTopLevelItem(QTreeWidgetItem([
                signer.fingerprint, signer.label or "",
                self.tr("Registered") if signer.registered else self.tr("Not registered"), str(signer.bundles)]))
        _fit(self.signer_list)

    def _signer_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        """Choosing a signer puts its fingerprint (and label) in the form, to register or relabel it."""
        if item is not None:
            self.fingerprint_edit.setText(item.text(0))
            self.label_edit.setText(item.text(1))

    # ---------------------------------------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.job.stop()  # also when closed hidden: a QDialog only rejects (and so reaches done) when visible
        super().closeEvent(event)

    def done(self, code: int) -> None:
        self.job.stop()
        super().done(code)
