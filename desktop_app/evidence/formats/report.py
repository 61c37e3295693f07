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

from desktop_app.common.i18n import BANNER, DURATION, FSI, LRI, PDI, VERDICT, Translator, translator
from desktop_app.common.timeutil import utc_epoch
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.common.vocabulary import ROLE_WORDS
from desktop_app.evidence.formats.csvout import parse_offset
from desktop_app.evidence.formats.svgchart import (
    CONTEXT,
    ENGLISH,
    LABEL_W,
    VERDICT_LOOKS,
    Sample,
    availability_svg,
    band_label_y,
    band_platforms,
    latency_legend,
    latency_svg,
    legend_items,
    look,
    verdicts_seen,
)

WITHHELD = QT_TRANSLATE_NOOP("Report", "withheld")

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
# Fonts for the Arabic script (Urdu, Persian), with its Urdu letters (ٹ ڈ ڑ ں ہ ے): the RTL report's main font, and a
# fallback for an Urdu or Persian name in an English one. DejaVu has only part of the script.
ARABIC_FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    *((f"{folder}/{name}-Regular.ttf", f"{folder}/{name}-Bold.ttf")
      for name in ("NotoNaskhArabic", "NotoNaskhArabicUI", "NotoSansArabic", "NotoSansArabicUI")
      for folder in ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto",
                     "/usr/share/fonts/opentype/noto")),
    ("C:\\Windows\\Fonts\\segoeui.ttf", "C:\\Windows\\Fonts\\segoeuib.ttf"),
    ("C:\\Windows\\Fonts\\tahoma.ttf", "C:\\Windows\\Fonts\\tahomabd.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", ""),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", ""),
)
PDF_FAMILY = "vantage-sans"
ARABIC_FAMILY = "vantage-arabic"
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

    def rows(self, i18n: Translator = ENGLISH) -> list[tuple[str, str]]:
        withheld = i18n.tr(CONTEXT, WITHHELD)
        return [(i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Network (ASN)")), i18n.ltr(self.asn or "") or withheld),
                (i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Internet provider")), self.isp or withheld),
                (i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Country")), self.country or withheld),
                (i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "System resolver")),
                 i18n.ltr(self.resolver or "") or withheld)]


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
    lang: str = "en"  # the language the report is written in (chosen at export); its times and digits stay ASCII

    @property
    def i18n(self) -> Translator:
        return translator(self.lang)


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


def duration_text(seconds: float | None, i18n: Translator = ENGLISH) -> str:
    """3725 -> "1 h 02 min"; 90061 -> "1 d 1 h"; 42 -> "42 s" (the units in i18n's language)."""
    if seconds is None:
        return "—"
    s = round(seconds)

    def unit(text: str, value: int, width: int = 0) -> str:
        return i18n.tr(DURATION, text).format(f"{value:0{width}d}" if width else str(value))

    if s < 60:
        words = unit("{0} s", s)
    elif s < 3600:
        words = f"{unit('{0} min', s // 60)} {unit('{0} s', s % 60, 2)}"
    elif s < 86400:
        words = f"{unit('{0} h', s // 3600)} {unit('{0} min', s % 3600 // 60, 2)}"
    else:
        words = f"{unit('{0} d', s // 86400)} {unit('{0} h', s % 86400 // 3600)}"
    return isolated(words, i18n)


def isolated(text: str, i18n: Translator) -> str:
    """text as one unit of a right-to-left line (a first-strong isolate: an Urdu duration reads right to left with
    its numbers beside their units, never swapped with the words around it); unchanged in a left-to-right one."""
    return f"{FSI}{text}{PDI}" if i18n.rtl and text else text


def technique_text(technique: str, i18n: Translator = ENGLISH) -> str:
    """The verdict in words, with its id beside it for whoever reads the JSON, unless the words are the id
    ("Offline", never "Offline (offline)")."""
    if technique not in VERDICT_LOOKS:
        return technique
    english = look(technique).words
    words = i18n.tr(VERDICT, english)
    return words if english.lower() == technique.replace("_", " ") else f"{words} ({i18n.ltr(technique)})"


def verdict_counts_text(counts: Mapping[str, int], i18n: Translator = ENGLISH) -> str:
    comma = "، " if i18n.rtl else ", "  # the Arabic-script comma in Urdu and Persian
    return comma.join(isolated(f"{look(v).symbol} {i18n.tr(VERDICT, look(v).words)}: {n}", i18n)
                      for v, n in counts.items())


def scope_text(scope: Any, roles: Any, i18n: Translator = ENGLISH) -> str:
    """How much of the platform it concerns, in words: "whole", "partial: media", "partial: web site and API";
    "—" when the sweeps did not record it (older versions, the whole connection)."""
    if scope == "whole":
        return i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "whole"))
    if scope == "partial":
        words = [i18n.tr(BANNER, ROLE_WORDS[str(r)]) if str(r) in ROLE_WORDS else i18n.ltr(str(r))
                 for r in roles or ()]
        if not words:
            return i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "partial"))
        listed = words[0] if len(words) == 1 else i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "{0} and {1}")).format(
            ("، " if i18n.rtl else ", ").join(words[:-1]), words[-1])
        return i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "partial: {0}")).format(listed)
    return "—"


