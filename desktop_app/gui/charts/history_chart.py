"""The History view's chart: per platform, verdict bands over the chosen range, and latency below.

Rows and lines are created once per set of platforms and updated with setOpts/setData; consecutive buckets of one
verdict are drawn as one bar, and latency lines use clip-to-view with peak downsampling. Over the bands, each
incident is framed, and each blocking verdict that stayed unconfirmed (a one-sweep blip, or one whose follow-up is
still to come: store/confirmation.py) is a hollow ring, its stretch of band hatched rather than solid.
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Collection, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.common.vocabulary import BLOCKING
from desktop_app.gui.charts.plots import stacked_plots, with_legend
from desktop_app.gui.icons import NEUTRAL_TONE
from desktop_app.gui.localtext import local_text, number
from desktop_app.gui.style import VERDICT_STYLES, verdict_words
from desktop_app.store.confirmation import STATUS_WORDS
from desktop_app.store.history_query import HistorySeries, PlatformSeries
from desktop_app.store.incidents import Incident, UnconfirmedVerdict

# Networks are drawn in greys and muted blues, apart from the verdict colours.
NETWORK_COLOURS = ("#5A5A5A", "#A0A0A0", "#3E6A8A", "#C7C7C7", "#7D93A8", "#2F2F2F")
# Latency lines take each platform's tone (resources/platforms.toml, the one place platform colours live); several
# tones are close (greys, blues), so each line also gets its own dash pattern, and the legend names them.
LINE_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
               Qt.PenStyle.DashDotDotLine)
INCIDENT_OUTLINE = "#1A1A1A"  # a confirmed incident's frame around its stretch of band
RING_PX = 12  # an unconfirmed verdict's hollow ring, in pixels at any zoom (one sweep is a sliver of a year)


def runs(series: PlatformSeries, doubtful: Collection[int] = ()) -> tuple[list[float], list[float], list[str],
                                                                          list[bool]]:
    """Merge touching buckets of one verdict: a quiet month is one bar, not 720. The buckets in `doubtful` (by
    index) owe their colour to unconfirmed verdicts alone: they make runs of their own, flagged True."""
    x0: list[float] = []
    x1: list[float] = []
    verdicts: list[str] = []
    flags: list[bool] = []
    for i, (start, end, verdict) in enumerate(zip(series.starts, series.ends, series.verdicts, strict=True)):
        flag = i in doubtful
        if verdicts and verdicts[-1] == verdict and flags[-1] == flag and x1[-1] >= start:
            x1[-1] = end
        else:
            x0.append(start)
            x1.append(end)
            verdicts.append(verdict)
            flags.append(flag)
    return x0, x1, verdicts, flags


def doubtful_buckets(series: PlatformSeries, level: float, unconfirmed: Sequence[UnconfirmedVerdict]) -> set[int]:
    """The buckets whose blocking colour comes only from verdicts that stayed unconfirmed (every blocking sweep in
    them is one of those): drawn hatched, apart from confirmed blocking."""
    found: dict[int, int] = {}
    for u in unconfirmed:
        i = bisect.bisect_right(series.starts, u.started_at) - 1
        if i >= 0 and u.started_at < series.starts[i] + level:
            found[i] = found.get(i, 0) + 1
    return {i for i, n in found.items() if series.verdicts[i] in BLOCKING
            and sum(c for v, c in series.counts[i].items() if v in BLOCKING) <= n}


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
        self._present: set[str] = set()  # the verdicts the bands show, for the legend
        self.bars_drawn = 0
        self._brushes = {v: QBrush(QColor(s.colour)) for v, s in VERDICT_STYLES.items()}
        # a stretch coloured by unconfirmed verdicts alone: the same colour, hatched (lighter, and not only by hue)
        self._doubt_brushes = {v: QBrush(QColor(s.colour), Qt.BrushStyle.BDiagPattern)
                               for v, s in VERDICT_STYLES.items()}
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Reachability and latency over the chosen range"))
        self.bands_plot, self.latency_plot = stacked_plots(self.graphics)
        for plot in (self.bands_plot, self.latency_plot):
            plot.setMouseEnabled(x=True, y=False)
            plot.getAxis("left").setWidth(130)
        self.latency_plot.setLabel("left", self.tr("latency (ms)"))
        self.latency_plot.setClipToView(True)
        self.latency_plot.setDownsampling(auto=True, mode="peak")
        # on a light, nearly opaque ground: the lines under it would otherwise run through its names
        self.latency_legend = self.latency_plot.addLegend(offset=(10, 5), colCount=6,
                                                          brush=pg.mkBrush(255, 255, 255, 225),
                                                          pen=pg.mkPen(200, 200, 200))
        self.network_bar = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brushes=[], pen=pg.mkPen(None))
        self.bands_plot.addItem(self.network_bar)
        self.network_colours: dict[str, str] = {}
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.incidents: list[Incident] = []  # as the incident finder last answered (outlined when on a row)
        self.unconfirmed: list[UnconfirmedVerdict] = []  # blocking verdicts that made no incident (rings)
        self.incident_frames = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=pg.mkBrush(None),
                                               pen=pg.mkPen(INCIDENT_OUTLINE, width=2))
        self.rings = pg.ScatterPlotItem(pxMode=True, size=RING_PX, symbol="o", brush=pg.mkBrush("w"),
                                        pen=pg.mkPen(INCIDENT_OUTLINE, width=2))
        for item in (self.incident_frames, self.rings):
            item.setZValue(10)  # over every platform's bars, which are added later
            self.bands_plot.addItem(item)
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
        for pid, _ in self.rows:
            data = series.platforms.get(pid) or PlatformSeries(pid)
            self.lines[pid].setData(np.array(data.starts, dtype=float), np.array(data.latency_ms, dtype=float),
                                    connect="finite")
        self._draw_networks(series, n)
        self._draw_findings()
        self.latency_legend.clear()
        for pid, name in self.rows:  # only the lines that have something to draw
            if np.isfinite(np.array(series.platforms[pid].latency_ms if pid in series.platforms else [],
                                    dtype=float)).any():
                self.latency_legend.addItem(self.lines[pid], name)
        # a little room on the left only: the right edge is the end of the range (now), never the future
        self.zoom(series.since - (series.until - series.since) * 0.02, series.until, padding=0.0)

    def show_findings(self, incidents: Sequence[Incident], unconfirmed: Sequence[UnconfirmedVerdict]) -> None:
        """Outline the incidents and ring the unconfirmed verdicts (the incident finder's answer for the range)."""
        self.incidents, self.unconfirmed = list(incidents), list(unconfirmed)
        self._draw_findings()

    def forget_findings(self) -> None:
        """A new range was asked for: no outline or ring stays from the last one while its findings load."""
        self.show_findings([], [])

    def _row_y(self) -> dict[str, int]:
        n = len(self.rows)
        return {pid: n - 1 - i for i, (pid, _) in enumerate(self.rows)}

    def drawn_incidents(self) -> list[Incident]:
        """The incidents outlined on the chart: those on a row it shows."""
        rows = self._row_y()
        return [i for i in self.incidents if i.platform in rows]

    def drawn_unconfirmed(self) -> list[UnconfirmedVerdict]:
        """The unconfirmed verdicts ringed on the chart: those on a row it shows."""
        rows = self._row_y()
        return [u for u in self.unconfirmed if u.platform in rows]

    def _draw_bands(self) -> None:
        if self.series is None:
            return
        n = len(self.rows)
        present: set[str] = set()
        self.bars_drawn = 0
        for i, (pid, _) in enumerate(self.rows):
            data = self.series.platforms.get(pid) or PlatformSeries(pid)
            mine = [u for u in self.unconfirmed if u.platform == pid]
            x0, x1, verdicts, doubtful = runs(data, doubtful_buckets(data, self.series.level, mine) if mine else ())
            present.update(verdicts)
            y = n - 1 - i
            self.bars[pid].setOpts(x0=np.array(x0), x1=np.array(x1), y0=np.full(len(x0), y - 0.38),
                                   y1=np.full(len(x0), y + 0.38),
                                   brushes=[(self._doubt_brushes if d else self._brushes)[v]
                                            for v, d in zip(verdicts, doubtful, strict=True)])
            self.bars_drawn += len(x0)
        self._present = present

    def _draw_findings(self) -> None:
        self._draw_bands()
        rows = self._row_y()
        framed = self.drawn_incidents()
        # an incident of one sweep, or one still going on, still gets a frame one bucket wide at least
        level = float(self.series.level) if self.series is not None else 60.0
        until = self.series.until if self.series is not None else None
        x0 = [i.start for i in framed]
        x1 = [max((i.end if i.end is not None else (until or i.last_seen)), i.start + level) for i in framed]
        y = [rows[i.platform] for i in framed]
        self.incident_frames.setOpts(x0=np.array(x0, dtype=float), x1=np.array(x1, dtype=float),
                                     y0=np.array(y, dtype=float) - 0.44, y1=np.array(y, dtype=float) + 0.44)
        ringed = self.drawn_unconfirmed()
        self.rings.setData(x=[u.started_at for u in ringed], y=[float(rows[u.platform]) for u in ringed])
        self._show_legend()

    def _show_legend(self) -> None:
        present = self._present
        verdicts = [verdict_legend(present)] if present else []
        if self.drawn_incidents():
            verdicts.append(f'<span style="color:{INCIDENT_OUTLINE}">▭</span> ' + html.escape(self.tr("Incident")))
        if self.drawn_unconfirmed():
            verdicts.append(f'<span style="color:{INCIDENT_OUTLINE}">○</span> '
                            + html.escape(self.tr("Unconfirmed (one sweep)")))
        networks = ([f'<span style="color:{self.network_colours[name]}">▬</span> {html.escape(name)}'
                     for name in self.series.network_totals] if self.series is not None else [])
        self.legend.setText("&nbsp;&nbsp; ".join(verdicts) + ("<br>" + self.tr("Measured from: ")
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
        doubts = sorted({QCoreApplication.translate("Confirmation", STATUS_WORDS[u.status])
                         for u in self.unconfirmed if u.platform == platform and u.status in STATUS_WORDS
                         and data.starts[i] <= u.started_at <= data.ends[i]})
        return (f"<b>{name}</b><br>{local_text(data.starts[i])}<br>{counts}"
                + ("" if math.isnan(latency) else f"<br>{latency:.0f} ms")
                + "".join(f"<br>○ {html.escape(d)}" for d in doubts))

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
