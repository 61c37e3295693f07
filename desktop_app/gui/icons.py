"""Icons drawn in code (platform letter marks, verdict marks) plus the app icon from resources/icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop_app.gui.style import style_of
from desktop_app.system.paths import resources_dir

NEUTRAL_TONE = "#4A4A4A"  # a platform without a tone in platforms.toml (the person's own targets)


def _mark(letter: str, tone: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(tone))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.25, size * 0.25)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


@lru_cache(maxsize=64)
def platform_pixmap(platform_id: str, name: str, size: int = 32, tone: str | None = None) -> QPixmap:
    """A letter mark in the platform's neutral tone (resources/platforms.toml): never a brand logo."""
    letter = "✓" if platform_id == "control" else (name[:1].upper() or "?")
    return _mark(letter, tone or NEUTRAL_TONE, size)


@lru_cache(maxsize=32)
def verdict_pixmap(verdict: str, size: int = 20) -> QPixmap:
    s = style_of(verdict)
    return _mark(s.symbol, s.colour, size)


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "vantage.svg"
    icon = QIcon(str(path)) if path.exists() else QIcon()
    if icon.isNull():
        icon = QIcon(_mark("V", "#123047", 64))
    return icon


def state_icon(verdict: str) -> QIcon:
    """The tray's overall-state icon: the app mark when all is well, else the worst verdict's mark."""
    return app_icon() if verdict == "ok" else QIcon(verdict_pixmap(verdict, 64))
