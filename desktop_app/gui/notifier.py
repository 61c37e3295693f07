"""Turns confirmed verdict changes into desktop notifications (through the tray when there is one), rate-limited."""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.gui.banner_text import END, HOW, ONE_BLOCKED, PART_BLOCKED, clock, roles_text
from desktop_app.gui.notify_policy import Notice, NotificationLimiter
from desktop_app.gui.style import verdict_words


def _banner(text: str) -> str:
    return QCoreApplication.translate("Banner", text)


class Notifier(QObject):
    notified = Signal(str, str)  # title, message: emitted for every notification shown

    def __init__(self, names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = dict(names)
        self._limiter = NotificationLimiter()
        self.enabled = True

    def changes(self, changes: list[Notice], now: float | None = None) -> None:
        """Confirmed changes (notify_policy.ConfirmationGate): a one-sweep blip never reaches this."""
        if not self.enabled:
            return
        for change in self._limiter.admit([c for c in changes if c.platform != "control"], now or time.time()):
            self.notified.emit(*self.text(change))

    def text(self, change: Notice) -> tuple[str, str]:
        """The title and message: a block says how and since when, and a partial one what still works."""
        name = self._names.get(change.platform, change.platform)
        after = verdict_words(change.after)
        partial = change.scope == "partial" and bool(change.roles)
        parts = roles_text(change.roles, _banner) if partial else ""
        title = self.tr("{0}: {1}, only {2}").format(name, after, parts) if partial else f"{name}: {after}"
        how = HOW.get(change.after) if change.after != "throttled" else None
        if how is None:
            return title, self.tr("{0} changed from “{1}” to “{2}”.").format(name, verdict_words(change.before),
                                                                          after)
        if partial:
            sentence = _banner(PART_BLOCKED).format(names=name, parts=parts, how=_banner(how), time=clock(change.at))
        else:
            sentence = _banner(ONE_BLOCKED).format(names=name, how=_banner(how), time=clock(change.at))
        return title, _banner(END).format(sentence=sentence) + " " + self.tr("A second check confirmed it.")
