"""When a verdict change becomes a desktop notification: rate-limited, so a flapping network never floods."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.gui.live_state import Change

PER_PLATFORM_GAP_S = 600.0  # at most one notification per platform every 10 minutes
GLOBAL_WINDOW_S = 60.0
GLOBAL_MAX = 3  # and at most this many per minute in all


@dataclass
class NotificationLimiter:
    per_platform_gap: float = PER_PLATFORM_GAP_S
    global_window: float = GLOBAL_WINDOW_S
    global_max: int = GLOBAL_MAX
    _last_by_platform: dict[str, float] = field(default_factory=dict)
    _recent: list[float] = field(default_factory=list)
    _held: dict[str, Change] = field(default_factory=dict)
    _announced: dict[str, str] = field(default_factory=dict)  # the verdict the person was last told, per platform

    def admit(self, changes: list[Change], now: float) -> list[Change]:
        """The changes to announce now; the rest are held and announced (latest state only) when allowed."""
        for change in changes:
            self._announced.setdefault(change.platform, change.before)
            self._held[change.platform] = change
        self._recent = [t for t in self._recent if now - t < self.global_window]
        out = []
        for platform, change in list(self._held.items()):
            if len(self._recent) >= self.global_max:
                break
            last = self._last_by_platform.get(platform)
            if last is not None and now - last < self.per_platform_gap:
                continue
            del self._held[platform]
            told = self._announced[platform]
            if change.after == told:
                continue  # it flapped back to what the person already knows
            out.append(Change(platform, told, change.after, change.at))
            self._announced[platform] = change.after
            self._last_by_platform[platform] = now
            self._recent.append(now)
        return out
