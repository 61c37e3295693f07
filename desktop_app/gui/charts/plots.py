"""What the charts share: the two stacked plots (verdict bands above, latency below, one time axis), and a chart's
layout of its plots over a legend, with hovering wired to the owner's tooltip."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def stacked_plots(graphics: pg.GraphicsLayoutWidget) -> tuple[pg.PlotItem, pg.PlotItem]:
    """Bands (3/5 of the height, no time labels) over latency (2/5, with them); x-linked, no context menus."""
    bands = graphics.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
    latency = graphics.addPlot(row=1, col=0, axisItems={"bottom": pg.DateAxisItem()})
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
