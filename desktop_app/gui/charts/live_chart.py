"""The live chart: per platform a band coloured by verdict over time, and the selected platform's latency.

Plot items are created once and updated in place by one GUI-thread timer that redraws only when data changed,
a few times a second; data sits in fixed-size buffers (a day), so memory never grows.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from desktop_app.gui.charts.buffers import NO_VERDICT, SweepBuffer
from desktop_app.gui.charts.plots import stacked_plots
from desktop_app.gui.localtext import local_text
from desktop_app.gui.style import VERDICT_CODES, VERDICT_STYLES, style_of, verdict_words
from desktop_app.probes.summary import SweepPoint

if TYPE_CHECKING:
    from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent

DEFAULT_SPAN_S = 3600.0
MAX_SPAN_S = 86400.0 * 1.05
REDRAW_MS = 250
CURRENT_FOR_S = 3600.0  # the newest verdict is drawn up to "now", but never claimed for longer than this
CLOCK_REDRAW_S = 5.0  # while following, redraw this often so the current band grows with the clock
_VERDICT_BY_CODE = {code: verdict for verdict, code in VERDICT_CODES.items()}


def _runs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start indexes and codes of runs of equal values (so a day of 'ok' is one bar, not 1,440)."""
    if not len(codes):
        return np.array([], dtype=int), codes
    change = np.flatnonzero(np.diff(codes)) + 1
    starts = np.concatenate(([0], change))
    return starts, codes[starts]


