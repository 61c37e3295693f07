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


def clamp_rect(saved: QRect, available: QRect, minimum: QSize) -> QRect:
    """A remembered place brought onto the available area: its size kept when it fits, else fitted (fit_size);
    then moved the least needed to lie inside; one on no screen at all is centred."""
    size = saved.size()
    if size.width() > available.width() or size.height() > available.height():
        size = fit_size(size, available, minimum)
    else:
        size = size.expandedTo(minimum)
    if not available.intersects(saved):
        x = available.x() + max(0, (available.width() - size.width()) // 2)
        y = available.y() + max(0, (available.height() - size.height()) // 2)
        return QRect(x, y, size.width(), size.height())
    x = max(available.x(), min(saved.x(), available.x() + available.width() - size.width()))
    y = max(available.y(), min(saved.y(), available.y() + available.height() - size.height()))
    return QRect(x, y, size.width(), size.height())
