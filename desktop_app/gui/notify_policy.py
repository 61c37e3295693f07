"""When a verdict change becomes a desktop notification: only once confirmed, and rate-limited (Qt-free).

A new blocking verdict is announced only when the platform's next observation (the follow-up a minute later, or
the next sweep) repeats it, by the rule in store/confirmation.py; a one-sweep blip is never announced. Then the
limiter keeps a flapping network from flooding the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from desktop_app.common.vocabulary import BLOCKING
from desktop_app.probes.summary import SweepPoint
from desktop_app.store.confirmation import says_something

PER_PLATFORM_GAP_S = 600.0  # at most one notification per platform every 10 minutes
GLOBAL_WINDOW_S = 60.0
GLOBAL_MAX = 3  # and at most this many per minute in all


@dataclass(frozen=True)
class Notice:
    """A confirmed change of a platform's verdict, with how much of the platform the new verdict is about."""

    platform: str
    before: str
    after: str
    at: float  # epoch seconds: when the new verdict was first seen (a block: its first sweep, not the follow-up)
    scope: str | None = None
    roles: tuple[str, ...] = ()


@dataclass
class _Pending:
    verdict: str
    at: float


class ConfirmationGate:
    """Sweeps (and follow-ups) in, confirmed changes out; knows which platforms' blocks still await their check."""

    def __init__(self) -> None:
        self._shown: dict[str, str] = {}  # the confirmed verdict per platform
        self._said: dict[str, str] = {}  # the last verdict that says something about the platform
        self._pending: dict[str, _Pending] = {}

    def load(self, points: Iterable[SweepPoint]) -> None:
        """The stored history (any order), so that what was already confirmed is not announced again."""
        for point in sorted(points, key=lambda p: p.started_at):
            self.ingest(point)

    def pending(self, platform: str) -> bool:
        """Whether the platform's current blocking verdict waits for its follow-up."""
        return platform in self._pending

    def pending_ids(self) -> frozenset[str]:
        return frozenset(self._pending)

    def ingest(self, point: SweepPoint) -> list[Notice]:
        out = []
        for pid, p in point.platforms.items():
            verdict, shown = p.verdict, self._shown.get(pid)
            if verdict in BLOCKING and self._said.get(pid) not in BLOCKING:
                self._pending[pid] = _Pending(verdict, point.started_at)  # new: wait for the next observation
            elif verdict in BLOCKING or not (pid in self._pending and not says_something(verdict)):
                pending = self._pending.pop(pid, None)
                at = pending.at if pending is not None and verdict in BLOCKING else point.started_at
                if shown is not None and verdict != shown:
                    out.append(Notice(pid, shown, verdict, at, p.scope, p.roles))
                self._shown[pid] = verdict
            # else: offline or inconclusive while a block awaits its check: that says nothing either way
            if says_something(verdict):
                self._said[pid] = verdict
        return out


@dataclass
class NotificationLimiter:
    per_platform_gap: float = PER_PLATFORM_GAP_S
    global_window: float = GLOBAL_WINDOW_S
    global_max: int = GLOBAL_MAX
    _last_by_platform: dict[str, float] = field(default_factory=dict)
    _recent: list[float] = field(default_factory=list)
    _held: dict[str, Notice] = field(default_factory=dict)
    _announced: dict[str, str] = field(default_factory=dict)  # the verdict the person was last told, per platform

    def admit(self, changes: list[Notice], now: float) -> list[Notice]:
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
            out.append(replace(change, before=told))
            self._announced[platform] = change.after
            self._last_by_platform[platform] = now
            self._recent.append(now)
        return out
