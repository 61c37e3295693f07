"""Inline SVG charts for the evidence report: per-platform availability bands and latency lines (no script, no URL).

Every text is escaped; colours are the app's Okabe-Ito verdict palette (copied from desktop_app/gui/style.py,
which core code must not import) and each verdict also has a symbol and words in the legend, never colour alone.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from html import escape

from desktop_app.common.i18n import REPORT, VERDICT, Translator, translator
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.common.vocabulary import BY_NAME, SEVERITY, VerdictInfo, info
from desktop_app.evidence.formats.csvout import parse_offset

Sample = tuple[float, str, "float | None"]  # (epoch seconds, verdict, latency in ms or None)
Fit = Callable[[str], str]  # what a renderer can show of a text (the PDF's font may lack some characters)


VERDICT_LOOKS: dict[str, VerdictInfo] = dict(BY_NAME)
# Line colours and dash patterns for the latency chart: Okabe-Ito again, and a dash so lines differ without colour.
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
LINE_DASHES = ("", "6 3", "2 2", "8 3 2 3", "4 4", "1 3")
NO_DATA_FILL = "#EEEEEE"
_RANK = {v: i for i, v in enumerate(SEVERITY)}  # 0 = most severe
_TICK_STEPS = (60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400,
               14 * 86400, 30 * 86400, 91 * 86400)

LABEL_W = 150  # px kept left of the plot for platform names
ROW_H = 18
ROW_GAP = 6
AXIS_H = 34
LEGEND_ROW_H = 18
CONTEXT = REPORT
ENGLISH = translator("en")
MONTHS = (QT_TRANSLATE_NOOP("Report", "Jan"), QT_TRANSLATE_NOOP("Report", "Feb"), QT_TRANSLATE_NOOP("Report", "Mar"),
          QT_TRANSLATE_NOOP("Report", "Apr"), QT_TRANSLATE_NOOP("Report", "May"), QT_TRANSLATE_NOOP("Report", "Jun"),
          QT_TRANSLATE_NOOP("Report", "Jul"), QT_TRANSLATE_NOOP("Report", "Aug"), QT_TRANSLATE_NOOP("Report", "Sep"),
          QT_TRANSLATE_NOOP("Report", "Oct"), QT_TRANSLATE_NOOP("Report", "Nov"), QT_TRANSLATE_NOOP("Report", "Dec"))


def look(verdict: str) -> VerdictInfo:
    return info(verdict)


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.month - 1 + months
    return moment.replace(year=moment.year + index // 12, month=index % 12 + 1, day=1)


def time_ticks(since: float, until: float, utc_offset: str = "+00:00", max_ticks: int = 7,
               i18n: Translator = ENGLISH, month_names: bool = True) -> list[tuple[float, str]]:
    """Round local-time ticks (every 5 min, hour, day, week, month...) between since and until, with labels (the
    month's name in i18n's language, or its number when month_names is False: digits alone need no shaping)."""
    span = max(until - since, 1.0)
    step = next((s for s in _TICK_STEPS if span / s <= max_ticks), _TICK_STEPS[-1])
    tz = parse_offset(utc_offset)
    start = datetime.fromtimestamp(since, tz=tz)
    midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
    months = 0
    if step < 86400:
        elapsed = (start - midnight).total_seconds()
        first = midnight + timedelta(seconds=-(-elapsed // step) * step)
    elif step < 30 * 86400:
        first = midnight if start == midnight else midnight + timedelta(days=1)
    else:
        months = 1 if step == 30 * 86400 else 3
        first = midnight.replace(day=1)
        first = first if first == start else _add_months(first, 1)
    ticks: list[tuple[float, str]] = []
    moment, last_day = first, None
    while moment.timestamp() <= until and len(ticks) < max_ticks * 2:
        day = moment.date()
        month = i18n.tr(CONTEXT, MONTHS[moment.month - 1])
        if not month_names:
            label = (f"{moment:%Y-%m}" if months else f"{moment:%m-%d}" if step >= 86400
                     else f"{moment:%m-%d %H:%M}" if day != last_day else f"{moment:%H:%M}")
        elif months:
            label = f"{month} {moment:%Y}"
        elif step >= 86400:
            label = f"{moment:%d} {month}"
        elif day != last_day:
            label = f"{moment:%d} {month} {moment:%H:%M}"
        else:
            label = f"{moment:%H:%M}"
        ticks.append((moment.timestamp(), label))
        last_day = day
        moment = _add_months(moment, months) if months else moment + timedelta(seconds=step)
    return ticks


def _interval(times: Sequence[float]) -> float:
    gaps = [b - a for a, b in itertools.pairwise(times) if b > a]
    return statistics.median(gaps) if gaps else 300.0


def band_segments(samples: Sequence[Sample], since: float, until: float) -> list[tuple[float, float, str]]:
    """(start, end, verdict) runs: each measurement holds until the next one, or ~3 sweep intervals at most."""
    points = sorted((t, v) for t, v, _ in samples if since <= t <= until)
    if not points:
        return []
    times = [t for t, _ in points]
    typical = _interval(times)
    max_gap = max(3 * typical, 60.0)
    out: list[tuple[float, float, str]] = []
    for i, (t, verdict) in enumerate(points):
        nxt = times[i + 1] if i + 1 < len(points) else t + typical
        end = min(nxt, t + max_gap, until)
        if out and out[-1][2] == verdict and abs(out[-1][1] - t) < 1e-9:
            out[-1] = (out[-1][0], end, verdict)
        else:
            out.append((t, end, verdict))
    return out


def _columns(segments: list[tuple[float, float, str]], x_of: Callable[[float], float],
             width: float) -> list[tuple[float, float, str]]:
    """Too many runs for the pixels: per pixel column, the most severe verdict seen (a short block stays visible)."""
    cols: list[str | None] = [None] * (int(width) + 1)
    for start, end, verdict in segments:
        a, b = int(x_of(start)), max(int(x_of(start)) + 1, int(x_of(end)))
        for c in range(max(a, 0), min(b, len(cols))):
            current = cols[c]
            if current is None or _RANK.get(verdict, 99) < _RANK.get(current, 99):
                cols[c] = verdict
    runs: list[tuple[float, float, str]] = []
    for c, worst in enumerate(cols):
        if worst is None:
            continue
        if runs and runs[-1][2] == worst and runs[-1][1] == c:
            runs[-1] = (runs[-1][0], c + 1, worst)
        else:
            runs.append((c, c + 1, worst))
    return runs


def _same(text: str) -> str:
    return text


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _svg_open(width: float, height: float, label: str, font_family: str) -> str:
    """The root element; label and family are escaped here."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_fmt(width)}" height="{_fmt(height)}" '
            f'viewBox="0 0 {_fmt(width)} {_fmt(height)}" role="img" aria-label="{escape(label)}" '
            f'font-family="{escape(font_family)}" font-size="11">')


