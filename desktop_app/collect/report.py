"""The collection's report for publication: one self-contained HTML file (inline SVG) and a PDF beside it.

Reuses the bundle report's table, styles, fonts, PDF writer and availability chart, so both read alike, in the
language chosen for it (right to left for Urdu and Persian). Networks are shown, addresses never; signers by
label or pseudonym when asked.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from desktop_app.collect import queries as q
from desktop_app.common.i18n import COLLECT_REPORT, REPORT, Translator, translator
from desktop_app.common.timeutil import utc_iso
from desktop_app.common.timeutil import utc_minute as _t
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence.formats.report import (
    _CSP,
    _CSS,
    PdfDoc,
    _table,
    html_root,
    html_text,
    technique_text,
)
from desktop_app.evidence.formats.svgchart import Sample, availability_svg, band_platforms, legend_items, verdicts_seen

# Words the bundle's report has too stay in its context ("Report"), translated once for both.
PLATFORM, NETWORKS = QT_TRANSLATE_NOOP("Report", "Platform"), QT_TRANSLATE_NOOP("Report", "Networks")
MEASUREMENTS, TECHNIQUE = QT_TRANSLATE_NOOP("Report", "Measurements"), QT_TRANSLATE_NOOP("Report", "Technique")
INCIDENTS = QT_TRANSLATE_NOOP("Report", "Incidents")
SUMMARY_HEADERS = [(REPORT, PLATFORM), (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Verdict")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Signers")), (REPORT, NETWORKS),
                   (REPORT, MEASUREMENTS), (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "First seen (UTC)")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Last seen (UTC)"))]
INCIDENT_HEADERS = [(REPORT, PLATFORM), (REPORT, TECHNIQUE),
                    (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Start (UTC)")),
                    (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "End (UTC)")),
                    (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "People")), (REPORT, NETWORKS),
                    (REPORT, MEASUREMENTS)]
DISSENT_HEADERS = [(REPORT, PLATFORM), (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Network")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Signer")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Saw it")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Others who did not")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "Hours")),
                   (COLLECT_REPORT, QT_TRANSLATE_NOOP("CollectReport", "From (UTC)"))]
VIEWS = {"blocked": QT_TRANSLATE_NOOP("CollectReport", "blocked"), "works": QT_TRANSLATE_NOOP("CollectReport", "works")}

TITLE = QT_TRANSLATE_NOOP("CollectReport", "Collection report")
MADE = QT_TRANSLATE_NOOP("CollectReport", "Made {0}")
ACCEPTED = QT_TRANSLATE_NOOP("CollectReport", "{0} bundles verified and accepted from {1} signers ({2} not registered "
                                              "beforehand); {3} distinct measurements.")
REJECTED = QT_TRANSLATE_NOOP("CollectReport", "{0} bundles rejected and never counted.")
REJECTED_FOR = QT_TRANSLATE_NOOP("CollectReport", "Rejected for failing the check '{0}': {1}.")
VERDICTS = QT_TRANSLATE_NOOP("CollectReport", "Verdicts per platform")
OVER_TIME = QT_TRANSLATE_NOOP("CollectReport", "Over time, per platform and network")
BANDS_CAPTION = QT_TRANSLATE_NOOP("CollectReport", "Each band is a platform on one network; each hour shows the "
                                                   "verdict most measurements gave.")
NO_INCIDENT = QT_TRANSLATE_NOOP("CollectReport", "No confirmed blocking in this collection.")
DISSENTS = QT_TRANSLATE_NOOP("CollectReport", "Vantage points that disagree")
NO_DISSENT = QT_TRANSLATE_NOOP("CollectReport", "Every signer measuring the same platform on the same network at the "
                                                "same time saw the same.")
NONE = QT_TRANSLATE_NOOP("CollectReport", "None.")
FOOTER = QT_TRANSLATE_NOOP("CollectReport", "Made by Vantage from verified bundles. This file fetches nothing.")


def tables(con: Any, window: q.Window, pseudonymise: bool, i18n: Translator | None = None) -> dict[str, Any]:
    """What the report shows, its cells in i18n's language (English when None): numbers and times isolated left to
    right, so an Urdu table never reorders them."""
    t = i18n or translator("en")
    names = q.signer_names(con, pseudonymise)
    custody = q.custody(con)

    def n(value: int) -> str:
        return t.ltr(f"{value:,}")

    def when(epoch: float) -> str:
        return t.ltr(_t(epoch))

    summary = [[r.platform, technique_text(r.verdict, t), n(r.signers), n(r.networks), n(r.measurements),
                when(r.first), when(r.last)] for r in q.summary(con, window)]
    incidents = [[i.platform, technique_text(i.technique, t), when(i.start), when(i.end), n(i.people), n(i.networks),
                  n(i.measurements)] for i in q.incidents(con, window)]
    dissents = [[d.platform, t.ltr(d.network), names.get(d.signer, d.signer),
                 t.tr(COLLECT_REPORT, VIEWS[d.view]) if d.view in VIEWS else d.view, n(d.others), n(d.hours),
                 when(d.first)] for d in q.dissents(con, window)]
    series: dict[str, list[Sample]] = defaultdict(list)
    buckets: dict[tuple[str, float], Counter[str]] = defaultdict(Counter)
    for platform, network, at, verdict, count, _signers in q.timeline(con, window):
        buckets[(f"{platform} · {network}", at)][verdict] += count
    for (label, at), counts in sorted(buckets.items()):
        series[label].append((at, counts.most_common(1)[0][0], None))
    times = [at for (_, at) in buckets]
    span = (min(times), max(times) + q.HOUR) if times else (0.0, 1.0)
    return {"custody": custody, "summary": summary, "incidents": incidents, "dissents": dissents,
            "series": dict(series), "span": span, "i18n": t}


def _i18n(data: dict[str, Any]) -> Translator:
    found = data.get("i18n")
    return found if isinstance(found, Translator) else translator("en")


def _headers(t: Translator, headers: list[tuple[str, str]]) -> list[str]:
    return [t.tr(context, text) for context, text in headers]


def _custody_lines(c: q.Custody, t: Translator) -> list[str]:
    lines = [t.tr(COLLECT_REPORT, ACCEPTED).format(t.ltr(str(c.accepted)), t.ltr(str(c.signers)),
                                                    t.ltr(str(c.unregistered)), t.ltr(f"{c.measurements:,}")),
             t.tr(COLLECT_REPORT, REJECTED).format(t.ltr(str(c.rejected)))]
    lines += [t.tr(COLLECT_REPORT, REJECTED_FOR).format(t.ltr(name), t.ltr(str(n))) for name, n in c.reasons]
    return lines


def _chart(data: dict[str, Any], **pdf: Any) -> str:
    """The bands over time (the bundle report's chart), inline in the HTML and drawn into the PDF (`pdf` gives
    the PDF's font family, fitting and words, as the bundle's PDF does)."""
    since, until = data["span"]
    return availability_svg(data["series"], since=since, until=until, **{"i18n": _i18n(data), **pdf})


def render_html(data: dict[str, Any], created: float) -> str:
    """The report in the language its tables were made in (`tables(..., i18n)`)."""
    t = _i18n(data)
    chart = _chart(data)

    def tr(text: str) -> str:
        return html_text(t.tr(COLLECT_REPORT, text))

    title = tr(TITLE)
    parts = ["<!DOCTYPE html>", f'{html_root(t.lang, t.rtl)}<head><meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
             f"<title>{title}</title><style>{_CSS}</style></head><body>",
             f"<header><h1>{title}</h1>",
             f'<p class="meta">{html_text(t.tr(COLLECT_REPORT, MADE).format(t.ltr(utc_iso(created))))}</p>',
             *(f'<p class="meta">{html_text(line)}</p>' for line in _custody_lines(data["custody"], t)), "</header>",
             f"<section><h2>{tr(VERDICTS)}</h2>",
             _table(_headers(t, SUMMARY_HEADERS), data["summary"], numeric=(2, 3, 4)), "</section>",
             f"<section><h2>{tr(OVER_TIME)}</h2>",
             f"<figure>{chart}<figcaption>{tr(BANDS_CAPTION)}</figcaption></figure>",
             "</section>", f"<section><h2>{html_text(t.tr(REPORT, INCIDENTS))}</h2>",
             _table(_headers(t, INCIDENT_HEADERS), data["incidents"], numeric=(4, 5, 6)) if data["incidents"] else
             f"<p>{tr(NO_INCIDENT)}</p>", "</section>",
             f"<section><h2>{tr(DISSENTS)}</h2>",
             _table(_headers(t, DISSENT_HEADERS), data["dissents"], numeric=(4, 5)) if data["dissents"] else
             f"<p>{tr(NO_DISSENT)}</p>",
             "</section>", f"<footer>{tr(FOOTER)}</footer>",
             "</body></html>"]
    return "\n".join(parts)


def render_pdf(data: dict[str, Any], path: Path, created: float) -> None:
    """The same content as render_html, in its language (right to left and shaped for Urdu and Persian)."""
    t = _i18n(data)
    doc = PdfDoc(t.lang, t.tr(COLLECT_REPORT, TITLE), created)
    doc.title(t.tr(COLLECT_REPORT, TITLE), size=16, height=8)
    doc.pdf.set_font(doc.family, "", 9)
    for line in [t.tr(COLLECT_REPORT, MADE).format(t.ltr(utc_iso(created))), *_custody_lines(data["custody"], t)]:
        doc.para(line)
    if data["series"]:
        doc.heading(t.tr(COLLECT_REPORT, OVER_TIME), size=12)
        since, until = data["span"]
        bands = band_platforms(data["series"], since, until)
        doc.chart(_chart(data, tooltips=False, **doc.chart_args()), doc.band_labels(bands) if doc.rtl else None)
        doc.chart_words(legend_items(verdicts_seen(data["series"], since, until), t), "+00:00")
    for title, headers, rows, widths in (
            (t.tr(COLLECT_REPORT, VERDICTS), SUMMARY_HEADERS, data["summary"], (1.3, 2.2, 1, 1.1, 1.5, 1.8, 1.8)),
            (t.tr(REPORT, INCIDENTS), INCIDENT_HEADERS, data["incidents"], (1.3, 2.2, 1.8, 1.8, 0.9, 1.1, 1.5)),
            (t.tr(COLLECT_REPORT, DISSENTS), DISSENT_HEADERS, data["dissents"], (1.2, 1.3, 1.8, 1, 1.4, 0.9, 1.8))):
        doc.heading(title, size=12)
        if not rows:
            doc.para(t.tr(COLLECT_REPORT, NONE))
            continue
        doc.table(_headers(t, headers), rows, widths=widths, size=7.5)  # widened where a time must fit
    doc.output(path)


def write_report(con: Any, dest: Path, window: q.Window | None = None, pseudonymise: bool = False,
                 now: float | None = None, lang: str = "en") -> tuple[Path, Path]:
    """report.html at `dest` and report.pdf beside it, in `lang` ("en", "ur", "fa"); both owner-readable only until
    the person shares them."""
    created = time.time() if now is None else now
    data = tables(con, window or q.Window(), pseudonymise, translator(lang))
    dest = Path(dest).expanduser()
    pdf = dest.with_suffix(".pdf")
    partial = dest.with_name(f".{dest.name}.partial")
    partial.write_text(render_html(data, created), encoding="utf-8")
    partial.replace(dest)
    render_pdf(data, pdf, created)
    return dest, pdf
