"""The History window: a range and platform filter, the chart, each platform's reachable share, and incidents.

Blocking verdicts that no later observation confirmed (store/confirmation.py) are never incidents: the chart rings
them, and they are listed apart on their own tab, as unconfirmed.

Every query runs on the history loader's thread; this window only sends requests and draws answers, so opening a
year of history never freezes it.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.ooni_explorer import compare_url
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence.export.bundle import ExportRequest
from desktop_app.gui.banner_text import roles_text
from desktop_app.gui.charts.history_chart import HistoryChart
from desktop_app.gui.dialogs.measurement_detail import EvidenceDialog
from desktop_app.gui.history.loader import HistoryHost, HistoryResult, IncidentEvidence, SweepEvidence
from desktop_app.gui.localtext import duration_text, html_dir, local_text, ltr, number, plural
from desktop_app.gui.open_link import open_or_show
from desktop_app.gui.style import style_of, verdict_words
from desktop_app.gui.window_size import fit_to_screen
from desktop_app.probes.catalogue.model import platform_name
from desktop_app.store.confirmation import STATUS_WORDS
from desktop_app.store.incidents import Findings, Incident, UnconfirmedVerdict
from desktop_app.store.sweep_index import CONNECTION_ID

RANGES: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last hour"), 3600.0),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last day"), 86400.0),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last week"), 7 * 86400.0),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last 30 days"), 30 * 86400.0),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Last year"), 365 * 86400.0),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Custom…"), None))
DEFAULT_RANGE = 1  # the last day
ZOOM_MARGIN = 0.15  # around an incident, this share of its length on each side


def opening_range(span: tuple[float, float] | None, now: float) -> int | tuple[float, float]:
    """The range History opens on: the smallest preset that holds the history, or, when the history would be a
    sliver of it (under a quarter), the history itself with a little room before it, up to now."""
    if span is None:
        return DEFAULT_RANGE
    length = max(now - span[0], 60.0)
    for index, (_, preset) in enumerate(RANGES):
        if preset is not None and length <= preset:
            if length >= preset / 4:
                return index
            return (span[0] - max(length * 0.1, 60.0), now)
    return len(RANGES) - 2  # more than a year: the last year


def scope_text(scope: str | None, roles: Sequence[str]) -> str:
    """How much of the platform a verdict or incident concerns, in words ("Only media was affected"); empty when
    the sweeps did not record it (older ones) or for the whole connection."""
    if scope == "partial" and roles:
        return QCoreApplication.translate("HistoryWindow", "Only {0} was affected").format(
            roles_text(tuple(roles), lambda text: QCoreApplication.translate("Banner", text)))
    if scope == "whole":
        return QCoreApplication.translate("HistoryWindow", "The whole platform was affected")
    return ""


def _item(text: str, sort_key: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if sort_key is not None:
        item.setData(Qt.ItemDataRole.UserRole + 1, sort_key)
    return item


class RowsModel(QAbstractTableModel):
    """A read-only table of records as a model: a year holds thousands, and a view only asks for the rows on
    screen. Subclasses name their translation context, their columns and each cell's text."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.text(index.row(), index.column())

    def text(self, row: int, column: int) -> str:
        raise NotImplementedError


class UnconfirmedModel(RowsModel):
    """The blocking verdicts that made no incident: seen once and refuted, or awaiting their follow-up."""

    CONTEXT = "UnconfirmedModel"
    COLUMNS = (QT_TRANSLATE_NOOP("UnconfirmedModel", "Platform"), QT_TRANSLATE_NOOP("UnconfirmedModel", "Seen"),
               QT_TRANSLATE_NOOP("UnconfirmedModel", "Technique"), QT_TRANSLATE_NOOP("UnconfirmedModel", "Status"),
               QT_TRANSLATE_NOOP("UnconfirmedModel", "Affected"), QT_TRANSLATE_NOOP("UnconfirmedModel", "Network"))

    def text(self, row: int, column: int) -> str:
        u: UnconfirmedVerdict = self.rows[row]
        if column == 0:
            return self.names.get(u.platform, u.platform)
        if column == 1:
            return local_text(u.started_at)
        if column == 2:
            return f"{style_of(u.verdict).symbol} {verdict_words(u.verdict)}"
        if column == 3:
            return QCoreApplication.translate("Confirmation", STATUS_WORDS.get(u.status, u.status))
        if column == 4:
            return scope_text(u.scope, u.roles)
        return u.network