def _axis(ticks: list[tuple[float, str]], x_of: Callable[[float], float], top: float, bottom: float,
          caption: str, fit: Fit) -> list[str]:
    parts: list[str] = []
    for t, label in ticks:
        x = _fmt(x_of(t))
        parts.append(f'<line x1="{x}" y1="{_fmt(top)}" x2="{x}" y2="{_fmt(bottom + 4)}" stroke="#BBBBBB" '
                     f'stroke-width="0.5"/>')
        parts.append(f'<text x="{x}" y="{_fmt(bottom + 15)}" text-anchor="middle" fill="#333333">'
                     f'{escape(fit(label))}</text>')
    parts.append(f'<text x="{LABEL_W}" y="{_fmt(bottom + 29)}" fill="#555555">{escape(fit(caption))}</text>')
    return parts


def _name(platform: str, names: Mapping[str, str] | None, fit: Fit = _same) -> str:
    text = fit((names or {}).get(platform, platform))
    return text if len(text) <= 22 else text[:21] + "…"


def _legend(items: list[tuple[str, str, str]], top: float, width: float, fit: Fit) -> tuple[list[str], float]:
    """(colour, symbol, words) swatches, wrapped over rows; returns the elements and the height used."""
    parts, x, y = [], float(LABEL_W), top
    for colour, symbol, words in items:
        text = fit(f"{symbol} {words}".strip())
        needed = 22 + 6.5 * len(text) + 14
        if x + needed > width and x > LABEL_W:
            x, y = float(LABEL_W), y + LEGEND_ROW_H
        parts.append(f'<rect x="{_fmt(x)}" y="{_fmt(y)}" width="14" height="11" fill="{colour}"/>')
        parts.append(f'<text x="{_fmt(x + 19)}" y="{_fmt(y + 10)}" fill="#222222">{escape(text)}</text>')
        x += needed
    return parts, (y - top) + LEGEND_ROW_H


