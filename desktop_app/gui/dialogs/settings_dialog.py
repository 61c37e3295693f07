"""The settings dialog, built from the settings declared once in desktop_app/app/settings.py.

Values are checked by the same rules the engine uses; a refused value is explained next to its field and
nothing is saved until every value is valid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.settings import MAX_INTERVAL_S, MIN_INTERVAL_S, SPECS, Settings, SettingsError, Spec, save_settings
from desktop_app.gui.style import human_bytes
from desktop_app.gui.worker import Usage
from desktop_app.probes.catalogue.loader import import_citizenlab_csv
from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.probes.catalogue.targets_file import add_target, imported_lists, read_targets, remove_target

ERROR_STYLE = "color: #B00020;"


class ListEditor(QWidget):
    """An editable list of strings (add, remove, move up/down), for the DoH resolvers."""

    def __init__(self, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # URLs: never "/https://…" in Urdu
        for v in values:
            self._add_item(v)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        up, down = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        add.clicked.connect(lambda: self.list.editItem(self._add_item("https://")))
        remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        for b in (add, remove, up, down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _add_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def values(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class PlatformChooser(QListWidget):
    def __init__(self, platforms: Sequence[tuple[str, str]], chosen: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for pid, name in platforms:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def values(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class SettingsDialog(QDialog):
    settingsSaved = Signal(object)  # Settings

    def __init__(self, settings: Settings, config_dir: Path, platforms: Sequence[tuple[str, str]],
                 usage: Usage | None = None, parent: QWidget | None = None,
                 default_platforms: Sequence[str] = (), note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vantage settings"))
        self.settings = settings
        self.default_platforms = tuple(default_platforms)
        self.config_dir = config_dir
        self.result_settings: Settings | None = None
        # Hook for tests and scripted use: how a destructive action is confirmed.
        self.confirm: Callable[[str], bool] = self._ask
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.getters: dict[str, Callable[[], Any]] = {}
        tabs = QTabWidget()
        groups: dict[str, QFormLayout] = {}
        for spec in SPECS:
            if not spec.visible:
                continue
            if spec.group not in groups:
                page = QWidget()
                groups[spec.group] = QFormLayout(page)
                tabs.addTab(page, self.tr(spec.group))
            self._add_field(groups[spec.group], spec, getattr(settings, spec.key), platforms)
        usage = usage or Usage(0, 0)
        self.usage_label = QLabel(self.tr("Data used: last sweep {0} · today {1} (as counted by this computer)").format(
            human_bytes(usage.last_sweep_bytes), human_bytes(usage.today_bytes)))
        groups["Frugality"].addRow(self.usage_label)
        tabs.addTab(self._targets_page(), self.tr("Extra targets"))
        self.tabs = tabs
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        self.note = QLabel(note)  # what is special about these settings (the demo's are thrown away)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.resize(620, 460)

    # ---------------------------------------------------------------------------------------------- fields

    def _add_field(self, form: QFormLayout, spec: Spec, value: Any, platforms: Sequence[tuple[str, str]]) -> None:
        widget: QWidget
        getter: Callable[[], Any]  # reads the field's value back when the dialog is accepted
        if spec.kind is bool:
            box = QCheckBox(self.tr(spec.label))
            box.setChecked(bool(value))
            widget, getter, label = box, box.isChecked, ""
        elif spec.choices:
            combo = QComboBox()
            for choice, text in spec.choices:
                combo.addItem(self.tr(text), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            widget, getter, label = combo, combo.currentData, self.tr(spec.label)
        elif spec.key == "interval_s":
            spin = QSpinBox()
            spin.setRange(MIN_INTERVAL_S // 60, MAX_INTERVAL_S // 60)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(max(1, int(value) // 60))
            widget, getter, label = spin, lambda: spin.value() * 60, self.tr("Probe every")
        elif spec.kind is int:
            spin = QSpinBox()
            spin.setRange(-1_000_000, 1_000_000)
            spin.setValue(int(value))
            widget, getter, label = spin, spin.value, self.tr(spec.label)
        elif spec.kind is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(-1000.0, 1000.0)
            dspin.setDecimals(1)
            dspin.setValue(float(value))
            widget, getter, label = dspin, dspin.value, self.tr(spec.label)
        elif spec.key == "platforms":
            chooser = PlatformChooser(platforms, value or self.default_platforms)
            widget, getter, label = chooser, chooser.values, self.tr(spec.label)
        elif spec.kind is tuple:
            editor = ListEditor(value)
            widget, getter, label = editor, editor.values, self.tr(spec.label)
        else:
            line = QLineEdit(str(value))
            if spec.key.endswith("url") or spec.key == "data_dir":  # a URL or a path reads left to right
                line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            widget, getter, label = line, line.text, self.tr(spec.label)
            if spec.key == "data_dir":
                line.setPlaceholderText(self.tr("The standard folder for your system"))
                choose = QPushButton(self.tr("Choose…"))
                choose.clicked.connect(lambda _=False, e=line: self._choose_dir(e))
                row = QWidget()
                h = QHBoxLayout(row)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(line, 1)
                h.addWidget(choose)
                widget = row
                self.fields[spec.key + ".edit"] = line
        if spec.help:
            widget.setToolTip(self.tr(spec.help))
        widget.setAccessibleName(self.tr(spec.label))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        container = QWidget()
        v = QVBoxLayout(container)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(widget)
        if spec.help and spec.kind is not bool:
            hint = QLabel(f"<small>{self.tr(spec.help)}</small>")
            hint.setWordWrap(True)
            v.addWidget(hint)
        v.addWidget(error)
        form.addRow(label, container)
        self.fields[spec.key] = widget
        self.errors[spec.key] = error
        self.getters[spec.key] = getter

    def _choose_dir(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where Vantage keeps its data"), edit.text())
        if chosen:
            edit.setText(chosen)

    # ---------------------------------------------------------------------------------------------- targets

    def _targets_page(self) -> QWidget:
        page = QWidget()
        self.targets = QListWidget()
        self.targets.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # URLs and file names
        self.targets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets.setAccessibleName(self.tr("Your own targets"))
        add = QPushButton(self.tr("&Add URL…"))
        imp = QPushButton(self.tr("&Import Citizen Lab list…"))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(self._ask_url)
        imp.clicked.connect(self._ask_csv)
        remove.clicked.connect(self.remove_selected)
        self.targets_message = QLabel()
        self.targets_message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (add, imp, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Probed with every sweep, besides the platforms. Changes apply at the "
                                        "next sweep.")))
        layout.addWidget(self.targets, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.targets_message)
        self._reload_targets()
        return page

    def _reload_targets(self) -> None:
        self.targets.clear()
        try:
            for url in read_targets(self.config_dir):
                item = QListWidgetItem(url)
                item.setData(Qt.ItemDataRole.UserRole, ("url", url))
                self.targets.addItem(item)
        except (OSError, ValueError) as exc:
            self._targets_note(self.tr("Your targets file could not be read: {0}").format(exc), error=True)
        for path in imported_lists(self.config_dir):
            item = QListWidgetItem(self.tr("Test list: {0}").format(path.name))
            item.setData(Qt.ItemDataRole.UserRole, ("list", str(path)))
            self.targets.addItem(item)

    def _targets_note(self, text: str, error: bool = False) -> None:
        self.targets_message.setStyleSheet(ERROR_STYLE if error else "")
        self.targets_message.setText(text)

    def _ask_url(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Add a target"), self.tr("URL (https://, http://, "
                                                                              "tcp://host:port or tls://host:port):"))
        if ok:
            self.add_url(url)

    def add_url(self, url: str) -> bool:
        try:
            add_target(self.config_dir, url)
        except CatalogueError as exc:
            self._targets_note(self.tr("Not added: {0} {1}.").format(exc.entry, exc.problem), error=True)
            return False
        self._targets_note(self.tr("Added {0}.").format(url.strip()))
        self._reload_targets()
        return True

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Citizen Lab test list"), "",
                                              self.tr("Test lists (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> bool:
        try:
            import_citizenlab_csv(path, self.config_dir)
        except (CatalogueError, OSError) as exc:
            self._targets_note(self.tr("Not imported: {0}").format(exc), error=True)
            return False
        self._targets_note(self.tr("Imported {0}.").format(path.name))
        self._reload_targets()
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove target"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> bool:
        item = self.targets.currentItem()
        if item is None:
            return False
        kind, value = item.data(Qt.ItemDataRole.UserRole)
        if not self.confirm(self.tr("Stop probing {0}? Its past measurements stay in the history.")
                            .format(item.text())):
            return False
        if kind == "url":
            remove_target(self.config_dir, value)
        else:
            Path(value).unlink(missing_ok=True)
        self._targets_note(self.tr("Removed {0}.").format(item.text()))
        self._reload_targets()
        return True

    # ---------------------------------------------------------------------------------------------- saving

    def values(self) -> dict[str, Any]:
        return {key: getter() for key, getter in self.getters.items()}

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.banner.hide()
        values = self.values()
        if "platforms" in values and not values["platforms"]:
            self.show_error("platforms", self.tr("Choose at least one platform to probe."))
            return
        try:
            new = self.settings.changed(**values)
        except SettingsError as exc:
            self.show_error(exc.key, exc.sentence)
            return
        save_settings(new, self.config_dir)
        self.result_settings = new
        self.settingsSaved.emit(new)
        super().accept()

    def show_error(self, key: str, sentence: str) -> None:
        label = self.errors.get(key)
        self.banner.setText(self.tr("Not saved: {0}").format(sentence))
        self.banner.show()
        if label is not None:
            label.setText(sentence)
            label.show()
            widget = self.fields[key]
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and page.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
            widget.setFocus()

    @property
    def error_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""
