"""The History view's chart: per platform, verdict bands over the chosen range, and latency below.

Rows and lines are created once per set of platforms and updated with setOpts/setData; consecutive buckets of one
verdict are drawn as one bar, and latency lines use clip-to-view with peak downsampling.
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Collection, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.gui.charts.plots import stacked_plots, with_legend
from desktop_app.gui.icons import NEUTRAL_TONE
from desktop_app.gui.localtext import local_text, number
from desktop_app.gui.style import VERDICT_STYLES, verdict_words
from desktop_app.store.history_query import HistorySeries, PlatformSeries

# Networks are drawn in greys and muted blues, apart from the verdict colours.
NETWORK_COLOURS = ("#5A5A5A", "#A0A0A0", "#3E6A8A", "#C7C7C7", "#7D93A8", "#2F2F2F")
# Latency lines take each platform's tone (resources/platforms.toml, the one place platform colours live); several
# tones are close (greys, blues), so each line also gets its own dash pattern, and the legend names them.
LINE_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
               Qt.PenStyle.DashDotDotLine)


def runs(series: PlatformSeries) -> tuple[list[float], list[float], list[str]]:
    """Merge touching buckets of one verdict: a quiet month is one bar, not 720."""
    x0: list[float] = []
    x1: list[float] = []
    verdicts: list[str] = []
    for start, end, verdict in zip(series.starts, series.ends, series.verdicts, strict=True):
        if verdicts and verdicts[-1] == verdict and x1[-1] >= start:
            x1[-1] = end
        else:
            x0.append(start)
            x1.append(end)
            verdicts.append(verdict)
    return x0, x1, verdicts


def verdict_legend(present: Collection[str]) -> str:
    """The verdicts drawn, most severe first, each as its colour, symbol and words (rich text for a label)."""
    return "&nbsp;&nbsp; ".join(f'<span style="color:{VERDICT_STYLES[v].colour}">■ {VERDICT_STYLES[v].symbol}</span> '
                                f"{verdict_words(v)}" for v in VERDICT_STYLES if v in present)


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None, tones: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.tones = dict(tones or {})
        pg.setConfigOptions(antialias=False, useOpenGL=False, background="w", foreground="#333333")
        self.rows: list[tuple[str, str]] = []  # (platform id, name), top to bottom
        self.series: HistorySeries | None = None
        self.bars_drawn = 0
        self._brushes = {v: QBrush(QColor(s.colour)) for v, s in VERDICT_STYLES.items()}
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Reachability and latency over the chosen range"))
        self.bands_plot, self.latency_plot = stacked_plots(self.graphics)
        for plot in (self.bands_plot, self.latency_plot):
            plot.setMouseEnabled(x=True, y=False)
            plot.getAxis("left").setWidth(130)
        self.latency_plot.setLabel("left", self.tr("latency (ms)"))
        self.latency_plot.setClipToView(True)
        self.latency_plot.setDownsampling(auto=True, mode="peak")
        self.latency_legend = self.latency_plot.addLegend(offset=(10, 5), colCount=4)
        self.network_bar = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brushes=[], pen=pg.mkPen(None))
        self.bands_plot.addItem(self.network_bar)
        self.network_colours: dict[str, str] = {}
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.legend = with_legend(self, self.graphics, self._hover)

    def _ensure_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        if list(rows) == self.rows:
            return
        for item in self.bars.values():
            self.bands_plot.removeItem(item)
        for item in self.lines.values():
            self.latency_plot.removeItem(item)
        self.rows = list(rows)
        self.bars, self.lines = {}, {}
        for i, (pid, _) in enumerate(self.rows):
            bar = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brushes=[], pen=pg.mkPen(None))
            self.bands_plot.addItem(bar)
            self.bars[pid] = bar
            line = pg.PlotDataItem([], [], connect="finite", pen=self.line_pen(pid, i))
            self.latency_plot.addItem(line)
            self.lines[pid] = line
        n = len(self.rows)
        self.bands_plot.setYRange(-0.6, n + 0.3, padding=0)
        self.bands_plot.getAxis("left").setTicks([[(n, self.tr("Network")),
                                                   *[(n - 1 - i, name) for i, (_, name) in enumerate(self.rows)]]])

    def show_series(self, series: HistorySeries, rows: Sequence[tuple[str, str]]) -> None:
        """Draw a query's result; rows are the platforms to show, top to bottom, with their names."""
        self.series = series
        self._ensure_rows(rows)
        n = len(self.rows)
        present: set[str] = set()
        self.bars_drawn = 0
        for i, (pid, _) in enumerate(self.rows):
            data = series.platforms.get(pid) or PlatformSeries(pid)
            x0, x1, verdicts = runs(data)
            present.update(verdicts)
            y = n - 1 - i
            self.bars[pid].setOpts(x0=np.array(x0), x1=np.array(x1), y0=np.full(len(x0), y - 0.38),
                                   y1=np.full(len(x0), y + 0.38), brushes=[self._brushes[v] for v in verdicts])
            self.bars_drawn += len(x0)
            self.lines[pid].setData(np.array(data.starts, dtype=float), np.array(data.latency_ms, dtype=float),
                                    connect="finite")
        self._draw_networks(series, n)
        self.latency_legend.clear()
        for pid, name in self.rows:  # only the lines that have something to draw
            if np.isfinite(np.array(series.platforms[pid].latency_ms if pid in series.platforms else [],
                                    dtype=float)).any():
                self.latency_legend.addItem(self.lines[pid], name)
        # a little room on the left only: the right edge is the end of the range (now), never the future
        self.zoom(series.since - (series.until - series.since) * 0.02, series.until, padding=0.0)
        networks = [f'<span style="color:{self.network_colours[name]}">▬</span> {html.escape(name)}'
                    for name in series.network_totals]
        self.legend.setText(verdict_legend(present) + ("<br>" + self.tr("Measured from: ")
                                                       + "&nbsp;&nbsp; ".join(networks) if networks else ""))

    def line_pen(self, platform: str, index: int) -> QPen:
        return pg.mkPen(self.tones.get(platform, NEUTRAL_TONE), width=2, style=LINE_DASHES[index % len(LINE_DASHES)])

    def legend_names(self) -> list[str]:
        return [label.text for _, label in self.latency_legend.items]

    def _draw_networks(self, series: HistorySeries, n: int) -> None:
        for span in series.networks:
            if span.network not in self.network_colours:
                self.network_colours[span.network] = NETWORK_COLOURS[len(self.network_colours)
                                                                     % len(NETWORK_COLOURS)]
        spans = series.networks
        self.network_bar.setOpts(x0=np.array([s.start for s in spans]), x1=np.array([s.end for s in spans]),
                                 y0=np.full(len(spans), n - 0.25), y1=np.full(len(spans), n + 0.2),
                                 brushes=[QBrush(QColor(self.network_colours[s.network])) for s in spans])

    def zoom(self, left: float, right: float, padding: float = 0.02) -> None:
        self.bands_plot.setXRange(left, right, padding=padding)

    def x_range(self) -> tuple[float, float]:
        (left, right), _ = self.bands_plot.getViewBox().viewRange()
        return left, right

    def band_position(self, platform: str, epoch: float) -> QPointF:
        y = len(self.rows) - 1 - [pid for pid, _ in self.rows].index(platform)
        scene = self.bands_plot.getViewBox().mapViewToScene(QPointF(epoch, y))
        return QPointF(self.graphics.mapFromScene(scene))

    def describe(self, platform: str, epoch: float) -> str | None:
        """What the band of a platform shows at a time: the bucket and its sweeps per verdict."""
        if self.series is None or platform not in self.series.platforms:
            return None
        data = self.series.platforms[platform]
        i = bisect.bisect_right(data.starts, epoch) - 1
        if i < 0 or epoch > data.ends[i]:
            return None
        counts = ", ".join(f"{n} {verdict_words(v)}" for v, n in
                           sorted(data.counts[i].items(), key=lambda kv: -kv[1]))
        latency = data.latency_ms[i]
        name = dict(self.rows).get(platform, platform)
        return (f"<b>{name}</b><br>{local_text(data.starts[i])}<br>{counts}"
                + ("" if math.isnan(latency) else f"<br>{latency:.0f} ms"))

    def describe_network(self, epoch: float) -> str | None:
        if self.series is None:
            return None
        span = next((s for s in self.series.networks if s.start <= epoch <= s.end), None)
        if span is None:
            return None
        return (f"<b>{html.escape(span.network)}</b><br>{local_text(span.start)} → {local_text(span.end)}<br>"
                + (self.tr("1 sweep") if span.sweeps == 1 else self.tr("{0} sweeps").format(number(span.sweeps))))

    def _hover(self, scene_pos: QPointF) -> None:
        if not self.rows or not self.bands_plot.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        p = self.bands_plot.getViewBox().mapSceneToView(scene_pos)
        row = len(self.rows) - 1 - round(p.y())
        if row == -1:
            text = self.describe_network(p.x())
        else:
            text = self.describe(self.rows[row][0], p.x()) if 0 <= row < len(self.rows) else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self.graphics)
        else:
            QToolTip.hideText()
