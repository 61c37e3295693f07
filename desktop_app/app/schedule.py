"""When the next sweep runs, or why it does not (paused, on battery, metered, over the daily cap). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.app.settings import Settings
from desktop_app.common.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Decision:
    run: bool
    wait_s: float  # when to look again (or run) if not now
    reason: str | None = None  # why not, in plain words


def decide(*, now: float, last_started: float | None, interval_s: float, settings: Settings, paused: bool,
           on_battery: bool, metered: bool, today_bytes: int, forced: bool = False) -> Decision:
    """`forced` is "Probe now": it overrides the interval and the frugality pauses, never a user pause."""
    if paused:
        return Decision(False, 3600.0, QT_TRANSLATE_NOOP("MainWindow", "Paused"))
    if not forced:
        if settings.pause_on_battery and on_battery:
            return Decision(False, 60.0, QT_TRANSLATE_NOOP("MainWindow", "Paused while on battery"))
        if settings.pause_on_metered and metered:
            return Decision(False, 60.0, QT_TRANSLATE_NOOP("MainWindow", "Paused on a metered connection"))
        if settings.daily_cap_mb and today_bytes >= settings.daily_cap_mb * 1_000_000:
            return Decision(False, 600.0, QT_TRANSLATE_NOOP("MainWindow", "Paused: today's data cap is reached"))
    if forced or last_started is None:
        return Decision(True, 0.0)
    due = last_started + interval_s
    if now >= due:
        return Decision(True, 0.0)
    return Decision(False, due - now)