class IncidentModel(RowsModel):
    """The incidents table."""

    CONTEXT = "IncidentModel"
    COLUMNS = (QT_TRANSLATE_NOOP("IncidentModel", "Platform"), QT_TRANSLATE_NOOP("IncidentModel", "Start"),
               QT_TRANSLATE_NOOP("IncidentModel", "End"), QT_TRANSLATE_NOOP("IncidentModel", "Duration"),
               QT_TRANSLATE_NOOP("IncidentModel", "Technique"), QT_TRANSLATE_NOOP("IncidentModel", "Affected"),
               QT_TRANSLATE_NOOP("IncidentModel", "Failing sweeps"),
               QT_TRANSLATE_NOOP("IncidentModel", "Network"))

    def text(self, row: int, column: int) -> str:
        incident: Incident = self.rows[row]
        if column == 0:
            return self.names.get(incident.platform, incident.platform)
        if column == 1:
            return local_text(incident.start)
        if column == 2:
            return QCoreApplication.translate("IncidentModel", "ongoing") if incident.end is None \
                else local_text(incident.end)
        if column == 3:
            return duration_text(incident.duration_s)
        if column == 4:
            style = style_of(incident.technique)
            return f"{style.symbol} {verdict_words(incident.technique)}"
        if column == 5:
            return scope_text(incident.scope, incident.roles)
        if column == 6:
            return number(incident.sweeps)
        return ", ".join(incident.networks)


