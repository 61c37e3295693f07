"""What the live view knows about each platform: its current verdict, since when it has held, and what changed.

Qt-free, so the rules (and the notifications they trigger) are unit-tested as plain functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.probes.summary import PlatformPoint, SweepPoint


@dataclass(frozen=True)
class Change:
    platform: str
    before: str
    after: str
    at: float


@dataclass
class PlatformState:
    point: PlatformPoint
    since: float  # epoch seconds: the start of the first sweep of the current run of this verdict


@dataclass
class LiveState:
    platforms: dict[str, PlatformState] = field(default_factory=dict)
    latest: SweepPoint | None = None

    def ingest(self, point: SweepPoint) -> list[Change]:
        """Take one sweep (in time order); returns the platforms whose verdict changed (none the first time)."""
        if self.latest is not None and point.started_at < self.latest.started_at:
            return []  # an older sweep (history loading after live data) never rewinds the live state
        changes = []
        for pid, p in point.platforms.items():
            state = self.platforms.get(pid)
            if state is None:
                self.platforms[pid] = PlatformState(p, point.started_at)
            elif state.point.verdict != p.verdict:
                changes.append(Change(pid, state.point.verdict, p.verdict, point.started_at))
                self.platforms[pid] = PlatformState(p, point.started_at)
            else:
                state.point = p
        self.latest = point
        return changes

    def load(self, points: Iterable[SweepPoint]) -> None:
        for point in sorted(points, key=lambda p: p.started_at):
            self.ingest(point)

    def affected(self) -> list[str]:
        """Platforms (not the controls) whose current verdict is not ok, in insertion order."""
        return [pid for pid, s in self.platforms.items() if pid != "control" and s.point.verdict != "ok"]
