"""How the GUI shows a verdict (from the one table in common/vocabulary.py), and sizes in plain units."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.common.vocabulary import BY_NAME, SEVERITY, VerdictInfo, info

# The verdicts' colours, symbols and words are declared once, in common/vocabulary.py.
VERDICT_STYLES: dict[str, VerdictInfo] = dict(BY_NAME)
# The row order of the reachability bands' legend (most severe first), and numeric codes for plotting.
VERDICT_CODES: dict[str, int] = {name: i for i, name in enumerate(SEVERITY)}


def style_of(verdict: str) -> VerdictInfo:
    return info(verdict)


def verdict_words(verdict: str) -> str:
    """The verdict's plain words in the chosen language."""
    return QCoreApplication.translate("Verdict", info(verdict).words)


def human_bytes(n: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as data plans count)."""
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"