class HistoryWindow(QWidget):
    rendered = Signal(float)  # milliseconds from request to drawn, for the benchmark and tests

    def __init__(self, db_path: Path, platforms: Sequence[tuple[str, str]], domains: dict[str, str] | None = None,
                 parent: QWidget | None = None, clock: Callable[[], float] = time.time,
                 export: Callable[..., object] | None = None, tones: dict[str, str] | None = None,
                 initial_range: int | None = None, remember: Callable[[QWidget, str], object] | None = None
                 ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.remember = remember  # gives an evidence window its last size and place (gui/window_memory.py)
        self.tones = dict(tones or {})  # each platform's colour, from resources/platforms.toml
        self.setWindowTitle(self.tr("Vantage — History"))
        self.names = {CONNECTION_ID: self.tr("Whole connection"),
                      **{pid: platform_name(name, QCoreApplication.translate) for pid, name in platforms}}
        self.order = [CONNECTION_ID, *[pid for pid, _ in platforms]]
        self.domains = dict(domains or {})
        self.now = clock
        self._export = export
        self.host = HistoryHost(db_path)
        self.host.loader.loaded.connect(self._loaded)
        self.host.finder.incidentsLoaded.connect(self._incidents_loaded)
        self.host.finder.failedRequest.connect(self._failed)
        self.host.loader.evidenceLoaded.connect(self._evidence_loaded)
        self.host.loader.spanLoaded.connect(self._span_loaded)
        self.host.loader.failedRequest.connect(self._failed)
        self.result: HistoryResult | None = None
        self.incidents: list[Incident] = []
        self.unconfirmed: list[UnconfirmedVerdict] = []  # blocking verdicts that made no incident
        self.selected_incident: Incident | None = None
        self.evidence: IncidentEvidence | None = None
        self.loads = 0  # charts drawn (tests and the benchmark wait on this)
        self.incident_loads = 0  # incident lists shown
        self._pending = 0
        self._pending_evidence = 0
        self._pending_span = -1
        self._loaded_request = self._incidents_request = -1
        self._requested_at = 0.0
        self._dialogs: list[EvidenceDialog] = []
        self._build()
        fit_to_screen(self, QSize(1200, 820))
        if initial_range is not None:
            self.range_box.setCurrentIndex(initial_range)
            self._show_dates(*self.current_range())
            self.reload()
        else:  # first ask where the history holds data, then open on a range that shows it
            self.status.setText(self.tr("Loading…"))
            self._pending_span = self.host.request_span(self.now() - RANGES[-2][1])  # type: ignore[operator]

    # ---------------------------------------------------------------------------------------------- building

    def _build(self) -> None:
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(self.tr("Range"))
        for label, _ in RANGES:
            self.range_box.addItem(self.tr(label))
        self.range_box.setCurrentIndex(DEFAULT_RANGE)
        self.since_edit, self.until_edit = QDateTimeEdit(), QDateTimeEdit()
        for edit, name in ((self.since_edit, self.tr("From")), (self.until_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            # left to right before the format: Qt reverses an RTL edit's sections as the format is set (01:42 -> 42:01)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setAccessibleName(name)
        self.platform_box = QComboBox()
        self.platform_box.setAccessibleName(self.tr("Platform"))
        self.platform_box.addItem(self.tr("All platforms"), None)
        for pid in self.order:
            self.platform_box.addItem(self.names[pid], pid)
        self.blips_box = QCheckBox(self.tr("Show one-off &inconclusive results"))
        self.status = QLabel()
        self.range_error = QLabel()
        self.range_error.setStyleSheet("color: #B00020")
        self.range_error.setAccessibleName(self.tr("Range problem"))
        self.range_error.hide()
        self._valid_range: tuple[float, float] | None = None
        range_label, platform_label = QLabel(self.tr("&Range:")), QLabel(self.tr("P&latform:"))
        range_label.setBuddy(self.range_box)
        platform_label.setBuddy(self.platform_box)
        top = QHBoxLayout()
        for w in (range_label, self.range_box, QLabel(self.tr("From")), self.since_edit, QLabel(self.tr("to")),
                  self.until_edit, platform_label, self.platform_box, self.blips_box):
            top.addWidget(w)
        top.addStretch(1)
        status_row = QHBoxLayout()  # a row of its own: the filters alone already fill a 1280-pixel screen
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.range_error)
        self.export_button = QPushButton(self.tr("&Export evidence…"))
        self.export_button.setToolTip(self.tr("A signed bundle of the incident chosen below, or else of the range "
                                              "and platform shown"))
        self.export_button.setEnabled(self._export is not None)
        self.export_button.clicked.connect(self.export_shown)
        status_row.addWidget(self.export_button)

        self.chart = HistoryChart(tones=self.tones)
        self.shares = QTableWidget(0, 4)
        self.shares.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Reachable"), self.tr("Sweeps"),
                                               self.tr("Most common problem")])
        self.shares.setAccessibleName(self.tr("Share of time each platform was reachable"))
        self.unconfirmed_model = UnconfirmedModel(self.names, self)
        self.unconfirmed_table = QTableView()
        self.unconfirmed_table.setModel(self.unconfirmed_model)
        self.unconfirmed_table.setAccessibleName(self.tr("Blocks seen once and not confirmed; never incidents"))
        self.unconfirmed_table.setToolTip(self.tr("A block seen in one sweep only: the check about a minute later "
                                                  "(or the next sweep) did not see it again, or has yet to run. "
                                                  "It is kept here, never as an incident or a notification."))
        self.incident_model = IncidentModel(self.names, self)
        self.incident_table = QTableView()
        self.incident_table.setModel(self.incident_model)
        self.incident_table.setAccessibleName(self.tr("Incidents"))
        for table in (self.shares, self.incident_table, self.unconfirmed_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.shares.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in enumerate((150, 200, 200, 90, 260, 180, 100)):
            self.incident_table.setColumnWidth(column, width)
        for column, width in enumerate((150, 200, 200, 360, 180)):
            self.unconfirmed_table.setColumnWidth(column, width)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Incident details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self.open_link)
        self.details.setPlaceholderText(self.tr("Choose an incident to zoom to it and see its evidence."))
        self.first_button = QPushButton(self.tr("&First measurement…"))
        self.last_button = QPushButton(self.tr("La&st measurement…"))
        self.compare_button = QPushButton(self.tr("&Compare with other measurements"))
        self.compare_button.setToolTip(self.tr("Opens OONI Explorer's search for the same country, network and "
                                               "days in your browser. Vantage itself sends nothing."))
        for b in (self.first_button, self.last_button, self.compare_button):
            b.setEnabled(False)
        buttons = QHBoxLayout()
        for b in (self.first_button, self.last_button, self.compare_button):
            buttons.addWidget(b)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_layout.addLayout(buttons)
        incidents_split = QSplitter(Qt.Orientation.Horizontal)
        incidents_split.addWidget(self.incident_table)
        incidents_split.addWidget(detail_box)
        incidents_split.setStretchFactor(0, 3)
        incidents_split.setStretchFactor(1, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(incidents_split, self.tr("&Incidents"))
        self.tabs.addTab(self.unconfirmed_table, self.tr("&Unconfirmed"))
        self.tabs.addTab(self.shares, self.tr("Reachable &share"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(split, 1)

        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.platform_box.currentIndexChanged.connect(lambda _: self.reload())
        self.blips_box.toggled.connect(self._blips_toggled)
        self.since_edit.editingFinished.connect(self._dates_edited)
        self.until_edit.editingFinished.connect(self._dates_edited)
        self.incident_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.select_incident_row(current.row()))
        self.first_button.clicked.connect(lambda: self.show_sweep_evidence(first=True))
        self.last_button.clicked.connect(lambda: self.show_sweep_evidence(first=False))
        self.compare_button.clicked.connect(self.open_compare)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # ------------------------------------------------------------------------------------------------ queries

    def current_range(self) -> tuple[float, float]:
        span = RANGES[self.range_box.currentIndex()][1]
        if span is None:
            return (self.since_edit.dateTime().toSecsSinceEpoch(), self.until_edit.dateTime().toSecsSinceEpoch())
        now = self.now()
        return now - span, now

    def current_platforms(self) -> list[str] | None:
        pid = self.platform_box.currentData()
        return None if pid is None else [pid]

    def _range_changed(self, index: int) -> None:
        if RANGES[index][1] is not None:
            self._show_dates(*self.current_range())  # From/To say what the preset means
        self.reload()

    def _show_dates(self, since: float, until: float) -> None:
        for edit, epoch in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(epoch)))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        """Editing From or To makes the range custom; dates that are unchanged leave the preset alone."""
        shown = (self.since_edit.dateTime().toSecsSinceEpoch(), self.until_edit.dateTime().toSecsSinceEpoch())
        if self._valid_range is not None and shown == tuple(int(t) for t in self._valid_range):
            return
        custom = len(RANGES) - 1
        if self.range_box.currentIndex() != custom:
            self.range_box.blockSignals(True)
            self.range_box.setCurrentIndex(custom)
            self.range_box.blockSignals(False)
        self.reload()

    @Slot(int, object)
    def _span_loaded(self, request: int, span: tuple[float, float] | None) -> None:
        if request != self._pending_span:
            return
        self.apply_range(opening_range(span, self.now()))

    def apply_range(self, chosen: int | tuple[float, float]) -> None:
        """Show a preset (its index) or a custom (since, until)."""
        self.range_box.blockSignals(True)
        self.range_box.setCurrentIndex(chosen if isinstance(chosen, int) else len(RANGES) - 1)
        self.range_box.blockSignals(False)
        self._show_dates(*(self.current_range() if isinstance(chosen, int) else chosen))
        self.reload()

    def reload(self) -> None:
        since, until = self.current_range()
        if until <= since:
            # refuse it, and keep drawing the last range that made sense
            self.range_error.setText(self.tr("“From” must be before “To”; still showing the last valid range."))
            self.range_error.show()
            if self._valid_range is not None:
                self._show_dates(*self._valid_range)
            return
        self.range_error.hide()
        self._valid_range = (since, until)
        self._requested_at = time.perf_counter()
        self._pending = self.host.request(since, until, self.current_platforms())
        self.chart.forget_findings()
        self.status.setText(self.tr("Loading…"))

    # ---------------------------------------------------------------------------------------------- answers

    @Slot(int, object)
    def _loaded(self, request: int, result: HistoryResult) -> None:
        if request != self._pending:
            return  # an older range: a newer answer is on its way
        self.result = result
        shown = self.current_platforms()
        rows = [(pid, self.names.get(pid, pid)) for pid in self.order
                if (shown is None or pid in shown)]
        rows += [(pid, pid) for pid in sorted(result.series.platforms) if pid not in self.names
                 and (shown is None or pid in shown)]
        self.chart.show_series(result.series, rows)
        self._fill_shares(rows)
        self.loads += 1
        self._loaded_request = request
        self._show_status()
        self.rendered.emit((time.perf_counter() - self._requested_at) * 1000)

    def _sweeps(self) -> int:
        if self.result is None:
            return 0
        return max((s.sweeps for s in self.result.series.platforms.values()), default=0)

    @Slot(int, object)
    def _incidents_loaded(self, request: int, findings: Findings) -> None:
        if request != self._pending:
            return
        self.incidents = findings.incidents
        self.unconfirmed = findings.unconfirmed
        self._fill_incidents()
        self.unconfirmed_model.set_rows(self.unconfirmed)
        self.incident_loads += 1
        self._incidents_request = request
        self._show_status()

    def _show_status(self) -> None:
        """The two answers of a request arrive in either order; say what is known so far."""
        if self._loaded_request != self._pending:
            self.status.setText(self.tr("Loading…"))
        elif self._incidents_request != self._pending:
            self.status.setText(self._sweeps_text() + " · " + self.tr("finding incidents…"))
        else:
            found = len(self.incident_model.rows)
            incidents = self.tr("1 incident") if found == 1 else self.tr("{0} incidents").format(number(found))
            doubts = len(self.unconfirmed)
            if doubts:
                incidents += " · " + (self.tr("1 unconfirmed block") if doubts == 1 else
                                      self.tr("{0} unconfirmed blocks").format(number(doubts)))
            self.status.setText(self._sweeps_text() + " · " + incidents)

    def _sweeps_text(self) -> str:
        n = self._sweeps()
        return self.tr("1 sweep") if n == 1 else self.tr("{0} sweeps").format(number(n))

    @Slot(int, str)
    def _failed(self, request: int, sentence: str) -> None:
        if request in (self._pending, self._pending_evidence):
            self.status.setText(sentence)

    def _fill_shares(self, rows: list[tuple[str, str]]) -> None:
        assert self.result is not None
        self.shares.setRowCount(0)
        for pid, name in rows:
            data = self.result.series.platforms.get(pid)
            if data is None or not data.sweeps:
                continue
            r = self.shares.rowCount()
            self.shares.insertRow(r)
            problems = {v: n for v, n in data.totals.items() if v != "ok"}
            worst = max(problems, key=lambda v: problems[v]) if problems else ""
            share = data.ok_share or 0.0
            self.shares.setItem(r, 0, _item(name))
            self.shares.setItem(r, 1, _item(f"{share * 100:.1f} %"))
            self.shares.setItem(r, 2, _item(str(data.sweeps)))
            self.shares.setItem(r, 3, _item(verdict_words(worst) if worst else "—"))

    def visible_incidents(self) -> list[Incident]:
        return [i for i in self.incidents if self.blips_box.isChecked() or not i.is_blip]

    def _blips_toggled(self, _shown: bool) -> None:
        self._fill_incidents()
        self._show_status()

    def _fill_incidents(self) -> None:
        shown = self.visible_incidents()
        self.chart.show_findings(shown, self.unconfirmed)
        self.incident_model.set_rows(shown)
        self.selected_incident = None
        self.details.clear()
        for b in (self.first_button, self.last_button, self.compare_button):
            b.setEnabled(False)

    # ---------------------------------------------------------------------------------------------- incidents

    def select_incident_row(self, row: int) -> None:
        shown = self.incident_model.rows
        if not 0 <= row < len(shown):
            return
        incident = shown[row]
        self.selected_incident = incident
        now = self.now()
        end = incident.end if incident.end is not None else now
        margin = max(300.0, (end - incident.start) * ZOOM_MARGIN)
        right = end + margin
        if right >= now:  # an ongoing or recent incident: the chart stops at now, never in the future
            self.chart.zoom(incident.start - margin, now, padding=0.0)
        else:
            self.chart.zoom(incident.start - margin, right)
        self.evidence = None
        self.details.setHtml(self._incident_html(incident, None))
        self.compare_button.setEnabled(True)
        self.first_button.setEnabled(False)
        self.last_button.setEnabled(False)
        self._pending_evidence = self.host.request_evidence(incident)

    @Slot(int, object)
    def _evidence_loaded(self, request: int, evidence: IncidentEvidence) -> None:
        if request != self._pending_evidence:
            return
        self.evidence = evidence
        self.details.setHtml(self._incident_html(evidence.incident, evidence))
        self.first_button.setEnabled(True)
        self.last_button.setEnabled(True)

    def _incident_html(self, incident: Incident, evidence: IncidentEvidence | None) -> str:
        name = html.escape(self.names.get(incident.platform, incident.platform))
        style = style_of(incident.technique)
        end = self.tr("ongoing") if incident.end is None else local_text(incident.end)
        lines = [f"<h3>{name}: {style.symbol} {html.escape(verdict_words(incident.technique))}</h3>",
                 f"<p>{local_text(incident.start)} → {end} ({duration_text(incident.duration_s)})<br>",
                 plural(self.tr("%Ln failing sweep(s)", "", incident.sweeps), incident.sweeps) + " ("
                 + plural(self.tr("%Ln endpoint measurement(s)", "", incident.measurements), incident.measurements)
                 + ")"]
        if incident.ok_within:
            lines.append("<br>" + plural(self.tr("%Ln sweep(s) in between found it reachable", "",
                                                 incident.ok_within), incident.ok_within))
        if not incident.recovered and incident.end is not None:
            lines.append("<br>" + self.tr("Measuring stopped before it was seen reachable again."))
        others = {v: n for v, n in incident.techniques.items() if v != incident.technique}
        if others:
            lines.append("<br>" + self.tr("Also seen: ") + ", ".join(
                f"{html.escape(verdict_words(v))} ({n})" for v, n in others.items()))
        scope = scope_text(incident.scope, incident.roles)
        if scope:
            lines.append("<br>" + html.escape(scope))
        lines.append("<br>" + self.tr("Network: ") + html.escape(", ".join(incident.networks)) + "</p>")
        if evidence is not None:
            for title, sweep in ((self.tr("First measurement"), evidence.first),
                                 (self.tr("Last measurement"), evidence.last)):
                lines.append(f"<h4>{title} · {local_text(sweep.started_at)}</h4><ul>")
                for record in sweep.records[:12]:
                    v = style_of(record.get("verdict", "inconclusive"))
                    reason = html.escape(record.get("reason", "") or "")
                    lines.append(f"<li>{v.symbol} {html.escape(ltr(record.get('url', '')))}"
                                 + (f" — {reason}" if reason else "") + "</li>")
                if len(sweep.records) > 12:
                    lines.append("<li>" + self.tr("… {0} more").format(number(len(sweep.records) - 12)) + "</li>")
                lines.append("</ul>")
        return f"<div{html_dir()}>" + "".join(lines) + "</div>"  # right to left in Urdu and Persian

    def export_request(self) -> tuple[float, float, list[str] | None, Incident | None]:
        """What "Export evidence…" preselects: the chosen incident, else the range and platform on screen."""
        incident = self.selected_incident
        if incident is not None:
            request = ExportRequest.for_incident(incident, now=self.now())
            return (request.since, request.until, None if request.platforms is None else list(request.platforms),
                    incident)
        since, until = self.current_range()
        return since, until, self.current_platforms(), None

    def export_shown(self) -> None:
        if self._export is not None:
            since, until, chosen, incident = self.export_request()
            self._export(since, until, chosen, incident)

    def compare_link(self) -> str | None:
        if self.selected_incident is None:
            return None
        return compare_url(self.selected_incident, self.domains.get(self.selected_incident.platform), self.now())

    def open_compare(self) -> None:
        url = self.compare_link()
        if url:
            open_or_show(QUrl(url), self)

    def open_link(self, url: QUrl) -> None:
        open_or_show(url, self)

    def show_sweep_evidence(self, first: bool) -> EvidenceDialog | None:
        if self.evidence is None:
            return None
        sweep: SweepEvidence = self.evidence.first if first else self.evidence.last
        point = sweep.point
        dialog = EvidenceDialog(self.names.get(point.platform, point.platform), point, sweep.started_at,
                                sweep.records, self)
        dialog.finished.connect(lambda _=0, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        self._dialogs.append(dialog)
        if self.remember is not None:
            self.remember(dialog, "evidence")
        dialog.show()
        return dialog

    # ---------------------------------------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.host.stop()
        super().closeEvent(event)
