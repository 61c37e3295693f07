"""One platform's evidence for one sweep: every endpoint, every step in plain words, its timing, its raw failure."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.common.translatable import Words
from desktop_app.evidence.step_words import explain
from desktop_app.gui.localtext import html_dir, isolated, local_text, ltr
from desktop_app.gui.style import style_of, verdict_words
from desktop_app.probes.summary import PlatformPoint
from desktop_app.store.records import MeasurementRecord

FAILED = "✖"  # on the step the verdict rests on (evidence/step_words.py chooses it)
COLUMNS = 5  # what was tried, what happened, start, time, the raw step and failure
LABEL, SENTENCE, DETAIL = 0, 1, 4
WRAPPED = (LABEL, SENTENCE, DETAIL)  # columns whose text wraps; the two timings are short and sized to them
SHARES = {LABEL: 0.34, DETAIL: 0.2}  # at most this share of the width; the sentence takes the rest
BREAK_AFTER = re.compile(r"([/.?&=])")
ZWSP = "\u200b"  # lets a long URL wrap at its slashes and dots, unseen
WORDS = re.compile(r"[\s\u200b]+")  # where a wrapped text may break


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


class WrappingDelegate(QStyledItemDelegate):
    """A cell whose text wraps within its column, and whose row grows to hold every line (never cut or elided)."""

    PADDING = 10  # the style's text margins and focus frame, both sides, with room to spare

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the text of index has in its column (the first column loses the tree's indentation)."""
        width = self.tree.header().sectionSize(index.column()) - self.PADDING
        if index.column() == 0:
            width -= self.tree.indentation() * (_depth(index) + (1 if self.tree.rootIsDecorated() else 0))
        return width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        width, text = self.text_width(index), str(index.data() or "")
        if width <= 0 or not text:
            return hint
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 4))


class EvidenceDialog(QDialog):
    def __init__(self, platform_name: str, point: PlatformPoint, started_at: float, records: Sequence[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = list(records)
        style = style_of(point.verdict)
        self.setWindowTitle(self.tr("Evidence: {0}").format(platform_name))
        header = QLabel(f"<div{html_dir()}><h3>{platform_name}</h3>{local_text(started_at)}<br>"
                        f'<span style="color:{style.colour}">{style.symbol}</span> '
                        f"<b>{verdict_words(point.verdict)}</b>"
                        + self._explanation(point) + "</div>")
        header.setWordWrap(True)
        header.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)  # right in Urdu and Persian
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Endpoint / step"), self.tr("What happened"), self.tr("Start (ms)"),
                                   self.tr("Time (ms)"), self.tr("Detail")])
        self.tree.setAccessibleName(self.tr("Steps of each endpoint"))
        self.tree.setWordWrap(True)  # a sentence wraps in its column rather than being cut
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.delegate = WrappingDelegate(self.tree)
        for column in WRAPPED:
            self.tree.setItemDelegateForColumn(column, self.delegate)
        self._fill()
        self.tree.viewport().installEventFilter(self)
        sections = self.tree.header()
        sections.setStretchLastSection(False)
        for column in range(COLUMNS):
            mode = (QHeaderView.ResizeMode.Stretch if column == SENTENCE
                    else QHeaderView.ResizeMode.Interactive if column in SHARES
                    else QHeaderView.ResizeMode.ResizeToContents)
            sections.setSectionResizeMode(column, mode)
        sections.setMinimumSectionSize(60)
        # A wrapped column that gets wider or narrower re-wraps its text: the rows' heights are laid out again.
        sections.sectionResized.connect(lambda column, _old, _new: self.tree.doItemsLayout()
                                        if column in WRAPPED else None)
        copy = QPushButton(self.tr("&Copy as JSON"))
        copy.clicked.connect(self.copy_json)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.note = QLabel()  # e.g. that a newer sweep is in progress
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)  # fitted to the screen, or given its last size, by gui/window_memory.py

    def _explanation(self, point: PlatformPoint) -> str:
        """Why, under the verdict: the engine's reason as recorded (English, as signed); in another language first
        the sentence of the step the verdict rests on, in that language, then the reason labelled as recorded."""
        reason = html.escape(point.reason or "", quote=False)
        if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
            return f"<br>{reason}" if reason else ""
        words = Words(QCoreApplication.translate, isolated)
        why = next((line.sentence for record in map(MeasurementRecord.from_json, self.records)
                    if record.verdict == point.verdict for line in explain(record, words) if line.explains), "")
        out = f"<br>{html.escape(why, quote=False)}" if why else ""
        if reason:
            out += "<br><small>" + html.escape(self.tr("As the engine recorded it (in English): {0}")).format(
                f'<span dir="ltr">{reason}</span>') + "</small>"
        return out

    def _fill(self) -> None:
        """A row per endpoint (its verdict), a row per step under it in plain words, its repeats under "re-test"."""
        for record in map(MeasurementRecord.from_json, self.records):
            verdict = record.verdict or "inconclusive"
            url = ltr(BREAK_AFTER.sub(lambda m: m.group(1) + ZWSP, record.url))  # "https://…" stays so in Urdu
            top = QTreeWidgetItem([f"{style_of(verdict).symbol} {url}", verdict_words(verdict), "",
                                   _ms(record.duration_ms), verdict])
            if record.reason:
                top.setToolTip(SENTENCE, record.reason)
                top.setToolTip(DETAIL, record.reason)
            self.tree.addTopLevelItem(top)
            retest: QTreeWidgetItem | None = None
            for line in explain(record, Words(QCoreApplication.translate, isolated)):
                parent_item = top
                if line.repeat:
                    if retest is None:
                        retest = QTreeWidgetItem([self.tr("re-test")])
                        top.addChild(retest)
                    parent_item = retest
                name = f"{FAILED} {line.label}" if line.explains else line.label
                item = QTreeWidgetItem([name, line.sentence, _ms(line.step.t0_ms), _ms(line.step.t_ms), line.detail])
                item.setToolTip(SENTENCE, line.facts)
                item.setToolTip(DETAIL, line.facts)
                parent_item.addChild(item)
            top.setExpanded(record.verdict != "ok")

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                found.append(item)
                stack.extend(item.child(c) for c in range(item.childCount()))
        return found

    def fit_columns(self) -> None:
        """The label and detail columns as wide as their text, up to their share (never narrower than their longest
        word, which cannot wrap); the sentence takes the rest."""
        view = self.tree.viewport().width()
        metrics = self.tree.fontMetrics()
        items = self._items()
        for column, share in SHARES.items():
            indent = self.tree.indentation() * 3 if column == LABEL else 0  # a repeat sits two levels down
            wanted = self.tree.sizeHintForColumn(column) + WrappingDelegate.PADDING + indent
            word = max((metrics.horizontalAdvance(w) for item in items for w in WORDS.split(item.text(column))),
                       default=0)
            self.tree.setColumnWidth(column, max(60, word + 2 + WrappingDelegate.PADDING + indent,
                                                 min(wanted, int(view * share))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the tree's own width, once it has it (a dialog's resize reaches it later)
        return super().eventFilter(watched, event)

    def copy_json(self) -> None:
        QGuiApplication.clipboard().setText(json.dumps(self.records, indent=2, ensure_ascii=False))

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def step_rows(self) -> list[list[str]]:
        """Every step row's texts (for tests and accessibility checks)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            stack = [top] if top is not None else []
            while stack:
                item = stack.pop()
                for c in range(item.childCount()):
                    child = item.child(c)
                    if child is None:
                        continue
                    if child.childCount():
                        stack.append(child)
                    else:
                        rows.append([child.text(k) for k in range(COLUMNS)])
        return rows
