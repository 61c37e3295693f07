"""Sizes a top-level window to fit the screen it opens on, so laptops at 1366×768 or 1280×720 see every control."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.94  # leave room for the window frame and a panel the available geometry does not count


def available_rect(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fit_size(wanted: QSize, available: QRect, minimum: QSize) -> QSize:
    """The wanted size, shrunk to the available area (less a margin) but never below the layout's minimum."""
    width = min(wanted.width(), int(available.width() * MARGIN))
    height = min(wanted.height(), int(available.height() * MARGIN))
    return QSize(max(width, minimum.width()), max(height, minimum.height()))


def fit_to_screen(window: QWidget, wanted: QSize, available: QRect | None = None) -> None:
    """Resize the window to `wanted` or less, centred in the available area of its screen."""
    area = available if available is not None else available_rect(window)
    size = fit_size(wanted, area, window.minimumSizeHint())
    window.resize(size)
    window.move(area.x() + max(0, (area.width() - size.width()) // 2),
                area.y() + max(0, (area.height() - size.height()) // 2))
