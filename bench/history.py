"""History at a year's scale: incidents of the whole year, history series per range, and store bytes.

Targets (issue 4): incidents of the whole year < 2 s; the History view renders any range < 300 ms and switches
< 150 ms (the GUI figures come from bench/history_gui.py); state the bytes per measurement.
Usage: .venv/bin/python bench/history.py [--rebuild]
The synthetic year (bench/history_year.py) is cached in bench/.cache/ and rebuilt when its generator changes.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import history_year

from desktop_app.store.history_query import query_history
from desktop_app.store.incidents import find_incidents
from desktop_app.store.log import HistoryStore

T = TypeVar("T")
RANGES = (("last hour", 3600), ("last day", 86400), ("last week", 7 * 86400), ("last 30 days", 30 * 86400),
          ("whole year", 365 * 86400))


def year_db(rebuild: bool = False) -> Path:
    cache = ROOT / "bench" / ".cache"
    path = cache / f"year-v{history_year.VERSION}.sqlite3"
    if rebuild or not path.exists():
        cache.mkdir(exist_ok=True)
        for old in cache.glob("year-*"):
            old.unlink()
        started = time.perf_counter()
        print(f"building a year of synthetic history in {path} (once; a few minutes)…", flush=True)
        history_year.build(path, end=time.time())
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def year_from_args(description: str) -> Path:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the synthetic year")
    return year_db(parser.parse_args().rebuild)


def timed(fn: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """The best wall time of `repeat` calls (at least one), and what the last call returned."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    path = year_from_args(__doc__.splitlines()[0])
    with HistoryStore.open(path) as store:
        measurements, blocks = store.count_measurements(), store.count_blocks()
        print(f"history: {blocks:,} sweeps, {measurements:,} endpoint measurements")
        seconds, incidents = timed(lambda: find_incidents(store), repeat=2)
        print(f"incidents of the whole year: {len(incidents)} in {seconds * 1000:.0f} ms (target < 2000 ms)")
        last = store.latest_block()
        assert last is not None
        end = last.started_at + 60
        for name, span in RANGES:
            seconds, series = timed(functools.partial(query_history, store, end - span, end))
            buckets = max(len(s.starts) for s in series.platforms.values())
            print(f"series, {name:<12}: {seconds * 1000:6.1f} ms  ({series.level} s buckets, {buckets} per platform)")
        seconds, _ = timed(lambda: query_history(store, end - 365 * 86400, end, platforms={"youtube"}))
        print(f"series, whole year, one platform: {seconds * 1000:.1f} ms")
        seconds, _ = timed(lambda: find_incidents(store, end - 30 * 86400, end))
        print(f"incidents, last 30 days: {seconds * 1000:.1f} ms")
        sizes = dict(store.connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    total = path.stat().st_size
    index = total - sum(v for k, v in sizes.items() if k == "blocks")
    rollup_bytes = sizes.get("rollups", 0)
    print(f"file {total / 1e6:.0f} MB; without block payloads {index / measurements:.1f} B/measurement, of which "
          f"rollups {rollup_bytes / measurements:.2f} B ({rollup_bytes / 1e6:.0f} MB); the payload of real records "
          f"adds what bench/store_size.py prints")
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name:<28} {size / 1e6:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