SCOPE_NOTE = QT_TRANSLATE_NOOP("Report", "Affected says how much of the platform it concerns: whole (its site and its "
                               "apps' own hosts), or partial with the parts affected, for example partial: media "
                               "while its site and messages still worked. A dash means the sweeps did not record it "
                               "(recorded by an older version, or the whole connection).")


def _name(data: ReportData, platform: str) -> str:
    return data.platform_names.get(platform, platform)


def _incident_cells(data: ReportData, incident: Mapping[str, Any]) -> list[str]:
    t = data.i18n
    end = incident.get("end")
    seqs = t.ltr(f"{incident.get('first_seq', '?')}–{incident.get('last_seq', '?')}")
    return [
        _name(data, str(incident.get("platform", ""))),
        t.ltr(when(incident.get("start"), data.utc_offset)),
        t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "ongoing")) if end is None else t.ltr(when(end, data.utc_offset)),
        duration_text(incident.get("duration_s"), t),
        technique_text(str(incident.get("technique", "")), t),
        scope_text(incident.get("scope"), incident.get("roles"), t),
        str(incident.get("sweeps", "")),
        "; ".join(t.ltr(str(n)) for n in incident.get("networks") or ()) or t.tr(CONTEXT, WITHHELD),
        seqs,
    ]


INCIDENT_HEADERS = [QT_TRANSLATE_NOOP("Report", "Platform"), QT_TRANSLATE_NOOP("Report", "Start"),
                    QT_TRANSLATE_NOOP("Report", "End"), QT_TRANSLATE_NOOP("Report", "Duration"),
                    QT_TRANSLATE_NOOP("Report", "Technique"), QT_TRANSLATE_NOOP("Report", "Affected"),
                    QT_TRANSLATE_NOOP("Report", "Sweeps"), QT_TRANSLATE_NOOP("Report", "Networks"),
                    QT_TRANSLATE_NOOP("Report", "Log blocks")]
SUMMARY_HEADERS = [QT_TRANSLATE_NOOP("Report", "Platform"), QT_TRANSLATE_NOOP("Report", "Measurements"),
                   QT_TRANSLATE_NOOP("Report", "Works"), QT_TRANSLATE_NOOP("Report", "Verdicts"),
                   QT_TRANSLATE_NOOP("Report", "Affected")]


def _headers(data: ReportData, headers: Sequence[str]) -> list[str]:
    return [data.i18n.tr(CONTEXT, h) for h in headers]


def _summary_cells(data: ReportData, row: PlatformRow) -> list[str]:
    t = data.i18n
    return [_name(data, row.platform), str(row.measurements), t.ltr(f"{row.share_ok * 100:.1f} %"),
            verdict_counts_text(row.verdicts, t), scope_text(row.scope, row.roles, t)]


