"""What the History view draws for a range: per platform, verdict bands and latency from the rollups.

The level (minute, hour, day) is chosen so a range never yields more than a few thousand buckets per platform,
which keeps a whole year as cheap to draw as an hour. Shares of reachable time are exact to the minute: whole days
come from the day rollups and the ragged edges from hours and minutes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from desktop_app.common.vocabulary import BLOCKING, OK, SEVERITY
from desktop_app.store.kinds import KIND_PLATFORM
from desktop_app.store.log import HistoryStore
from desktop_app.store.rollups import LEVELS
from desktop_app.store.sweep_index import network_label

MAX_BUCKETS = 3000
HOLD_S = 600.0  # a bucket's colour is drawn until the next bucket, but never longer than this past its own end
PRECEDENCE_SHARE = 1 / 48  # blocking or offline in this share of a bucket (half an hour a day) colours it
_RANK = {v: i for i, v in enumerate(SEVERITY)}
_LOUD = BLOCKING | {"offline", "captive_portal"}


@dataclass
class PlatformSeries:
    platform: str
    starts: list[float] = field(default_factory=list)  # epoch seconds of each bucket with data
    ends: list[float] = field(default_factory=list)  # where its colour stops (next bucket, or a hold)
    verdicts: list[str] = field(default_factory=list)  # the colour of each bucket (see bucket_verdict)
    counts: list[dict[str, int]] = field(default_factory=list)  # sweeps per verdict in each bucket
    latency_ms: list[float] = field(default_factory=list)  # mean latency per bucket; NaN when none
    totals: dict[str, int] = field(default_factory=dict)  # sweeps per verdict over the whole range (exact)

    @property
    def sweeps(self) -> int:
        return sum(self.totals.values())

    @property
    def ok_share(self) -> float | None:
        """The share of this platform's sweeps in range that found it reachable; None with no sweeps."""
        return self.totals.get(OK, 0) / self.sweeps if self.sweeps else None


@dataclass(frozen=True)
class NetworkSpan:
    start: float
    end: float
    network: str  # "AS17557 PTCL (PK)", or "unknown network" when it was not looked up
    sweeps: int


@dataclass
class HistorySeries:
    since: float
    until: float
    level: int  # seconds per bucket
    platforms: dict[str, PlatformSeries]
    networks: list[NetworkSpan] = field(default_factory=list)  # which network each stretch was measured from

    @property
    def network_totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for span in self.networks:
            totals[span.network] = totals.get(span.network, 0) + span.sweeps
        return totals


def level_for(span_s: float) -> int:
    """The finest rollup level that keeps the range within MAX_BUCKETS buckets."""
    return next((lv for lv in LEVELS if span_s / lv <= MAX_BUCKETS), LEVELS[-1])


def bucket_verdict(counts: dict[str, int]) -> str:
    """The most common verdict, except that blocking or offline in ≥1/48 of the bucket wins over ok.

    At a year's scale one pixel is a day: an hour of blocking in it must not disappear behind 23 hours of ok.
    """
    total = sum(counts.values())
    loud = {v: n for v, n in counts.items() if v in _LOUD and n >= PRECEDENCE_SHARE * total}
    pool = loud or counts
    return min(pool, key=lambda v: (-pool[v], _RANK.get(v, len(_RANK))))


def query_history(store: HistoryStore, since: float, until: float,
                  platforms: Collection[str] | None = None) -> HistorySeries:
    level = level_for(until - since)
    with store.snapshot():
        ids = _ids(store, platforms)
        series = {store.name_text(pid): PlatformSeries(store.name_text(pid)) for pid in ids}
        _buckets(store, series, ids, level, since, until)
        for pid, verdict, count in _exact_totals(store, ids, since, until):
            totals = series[store.name_text(pid)].totals
            name = store.name_text(verdict)
            totals[name] = totals.get(name, 0) + count
        networks = _network_spans(store, level, since, until)
    return HistorySeries(since, until, level, series, networks)


