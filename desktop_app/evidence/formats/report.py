"""The evidence bundle's human-readable report: one self-contained HTML file and the same content as a PDF.

The HTML loads nothing (inline CSS and SVG only, and a Content-Security-Policy that forbids any fetch). The PDF
is drawn with fpdf2; it embeds a Unicode TrueType font found on this computer (DejaVu, Noto, Arial...) and shapes
right-to-left scripts such as Urdu when uharfbuzz is installed. Without such a font it falls back to the PDF core
font and replaces what Latin-1 cannot show with "?", saying so in the document.
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from desktop_app.common.timeutil import utc_epoch
from desktop_app.common.vocabulary import ROLE_WORDS
from desktop_app.evidence.formats.csvout import parse_offset
from desktop_app.evidence.formats.svgchart import VERDICT_LOOKS, Sample, availability_svg, latency_svg, look

WITHHELD = "withheld"

# Unicode fonts looked for, in order (regular, bold): Linux packages, macOS, Windows.
FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", ""),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", ""),
    ("C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"),
)
PDF_FAMILY = "vantage-sans"
CORE_FAMILY = "helvetica"


@dataclass
class PlatformRow:
    """One line of the summary table."""

    platform: str
    measurements: int
    share_ok: float  # 0..1
    verdicts: dict[str, int]
    scope: str | None = None  # of its incidents together: "whole", "partial" (see roles), None when none said
    roles: tuple[str, ...] = ()


@dataclass
class NetworkContext:
    """Where the measurements were taken from; None means the person chose not to include it."""

    asn: str | None = None
    isp: str | None = None
    country: str | None = None
    resolver: str | None = None

    def rows(self) -> list[tuple[str, str]]:
        return [("Network (ASN)", self.asn or WITHHELD), ("Internet provider", self.isp or WITHHELD),
                ("Country", self.country or WITHHELD), ("System resolver", self.resolver or WITHHELD)]


@dataclass
class ReportData:
    """Everything the report shows; built by the bundle exporter from the signed log."""

    title: str
    created_at: float  # epoch seconds, UTC
    since: float
    until: float
    tz_name: str  # e.g. "Asia/Karachi" or "PKT"
    utc_offset: str  # "+05:00": every time in the report is shown at this offset
    clock_note: str  # e.g. "This computer's clock agreed with the lab server's within 0.2 s."
    software_version: str
    software_commit: str
    os: str
    network: NetworkContext
    platforms: list[PlatformRow]
    incidents: list[dict[str, Any]]  # platform, start, end (None = ongoing), duration_s, technique, sweeps,
    #                                   networks (list of str), first_seq, last_seq, scope and roles (absent or
    #                                   None from older records); times as epoch or UTC ISO
    series: dict[str, list[Sample]]  # per platform: (epoch, verdict, latency_ms | None)
    methodology: str
    verify: str
    signer_fingerprint: str
    platform_names: dict[str, str] = field(default_factory=dict)


def platform_rows(series: Mapping[str, Sequence[Sample]]) -> list[PlatformRow]:
    """Summary rows computed from the per-platform series."""
    rows = []
    for platform, samples in series.items():
        counts = Counter(v for _, v, _ in samples)
        total = sum(counts.values())
        rows.append(PlatformRow(platform, total, counts.get("ok", 0) / total if total else 0.0,
                                dict(counts.most_common())))
    return rows


# ------------------------------------------------------------------------------------------------ words


def _epoch(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return utc_epoch(value) if isinstance(value, str) else float(value)


def when(value: Any, utc_offset: str) -> str:
    """A time as the report shows it: local to the measurements, with the offset."""
    epoch = _epoch(value)
    if epoch is None:
        return "—"
    return f"{datetime.fromtimestamp(epoch, tz=parse_offset(utc_offset)):%Y-%m-%d %H:%M:%S}"


def duration_text(seconds: float | None) -> str:
    """3725 -> "1 h 02 min"; 90061 -> "1 d 1 h"; 42 -> "42 s"."""
    if seconds is None:
        return "—"
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def technique_text(technique: str) -> str:
    """The verdict in words, with its id beside it for whoever reads the JSON, unless the words are the id
    ("Offline", never "Offline (offline)")."""
    if technique not in VERDICT_LOOKS:
        return technique
    words = look(technique).words
    return words if words.lower() == technique.replace("_", " ") else f"{words} ({technique})"


def verdict_counts_text(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{look(v).symbol} {look(v).words}: {n}" for v, n in counts.items())


def scope_text(scope: Any, roles: Any) -> str:
    """How much of the platform it concerns, in words: "whole", "partial: media", "partial: web site and API";
    "—" when the sweeps did not record it (older versions, the whole connection)."""
    if scope == "whole":
        return "whole"
    if scope == "partial":
        words = [ROLE_WORDS.get(str(r), str(r)) for r in roles or ()]
        if not words:
            return "partial"
        return "partial: " + (words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1])
    return "—"


SCOPE_NOTE = ("Affected says how much of the platform it concerns: whole (its site and its apps' own hosts), or "
              "partial with the parts affected, for example partial: media while its site and messages still "
              "worked. A dash means the sweeps did not record it (recorded by an older version, or the whole "
              "connection).")


def _name(data: ReportData, platform: str) -> str:
    return data.platform_names.get(platform, platform)


def _incident_cells(data: ReportData, incident: Mapping[str, Any]) -> list[str]:
    end = incident.get("end")
    seqs = f"{incident.get('first_seq', '?')}–{incident.get('last_seq', '?')}"
    return [
        _name(data, str(incident.get("platform", ""))),
        when(incident.get("start"), data.utc_offset),
        "ongoing" if end is None else when(end, data.utc_offset),
        duration_text(incident.get("duration_s")),
        technique_text(str(incident.get("technique", ""))),
        scope_text(incident.get("scope"), incident.get("roles")),
        str(incident.get("sweeps", "")),
        "; ".join(str(n) for n in incident.get("networks") or ()) or WITHHELD,
        seqs,
    ]


INCIDENT_HEADERS = ["Platform", "Start", "End", "Duration", "Technique", "Affected", "Sweeps", "Networks",
                    "Log blocks"]
SUMMARY_HEADERS = ["Platform", "Measurements", "Works", "Verdicts", "Affected"]


def _summary_cells(data: ReportData, row: PlatformRow) -> list[str]:
    return [_name(data, row.platform), str(row.measurements), f"{row.share_ok * 100:.1f} %",
            verdict_counts_text(row.verdicts), scope_text(row.scope, row.roles)]


def _heading_lines(data: ReportData) -> list[str]:
    return [
        (f"Measurements from {when(data.since, data.utc_offset)} to {when(data.until, data.utc_offset)}, "
         f"times in {data.tz_name} (UTC{data.utc_offset})."),
        f"Report created {when(data.created_at, data.utc_offset)} (UTC{data.utc_offset}).",
        data.clock_note,
    ]


def _context_rows(data: ReportData) -> list[tuple[str, str]]:
    return [("Software", f"Vantage {data.software_version}"), ("Source commit", data.software_commit or "unknown"),
            ("Operating system", data.os), *data.network.rows(), ("Signing key", data.signer_fingerprint)]


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------------------------------------ HTML

_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; margin: 2rem auto;
       max-width: 62rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
p.meta { color: #444; margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: .8rem 0; } figure svg { width: 100%; height: auto; }
td { unicode-bidi: plaintext; }
figcaption { color: #444; font-size: .9rem; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: .6rem; white-space: pre-wrap; word-break: break-word; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
footer { margin-top: 2.5rem; color: #555; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
               tr, figure { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _table(headers: Sequence[str] | None, rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th scope=\"col\">{escape(h)}</th>" for h in headers or ())
    thead = f"<thead><tr>{head}</tr></thead>" if headers else ""
    body = []
    for row in rows:
        cells = "".join(f"<td class=\"num\">{escape(c)}</td>" if i in numeric else f"<td>{escape(c)}</td>"
                        for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table>{thead}<tbody>{''.join(body)}</tbody></table>"


def render_html(data: ReportData) -> str:
    """The whole report as one self-contained HTML document (nothing is fetched when it is opened)."""
    names = data.platform_names
    bands = availability_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                             names=names)
    latency = latency_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                          names=names)
    incidents = (_table(INCIDENT_HEADERS, (_incident_cells(data, i) for i in data.incidents), numeric=(6,))
                 + f"<p>{escape(SCOPE_NOTE)}</p>"
                 if data.incidents else "<p>No incident in this range: every platform measured was reachable, or "
                                        "nothing was measured.</p>")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Vantage">',
        f"<title>{escape(data.title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(data.title)}</h1>",
        *(f'<p class="meta">{escape(line)}</p>' for line in _heading_lines(data) if line),
        "</header>",
        "<section><h2>Summary</h2>",
        _table(SUMMARY_HEADERS, (_summary_cells(data, r) for r in data.platforms), numeric=(1, 2)),
        "</section>",
        "<section><h2>Availability over time</h2>",
        (f"<figure>{bands}<figcaption>Each band is one platform; its colour and the legend's symbol give the "
         f"verdict of each sweep. Grey means nothing was measured then.</figcaption></figure>"),
        (f"<figure>{latency}<figcaption>Time to open a TCP connection to each platform, in milliseconds. A gap "
         f"means no connection could be opened or nothing was measured.</figcaption></figure>"),
        "</section>",
        f"<section><h2>Incidents</h2>{incidents}</section>",
        "<section><h2>Where and how this was measured</h2>",
        _table(None, _context_rows(data)),
        "</section>",
        "<section><h2>Method</h2>",
        *(f"<p>{escape(p)}</p>" for p in _paragraphs(data.methodology)),
        "</section>",
        "<section><h2>How to check this report</h2>",
        f"<pre>{escape(data.verify)}</pre>",
        f"<p>Signing key fingerprint: <code>{escape(data.signer_fingerprint)}</code></p>",
        "</section>",
        "<footer>Made by Vantage. This file is self-contained: opening it fetches nothing from the internet.</footer>",
        "</body></html>",
    ]
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------------ PDF


@dataclass
class _PdfFonts:
    family: str
    fit: Callable[[str], str]
    unicode: bool
    shaping: bool


def find_unicode_font(candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES) -> tuple[Path, Path | None] | None:
    """The first (regular, bold or None) Unicode TrueType font present on this computer."""
    for regular, bold in candidates:
        if regular and Path(regular).is_file():
            return Path(regular), (Path(bold) if bold and Path(bold).is_file() else None)
    return None


_LATIN1_STANDINS = str.maketrans({"–": "-", "—": "-", "…": "...", "‘": "'", "’": "'", "“": '"', "”": '"',
                                  "✔": "v", "✖": "x", "◆": "*", "▼": "v", "○": "o", "⚑": "!", "▲": "^",
                                  "→": "->"})


def latin1_fit(text: str) -> str:
    """What the PDF core font can show: accents kept, look-alikes for common symbols, "?" for the rest."""
    out = []
    for ch in text.translate(_LATIN1_STANDINS):
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)


def _setup_fonts(pdf: Any, fonts: tuple[Path, Path | None] | None) -> _PdfFonts:
    if fonts is None:
        return _PdfFonts(CORE_FAMILY, latin1_fit, unicode=False, shaping=False)
    from fontTools.ttLib import TTFont
    from fpdf.errors import FPDFException

    regular, bold = fonts
    try:  # read it ourselves first: fpdf2 leaves the file open when a font turns out to be unreadable
        with TTFont(io.BytesIO(regular.read_bytes())) as font:
            covered = set(font.getBestCmap())
        if bold is not None:
            with TTFont(io.BytesIO(bold.read_bytes())) as font:
                font.getBestCmap()
    except Exception:  # noqa: BLE001 - an unreadable font file must not stop the export: use the core font
        return _PdfFonts(CORE_FAMILY, latin1_fit, unicode=False, shaping=False)
    pdf.add_font(PDF_FAMILY, "", str(regular))
    pdf.add_font(PDF_FAMILY, "B", str(bold or regular))

    def fit(text: str) -> str:
        return "".join(ch if ord(ch) in covered or ch in "\n\t" else "?" for ch in text)

    shaping = False
    try:
        pdf.set_text_shaping(True)
        shaping = True
    except FPDFException:  # uharfbuzz is not installed: letters still show, unjoined and left to right
        shaping = False
    return _PdfFonts(PDF_FAMILY, fit, unicode=True, shaping=shaping)


def render_pdf(data: ReportData, path: str | Path, *,
               font_candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES) -> None:
    """Write the same content as render_html as an A4 PDF at `path`."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(15, 15, 15)
    fonts = _setup_fonts(pdf, find_unicode_font(font_candidates))
    fit, family = fonts.fit, fonts.family
    pdf.set_title(fit(data.title))
    pdf.set_creator("Vantage")
    pdf.set_creation_date(datetime.fromtimestamp(data.created_at, tz=UTC))
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: float = 13) -> None:
        pdf.ln(3)
        pdf.set_font(family, "B", size)
        pdf.multi_cell(width, 7, fit(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9.5)

    def para(text: str, height: float = 5) -> None:
        pdf.multi_cell(width, height, fit(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def table(headers: Sequence[str] | None, rows: Iterable[Sequence[str]],
              widths: Sequence[float] | None = None) -> None:
        pdf.set_font(family, "", 8.5)
        style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
        with pdf.table(col_widths=widths, headings_style=style, first_row_as_headings=headers is not None,
                       line_height=4.6, text_align="LEFT", borders_layout="ALL", width=width) as t:
            if headers is not None:
                t.row([fit(h) for h in headers])
            for row in rows:
                t.row([fit(c) for c in row])
        pdf.set_font(family, "", 9.5)

    def chart(svg: str) -> None:
        pdf.image(io.BytesIO(svg.encode("utf-8")), w=width)

    pdf.set_font(family, "B", 17)
    pdf.multi_cell(width, 9, fit(data.title), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9.5)
    for line in _heading_lines(data):
        if line:
            para(line)
    if not fonts.unicode:
        para("Note: no Unicode font was found on this computer, so characters outside Latin-1 are shown as '?' "
             "here. The HTML report shows every name exactly.")

    heading("Summary")
    table(SUMMARY_HEADERS, (_summary_cells(data, r) for r in data.platforms), widths=(3, 2.4, 1.6, 5.5, 2.5))
    heading("Availability over time")
    chart(availability_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                           names=data.platform_names, font_family=family, fit=fit, tooltips=False))
    para("Each band is one platform; its colour and the legend's symbol give the verdict of each sweep. Grey "
         "means nothing was measured then.")
    chart(latency_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                      names=data.platform_names, font_family=family, fit=fit))
    para("Time to open a TCP connection to each platform, in milliseconds. A gap means no connection could be "
         "opened or nothing was measured.")
    heading("Incidents")
    if data.incidents:
        table(INCIDENT_HEADERS, (_incident_cells(data, i) for i in data.incidents),
              widths=(2.2, 2.6, 2.6, 1.8, 3, 2.2, 1.5, 3, 1.6))
        para(SCOPE_NOTE)
    else:
        para("No incident in this range: every platform measured was reachable, or nothing was measured.")
    heading("Where and how this was measured")
    table(None, _context_rows(data), widths=(1, 3))
    heading("Method")
    for p in _paragraphs(data.methodology):
        para(p)
        pdf.ln(1.5)
    heading("How to check this report")
    pdf.set_font(family, "", 8.5)
    para(data.verify, height=4.3)
    pdf.set_font(family, "", 9.5)
    pdf.ln(2)
    para(f"Signing key fingerprint: {data.signer_fingerprint}")
    pdf.output(str(path))
