"""The collection's report for publication: one self-contained HTML file (inline SVG) and a PDF beside it.

Reuses the bundle report's table, styles, fonts and availability chart, so both read alike. Networks are shown,
addresses never; signers by label or pseudonym when asked.
"""

from __future__ import annotations

import io
import time
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import Any

from desktop_app.collect import queries as q
from desktop_app.common.timeutil import utc_iso
from desktop_app.common.timeutil import utc_minute as _t
from desktop_app.evidence.formats.report import _CSP, _CSS, _setup_fonts, _table, find_unicode_font, technique_text
from desktop_app.evidence.formats.svgchart import Sample, availability_svg

SUMMARY_HEADERS = ["Platform", "Verdict", "Signers", "Networks", "Measurements", "First seen (UTC)", "Last seen (UTC)"]
INCIDENT_HEADERS = ["Platform", "Technique", "Start (UTC)", "End (UTC)", "People", "Networks", "Measurements"]
DISSENT_HEADERS = ["Platform", "Network", "Signer", "Saw it", "Others who did not", "Hours", "From (UTC)"]


def tables(con: Any, window: q.Window, pseudonymise: bool) -> dict[str, Any]:
    names = q.signer_names(con, pseudonymise)
    custody = q.custody(con)
    summary = [[r.platform, technique_text(r.verdict), str(r.signers), str(r.networks), f"{r.measurements:,}",
                _t(r.first), _t(r.last)] for r in q.summary(con, window)]
    incidents = [[i.platform, technique_text(i.technique), _t(i.start), _t(i.end), str(i.people), str(i.networks),
                  f"{i.measurements:,}"] for i in q.incidents(con, window)]
    dissents = [[d.platform, d.network, names.get(d.signer, d.signer), d.view, str(d.others), str(d.hours),
                 _t(d.first)] for d in q.dissents(con, window)]
    series: dict[str, list[Sample]] = defaultdict(list)
    buckets: dict[tuple[str, float], Counter[str]] = defaultdict(Counter)
    for platform, network, t, verdict, n, _signers in q.timeline(con, window):
        buckets[(f"{platform} · {network}", t)][verdict] += n
    for (label, t), counts in sorted(buckets.items()):
        series[label].append((t, counts.most_common(1)[0][0], None))
    times = [t for (_, t) in buckets]
    span = (min(times), max(times) + q.HOUR) if times else (0.0, 1.0)
    return {"custody": custody, "summary": summary, "incidents": incidents, "dissents": dissents,
            "series": dict(series), "span": span}


def _custody_lines(c: q.Custody) -> list[str]:
    lines = [(f"{c.accepted} bundles verified and accepted from {c.signers} signers "
             f"({c.unregistered} not registered beforehand); {c.measurements:,} distinct measurements."),
             f"{c.rejected} bundles rejected and never counted."]
    lines += [f"Rejected for failing the check '{name}': {n}." for name, n in c.reasons]
    return lines


def _chart(data: dict[str, Any], **pdf: Any) -> str:
    """The bands over time (the bundle report's chart), inline in the HTML and drawn into the PDF (`pdf` gives
    the PDF's font family and fitting, as the bundle's PDF does)."""
    since, until = data["span"]
    return availability_svg(data["series"], since=since, until=until, **pdf)


def render_html(data: dict[str, Any], created: float) -> str:
    chart = _chart(data)
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
             f"<title>Collection report</title><style>{_CSS}</style></head><body>",
             "<header><h1>Collection report</h1>", f'<p class="meta">Made {escape(utc_iso(created))}</p>',
             *(f'<p class="meta">{escape(line)}</p>' for line in _custody_lines(data["custody"])), "</header>",
             "<section><h2>Verdicts per platform</h2>",
             _table(SUMMARY_HEADERS, data["summary"], numeric=(2, 3, 4)), "</section>",
             "<section><h2>Over time, per platform and network</h2>", (f"<figure>{chart}<figcaption>Each band is a "
             "platform on one network; each hour shows the verdict most measurements gave.</figcaption></figure>"),
             "</section>", "<section><h2>Incidents</h2>",
             _table(INCIDENT_HEADERS, data["incidents"], numeric=(4, 5, 6)) if data["incidents"] else
             "<p>No confirmed blocking in this collection.</p>", "</section>",
             "<section><h2>Vantage points that disagree</h2>",
             _table(DISSENT_HEADERS, data["dissents"], numeric=(4, 5)) if data["dissents"] else
             "<p>Every signer measuring the same platform on the same network at the same time saw the same.</p>",
             "</section>", "<footer>Made by Vantage from verified bundles. This file fetches nothing.</footer>",
             "</body></html>"]
    return "\n".join(parts)


def render_pdf(data: dict[str, Any], path: Path, created: float) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    fonts = _setup_fonts(pdf, find_unicode_font())
    fit, family = fonts.fit, fonts.family
    pdf.set_title("Collection report")
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(pdf.epw, 8, "Collection report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    for line in [f"Made {utc_iso(created)}", *_custody_lines(data["custody"])]:
        pdf.multi_cell(pdf.epw, 5, fit(line), new_x="LMARGIN", new_y="NEXT")
    if data["series"]:
        pdf.ln(3)
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(pdf.epw, 7, "Over time, per platform and network", new_x="LMARGIN", new_y="NEXT")
        svg = _chart(data, font_family=family, fit=fit, tooltips=False)
        pdf.image(io.BytesIO(svg.encode("utf-8")), w=pdf.epw)  # fpdf2 draws SVG, as in the bundle's PDF
    for title, headers, rows in (("Verdicts per platform", SUMMARY_HEADERS, data["summary"]),
                                 ("Incidents", INCIDENT_HEADERS, data["incidents"]),
                                 ("Vantage points that disagree", DISSENT_HEADERS, data["dissents"])):
        pdf.ln(3)
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(pdf.epw, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 7.5)
        if not rows:
            pdf.multi_cell(pdf.epw, 5, "None.", new_x="LMARGIN", new_y="NEXT")
            continue
        with pdf.table(line_height=4.2, text_align="LEFT", width=pdf.epw) as table:
            for row in [headers, *rows]:
                table.row([fit(c) for c in row])
    pdf.output(str(path))


def write_report(con: Any, dest: Path, window: q.Window | None = None, pseudonymise: bool = False,
                 now: float | None = None) -> tuple[Path, Path]:
    """report.html at `dest` and report.pdf beside it; both owner-readable only until the person shares them."""
    created = time.time() if now is None else now
    data = tables(con, window or q.Window(), pseudonymise)
    dest = Path(dest).expanduser()
    pdf = dest.with_suffix(".pdf")
    partial = dest.with_name(f".{dest.name}.partial")
    partial.write_text(render_html(data, created), encoding="utf-8")
    partial.replace(dest)
    render_pdf(data, pdf, created)
    return dest, pdf
