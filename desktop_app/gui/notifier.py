"""Turns verdict changes into desktop notifications (through the tray when there is one), rate-limited."""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from desktop_app.gui.live_state import Change
from desktop_app.gui.notify_policy import NotificationLimiter
from desktop_app.gui.style import verdict_words


class Notifier(QObject):
    notified = Signal(str, str)  # title, message: emitted for every notification shown

    def __init__(self, names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = dict(names)
        self._limiter = NotificationLimiter()
        self.enabled = True

    def changes(self, changes: list[Change], now: float | None = None) -> None:
        if not self.enabled:
            return
        for change in self._limiter.admit([c for c in changes if c.platform != "control"], now or time.time()):
            name = self._names.get(change.platform, change.platform)
            after = verdict_words(change.after)
            before = verdict_words(change.before)
            title = f"{name}: {after}"
            message = self.tr("{0} changed from “{1}” to “{2}”.").format(name, before, after)
            self.notified.emit(title, message)
