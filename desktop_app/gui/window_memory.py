"""Remembers where each window was and how big (windows.ini beside the settings) and restores it, fitted to a screen.

Window places are the person's, not the measurement's: they live in their own file, never in settings.json, and
the demo keeps them in the real config folder too. A place saved on a screen that is gone, or larger than the
screen now, is brought back inside the available area (window_size.clamp_rect).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.window_size import available_rect, clamp_rect
from desktop_app.system import paths

FILE = "windows.ini"
NAME = "vantage-window-name"  # the dynamic property that names a remembered window (no table of live widgets)
W = TypeVar("W", bound=QWidget)


class WindowMemory(QObject):
    """Restores a window's place when it is first shown and saves it whenever it is hidden (closed, to the tray)."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.store = QSettings(str(folder / FILE), QSettings.Format.IniFormat)

    def remember(self, window: W, name: str, available: QRect | None = None) -> W:
        """Give the window its saved place (or fit its current size to the screen) and save it on every hide."""
        window.setProperty(NAME, name)
        self.restore(window, name, available)
        window.installEventFilter(self)
        return window

    def saved(self, name: str) -> tuple[QRect, bool] | None:
        value = self.store.value(f"{name}/geometry")
        if not isinstance(value, QRect) or value.isEmpty():
            return None
        return value, str(self.store.value(f"{name}/maximized", "false")).lower() == "true"

    def restore(self, window: QWidget, name: str, available: QRect | None = None) -> None:
        minimum = window.minimumSizeHint()
        found = self.saved(name)
        if found is None:  # first open: keep where Qt places it (a dialog centres on its parent), fit its size
            area = available or available_rect(window)
            window.resize(clamp_rect(QRect(area.topLeft(), window.size()), area, minimum).size())
            return
        rect, maximized = found
        if available is None:
            screen = QGuiApplication.screenAt(rect.center())  # the screen it was on, if that one is still here
            area = screen.availableGeometry() if screen is not None else available_rect(window)
        else:
            area = available
        window.setGeometry(clamp_rect(rect, area, minimum))
        if maximized:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self, window: QWidget, name: str) -> None:
        state = window.windowState()
        whole = bool(state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowMinimized
                              | Qt.WindowState.WindowFullScreen))
        self.store.setValue(f"{name}/geometry", window.normalGeometry() if whole else window.geometry())
        self.store.setValue(f"{name}/maximized", bool(state & Qt.WindowState.WindowMaximized))
        paths.ensure_private_dir(self.folder)
        self.store.sync()  # a few hundred bytes; nothing else would write them if the app is then killed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            name = watched.property(NAME)
            if isinstance(name, str) and name:
                self.save(watched, name)
        return False
