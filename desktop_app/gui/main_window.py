"""The main window: a tile per platform, the live chart, a banner that explains the state, and the controls."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QSystemTrayIcon,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.settings import Settings, SettingsError, save_personal, save_settings
from desktop_app.common.translatable import Words
from desktop_app.common.vocabulary import most_severe
from desktop_app.gui.banner_text import ALERT, INFO, WARNING, Banner, banner_for, unsaved_banner
from desktop_app.gui.charts.live_chart import ReachabilityChart
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.measurement_detail import EvidenceDialog
from desktop_app.gui.dialogs.verify_dialog import VerifyDialog
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.evidence_reader import EvidenceReader
from desktop_app.gui.history.view import HistoryWindow
from desktop_app.gui.icons import app_icon, state_icon
from desktop_app.gui.jobs import Job
from desktop_app.gui.live_state import LiveState
from desktop_app.gui.localtext import isolated, local_text, number
from desktop_app.gui.notifier import Notifier
from desktop_app.gui.notify_policy import ConfirmationGate
from desktop_app.gui.style import human_bytes
from desktop_app.gui.tiles import PlatformTile
from desktop_app.gui.window_memory import WindowMemory
from desktop_app.gui.window_size import fit_to_screen
from desktop_app.gui.worker import Usage
from desktop_app.probes.catalogue.model import platform_name
from desktop_app.probes.inflight import Waiting, waiting_line, waiting_list
from desktop_app.probes.summary import SweepPoint
from desktop_app.store.incidents import Incident
from desktop_app.store.log import default_db_path
from desktop_app.system import autostart

INTERVALS_MIN = (1, 2, 5, 10, 15, 30, 60)
BANNER_COLOURS = {INFO: "#E8F1FA", WARNING: "#FFF4DC", ALERT: "#FBE4DC"}


class StateBanner(QFrame):
    actionRequested = Signal(str, str)  # action, platform

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._banner: Banner | None = None
        self.hide()

    def show_banner(self, banner: Banner | None) -> None:
        self._banner = banner
        if banner is None:
            self.hide()
            return
        self.label.setText(banner.text)
        self.setStyleSheet(f"#banner {{ background: {BANNER_COLOURS[banner.level]}; border-radius: 4px; }}")
        self.button.setVisible(banner.platform is not None)
        self.button.setText(self.tr("Show evidence…"))
        self.show()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _clicked(self) -> None:
        if self._banner is not None and self._banner.platform:
            self.actionRequested.emit("evidence", self._banner.platform)


class MainWindow(QMainWindow):
    _readEvidence = Signal(str, int)  # queued into the evidence reader's thread

    def __init__(self, host: EngineHost, settings: Settings, platforms: list[tuple[str, str]], *,
                 config_dir: Path, demo: bool = False, domains: dict[str, str] | None = None,
                 default_platforms: tuple[str, ...] = (), tones: dict[str, str] | None = None,
                 personal_dir: Path | None = None) -> None:
        super().__init__()
        # Where the person's own preferences go (settings.PERSONAL_KEYS, window sizes): the config dir, except in
        # the demo, whose config dir is thrown away when it ends; it passes the real one.
        self.personal_dir = personal_dir or config_dir
        self.host = host
        self.settings = settings
        self.default_platforms = default_platforms
        self.tones = tones or {}
        self.config_dir = config_dir
        # the connectivity checks' name is a description, shown in the reader's language (platform names are not)
        self.platforms = [(pid, platform_name(name, QCoreApplication.translate)) for pid, name in platforms]
        self.names = dict(self.platforms)
        self.demo = demo
        self.domains = dict(domains or {})
        self.history_window: HistoryWindow | None = None
        self.state = LiveState()
        self.notifier = Notifier(self.names, self)
        self.confirmations = ConfirmationGate()  # a new block is announced once its follow-up confirms it
        self.notifier.enabled = settings.notifications
        self.tray: QSystemTrayIcon | None = None
        self._told_about_tray = False
        self.close_question: QMessageBox | None = None  # asked on close when there is no tray icon
        self._quitting = False
        self._selected = platforms[0][0]
        self._usage = Usage(0, 0)
        self.unsaved = 0  # sweeps the worker keeps in memory until the history can be written again
        self._evidence: list[EvidenceDialog] = []
        self._evidence_shown: dict[tuple[str, int], EvidenceDialog] = {}  # (platform, sweep) -> its open window
        self._evidence_pending: set[tuple[str, int]] = set()
        self._dialogs: list[QDialog] = []
        self._status_reason = ""
        self.sweeps_shown = 0  # sweeps received from the engine and drawn (GUI thread)
        self.sweep_running = False
        self.setWindowIcon(app_icon())
        self._build()
        self._wire()
        self._refresh_title()
        fit_to_screen(self, QSize(1200, 760))
        self.windows = WindowMemory(self.personal_dir, self)  # each window's last size and place
        self.windows.remember(self, "main")

    # ---------------------------------------------------------------------------------------------- building

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Controls"))
        toolbar.setObjectName("controls")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.probe_action = QAction(self.tr("&Probe now"), self)
        self.probe_action.setShortcut(QKeySequence("Ctrl+R"))
        self.pause_action = QAction(self.tr("P&ause"), self)
        self.pause_action.setCheckable(True)
        self.pause_action.setShortcut(QKeySequence("Ctrl+P"))
        self.history_action = QAction(self.tr("&History…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(self.tr("Look back: incidents, reachability and latency over any range"))
        self.export_action = QAction(self.tr("&Export evidence…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Write a signed evidence bundle (default: the last 24 hours)"))
        self.verify_action = QAction(self.tr("&Verify a bundle…"), self)
        self.platforms_action = QAction(self.tr("P&latforms…"), self)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        toolbar.addAction(self.probe_action)
        toolbar.addAction(self.pause_action)
        toolbar.addSeparator()
        every = QLabel(self.tr("&Every:"))
        self.interval_box = QComboBox()
        self.interval_box.setAccessibleName(self.tr("Probe interval"))
        every.setBuddy(self.interval_box)
        for minutes in INTERVALS_MIN:
            label = self.tr("1 hour") if minutes == 60 else self.tr("{0} min").format(number(minutes))
            self.interval_box.addItem(label, minutes * 60)
        self._select_interval(self.settings.interval_s)
        if self.demo:
            self.interval_box.setEnabled(False)
            self.interval_box.setToolTip(self.tr("The demo sweeps its lab every few seconds."))
        toolbar.addWidget(every)
        toolbar.addWidget(self.interval_box)
        toolbar.addSeparator()
        toolbar.addAction(self.history_action)
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.verify_action)
        self.collection_action = toolbar.addAction(self.tr("C&ollection…"))  # many people's bundles, one picture
        self.collection_action.triggered.connect(
            lambda: self._keep(self.windows.remember(_collection_window(self), "collection")))
        toolbar.addAction(self.platforms_action)
        toolbar.addAction(self.settings_action)
        for action in toolbar.actions():  # Qt drops the "…" on a toolbar button; keep it, as menus and the guide do
            if "…" in action.text():
                action.setIconText(action.text().replace("&", ""))
        for button in toolbar.findChildren(QToolButton):  # Qt leaves toolbar buttons out of the Tab chain
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.interval_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        toolbar.setStyleSheet("QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }")
        self.addAction(self.quit_action)
        self._build_menus()

        self.banner = StateBanner()
        self.tiles: dict[str, PlatformTile] = {}
        tile_box = QWidget()
        tile_layout = QVBoxLayout(tile_box)
        tile_layout.setContentsMargins(0, 0, 0, 0)
        for pid, name in self.platforms:
            tile = PlatformTile(pid, name, tone=self.tones.get(pid))
            self.tiles[pid] = tile
            tile_layout.addWidget(tile)
        tile_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(tile_box)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(380)
        self.chart = ReachabilityChart(self.platforms)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self.tr("Starting…"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("Probing… %v/%m"))
        self.progress.hide()
        self.waiting_label = QLabel()  # what a sweep that takes long still waits for
        self.waiting_label.setAccessibleName(self.tr("What the sweep still waits for"))
        self.waiting_label.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.waiting_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_menus(self) -> None:
        """Every action in a menu with its shortcut, so each is reachable by Alt and a letter alone."""
        bar = self.menuBar()
        measure = bar.addMenu(self.tr("&Measure"))
        for action in (self.probe_action, self.pause_action):
            measure.addAction(action)
        measure.addSeparator()
        measure.addAction(self.quit_action)
        evidence = bar.addMenu(self.tr("E&vidence"))
        for action in (self.history_action, self.export_action, self.verify_action, self.collection_action):
            evidence.addAction(action)
        options = bar.addMenu(self.tr("&Options"))
        for action in (self.platforms_action, self.settings_action):
            options.addAction(action)
        self.menus = (measure, evidence, options)

    def _wire(self) -> None:
        w = self.host.worker
        w.historyLoaded.connect(self.on_history)
        w.sweepStarted.connect(self.on_sweep_started)
        w.sweepProgress.connect(self.on_progress)
        w.sweepWaiting.connect(self.on_waiting)
        w.sweepFinished.connect(self.on_sweep)
        w.sweepFailed.connect(self.on_failure)
        w.statusChanged.connect(self.on_status)
        w.usageChanged.connect(self.on_usage)
        w.unsavedChanged.connect(self.on_unsaved)
        self.evidence_reader = EvidenceReader(default_db_path(self.host.data_dir))
        self.evidence_job = Job(self.evidence_reader, "vantage-evidence", self)
        self._readEvidence.connect(self.evidence_reader.read)
        self.evidence_reader.ready.connect(self.show_evidence)
        self.evidence_reader.failed.connect(self.on_failure)
        self.probe_action.triggered.connect(self.probe_now)
        self.pause_action.toggled.connect(self.on_pause)
        self.settings_action.triggered.connect(self.open_settings)
        self.history_action.triggered.connect(self.open_history)
        self.export_action.triggered.connect(lambda: self.open_export())
        self.verify_action.triggered.connect(lambda: self.open_verify())
        self.platforms_action.triggered.connect(self.open_settings)  # the first page chooses the platforms
        self.quit_action.triggered.connect(self.quit)
        self.interval_box.activated.connect(self.on_interval)
        for tile in self.tiles.values():
            tile.selected.connect(self.select_platform)
            tile.activated.connect(self.open_latest_evidence)
        self.chart.selectedChanged.connect(self.select_platform)
        self.chart.pointActivated.connect(self.on_point)
        self.banner.actionRequested.connect(lambda _action, pid: self.open_latest_evidence(pid))

    def _select_interval(self, seconds: int) -> None:
        index = self.interval_box.findData(seconds)
        if index < 0:
            self.interval_box.addItem(self.tr("{0} s").format(number(seconds)), seconds)
            index = self.interval_box.count() - 1
        self.interval_box.setCurrentIndex(index)

    # ---------------------------------------------------------------------------------------------- tray

    def attach_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        from PySide6.QtWidgets import QMenu
        tray = QSystemTrayIcon(app_icon(), self)
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open Vantage"))
        open_action.triggered.connect(self.bring_to_front)
        menu.addAction(self.probe_action)
        menu.addAction(self.pause_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda reason: self.bring_to_front()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.notifier.notified.connect(lambda title, text: tray.showMessage(title, text, tray.icon(), 10000))
        tray.show()
        self.tray = tray

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # ---------------------------------------------------------------------------------------------- engine

    @Slot(list)
    def on_history(self, points: list[SweepPoint]) -> None:
        self.chart.load(points)
        self.state.load(points)
        self.confirmations.load(points)
        self._refresh()

    @Slot()
    def on_sweep_started(self) -> None:
        self.sweep_running = True
        self.progress.setRange(0, 0)
        self.progress.show()

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def on_waiting(self, waiting: Waiting) -> None:
        words = Words(QCoreApplication.translate, isolated)
        self.waiting_label.setText(waiting_line(waiting, words))
        self.waiting_label.setToolTip(waiting_list(waiting, words))
        self.waiting_label.setVisible(bool(waiting.items) and self.sweep_running)

    def _clear_waiting(self) -> None:
        self.waiting_label.clear()
        self.waiting_label.hide()

    @Slot(object)
    def on_sweep(self, point: SweepPoint) -> None:
        self.sweep_running = False
        self.sweeps_shown += 1
        self.progress.hide()
        self._clear_waiting()
        self.chart.add_sweep(point)
        self.state.ingest(point)
        self.notifier.changes(self.confirmations.ingest(point))
        self._refresh()

    @Slot(str)
    def on_failure(self, sentence: str) -> None:
        self.progress.hide()
        self._clear_waiting()
        self.statusBar().showMessage(sentence, 15000)

    @Slot(str)
    def on_status(self, reason: str) -> None:
        self._status_reason = reason
        self._refresh_status()

    @Slot(int)
    def on_unsaved(self, count: int) -> None:
        self.unsaved = count
        self._refresh()

    @Slot(object)
    def on_usage(self, usage: Usage) -> None:
        self._usage = usage
        self._refresh_status()

    def _refresh(self) -> None:
        for pid, tile in self.tiles.items():
            s = self.state.platforms.get(pid)
            if s is not None:
                tile.show_point(s.point, s.since, selected=pid == self._selected,
                                unconfirmed=self.confirmations.pending(pid))
        in_banner = lambda text: QCoreApplication.translate("Banner", text)  # noqa: E731 - used twice below
        self.banner.show_banner(unsaved_banner(self.unsaved, in_banner) if self.unsaved else
                                banner_for(self.state, self.names, in_banner, self.confirmations.pending_ids()))
        self._refresh_title()
        self._refresh_status()
        if self.tray is not None:
            self.tray.setIcon(state_icon(self._overall()))
            self.tray.setToolTip(self.windowTitle())

    def _overall(self) -> str:
        latest = self.state.latest
        if latest is None:
            return "ok"
        if latest.network_state != "online":
            return latest.network_state
        return most_severe(s.point.verdict for pid, s in self.state.platforms.items() if pid != "control")

    def _refresh_title(self) -> None:
        title = "Vantage"
        if self.demo:
            title += self.tr(" (demo)")
        latest = self.state.latest
        if latest is not None:
            if latest.network_state == "offline":
                title += self.tr(" — offline")
            elif latest.network_state == "captive_portal":
                title += self.tr(" — captive portal")
            else:
                pending = self.confirmations.pending_ids()  # not named until their follow-up confirms them
                blocked = [p for p in self.state.affected() if self.state.platforms[p].point.verdict
                           not in ("inconclusive", "platform_down") and p not in pending]
                if blocked:
                    title += self.tr(" — {0} blocked").format(", ".join(self.names.get(p, p) for p in blocked))
                elif not pending:
                    title += self.tr(" — all platforms reachable")
        self.setWindowTitle(title)

    def _refresh_status(self) -> None:
        parts = []
        latest = self.state.latest
        if latest is not None:
            parts.append(self.tr("Last sweep {0}").format(local_text(latest.started_at)))
            if latest.asn or latest.country:
                parts.append(" ".join(x for x in (latest.asn, latest.country) if x))
        parts.append(self.tr("Data: last sweep {0}, today {1}").format(  # isolated: "0 B" stays "0 B" in Urdu
            isolated(human_bytes(self._usage.last_sweep_bytes)), isolated(human_bytes(self._usage.today_bytes))))
        if self._status_reason:
            parts.append(self.tr(self._status_reason))
        self.status_label.setText(" · ".join(parts))

    # ---------------------------------------------------------------------------------------------- actions

    @Slot()
    def probe_now(self) -> None:
        if self.pause_action.isChecked():  # the engine ignores it while paused: say so rather than do nothing
            self.statusBar().showMessage(self.tr("Paused: choose Resume (Ctrl+P) to measure again."), 10000)
        else:
            self.statusBar().showMessage(self.tr("Measuring now…"), 5000)
        self.host.probe_now()

    @Slot(bool)
    def on_pause(self, paused: bool) -> None:
        self.pause_action.setText(self.tr("Res&ume") if paused else self.tr("P&ause"))
        self.host.set_paused(paused)

    @Slot(int)
    def on_interval(self, index: int) -> None:
        seconds = int(self.interval_box.itemData(index))
        self.settings = self.settings.changed(interval_s=seconds)
        if not self.demo:
            save_settings(self.settings, self.config_dir)
        self.host.apply_settings(self.settings)

    @Slot(str)
    def select_platform(self, platform: str) -> None:
        if platform not in self.tiles:
            return
        self._selected = platform
        for pid, tile in self.tiles.items():
            tile.set_selected(pid == platform)
        self.chart.set_selected(platform)

    @Slot(str)
    def open_latest_evidence(self, platform: str) -> None:
        latest = self.state.latest
        if latest is not None and latest.seq is not None:
            self.request_evidence(platform, latest.seq)

    @Slot(str, object)
    def on_point(self, platform: str, point: SweepPoint) -> None:
        if point.seq is not None:
            self.request_evidence(platform, point.seq)

    def request_evidence(self, platform: str, seq: int) -> None:
        """Open the stored evidence of one sweep at once (read beside the engine, never behind it), or raise the
        window already showing it: a second click never opens a second window."""
        shown = self._evidence_shown.get((platform, seq))
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return
        if (platform, seq) in self._evidence_pending:
            return
        self._evidence_pending.add((platform, seq))
        self.evidence_job.submit(self._readEvidence, platform, seq)

    @Slot(str, object, list)
    def show_evidence(self, platform: str, point: SweepPoint, records: list[dict[str, Any]]) -> None:
        key = (platform, point.seq if point.seq is not None else -1)
        self._evidence_pending.discard(key)
        p = point.platforms.get(platform)
        if p is None or key in self._evidence_shown:
            return
        dialog = EvidenceDialog(self.names.get(platform, platform), p, point.started_at, records, self)
        if self.sweep_running:
            dialog.set_note(self.tr("A newer sweep is in progress; this is the last stored one. Its result will "
                                    "appear in the main window when it ends."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog, k=key: self._forget_evidence(d, k))
        self._evidence.append(dialog)
        self._evidence_shown[key] = dialog
        self.windows.remember(dialog, "evidence")
        dialog.show()

    def _forget_evidence(self, dialog: EvidenceDialog, key: tuple[str, int]) -> None:
        if dialog in self._evidence:
            self._evidence.remove(dialog)
        self._evidence_shown.pop(key, None)

    @Slot()
    def open_settings(self) -> None:
        from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
        note = self.tr("This is the demo: your choice of language is kept for Vantage itself; the other settings "
                       "last until the demo ends.") if self.demo else ""
        dialog = SettingsDialog(self.settings, self.config_dir, [p for p in self.platforms if p[0] != "control"],
                                usage=self._usage, parent=self, default_platforms=self.default_platforms, note=note)
        dialog.settingsSaved.connect(self.apply_settings)
        dialog.open()

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        previous = self.settings
        self.settings = settings
        self.notifier.enabled = settings.notifications
        if settings.autostart != previous.autostart or settings.autostart != autostart.is_enabled():
            self._apply_autostart(settings.autostart)
        self._select_interval(settings.interval_s)
        self.host.apply_settings(settings)
        if self.personal_dir != self.config_dir:
            try:
                save_personal(settings, self.personal_dir)
            except (SettingsError, OSError) as exc:
                reason = exc.sentence if isinstance(exc, SettingsError) else str(exc)
                self.status_label.setText(self.tr("Your language could not be saved for Vantage itself: {0}")
                                          .format(reason))

    def _apply_autostart(self, wanted: bool) -> None:
        """Write or remove the system's start-at-login entry; a failure is said, never fatal."""
        try:
            if wanted:
                autostart.enable(autostart.default_command())
            else:
                autostart.disable()
        except (autostart.AutostartError, OSError) as exc:
            self.status_label.setText(self.tr("Start at login could not be changed: {0}").format(exc))

    # ---------------------------------------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            self.shutdown()
            event.accept()
            return
        event.ignore()  # closing the window never stops probing by surprise
        if self.tray is not None:
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.showMessage("Vantage", self.tr("Vantage keeps measuring in the background. "
                                                         "Quit it from this icon's menu."),
                                      self.tray.icon(), 8000)
        else:
            self.ask_how_to_close()

    def ask_how_to_close(self) -> QMessageBox:
        """Without a tray icon a hidden window could not be found again: ask whether to quit or to minimise.
        Shown with open(), never exec(), so nothing waits on it; the answer arrives by its button."""
        if self.close_question is not None:
            self.close_question.raise_()
            return self.close_question
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Vantage?"),
                          self.tr("Vantage has no tray icon on this desktop. Quit and stop probing, or keep it "
                                  "running minimised?"), QMessageBox.StandardButton.NoButton, self)
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        minimise = box.addButton(self.tr("&Minimise"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(minimise)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: QAbstractButton) -> None:
            self.close_question = None
            if button is quit_button:
                self.quit()
            elif button is minimise:
                self.showMinimized()

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _r: setattr(self, "close_question", None))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_question = box
        box.open()
        return box

    @Slot()
    def quit(self) -> None:
        self._quitting = True
        self.shutdown()
        self.close()
        from PySide6.QtWidgets import QApplication
        QApplication.quit()

    def open_export(self, since: float | None = None, until: float | None = None,
                    chosen: Sequence[str] | None = None, incident: Incident | None = None) -> ExportDialog:
        dialog = ExportDialog(default_db_path(self.host.data_dir), self.config_dir, self.platforms, since=since,
                              until=until, chosen=chosen, incident=incident, tsa_url=self.settings.tsa_url,
                              timestamp=self.settings.timestamp_bundles, parent=self)
        self._keep(dialog)
        return dialog

    def open_verify(self, path: str = "") -> VerifyDialog:
        dialog = VerifyDialog(path, parent=self)
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.show()

    def open_history(self) -> HistoryWindow:
        if self.history_window is None:
            self.history_window = HistoryWindow(default_db_path(self.host.data_dir), self.platforms, self.domains,
                                                export=self.open_export, tones=self.tones,
                                                remember=self.windows.remember)
            self.windows.remember(self.history_window, "history")
        else:
            self.history_window.reload()
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()
        return self.history_window

    def shutdown(self) -> bool:
        """Stop the engine (within 2 s) before the window goes; nothing committed is lost."""
        if self.isVisible():  # Ctrl-C or a logout ends the app without hiding the window first
            self.windows.save(self, "main")
        for dialog in [*self._evidence, *self._dialogs]:
            dialog.close()
        if self.history_window is not None:
            self.history_window.close()
            self.history_window.host.stop()
        if self.tray is not None:
            self.tray.hide()
        reader_stopped = self.evidence_job.stop()
        return self.host.stop() and reader_stopped


def _collection_window(parent: QWidget) -> QDialog:
    from desktop_app.gui.collection.window import CollectionWindow  # loaded on first use: DuckDB is big
    return CollectionWindow(parent=parent)
