"""Fixed-size ring buffers of sweeps for the live chart: a day in memory, never growing (numpy, no Qt)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

import numpy as np

from desktop_app.gui.style import VERDICT_CODES
from desktop_app.probes.summary import SweepPoint

DEFAULT_CAPACITY = 2048  # a day at the shortest interval (1 minute) with room to spare
NO_VERDICT = -1


class SweepBuffer:
    """Sweeps in time order; appending beyond capacity drops the oldest."""

    def __init__(self, platforms: Sequence[str], capacity: int = DEFAULT_CAPACITY) -> None:
        self.platforms = list(platforms)
        self.capacity = capacity
        self._row = {p: i for i, p in enumerate(self.platforms)}
        self.starts = np.full(capacity, np.nan)
        self.ends = np.full(capacity, np.nan)
        self.codes = np.full((len(self.platforms), capacity), NO_VERDICT, dtype=np.int16)
        self.latency = np.full((len(self.platforms), capacity), np.nan)
        self._points: deque[SweepPoint] = deque(maxlen=capacity)
        self._head = 0  # next slot to write
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def append(self, point: SweepPoint) -> None:
        if self._size and point.started_at < self.starts[(self._head - 1) % self.capacity]:
            return  # older than what we hold: the live buffer only moves forward
        i = self._head
        self.starts[i], self.ends[i] = point.started_at, point.ended_at
        self.codes[:, i] = NO_VERDICT
        self.latency[:, i] = np.nan
        for pid, p in point.platforms.items():
            row = self._row.get(pid)
            if row is not None:
                self.codes[row, i] = VERDICT_CODES.get(p.verdict, VERDICT_CODES["inconclusive"])
                self.latency[row, i] = np.nan if p.latency_ms is None else p.latency_ms
        self._points.append(point)
        self._head = (i + 1) % self.capacity
        self._size = min(self._size + 1, self.capacity)

    def extend(self, points: Iterable[SweepPoint]) -> None:
        for point in sorted(points, key=lambda p: p.started_at):
            self.append(point)

    def _order(self) -> np.ndarray:
        start = (self._head - self._size) % self.capacity
        return (start + np.arange(self._size)) % self.capacity

    def ordered(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(starts, ends, codes[platform, i], latency[platform, i]) oldest first."""
        order = self._order()
        return self.starts[order], self.ends[order], self.codes[:, order], self.latency[:, order]

    def band_edges(self, last_stop: float) -> tuple[np.ndarray, np.ndarray]:
        """Each sweep's band runs from its start to the next sweep's start; the newest one to last_stop."""
        starts, ends, _, _ = self.ordered()
        if not len(starts):
            return starts, starts
        stops = np.empty_like(starts)
        stops[:-1] = starts[1:]
        stops[-1] = max(ends[-1], last_stop)
        return starts, stops

    def point_at(self, epoch: float, last_stop: float) -> SweepPoint | None:
        starts, stops = self.band_edges(last_stop)
        if not len(starts):
            return None
        i = int(np.searchsorted(starts, epoch, side="right")) - 1
        if i < 0 or epoch >= stops[i]:
            return None
        return self._points[i] if len(self._points) == len(starts) else None

    def latest(self) -> SweepPoint | None:
        return self._points[-1] if self._points else None

    def span(self) -> tuple[float, float] | None:
        if not self._size:
            return None
        starts, _, _, _ = self.ordered()
        return float(starts[0]), float(starts[-1])
