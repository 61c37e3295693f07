"""Verdict colours, symbols and plain words: one colour-blind-safe palette (Okabe-Ito), never colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.common.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class VerdictStyle:
    colour: str  # hex, from the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies)
    symbol: str  # a shape that carries the meaning without colour
    words: str  # what the verdict means, for a person


_OK = "#009E73"  # bluish green
_BLOCK = "#D55E00"  # vermillion
_TAMPER = "#CC79A7"  # reddish purple
_SLOW = "#E69F00"  # orange
_DOWN = "#56B4E9"  # sky blue
_UNKNOWN = "#999999"  # grey
_OFFLINE = "#000000"
_PORTAL = "#0072B2"  # blue

VERDICT_STYLES: dict[str, VerdictStyle] = {
    "ok": VerdictStyle(_OK, "✔", QT_TRANSLATE_NOOP("Verdict", "Works")),
    "dns_blocked": VerdictStyle(_BLOCK, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (DNS)")),
    "dns_tampered": VerdictStyle(_TAMPER, "◆", QT_TRANSLATE_NOOP("Verdict", "Blocked (forged DNS)")),
    "tcp_blocked": VerdictStyle(_BLOCK, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (IP)")),
    "tcp_reset": VerdictStyle(_BLOCK, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (connection reset)")),
    "tls_blocked": VerdictStyle(_BLOCK, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (SNI filtering)")),
    "tls_mitm": VerdictStyle(_TAMPER, "◆", QT_TRANSLATE_NOOP("Verdict", "Intercepted (certificate)")),
    "http_blockpage": VerdictStyle(_TAMPER, "◆", QT_TRANSLATE_NOOP("Verdict", "Blocked (blockpage)")),
    "throttled": VerdictStyle(_SLOW, "▼", QT_TRANSLATE_NOOP("Verdict", "Throttled")),
    "offline": VerdictStyle(_OFFLINE, "○", QT_TRANSLATE_NOOP("Verdict", "Offline")),
    "captive_portal": VerdictStyle(_PORTAL, "⚑", QT_TRANSLATE_NOOP("Verdict", "Captive portal")),
    "platform_down": VerdictStyle(_DOWN, "▲", QT_TRANSLATE_NOOP("Verdict", "Platform down")),
    "inconclusive": VerdictStyle(_UNKNOWN, "?", QT_TRANSLATE_NOOP("Verdict", "Unclear")),
}
# The row order of the reachability bands' legend, and numeric codes for plotting.
VERDICT_CODES: dict[str, int] = {v: i for i, v in enumerate(VERDICT_STYLES)}


def style_of(verdict: str) -> VerdictStyle:
    return VERDICT_STYLES.get(verdict, VERDICT_STYLES["inconclusive"])


def verdict_words(verdict: str) -> str:
    """The verdict's plain words in the chosen language."""
    return QCoreApplication.translate("Verdict", style_of(verdict).words)


def human_bytes(n: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as data plans count)."""
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"