def _network_spans(store: HistoryStore, level: int, since: float, until: float) -> list[NetworkSpan]:
    """Runs of buckets whose most common network is the same (a bucket spanning a change takes the majority)."""
    first, last = math.floor(since / level), math.ceil(until / level)
    best: dict[int, tuple[int, int, int]] = {}  # bucket -> (count, network, total)
    for bucket, network, count in store.connection.execute(
            "SELECT bucket, network, count FROM network_rollups WHERE level = ? AND bucket >= ? AND bucket < ?",
            (level, first, last)):
        top, name, total = best.get(bucket, (0, 0, 0))
        best[bucket] = (count, network, total + count) if count > top else (top, name, total + count)
    spans: list[NetworkSpan] = []
    for bucket in sorted(best):
        _, network, total = best[bucket]
        label = network_label(store.name_text(network) if network else None)
        start = float(bucket * level)
        if spans and spans[-1].network == label and spans[-1].end >= start - HOLD_S:
            prev = spans[-1]
            spans[-1] = NetworkSpan(prev.start, start + level, label, prev.sweeps + total)
        else:
            spans.append(NetworkSpan(start, start + level, label, total))
    return spans


def _ids(store: HistoryStore, platforms: Collection[str] | None) -> list[int]:
    if platforms is None:
        return [pid for (pid,) in store.connection.execute(
            "SELECT id FROM names WHERE kind = ? ORDER BY id", (KIND_PLATFORM,))]
    return [i for i in (store.name_id(KIND_PLATFORM, p) for p in platforms) if i is not None]


def _in(ids: list[int]) -> str:
    return f"platform IN ({','.join(str(int(i)) for i in ids)})" if ids else "0"


def _buckets(store: HistoryStore, series: dict[str, PlatformSeries], ids: list[int], level: int,
             since: float, until: float) -> None:
    first, last = math.floor(since / level), math.ceil(until / level)
    grouped: dict[int, dict[int, tuple[dict[str, int], int, int]]] = defaultdict(dict)
    for pid, bucket, verdict, count, lsum, n in store.connection.execute(
            f"SELECT platform, bucket, verdict, count, latency_sum, latency_n FROM rollups "
            f"WHERE level = ? AND {_in(ids)} AND bucket >= ? AND bucket < ? ORDER BY platform, bucket",
            (level, first, last)):
        counts, s, k = grouped[pid].get(bucket, ({}, 0, 0))
        counts[store.name_text(verdict)] = count
        grouped[pid][bucket] = (counts, s + lsum, k + n)
    for pid, buckets in grouped.items():
        out = series[store.name_text(pid)]
        keys = sorted(buckets)
        for i, bucket in enumerate(keys):
            counts, lsum, n = buckets[bucket]
            start = bucket * level
            hold = start + level + HOLD_S
            nxt = keys[i + 1] * level if i + 1 < len(keys) else hold
            out.starts.append(float(start))
            out.ends.append(float(min(nxt, hold)))
            out.verdicts.append(bucket_verdict(counts))
            out.counts.append(counts)
            out.latency_ms.append(lsum / n / 10 if n else math.nan)


def _exact_totals(store: HistoryStore, ids: list[int], since: float,
                  until: float) -> list[tuple[int, int, int]]:
    """Sweeps per (platform, verdict) with start in [since, until) to the minute: days, then hours, then minutes."""
    minute, hour, day = LEVELS
    m0, m1 = math.ceil(since / minute), math.ceil(until / minute)
    pieces: list[tuple[int, int, int]] = []  # (level, first bucket, end bucket)
    h0, h1 = math.ceil(m0 * minute / hour), math.floor(m1 * minute / hour)
    if h0 >= h1:
        pieces.append((minute, m0, m1))
    else:
        d0, d1 = math.ceil(h0 * hour / day), math.floor(h1 * hour / day)
        pieces += [(minute, m0, h0 * hour // minute), (minute, h1 * hour // minute, m1)]
        if d0 >= d1:
            pieces.append((hour, h0, h1))
        else:
            pieces += [(hour, h0, d0 * day // hour), (hour, d1 * day // hour, h1), (day, d0, d1)]
    sums: dict[tuple[int, int], int] = defaultdict(int)
    for level, lo, hi in pieces:
        if lo >= hi:
            continue
        for pid, verdict, count in store.connection.execute(
                f"SELECT platform, verdict, sum(count) FROM rollups WHERE level = ? AND {_in(ids)} "
                "AND bucket >= ? AND bucket < ? GROUP BY platform, verdict", (level, lo, hi)):
            sums[(pid, verdict)] += count
    return [(pid, verdict, count) for (pid, verdict), count in sums.items()]


def data_span(store: HistoryStore, since: float | None = None) -> tuple[float, float] | None:
    """The first and last sweep's start (from `since` on): where the history holds data, for the opening range."""
    row = store.connection.execute("SELECT min(started_at), max(started_at) FROM blocks WHERE started_at >= ?",
                                   (since if since is not None else float("-inf"),)).fetchone()
    return None if row is None or row[0] is None else (float(row[0]), float(row[1]))
