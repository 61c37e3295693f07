"""What the charts share: the two stacked plots (verdict bands above, latency below, one time axis), and a chart's
layout of its plots over a legend, with hovering wired to the owner's tooltip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset, utcfromtimestamp
from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, QTime, QTimeZone
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# pyqtgraph's tick formats (strftime, always English) and the same in Qt's notation, which QLocale writes in the
# app's language: Urdu and Persian month and day names, Persian digits.
QT_FORMATS = {"%Y": "yyyy", "%b": "MMM", "%a %d": "ddd d", "%d": "d", "%H:%M": "HH:mm", "%H:%M:%S": "HH:mm:ss",
              "%S.%f": "ss.zzz"}


def local_tick(moment: datetime, strftime_format: str) -> str:
    """One tick's label in the app's language (moment is the axis's wall-clock time, without a zone)."""
    qt_format = QT_FORMATS.get(strftime_format)
    if qt_format is None:
        return moment.strftime(strftime_format)
    wall = QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000), QTimeZone.utc())
    return QLocale().toString(wall, qt_format)


class LocalDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with its labels in the app's language (it writes "Dec", "Thu 03" in English)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        english = super().tickStrings(values, scale, spacing)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or QLocale().language() == QLocale.Language.English:
            return english
        out = []
        for value, text in zip(values, english, strict=True):
            try:
                moment = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append(text)
                continue
            out.append(local_tick(moment, spec.format))
        return out


def stacked_plots(graphics: pg.GraphicsLayoutWidget) -> tuple[pg.PlotItem, pg.PlotItem]:
    """Bands (3/5 of the height, no time labels) over latency (2/5, with them); x-linked, no context menus."""
    bands = graphics.addPlot(row=0, col=0, axisItems={"bottom": LocalDateAxis()})
    latency = graphics.addPlot(row=1, col=0, axisItems={"bottom": LocalDateAxis()})
    graphics.ci.layout.setRowStretchFactor(0, 3)
    graphics.ci.layout.setRowStretchFactor(1, 2)
    latency.setXLink(bands)
    for plot in (bands, latency):
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=False, alpha=0.2)
    bands.getAxis("bottom").setStyle(showValues=False)
    return bands, latency


def with_legend(owner: QWidget, graphics: pg.GraphicsLayoutWidget, hover: Callable[[QPointF], None]) -> QLabel:
    """Lay out `graphics` over a word-wrapped legend in `owner`; the mouse's moves over the plots go to `hover`."""
    legend = QLabel()
    legend.setWordWrap(True)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(graphics, 1)
    layout.addWidget(legend)
    graphics.scene().sigMouseMoved.connect(hover)
    return legend