def _empty(width: float, label: str, font_family: str, fit: Fit, i18n: Translator) -> str:
    nothing = i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "No measurements in this range."))
    return (_svg_open(width, 40, label, font_family)
            + f'<text x="10" y="24" fill="#555555">{escape(fit(nothing))}</text></svg>')


def _caption(utc_offset: str, i18n: Translator) -> str:
    return i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Local time (UTC{0})")).format(utc_offset)


def band_platforms(series: Mapping[str, Sequence[Sample]], since: float, until: float) -> list[str]:
    """The platforms availability_svg draws a band for, top to bottom (row i's name sits at band_label_y(i))."""
    return [p for p, s in series.items() if any(since <= t <= until for t, _, _ in s)]


def band_label_y(row: int) -> float:
    """The baseline of row's platform name, in the chart's units (width 760 unless asked otherwise)."""
    return 8 + row * (ROW_H + ROW_GAP) + 13


def verdicts_seen(series: Mapping[str, Sequence[Sample]], since: float, until: float) -> set[str]:
    return {v for p in band_platforms(series, since, until) for _, _, v in band_segments(series[p], since, until)}


def legend_items(seen: set[str], i18n: Translator = ENGLISH) -> list[tuple[str, str, str]]:
    """(colour, symbol, words) of each verdict the bands show, most severe first, and the no-data grey."""
    order = [v for v in VERDICT_LOOKS if v in seen] + sorted(v for v in seen if v not in VERDICT_LOOKS)
    items = [(look(v).colour, look(v).symbol, i18n.tr(VERDICT, look(v).words)) for v in order]
    items.append((NO_DATA_FILL, "", i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "No measurement"))))
    return items


