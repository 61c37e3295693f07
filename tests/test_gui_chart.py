"""The live chart and the evidence dialog: bounded buffers, bands, follow mode, clicks, and the evidence tree."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, Qt

from desktop_app.gui.charts.buffers import SweepBuffer
from desktop_app.gui.charts.live_chart import ReachabilityChart
from desktop_app.gui.dialogs.measurement_detail import EvidenceDialog
from desktop_app.gui.style import VERDICT_CODES
from desktop_app.probes.summary import PlatformPoint, SweepPoint

PLATFORMS = [("x", "X"), ("youtube", "YouTube"), ("control", "Checks")]
T0 = 1_780_000_000.0


def sweep(i: int, x: str = "ok", latency: float | None = 40.0, interval: float = 60.0) -> SweepPoint:
    t = T0 + i * interval
    return SweepPoint(t, t + 3, "online", {
        "x": PlatformPoint("x", x, 0 if x == "ok" else 5, 5, None if x == "ok" else "reset", latency),
        "youtube": PlatformPoint("youtube", "ok", 0, 6, None, 30.0),
        "control": PlatformPoint("control", "ok", 0, 4, None, None)}, seq=i)


def test_buffer_keeps_the_newest_and_orders_them():
    buf = SweepBuffer(["x", "youtube", "control"], capacity=8)
    for i in range(20):
        buf.append(sweep(i, latency=None if i == 19 else float(i)))
    starts, _, codes, latency = buf.ordered()
    assert len(buf) == 8 and list(starts) == [T0 + 60 * i for i in range(12, 20)]
    assert math.isnan(latency[0, -1]) and latency[0, 0] == 12.0
    assert set(codes[0]) == {VERDICT_CODES["ok"]}
    buf.append(sweep(3))  # older than what is held: ignored
    latest = buf.latest()
    assert len(buf) == 8 and latest is not None and latest.seq == 19


def test_point_at_band_edges():
    buf = SweepBuffer(["x", "youtube", "control"], capacity=8)
    for i in range(3):
        buf.append(sweep(i, x="tls_blocked" if i == 1 else "ok"))
    now = T0 + 400

    def seq_at(t: float) -> int | None:
        point = buf.point_at(t, now)
        return None if point is None else point.seq

    assert seq_at(T0 + 60) == 1
    assert seq_at(T0 + 119.9) == 1
    assert seq_at(T0 + 120) == 2
    assert seq_at(T0 + 399) == 2  # the newest verdict holds until now
    assert buf.point_at(T0 - 1, now) is None
    assert buf.point_at(T0 + 401, now) is None


def chart_at(qtbot, last_index: int = 0) -> ReachabilityChart:
    chart = ReachabilityChart(PLATFORMS)
    qtbot.addWidget(chart)
    chart.now = lambda: T0 + last_index * 60 + 30
    return chart


def test_chart_items_do_not_grow(qtbot):
    chart = ReachabilityChart(PLATFORMS)
    qtbot.addWidget(chart)
    chart.redraw()
    items = chart.item_count()
    for i in range(2500):
        chart.add_sweep(sweep(i, x="tls_blocked" if i % 50 < 5 else "ok"))
    chart.redraw()
    assert chart.item_count() == items
    assert len(chart.buffer) == chart.buffer.capacity
    x0 = chart.bars[0].opts["x0"]
    assert 0 < len(x0) < 200  # runs, not one bar per sweep


def test_follow_mode_scrolls_but_a_panned_view_stays(qtbot):
    chart = chart_at(qtbot, 99)
    chart.load([sweep(i) for i in range(100)])
    chart.redraw()
    (_, right), _ = chart.bands_plot.getViewBox().viewRange()
    assert right >= T0 + 99 * 60
    chart.now = lambda: T0 + 100 * 60 + 30
    chart.add_sweep(sweep(100))
    chart.redraw()
    (_, right2), _ = chart.bands_plot.getViewBox().viewRange()
    assert right2 > right
    chart.bands_plot.setXRange(T0, T0 + 1800, padding=0)
    chart._user_moved()
    assert not chart.follow
    chart.add_sweep(sweep(101))
    chart.redraw()
    (left3, _), _ = chart.bands_plot.getViewBox().viewRange()
    assert abs(left3 - T0) < 60


def test_the_current_band_reaches_now_and_is_not_claimed_forever(qtbot):
    chart = chart_at(qtbot, 0)
    chart.add_sweep(sweep(0, x="tls_blocked"))
    chart.now = lambda: T0 + 600
    chart.redraw()
    assert chart.bars[0].opts["x1"][-1] == T0 + 600
    chart.now = lambda: T0 + 86400
    chart.redraw()
    assert chart.bars[0].opts["x1"][-1] == T0 + 3600  # an hour at most: the app may have been asleep


def test_a_sweep_is_drawn_within_a_second(qtbot):
    chart = ReachabilityChart(PLATFORMS)
    qtbot.addWidget(chart)
    before = chart.redraws
    chart.add_sweep(sweep(0))
    qtbot.waitUntil(lambda: chart.redraws > before, timeout=1000)


def test_clicking_a_band_activates_its_sweep(qtbot):
    chart = chart_at(qtbot, 39)
    chart.resize(900, 500)
    chart.show()
    qtbot.waitExposed(chart)
    chart.load([sweep(i, x="tls_blocked" if i == 30 else "ok") for i in range(40)])
    chart.redraw()
    chart.set_span(40 * 60)
    chart.redraw()
    qtbot.wait(50)  # let the view apply the range before mapping coordinates
    pos = chart.band_position("x", T0 + 30 * 60 + 30).toPoint()
    with qtbot.waitSignal(chart.pointActivated, timeout=2000) as blocker:
        qtbot.mouseClick(chart.graphics.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    platform, point = blocker.args
    assert platform == "x" and point.seq == 30 and point.platforms["x"].verdict == "tls_blocked"
    assert chart.selected == "x"


def test_latency_line_shows_gaps_for_missing_values(qtbot):
    chart = ReachabilityChart(PLATFORMS)
    qtbot.addWidget(chart)
    chart.load([sweep(i, latency=None if i == 2 else 40.0) for i in range(5)])
    chart.redraw()
    _, y = chart.latency_line.getData()
    assert np.isnan(y[2]) and y[0] == 40.0


def test_evidence_dialog_lists_every_step_and_failure(qtbot):
    records = [{"platform": "x", "url": "https://x.com/", "verdict": "tls_blocked", "reason": "SNI filtering",
                "t_ms": 812.0,
                "steps": [{"step": "dns", "resolver": "system", "rcode": "NOERROR", "answers": ["192.0.2.1"],
                           "t0_ms": 0.0, "t_ms": 3.1},
                          {"step": "tcp", "address": "192.0.2.1", "port": 443, "t0_ms": 4.0, "t_ms": 1.2},
                          {"step": "tls", "address": "192.0.2.1", "sni": "x.com", "failure": "connection_reset",
                           "t0_ms": 5.3, "t_ms": 0.9},
                          {"step": "sni_swap", "address": "192.0.2.1", "sni": "example.org", "version": "TLSv1.3",
                           "t0_ms": 7.0, "t_ms": 2.0}],
                "retest": [{"step": "tls", "address": "192.0.2.1", "sni": "x.com", "failure": "connection_reset",
                            "t0_ms": 1.0, "t_ms": 1.0}]}]
    point = PlatformPoint("x", "tls_blocked", 1, 1, "SNI filtering", 1.2)
    dialog = EvidenceDialog("X", point, T0, records)
    qtbot.addWidget(dialog)
    rows = dialog.step_rows()
    assert len(rows) == 5
    failed = [r for r in rows if r[0].startswith("✖")]  # marked by a symbol, not by colour alone
    assert [r[4] for r in failed] == ["tls · connection_reset", "tls · connection_reset"]  # the first try, the repeat
    assert all(r[1] == "The secure connection was refused after the server name was sent." for r in failed)
    swap = next(r for r in rows if r[4] == "sni_swap")
    assert swap[1] == "With an innocuous name the same address set up a secure connection."
    dialog.copy_json()
    from PySide6.QtGui import QGuiApplication
    assert '"connection_reset"' in QGuiApplication.clipboard().text()
