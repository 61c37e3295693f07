"""Catalogue load time with an imported Citizen Lab test list of 10,000 and 100,000 rows (issue 15: it was quadratic).

Prints, per size, the seconds to import the list and to load the catalogue with it, and the time per row: the
load is linear when the per-row time stays flat as the list grows tenfold. Nothing is probed.
Usage: .venv/bin/python bench/catalogue_load.py [--rows 10000 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.probes.catalogue.loader import import_citizenlab_csv, load_catalogue

HEADER = "url,category_code,category_description,date_added,source,notes\n"


def write_list(path: Path, rows: int) -> Path:
    """A test list shaped like Citizen Lab's: one URL per row on distinct hosts (reserved .example names)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for i in range(rows):
            out.write(f"https://site{i}.news{i % 97}.example/path/{i},NEWS,News Media,2024-01-01,bench,\n")
    return path


def measure(rows: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory(prefix="vantage-bench-") as tmp:
        config = Path(tmp) / "config"
        src = write_list(Path(tmp) / f"bench{rows}.csv", rows)
        started = time.perf_counter()
        import_citizenlab_csv(src, config)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        catalogue = load_catalogue(config_dir=config)
        loaded = time.perf_counter() - started
        endpoints = sum(len(p.endpoints) for p in catalogue.platforms)
    return imported, loaded, endpoints


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(f"{'rows':>8} {'import s':>9} {'load s':>8} {'load µs/row':>12} {'endpoints':>10}")
    for rows in args.rows:
        imported, loaded, endpoints = measure(rows)
        print(f"{rows:>8,} {imported:>9.2f} {loaded:>8.2f} {loaded / rows * 1e6:>12.1f} {endpoints:>10,}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
