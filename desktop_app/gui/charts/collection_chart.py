"""The Collection window's chart: per network (ASN) over time, the verdicts people saw, stacked by how many saw each.

The top row is every network together; below it, one row per network, the busiest first. In each bucket of time
a row is split from the top down among the verdicts in severity order, each part as tall as its share of the
independent signers supporting it there, so a lone disagreeing vantage point shows as a thin sliver, not nothing.
One bar item drawn once and updated with setOpts; the time axis is UTC, as the window's tables are.
"""

from __future__ import annotations

import html
from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.collect.queries import NetworkCell, NetworkTimeline
from desktop_app.common.timeutil import utc_minute
from desktop_app.common.vocabulary import RANK
from desktop_app.gui.charts.history_chart import verdict_legend
from desktop_app.gui.charts.plots import with_legend
from desktop_app.gui.localtext import ltr, number
from desktop_app.gui.style import style_of, verdict_words

BAR = 0.76  # of a row's height


class CollectionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=False, useOpenGL=False, background="w", foreground="#333333")
        self.timeline: NetworkTimeline | None = None
        self.rows: list[tuple[str | None, str]] = []  # (network or None for all of them, name), top to bottom
        self.bars_drawn = 0
        # (row, bucket start) -> that bucket's cells, most severe verdict first
        self._cells: dict[tuple[int, float], list[NetworkCell]] = {}
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Verdicts over time on each network, stacked by the people who "
                                                "saw each"))
        self.plot = self.graphics.addPlot(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.2)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.getAxis("left").setWidth(130)
        self.plot.setLabel("bottom", self.tr("UTC"))
        self.bars = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brushes=[], pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.legend = with_legend(self, self.graphics, self._hover)

    def show_timeline(self, timeline: NetworkTimeline) -> None:
        """Draw a query's answer: a row for every network together, then one per network."""
        self.timeline = timeline
        self.rows = [(None, self.tr("All networks")), *[(n, n) for n in timeline.networks]]
        index = {network: i for i, (network, _) in enumerate(self.rows)}
        grouped: dict[tuple[int, float], list[NetworkCell]] = defaultdict(list)
        for cell in timeline.cells:
            grouped[(index[cell.network], cell.start)].append(cell)
        self._cells = {key: sorted(cells, key=lambda c: (RANK.get(c.verdict, len(RANK)), c.verdict))
                       for key, cells in grouped.items()}
        x0: list[float] = []
        y0: list[float] = []
        y1: list[float] = []
        brushes: list[QBrush] = []
        n = len(self.rows)
        for (row, start), cells in self._cells.items():
            support = sum(c.signers for c in cells)
            top = n - 1 - row + BAR / 2
            for cell in cells:
                height = BAR * cell.signers / support
                x0.append(start)
                y1.append(top)
                y0.append(top - height)
                top -= height
                brushes.append(QBrush(QColor(style_of(cell.verdict).colour)))
        self.bars.setOpts(x0=np.array(x0), x1=np.array(x0) + timeline.bucket, y0=np.array(y0), y1=np.array(y1),
                          brushes=brushes)
        self.bars_drawn = len(x0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.plot.getAxis("left").setTicks([[(n - 1 - i, name) for i, (_, name) in enumerate(self.rows)]])
        if timeline.span is not None:
            left = timeline.span[0] // timeline.bucket * timeline.bucket
            self.plot.setXRange(left, timeline.span[1] // timeline.bucket * timeline.bucket + timeline.bucket,
                                padding=0.02)
        present = {c.verdict for c in timeline.cells}
        self.legend.setText(verdict_legend(present) + "<br>" + self.tr(
            "Each bar's parts are as tall as the share of people who saw each verdict there; point at one for "
            "the numbers.") if present else self.tr("No measurements in this range."))

    def describe(self, row: int, epoch: float) -> str | None:
        """What a row shows at a time: the bucket, and each verdict with the signers (networks) and measurements
        behind it."""
        if self.timeline is None or not 0 <= row < len(self.rows):
            return None
        bucket = self.timeline.bucket
        start = epoch // bucket * bucket
        cells = self._cells.get((row, start))
        if not cells:
            return None
        network, name = self.rows[row]
        lines = [f"<b>{html.escape(name)}</b>",
                 ltr(f"{utc_minute(start)} – {utc_minute(start + bucket)[11:]} UTC")]
        for cell in cells:
            style = style_of(cell.verdict)
            people = self.tr("1 signer") if cell.signers == 1 else self.tr("{0} signers").format(number(cell.signers))
            if network is None:
                people = (self.tr("{0} on 1 network") if cell.networks == 1 else
                          self.tr("{0} on {1} networks")).format(people, number(cell.networks))
            measured = (self.tr("1 measurement") if cell.measurements == 1 else
                        self.tr("{0} measurements").format(number(cell.measurements)))
            lines.append(f'<span style="color:{style.colour}">■ {style.symbol}</span> '
                         f"{html.escape(verdict_words(cell.verdict))}: {people}, {measured}")
        return "<br>".join(lines)

    def row_position(self, row: int, epoch: float) -> QPointF:
        """Where a row is drawn at a time, in the chart's widget coordinates (tests point there)."""
        scene = self.plot.getViewBox().mapViewToScene(QPointF(epoch, len(self.rows) - 1 - row))
        return QPointF(self.graphics.mapFromScene(scene))

    def _hover(self, scene_pos: QPointF) -> None:
        if not self.rows or not self.plot.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        p = self.plot.getViewBox().mapSceneToView(scene_pos)
        text = self.describe(len(self.rows) - 1 - round(p.y()), p.x())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.graphics)
        else:
            QToolTip.hideText()
