"""Verdict colours, symbols and plain words: one colour-blind-safe palette (Okabe-Ito), never colour alone."""

from __future__ import annotations

from dataclasses import dataclass


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
    "ok": VerdictStyle(_OK, "✔", "Works"),
    "dns_blocked": VerdictStyle(_BLOCK, "✖", "Blocked (DNS)"),
    "dns_tampered": VerdictStyle(_TAMPER, "◆", "Blocked (forged DNS)"),
    "tcp_blocked": VerdictStyle(_BLOCK, "✖", "Blocked (IP)"),
    "tcp_reset": VerdictStyle(_BLOCK, "✖", "Blocked (connection reset)"),
    "tls_blocked": VerdictStyle(_BLOCK, "✖", "Blocked (SNI filtering)"),
    "tls_mitm": VerdictStyle(_TAMPER, "◆", "Intercepted (certificate)"),
    "http_blockpage": VerdictStyle(_TAMPER, "◆", "Blocked (blockpage)"),
    "throttled": VerdictStyle(_SLOW, "▼", "Throttled"),
    "offline": VerdictStyle(_OFFLINE, "○", "Offline"),
    "captive_portal": VerdictStyle(_PORTAL, "⚑", "Captive portal"),
    "platform_down": VerdictStyle(_DOWN, "▲", "Platform down"),
    "inconclusive": VerdictStyle(_UNKNOWN, "?", "Unclear"),
}
# The row order of the reachability bands' legend, and numeric codes for plotting.
VERDICT_CODES: dict[str, int] = {v: i for i, v in enumerate(VERDICT_STYLES)}


def style_of(verdict: str) -> VerdictStyle:
    return VERDICT_STYLES.get(verdict, VERDICT_STYLES["inconclusive"])


def human_bytes(n: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as data plans count)."""
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"
