"""The two stacked plots both charts use: verdict bands above, latency below, sharing one time axis."""

from __future__ import annotations

import pyqtgraph as pg


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
