"""One tile per platform: name and mark, the verdict in words and symbol, since when, latency, endpoints hit.

A blocking verdict still waiting for its follow-up says "unconfirmed" (store/confirmation.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from desktop_app.gui.banner_text import roles_text
from desktop_app.gui.icons import platform_pixmap
from desktop_app.gui.localtext import isolated, number, plural, since_text
from desktop_app.gui.style import style_of, verdict_words
from desktop_app.probes.summary import PlatformPoint
from desktop_app.store.confirmation import PENDING, STATUS_WORDS


class PlatformTile(QFrame):
    """Focusable and clickable: a click selects the platform, Enter or a double-click opens its evidence."""

    selected = Signal(str)
    activated = Signal(str)

    def __init__(self, platform_id: str, name: str, parent: QWidget | None = None, tone: str | None = None) -> None:
        super().__init__(parent)
        self.platform_id = platform_id
        self.name = name
        self.setObjectName(f"tile-{platform_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)
        mark = QLabel()
        mark.setPixmap(platform_pixmap(platform_id, name, 32, tone))
        self.title = QLabel(f"<b>{name}</b>")
        self.verdict = QLabel(self.tr("Not measured yet"))
        self.verdict.setObjectName("verdict")
        self.details = QLabel("")
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.addWidget(mark, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.verdict, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.details, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._point: PlatformPoint | None = None
        self._set_border("#BBBBBB", selected=False)

    def _set_border(self, colour: str, selected: bool) -> None:
        width = 3 if selected else 1
        self.setStyleSheet(f"#tile-{self.platform_id} {{ border: {width}px solid #999999; "
                           f"border-left: 8px solid {colour}; border-radius: 4px; }}")

    def show_point(self, point: PlatformPoint, since: float, selected: bool = False,
                   unconfirmed: bool = False) -> None:
        """`unconfirmed`: the verdict is a new block that the follow-up a minute later has yet to confirm."""
        self._point = point
        style = style_of(point.verdict)
        self.verdict.setText(f'<span style="color:{style.colour}; font-size:14pt">{style.symbol}</span> '
                             f"<b>{verdict_words(point.verdict)}</b>")
        parts = [self.tr("since {0}").format(since_text(since))]
        if unconfirmed:
            parts.insert(0, QCoreApplication.translate("Confirmation", STATUS_WORDS[PENDING]))
        if point.latency_ms is not None:
            parts.append(self.tr("{0} ms").format(number(point.latency_ms)))
        if point.scope == "partial" and point.roles:
            parts.append(self.tr("only {0}").format(
                roles_text(point.roles, lambda text: QCoreApplication.translate("Banner", text))))
        if point.total:
            parts.append(self.tr("{0} of {1} affected").format(
                number(point.affected), plural(self.tr("%Ln endpoint(s)", "", point.total), point.total)))
        self.details.setText(" · ".join(isolated(part) for part in parts))
        reason = point.reason or verdict_words(point.verdict)
        if unconfirmed:
            reason = self.tr("Unconfirmed: Vantage checks these endpoints again a minute later and reports a block "
                             "only if that check sees it too. {0}").format(reason)
        self.setToolTip(reason)
        self.setAccessibleDescription(f"{verdict_words(point.verdict)}. {reason}")
        self._set_border(style.colour, selected)

    def set_selected(self, selected: bool) -> None:
        colour = style_of(self._point.verdict).colour if self._point else "#BBBBBB"
        self._set_border(colour, selected)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self.selected.emit(self.platform_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.platform_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.platform_id)
        elif event.key() == Qt.Key.Key_Space:
            self.selected.emit(self.platform_id)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.selected.emit(self.platform_id)
        super().focusInEvent(event)