def availability_svg(series: Mapping[str, Sequence[Sample]], *, since: float, until: float,
                     utc_offset: str = "+00:00", names: Mapping[str, str] | None = None, width: int = 760,
                     font_family: str = "sans-serif", tooltips: bool = True, fit: Fit = _same,
                     i18n: Translator = ENGLISH, words: bool = True) -> str:
    """One band per platform, coloured by verdict over time, with a local-time axis and a legend, in i18n's language.

    words=False leaves out the names, the caption and the legend (only the ticks' digits stay): for a renderer
    that cannot shape right-to-left text inside an SVG (the PDF), which then draws them itself.
    """
    label = i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Availability of each platform over time"))
    platforms = band_platforms(series, since, until)
    if not platforms or until <= since:
        return _empty(width, label, font_family, fit, i18n)
    plot_w = width - LABEL_W - 10
    tz = parse_offset(utc_offset)

    def x_of(t: float) -> float:
        return LABEL_W + (t - since) / (until - since) * plot_w

    def when(t: float) -> str:
        return f"{datetime.fromtimestamp(t, tz=tz):%Y-%m-%d %H:%M}"

    body: list[str] = []
    seen: set[str] = set()
    for row, platform in enumerate(platforms):
        y = 8 + row * (ROW_H + ROW_GAP)
        if words:
            body.append(f'<text x="{LABEL_W - 8}" y="{_fmt(band_label_y(row))}" text-anchor="end" fill="#222222">'
                        f'{escape(_name(platform, names, fit))}</text>')
        body.append(f'<rect x="{LABEL_W}" y="{y}" width="{_fmt(plot_w)}" height="{ROW_H}" fill="{NO_DATA_FILL}"/>')
        segments = band_segments(series[platform], since, until)
        seen.update(v for _, _, v in segments)
        if len(segments) > plot_w:
            for a, b, verdict in _columns(segments, x_of, LABEL_W + plot_w):
                body.append(f'<rect x="{_fmt(a)}" y="{y}" width="{_fmt(b - a)}" height="{ROW_H}" '
                            f'fill="{look(verdict).colour}"/>')
            continue
        for start, end, verdict in segments:
            x0, x1 = x_of(start), max(x_of(end), x_of(start) + 1.0)
            rect = (f'<rect x="{_fmt(x0)}" y="{y}" width="{_fmt(x1 - x0)}" height="{ROW_H}" '
                    f'fill="{look(verdict).colour}"')
            if tooltips:
                tip = (f"{_name(platform, names)}: {i18n.tr(VERDICT, look(verdict).words)}, "
                       f"{i18n.ltr(f'{when(start)} – {when(end)} {utc_offset}')}")
                body.append(f"{rect}><title>{escape(fit(tip))}</title></rect>")
            else:
                body.append(rect + "/>")
    bottom = 8 + len(platforms) * (ROW_H + ROW_GAP) - ROW_GAP
    body.extend(_axis(time_ticks(since, until, utc_offset, i18n=i18n, month_names=words), x_of, 8, bottom,
                      _caption(utc_offset, i18n) if words else "", fit))
    if not words:
        return _svg_open(width, bottom + AXIS_H, label, font_family) + "".join(body) + "</svg>"
    legend, legend_h = _legend(legend_items(seen, i18n), bottom + AXIS_H + 6, width, fit)
    height = bottom + AXIS_H + 6 + legend_h + 4
    return _svg_open(width, height, label, font_family) + "".join(body + legend) + "</svg>"


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** len(str(int(value))) / 10
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def latency_runs(samples: Sequence[Sample], since: float, until: float,
                 buckets: int) -> list[list[tuple[float, float]]]:
    """Connected (time, ms) runs; a missing latency or a gap of over ~3 sweep intervals breaks the line.

    With more points than `buckets`, each bucket's mean is drawn, at the bucket's mean time.
    """
    points = sorted((t, lat) for t, _, lat in samples if since <= t <= until)
    if not points:
        return []
    typical = _interval([t for t, _ in points])
    max_gap = max(3 * typical, 60.0)
    if len(points) > buckets > 0:
        size = (until - since) / buckets
        grouped: dict[int, list[tuple[float, float | None]]] = {}
        for t, lat in points:
            grouped.setdefault(min(int((t - since) / size), buckets - 1), []).append((t, lat))
        reduced: list[tuple[float, float | None]] = []
        for key in sorted(grouped):
            group = grouped[key]
            values = [lat for _, lat in group if lat is not None]
            reduced.append((statistics.fmean(t for t, _ in group), statistics.fmean(values) if values else None))
        points, max_gap = reduced, max(max_gap, 2 * size)
    runs: list[list[tuple[float, float]]] = []
    last_t: float | None = None
    for t, lat in points:
        if lat is None:
            last_t = None
            continue
        if last_t is None or t - last_t > max_gap or not runs:
            runs.append([])
        runs[-1].append((t, float(lat)))
        last_t = t
    return runs


