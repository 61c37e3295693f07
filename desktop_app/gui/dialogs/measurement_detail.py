"""One platform's evidence for one sweep: every endpoint, every step, its timing and its failure string."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.localtext import html_dir, isolated, local_text, ltr
from desktop_app.gui.style import style_of, verdict_words
from desktop_app.probes.summary import PlatformPoint
from desktop_app.store.records import MeasurementRecord, Step

FAILED = "✖"


def step_facts(step: Step) -> str:
    """The few facts of a step a person reads first."""
    kind = step.kind
    if kind == "dns":
        answers = ", ".join(step.answers) or "—"
        return f"{step.resolver or ''}: {step.rcode or ''} {answers}"
    if kind.startswith("tcp"):
        return f"{step.address or ''}:{'' if step.port is None else step.port}"
    if kind in ("tls", "tls_unverified", "sni_swap"):
        return " ".join(str(x) for x in (step.address, f"SNI {step.sni}", step.version, step.issuer) if x)
    if kind.startswith("http"):
        return " ".join(str(x) for x in (step.status, step.title, step.blockpage) if x)
    if kind == "throughput":
        return f"{step.bytes or 0} bytes at {(step.bytes_per_s or 0) / 1000:.0f} kB/s"
    return ""


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class EvidenceDialog(QDialog):
    def __init__(self, platform_name: str, point: PlatformPoint, started_at: float, records: Sequence[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = list(records)
        style = style_of(point.verdict)
        self.setWindowTitle(self.tr("Evidence: {0}").format(platform_name))
        self.resize(900, 560)
        header = QLabel(f"<div{html_dir()}><h3>{platform_name}</h3>{local_text(started_at)}<br>"
                        f'<span style="color:{style.colour}">{style.symbol}</span> '
                        f"<b>{verdict_words(point.verdict)}</b>"
                        + (f"<br>{point.reason}" if point.reason else "") + "</div>")
        header.setWordWrap(True)
        header.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)  # right in Urdu and Persian
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Endpoint / step"), self.tr("Start (ms)"), self.tr("Time (ms)"),
                                   self.tr("What was seen"), self.tr("Failure")])
        self.tree.setAccessibleName(self.tr("Steps of each endpoint"))
        for record in map(MeasurementRecord.from_json, self.records):
            verdict = record.verdict or "inconclusive"
            v = style_of(verdict)
            top = QTreeWidgetItem([f"{v.symbol} {ltr(record.url)}", "", _ms(record.duration_ms), verdict_words(verdict),
                                   record.reason or ""])
            self.tree.addTopLevelItem(top)
            for label, steps in ((None, record.steps), (self.tr("re-test"), record.confirm)):
                parent_item = top
                if label and steps:
                    parent_item = QTreeWidgetItem([label])
                    top.addChild(parent_item)
                for step in steps:
                    failure = step.failure or ""
                    name = (f"{FAILED} " if failure else "") + step.kind
                    facts = isolated(step_facts(step))  # "192.0.2.1 SNI x.com" keeps its order in Urdu
                    parent_item.addChild(QTreeWidgetItem([name, _ms(step.t0_ms), _ms(step.t_ms), facts, failure]))
            top.setExpanded(record.verdict != "ok")
        for column in range(4):
            self.tree.resizeColumnToContents(column)
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
                        rows.append([child.text(k) for k in range(5)])
        return rows