def _heading_lines(data: ReportData) -> list[str]:
    t = data.i18n
    offset = t.ltr(f"UTC{data.utc_offset}")
    return [
        t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Measurements from {0} to {1}, times in {2} ({3}).")).format(
            t.ltr(when(data.since, data.utc_offset)), t.ltr(when(data.until, data.utc_offset)), t.ltr(data.tz_name),
            offset),
        t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Report created {0} ({1}).")).format(
            t.ltr(when(data.created_at, data.utc_offset)), offset),
        data.clock_note,
    ]


def _context_rows(data: ReportData) -> list[tuple[str, str]]:
    t = data.i18n
    return [(t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Software")), t.ltr(f"Vantage {data.software_version}")),
            (t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Source commit")),
             t.ltr(data.software_commit) or t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "unknown"))),
            (t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Operating system")), t.ltr(data.os)),
            *data.network.rows(t),
            (t.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Signing key")), t.ltr(data.signer_fingerprint))]


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


# The report's sentences (context "Report"), marked here so lupdate collects them.
SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
AVAILABILITY = QT_TRANSLATE_NOOP("Report", "Availability over time")
INCIDENTS = QT_TRANSLATE_NOOP("Report", "Incidents")
WHERE = QT_TRANSLATE_NOOP("Report", "Where and how this was measured")
METHOD = QT_TRANSLATE_NOOP("Report", "Method")
CHECK = QT_TRANSLATE_NOOP("Report", "How to check this report")
BANDS_CAPTION = QT_TRANSLATE_NOOP("Report", "Each band is one platform; its colour and the legend's symbol give the "
                                            "verdict of each sweep. Grey means nothing was measured then.")
LATENCY_CAPTION = QT_TRANSLATE_NOOP("Report", "Time to open a TCP connection to each platform, in milliseconds. A "
                                              "gap means no connection could be opened or nothing was measured.")
NO_INCIDENT = QT_TRANSLATE_NOOP("Report", "No incident in this range: every platform measured was reachable, or "
                                          "nothing was measured.")
FINGERPRINT = QT_TRANSLATE_NOOP("Report", "Signing key fingerprint: {0}")
FOOTER = QT_TRANSLATE_NOOP("Report", "Made by Vantage. This file is self-contained: opening it fetches nothing from "
                                     "the internet.")


# ------------------------------------------------------------------------------------------------ HTML

_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif;
       margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
p.meta { color: #444; margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: start; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
figure { margin: .8rem 0; } figure svg { width: 100%; height: auto; }
td { unicode-bidi: plaintext; }
figcaption { color: #444; font-size: .9rem; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: .6rem; white-space: pre-wrap; word-break: break-word;
      unicode-bidi: plaintext; text-align: start; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
footer { margin-top: 2.5rem; color: #555; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
               tr, figure { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_ISOLATES = {LRI: '<bdi dir="ltr">', FSI: "<bdi>", PDI: "</bdi>"}


def html_text(text: str) -> str:
    """text escaped, its bidi isolates (a time, a number with its unit, a URL, a fingerprint) made <bdi> elements;
    a text whose isolates do not pair up (a hostile name) keeps them as characters, which the browser honours."""
    escaped = escape(text)
    if not any(mark in escaped for mark in _ISOLATES):
        return escaped
    depth = 0
    for ch in escaped:
        depth += 1 if ch in (LRI, FSI) else -1 if ch == PDI else 0
        if depth < 0:
            return escaped
    if depth:
        return escaped
    return "".join(_ISOLATES.get(ch, ch) for ch in escaped)


def _table(headers: Sequence[str] | None, rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th scope=\"col\">{html_text(h)}</th>" for h in headers or ())
    thead = f"<thead><tr>{head}</tr></thead>" if headers else ""
    body = []
    for row in rows:
        cells = "".join(f"<td class=\"num\">{html_text(c)}</td>" if i in numeric else f"<td>{html_text(c)}</td>"
                        for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table>{thead}<tbody>{''.join(body)}</tbody></table>"


def html_root(lang: str, rtl: bool) -> str:
    """The document's opening tag: its language, and right to left for Urdu and Persian."""
    direction = ' dir="rtl"' if rtl else ""
    return f'<html lang="{escape(lang)}"{direction}>'


def render_html(data: ReportData) -> str:
    """The whole report as one self-contained HTML document (nothing is fetched when it is opened), in the
    language chosen at export (right to left for Urdu and Persian)."""
    t = data.i18n
    names = data.platform_names
    bands = availability_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                             names=names, i18n=t)
    latency = latency_svg(data.series, since=data.since, until=data.until, utc_offset=data.utc_offset,
                          names=names, i18n=t)
    incidents = (_table(_headers(data, INCIDENT_HEADERS), (_incident_cells(data, i) for i in data.incidents),
                        numeric=(6,))
                 + f"<p>{html_text(t.tr(CONTEXT, SCOPE_NOTE))}</p>"
                 if data.incidents else f"<p>{html_text(t.tr(CONTEXT, NO_INCIDENT))}</p>")

    def h2(text: str) -> str:
        return f"<h2>{html_text(t.tr(CONTEXT, text))}</h2>"

    before, _, after = t.tr(CONTEXT, FINGERPRINT).partition("{0}")
    parts = [
        "<!DOCTYPE html>",
        f'{html_root(data.lang, t.rtl)}<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Vantage">',
        f"<title>{html_text(data.title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{html_text(data.title)}</h1>",
        *(f'<p class="meta">{html_text(line)}</p>' for line in _heading_lines(data) if line),
        "</header>",
        f"<section>{h2(SUMMARY)}",
        _table(_headers(data, SUMMARY_HEADERS), (_summary_cells(data, r) for r in data.platforms), numeric=(1, 2)),
        "</section>",
        f"<section>{h2(AVAILABILITY)}",
        f"<figure>{bands}<figcaption>{html_text(t.tr(CONTEXT, BANDS_CAPTION))}</figcaption></figure>",
        f"<figure>{latency}<figcaption>{html_text(t.tr(CONTEXT, LATENCY_CAPTION))}</figcaption></figure>",
        "</section>",
        f"<section>{h2(INCIDENTS)}{incidents}</section>",
        f"<section>{h2(WHERE)}",
        _table(None, _context_rows(data)),
        "</section>",
        f"<section>{h2(METHOD)}",
        *(f"<p>{html_text(p)}</p>" for p in _paragraphs(data.methodology)),
        "</section>",
        f"<section>{h2(CHECK)}",
        f'<pre dir="ltr">{html_text(data.verify)}</pre>' if not t.rtl else f"<pre>{html_text(data.verify)}</pre>",
        f'<p>{html_text(before)}<code dir="ltr">{escape(data.signer_fingerprint)}</code>{html_text(after)}</p>',
        "</section>",
        f"<footer>{html_text(t.tr(CONTEXT, FOOTER))}</footer>",
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


def _font_cmap(regular: Path, bold: Path | None) -> set[int] | None:
    """The code points a font (and its bold) covers, or None when either file cannot be read as a font."""
    from fontTools.ttLib import TTFont

    try:  # read it ourselves first: fpdf2 leaves the file open when a font turns out to be unreadable
        with TTFont(io.BytesIO(regular.read_bytes())) as font:
            covered = set(font.getBestCmap())
        if bold is not None:
            with TTFont(io.BytesIO(bold.read_bytes())) as font:
                font.getBestCmap()
    except Exception:  # noqa: BLE001 - an unreadable font file must not stop the export: it is skipped
        return None
    return covered


def _setup_fonts(pdf: Any, fonts: tuple[Path, Path | None] | None,
                 arabic: tuple[Path, Path | None] | None = None, rtl: bool = False) -> _PdfFonts:
    """The main font and, when one is found, an Arabic-script one: the main font of a right-to-left report (so an
    Urdu word is shaped in one font, never split between two), else the fallback for the letters the main lacks."""
    from fpdf.errors import FPDFException

    covered = _font_cmap(*fonts) if fonts is not None else None
    arabic_covered = _font_cmap(*arabic) if arabic is not None else None
    if covered is None or fonts is None:
        return _PdfFonts(CORE_FAMILY, latin1_fit, unicode=False, shaping=False)
    regular, bold = fonts
    pdf.add_font(PDF_FAMILY, "", str(regular))
    pdf.add_font(PDF_FAMILY, "B", str(bold or regular))
    family = PDF_FAMILY
    if arabic is not None and arabic_covered is not None:
        pdf.add_font(ARABIC_FAMILY, "", str(arabic[0]))
        pdf.add_font(ARABIC_FAMILY, "B", str(arabic[1] or arabic[0]))
        covered |= arabic_covered
        if rtl:
            family = ARABIC_FAMILY
            pdf.set_fallback_fonts([PDF_FAMILY, ARABIC_FAMILY], exact_match=False)
        else:
            pdf.set_fallback_fonts([ARABIC_FAMILY], exact_match=False)

    def fit(text: str) -> str:
        return "".join(ch if ord(ch) in covered or ch in "\n\t" or ch in BIDI_MARKS else "?" for ch in text)

    shaping = False
    try:
        pdf.set_text_shaping(True, direction="rtl" if rtl else None)
        shaping = True
    except FPDFException:  # uharfbuzz is not installed: letters still show, unjoined and left to right
        shaping = False
    return _PdfFonts(family, fit, unicode=True, shaping=shaping)


BIDI_MARKS = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f")  # isolates and marks: read by the layout, not drawn


def _line_direction(text: str) -> str:
    """"rtl" when the first strong letter is Arabic-script or Hebrew, else "ltr" (how a plain-text line reads)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


class PdfDoc:
    """An A4 PDF being written in one language (the bundle's report and the collection's share it): its fonts,
    right to left and shaped for Urdu and Persian with tables mirrored, and the charts' words drawn by the PDF."""

    def __init__(self, lang: str, title: str, created: float, *,
                 font_candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES,
                 arabic_candidates: Sequence[tuple[str, str]] = ARABIC_FONT_CANDIDATES) -> None:
        from fpdf import FPDF

        self.i18n = translator(lang)
        self.pdf = pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        pdf.set_auto_page_break(auto=True, margin=15)
        pdf.set_margins(15, 15, 15)
        self.fonts = _setup_fonts(pdf, find_unicode_font(font_candidates), find_unicode_font(arabic_candidates),
                                  rtl=self.i18n.rtl)
        self.rtl = self.i18n.rtl and self.fonts.shaping  # without a shaping engine letters cannot run right to left
        self.fit, self.family = self.fonts.fit, self.fonts.family
        self.align = "R" if self.rtl else "L"
        pdf.set_title(self.fit(title))
        pdf.set_lang(lang)
        pdf.set_creator("Vantage")
        pdf.set_creation_date(datetime.fromtimestamp(created, tz=UTC))
        pdf.add_page()
        self.width = pdf.epw

    def chart_args(self) -> dict[str, Any]:
        """What svgchart needs to draw into this PDF (in Urdu and Persian the PDF draws the words: fpdf2 draws an
        SVG's text unshaped and left to right)."""
        return {"font_family": self.family if not self.rtl else PDF_FAMILY, "fit": self.fit, "i18n": self.i18n,
                "words": not self.rtl}

    def title(self, text: str, size: float = 17, height: float = 9) -> None:
        self.pdf.set_font(self.family, "B", size)
        self.pdf.multi_cell(self.width, height, self.fit(text), align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font(self.family, "", 9.5)

    def heading(self, text: str, size: float = 13) -> None:
        self.pdf.ln(3)
        self.title(text, size, 7)

    def para(self, text: str, height: float = 5) -> None:
        self.pdf.multi_cell(self.width, height, self.fit(text), align=self.align, new_x="LMARGIN", new_y="NEXT")

    def mirrored(self, cells: Sequence[Any]) -> list[Any]:
        return list(reversed(cells)) if self.rtl else list(cells)

    def table(self, headers: Sequence[str] | None, rows: Iterable[Sequence[str]],
              widths: Sequence[float] | None = None, size: float = 8.5) -> None:
        from fpdf.fonts import FontFace

        pdf, fit = self.pdf, self.fit
        pdf.set_font(self.family, "", size)
        style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
        with pdf.table(col_widths=self.mirrored(widths) if widths else None, headings_style=style,
                       first_row_as_headings=headers is not None, line_height=size * 0.54,
                       text_align="RIGHT" if self.rtl else "LEFT", borders_layout="ALL", width=self.width) as tab:
            if headers is not None:
                tab.row(self.mirrored([fit(h) for h in headers]))
            for row in rows:
                tab.row(self.mirrored([fit(c) for c in row]))
        pdf.set_font(self.family, "", 9.5)

    def chart(self, svg: str, labels: Callable[[float, float], None] | None = None) -> None:
        """Draws the SVG across the page, after the words `labels` draws at (its top, mm per SVG unit): text drawn
        after an SVG may lose its font in fpdf2 (its text state is left as the SVG's)."""
        pdf, width = self.pdf, self.width
        if labels is not None:
            height = float(svg.split('height="', 1)[1].split('"', 1)[0]) * width / 760
            if pdf.will_page_break(height):
                pdf.add_page()
            top = pdf.get_y()
            labels(top, width / 760)
            pdf.set_xy(pdf.l_margin, top)
        pdf.image(io.BytesIO(svg.encode("utf-8")), w=width)

    def legend(self, items: Sequence[tuple[str, str, str]]) -> None:
        """The chart's legend drawn as text (shaped), each swatch beside its words, flowing from the leading edge."""
        pdf, rtl, width = self.pdf, self.rtl, self.width
        pdf.set_font(self.family, "", 8)
        x, y = (pdf.l_margin + width) if rtl else pdf.l_margin, pdf.get_y() + 1
        for colour, symbol, words in items:
            text = self.fit(f"{symbol} {words}".strip())
            needed = 5 + pdf.get_string_width(text) + 4
            if (x - needed < pdf.l_margin) if rtl else (x + needed > pdf.l_margin + width):
                x, y = (pdf.l_margin + width) if rtl else pdf.l_margin, y + 5
            swatch = x - 3.5 if rtl else x
            pdf.set_fill_color(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))
            pdf.rect(swatch, y + 0.6, 3.5, 2.8, style="F")
            pdf.set_xy(x - needed if rtl else x + 4.5, y)
            pdf.cell(needed - 5, 4, text, align="R" if rtl else "L")
            x = x - needed if rtl else x + needed
        pdf.set_xy(pdf.l_margin, y + 6)
        pdf.set_fill_color(255, 255, 255)  # tables fill their cells with the current colour
        pdf.set_font(self.family, "", 9.5)

    def band_labels(self, names: Sequence[str]) -> Callable[[float, float], None]:
        """Draws each band's name (in the bands' order) where the SVG would have: right-aligned before the band."""
        pdf = self.pdf

        def draw(top: float, scale: float) -> None:
            size = round(11 * scale * 72 / 25.4 * 2) / 2  # the SVG's 11 units, in points
            for row, name in enumerate(names):
                # set anew each time: after a name drawn in the fallback font (Latin) fpdf2 would not say the main
                # font again, and an Urdu name would be drawn with the Latin font's glyphs
                pdf.set_font(self.family, "", size + 0.5)
                pdf.set_font(self.family, "", size)
                pdf.set_xy(pdf.l_margin, top + (band_label_y(row) - 10) * scale)
                pdf.multi_cell((LABEL_W - 8) * scale, 11 * scale, self.fit(name), align="R",
                               max_line_height=11 * scale)
            pdf.set_font(self.family, "", 9.5)

        return draw

    def chart_words(self, legend: Sequence[tuple[str, str, str]], utc_offset: str | None = None) -> None:
        """In Urdu and Persian, under a chart drawn without words: its axis caption (when utc_offset is given) and
        its legend, drawn by the PDF, which shapes them; nothing in a left-to-right report (the SVG has them)."""
        if not self.rtl:
            return
        if utc_offset is not None:
            self.para(self.i18n.tr(CONTEXT, QT_TRANSLATE_NOOP("Report", "Local time (UTC{0})")).format(utc_offset))
        self.legend(legend)

    def output(self, path: str | Path) -> None:
        self.pdf.output(str(path))


def render_pdf(data: ReportData, path: str | Path, *,
               font_candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES,
               arabic_candidates: Sequence[tuple[str, str]] = ARABIC_FONT_CANDIDATES) -> None:
    """Write the same content as render_html as an A4 PDF at `path`, in the report's language: right to left and
    shaped for Urdu and Persian (tables mirrored, the charts' words drawn by the PDF, which shapes them)."""
    t = data.i18n
    doc = PdfDoc(data.lang, data.title, data.created_at, font_candidates=font_candidates,
                 arabic_candidates=arabic_candidates)
    pdf, fit, family, rtl, width = doc.pdf, doc.fit, doc.family, doc.rtl, doc.width

    def heading(text: str) -> None:
        doc.heading(t.tr(CONTEXT, text))

    para, table = doc.para, doc.table

    doc.title(data.title)
    for line in _heading_lines(data):
        if line:
            para(line)
    if not doc.fonts.unicode:
        para("Note: no Unicode font was found on this computer, so characters outside Latin-1 are shown as '?' "
             "here. The HTML report shows every name exactly.")

    heading(SUMMARY)
    table(_headers(data, SUMMARY_HEADERS), (_summary_cells(data, r) for r in data.platforms),
          widths=(3, 2.4, 1.6, 5.5, 2.5))
    heading(AVAILABILITY)
    common: dict[str, Any] = {"since": data.since, "until": data.until, "utc_offset": data.utc_offset,
                              "names": data.platform_names, **doc.chart_args()}
    bands = [_name(data, p) for p in band_platforms(data.series, data.since, data.until)]
    doc.chart(availability_svg(data.series, tooltips=False, **common), doc.band_labels(bands) if rtl else None)
    doc.chart_words(legend_items(verdicts_seen(data.series, data.since, data.until), t), data.utc_offset)
    para(t.tr(CONTEXT, BANDS_CAPTION))
    doc.chart(latency_svg(data.series, **common))
    doc.chart_words(latency_legend(data.series, since=data.since, until=data.until, names=data.platform_names))
    para(t.tr(CONTEXT, LATENCY_CAPTION))
    heading(INCIDENTS)
    if data.incidents:
        table(_headers(data, INCIDENT_HEADERS), (_incident_cells(data, i) for i in data.incidents),
              widths=(2.2, 2.6, 2.6, 1.8, 3, 2.2, 1.5, 3, 1.6))
        para(t.tr(CONTEXT, SCOPE_NOTE))
    else:
        para(t.tr(CONTEXT, NO_INCIDENT))
    heading(WHERE)
    table(None, _context_rows(data), widths=(1, 3))
    heading(METHOD)
    for p in _paragraphs(data.methodology):
        para(p)
        pdf.ln(1.5)
    heading(CHECK)
    pdf.set_font(family, "", 8.5)
    if rtl:  # each line reads in its own direction: the Urdu sentences right to left, the commands left to right
        for line in data.verify.split("\n"):
            direction = _line_direction(line)
            pdf.set_text_shaping(True, direction=direction)
            pdf.set_font(family if direction == "rtl" else PDF_FAMILY, "", 8.5)  # a command in one Latin font
            pdf.multi_cell(width, 4.3, fit(line) or " ", align="R" if direction == "rtl" else "L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_shaping(True, direction="rtl")
    else:
        para(data.verify, height=4.3)
    pdf.set_font(family, "", 9.5)
    pdf.ln(2)
    para(t.tr(CONTEXT, FINGERPRINT).format(t.ltr(data.signer_fingerprint)))
    doc.output(path)
