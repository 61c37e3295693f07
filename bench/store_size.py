"""Store bytes per measurement and the projected 30-day size at the default interval (target: under 100 MB).

Usage: .venv/bin/python bench/store_size.py [--sweeps 600] [--endpoints 93]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.store.log import HistoryStore, default_db_path
from tests.store_records import endpoint_urls, sweep

DEFAULT_INTERVAL_S = 300
THIRTY_DAYS_SWEEPS = 30 * 86400 // DEFAULT_INTERVAL_S


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweeps", type=int, default=600)
    parser.add_argument("--endpoints", type=int, default=93, help="the default catalogue has 93")
    args = parser.parse_args()
    rng = random.Random(2026)
    urls = endpoint_urls(args.endpoints)
    with tempfile.TemporaryDirectory(prefix="vantage-bench-") as work:
        path = default_db_path(Path(work))
        appends = []
        with HistoryStore.open(path) as store:
            for i in range(args.sweeps):
                # A blocking episode now and then: X blocked for an hour out of every ten.
                blocked = frozenset({"x"}) if i % 120 < 12 else frozenset()
                context, records, sensitive = sweep(i, 1_780_000_000.0 + DEFAULT_INTERVAL_S * i, urls, rng, blocked)
                start = time.perf_counter()
                store.append_sweep(context, records, sensitive)
                appends.append(time.perf_counter() - start)
            store.checkpoint()
            measurements = store.count_measurements()
        size = sum(p.stat().st_size for p in Path(work).iterdir() if p.name.startswith(path.name))
    per = size / measurements
    projected = per * THIRTY_DAYS_SWEEPS * args.endpoints
    appends.sort()
    print(f"sweeps: {args.sweeps}")
    print(f"endpoints_per_sweep: {args.endpoints}")
    print(f"measurements: {measurements}")
    print(f"file_bytes: {size}")
    print(f"bytes_per_measurement: {per:.1f}")
    print(f"projected_30_days_at_5_min_mb: {projected / 1e6:.1f} (target < 100)")
    print(f"append_ms_median: {appends[len(appends) // 2] * 1000:.1f}")
    print(f"append_ms_p95: {appends[int(len(appends) * 0.95)] * 1000:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