def latency_legend(series: Mapping[str, Sequence[Sample]], *, since: float, until: float,
                   names: Mapping[str, str] | None = None, width: int = 760) -> list[tuple[str, str, str]]:
    """(colour, "", name) of each line latency_svg draws, in its order (for a renderer that draws the legend)."""
    plot_w = width - LABEL_W - 10
    drawn = [p for p, s in series.items() if latency_runs(s, since, until, int(plot_w))]
    return [(LINE_COLOURS[i % len(LINE_COLOURS)], "", _name(p, names)) for i, p in enumerate(drawn)]


def latency_svg(series: Mapping[str, Sequence[Sample]], *, since: float, until: float,
                utc_offset: str = "+00:00", names: Mapping[str, str] | None = None, width: int = 760,
                height: int = 180, font_family: str = "sans-serif", fit: Fit = _same, i18n: Translator = ENGLISH,
                words: bool = True) -> str:
    """TCP connect time per platform as lines (gaps where nothing connected), with axes and a legend, in i18n's
    language; words=False leaves out the caption and the legend (see availability_svg)."""
    label = i18n.tr(CONTEXT,
                    QT_TRANSLATE_NOOP("Report", "Connection time of each platform over time, in milliseconds"))
    plot_w = width - LABEL_W - 10
    runs_by = {p: latency_runs(s, since, until, int(plot_w)) for p, s in series.items()}
    runs_by = {p: r for p, r in runs_by.items() if r}
    if not runs_by or until <= since:
        return _empty(width, label, font_family, fit, i18n)
    top, bottom = 8.0, float(height)
    peak = _nice_ceiling(max(v for runs in runs_by.values() for run in runs for _, v in run))

    def x_of(t: float) -> float:
        return LABEL_W + (t - since) / (until - since) * plot_w

    def y_of(v: float) -> float:
        return bottom - (v / peak) * (bottom - top)

    body = [(f'<rect x="{LABEL_W}" y="{_fmt(top)}" width="{_fmt(plot_w)}" height="{_fmt(bottom - top)}" '
             f'fill="#FAFAFA" stroke="#CCCCCC" stroke-width="0.5"/>')]
    for fraction in (0.0, 0.5, 1.0):
        value, y = peak * fraction, y_of(peak * fraction)
        body.append(f'<line x1="{LABEL_W}" y1="{_fmt(y)}" x2="{_fmt(LABEL_W + plot_w)}" y2="{_fmt(y)}" '
                    f'stroke="#DDDDDD" stroke-width="0.5"/>')
        body.append(f'<text x="{LABEL_W - 6}" y="{_fmt(y + 4)}" text-anchor="end" fill="#333333">'
                    f'{escape(fit(_fmt(value) + " ms"))}</text>')
    items = []
    for i, (platform, runs) in enumerate(runs_by.items()):
        colour, dash = LINE_COLOURS[i % len(LINE_COLOURS)], LINE_DASHES[i % len(LINE_DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for run in runs:
            if len(run) == 1:
                t, v = run[0]
                body.append(f'<circle cx="{_fmt(x_of(t))}" cy="{_fmt(y_of(v))}" r="1.8" fill="{colour}"/>')
                continue
            points = " ".join(f"{_fmt(x_of(t))},{_fmt(y_of(v))}" for t, v in run)
            body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="1.4"'
                        f'{dash_attr}/>')
        items.append((colour, "", _name(platform, names, fit)))
    body.extend(_axis(time_ticks(since, until, utc_offset, i18n=i18n, month_names=words), x_of, top, bottom,
                      _caption(utc_offset, i18n) if words else "", fit))
    if not words:
        return _svg_open(width, bottom + AXIS_H, label, font_family) + "".join(body) + "</svg>"
    legend, legend_h = _legend(items, bottom + AXIS_H + 6, width, fit)
    total_h = bottom + AXIS_H + 6 + legend_h + 4
    return _svg_open(width, total_h, label, font_family) + "".join(body + legend) + "</svg>"