class ReachabilityChart(QWidget):
    pointActivated = Signal(str, object)  # platform id, SweepPoint
    selectedChanged = Signal(str)

    def __init__(self, platforms: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, useOpenGL=False, background="w", foreground="#333333")
        self.platforms = list(platforms)
        self.ids = [pid for pid, _ in self.platforms]
        self.buffer = SweepBuffer(self.ids)
        self.selected = self.ids[0] if self.ids else ""
        self.span = DEFAULT_SPAN_S
        self.follow = True
        self.redraws = 0
        self.now = time.time  # replaceable clock
        self._dirty = False
        self._last_redraw = 0.0
        self._brushes = {code: QBrush(QColor(style_of(v).colour)) for v, code in VERDICT_CODES.items()}

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Reachability over time"))
        n = len(self.platforms)
        self.bands_plot, self.latency_plot = stacked_plots(self.graphics)
        for plot in (self.bands_plot, self.latency_plot):
            plot.getViewBox().setLimits(maxXRange=MAX_SPAN_S, minXRange=60)
        self.bands_plot.setMouseEnabled(x=True, y=False)
        self.bands_plot.setYRange(-0.6, n - 0.4, padding=0)
        self.bands_plot.getViewBox().setLimits(yMin=-0.6, yMax=n - 0.4)
        left = self.bands_plot.getAxis("left")
        left.setTicks([[(n - 1 - i, name) for i, (_, name) in enumerate(self.platforms)]])
        left.setWidth(130)
        self.latency_plot.setMouseEnabled(x=True, y=False)
        self.latency_plot.setLabel("left", self.tr("latency (ms)"))
        self.latency_plot.getAxis("left").setWidth(130)
        self.bars = []
        for _ in range(n):
            bar = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brushes=[], pen=pg.mkPen(None))
            self.bands_plot.addItem(bar)
            self.bars.append(bar)
        self.latency_line = pg.PlotDataItem([], [], connect="finite", pen=pg.mkPen("#0072B2", width=2),
                                            symbol="o", symbolSize=5, symbolBrush="#0072B2", symbolPen=None)
        self.latency_plot.addItem(self.latency_line)
        self.title = QLabel()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        for label in (self.title, self.legend):  # room for a glyph that overhangs the edge (Urdu's initial ہ)
            label.setContentsMargins(6, 0, 6, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.legend)

        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.graphics.scene().sigMouseClicked.connect(self._click)
        self.bands_plot.getViewBox().sigRangeChangedManually.connect(self._user_moved)
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._redraw_if_dirty)
        self._timer.start()
        self._update_title()
        self._show_window(time.time())

    # ------------------------------------------------------------------------------------------------ data

    def add_sweep(self, point: SweepPoint) -> None:
        self.buffer.append(point)
        self._dirty = True

    def load(self, points: Iterable[SweepPoint]) -> None:
        self.buffer.extend(points)
        self._dirty = True

    def set_selected(self, platform: str) -> None:
        if platform in self.ids and platform != self.selected:
            self.selected = platform
            self._update_title()
            self._dirty = True

    def set_span(self, seconds: float) -> None:
        self.span = min(max(60.0, seconds), MAX_SPAN_S)
        self.follow = True
        self._dirty = True

    def item_count(self) -> int:
        return len(self.bands_plot.items) + len(self.latency_plot.items)

    # --------------------------------------------------------------------------------------------- drawing

    def _update_title(self) -> None:
        name = dict(self.platforms).get(self.selected, self.selected)
        self.title.setText(self.tr("Reachability per platform · latency of <b>{0}</b> (click a band to choose)")
                           .format(name))

    def _last_stop(self) -> float:
        """Where the newest sweep's band ends: now, unless the newest sweep is old (the app was asleep)."""
        latest = self.buffer.latest()
        if latest is None:
            return self.now()
        return min(self.now(), latest.started_at + CURRENT_FOR_S)

    def _redraw_if_dirty(self) -> None:
        if self._dirty or (self.follow and len(self.buffer) and self.now() - self._last_redraw > CLOCK_REDRAW_S):
            self._dirty = False
            self.redraw()

    def redraw(self) -> None:
        self.redraws += 1
        self._last_redraw = self.now()
        starts, stops = self.buffer.band_edges(self._last_stop())
        _, _, codes, latency = self.buffer.ordered()
        n = len(self.platforms)
        present: set[int] = set()
        for row, bar in enumerate(self.bars):
            run_starts, run_codes = _runs(codes[row]) if len(starts) else (np.array([], dtype=int), np.array([]))
            keep = run_codes != NO_VERDICT
            run_ends = np.append(run_starts[1:], len(starts)) - 1 if len(run_starts) else run_starts
            x0 = starts[run_starts][keep] if len(run_starts) else starts
            x1 = stops[run_ends][keep] if len(run_starts) else stops
            kept = run_codes[keep]
            present.update(int(c) for c in kept)
            y = n - 1 - row
            bar.setOpts(x0=x0, x1=x1, y0=np.full(len(x0), y - 0.38), y1=np.full(len(x0), y + 0.38),
                        brushes=[self._brushes[int(c)] for c in kept])
        values = latency[self.ids.index(self.selected)] if self.selected in self.ids and len(starts) else None
        if values is not None and not np.isnan(values).all():
            self.latency_line.setData(starts, values, connect="finite")
        else:
            self.latency_line.setData([], [])
        self._update_legend(present)
        if self.follow and len(starts):
            self._show_window(float(stops[-1]))

    def _show_window(self, right: float) -> None:
        self.bands_plot.setXRange(right - self.span, right, padding=0.01)

    def _update_legend(self, present: set[int]) -> None:
        items = []
        for code in sorted(present):
            s = VERDICT_STYLES[_VERDICT_BY_CODE[code]]
            words = verdict_words(_VERDICT_BY_CODE[code])
            items.append(f'<span style="color:{s.colour}">■ {s.symbol}</span> {words}')
        self.legend.setText("&nbsp;&nbsp; ".join(items))

    # ------------------------------------------------------------------------------------------- interaction

    def _user_moved(self, *_args: object) -> None:
        span = self.buffer.span()
        (left, right), _ = self.bands_plot.getViewBox().viewRange()
        self.span = max(60.0, right - left)
        self.follow = span is None or right >= span[1]

    def _locate(self, scene_pos: QPointF) -> tuple[str, SweepPoint] | None:
        vb = self.bands_plot.getViewBox()
        if not self.bands_plot.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        row = len(self.platforms) - 1 - round(p.y())
        if not 0 <= row < len(self.platforms) or abs(p.y() - round(p.y())) > 0.45:
            return None
        point = self.buffer.point_at(p.x(), self._last_stop())
        if point is None:
            return None
        return self.ids[row], point

    def band_position(self, platform: str, epoch: float) -> QPointF:
        """Widget coordinates of a platform's band at a time (for tests and keyboard access)."""
        y = len(self.platforms) - 1 - self.ids.index(platform)
        scene = self.bands_plot.getViewBox().mapViewToScene(QPointF(epoch, y))
        return QPointF(self.graphics.mapFromScene(scene))

    def _hover(self, scene_pos: QPointF) -> None:
        found = self._locate(scene_pos)
        if found is None:
            QToolTip.hideText()
            return
        platform, point = found
        p = point.platforms.get(platform)
        if p is None:
            return
        s = style_of(p.verdict)
        text = (f"<b>{dict(self.platforms)[platform]}</b><br>{local_text(point.started_at)}<br>"
                f"{s.symbol} {verdict_words(p.verdict)}" + (f"<br>{p.reason}" if p.reason else "")
                + "<br><i>" + self.tr("Click for the evidence") + "</i>")
        QToolTip.showText(QCursor.pos(), text, self.graphics)

    def _click(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self._locate(event.scenePos())
        if found is None:
            return
        platform, point = found
        self.set_selected(platform)
        self.selectedChanged.emit(platform)
        self.pointActivated.emit(platform, point)
