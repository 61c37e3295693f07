"""Times, durations and numbers as the chosen language writes them (digits, month names), with the UTC offset."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.common.translatable import QT_TRANSLATE_NOOP

UNITS = (  # seconds per unit, and how each language writes "n <unit>"
    (86400, QT_TRANSLATE_NOOP("Duration", "{0} d")),
    (3600, QT_TRANSLATE_NOOP("Duration", "{0} h")),
    (60, QT_TRANSLATE_NOOP("Duration", "{0} min")),
    (1, QT_TRANSLATE_NOOP("Duration", "{0} s")),
)


LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # Unicode bidi isolates (left-to-right, first-strong, pop)


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ltr(text: str) -> str:
    """Text that always reads left to right (a time, a URL, a path), isolated so an RTL line never reorders it."""
    return f"{LRI}{text}{PDI}" if _rtl() and text else text


def isolated(text: str) -> str:
    """One part of a mixed-direction line ("2 ms · 0 of 7"), isolated so its numbers stay with its words."""
    return f"{FSI}{text}{PDI}" if _rtl() and text else text


def html_dir() -> str:
    """The attribute that makes a rich-text block read right to left in an RTL language, even when it starts with
    a Latin name ("Vantage", "X"), which would otherwise make Qt lay the block out left to right."""
    return ' dir="rtl"' if _rtl() else ""


def _moment(epoch: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(epoch * 1000))


def offset_text(epoch: float) -> str:
    """"UTC+05:00": the offset in force at that moment (it changes across DST)."""
    offset = datetime.fromtimestamp(epoch).astimezone().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def local_text(epoch: float) -> str:
    """Date and time in the local time zone, in the chosen language's digits, with the UTC offset."""
    return ltr(f"{QLocale().toString(_moment(epoch), 'yyyy-MM-dd HH:mm:ss')} {offset_text(epoch)}")


def clock_text(epoch: float) -> str:
    return ltr(QLocale().toString(_moment(epoch), "HH:mm"))


def since_text(epoch: float, now: float | None = None) -> str:
    """The time alone when it was today, else the day and month too ("12 Nov 19:04" in the chosen language)."""
    today = time.localtime(time.time() if now is None else now)[:3]
    if time.localtime(epoch)[:3] == today:
        return clock_text(epoch)
    # first-strong, not left to right: with an Urdu month the day, month and time read right to left as Urdu
    # writes them ("14 نومبر 22:13" from the right), each number still in its own order
    return isolated(QLocale().toString(_moment(epoch), "d MMM HH:mm"))


def number(value: int | float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(round(value))


def plural(text: str, n: int) -> str:
    """A count in words from Qt's numerus translation, `plural(self.tr("%Ln sweep(s)", "", n), n)`: a language's
    translation brings its own forms; the English source has none, so "(s)" becomes English's ("1 sweep",
    "2 sweeps"). Every "(s)" noun we count is regular."""
    return text.replace("(s)", "" if n == 1 else "s")


def duration_text(seconds: float) -> str:
    """The two largest units ("3 d 4 h", "2 h 5 min"), which is what a person compares."""
    left = round(seconds)
    parts = []
    for size, unit in UNITS:
        count, left = divmod(left, size)
        if count:
            parts.append(QCoreApplication.translate("Duration", unit).format(number(count)))
    return " ".join(parts[:2]) or QCoreApplication.translate("Duration", UNITS[-1][1]).format(number(0))
