"""Store bytes per measurement and the projected 30-day size at the default interval (target: under 100 MB).

With the evidence bytes (store/blobs.py): every handshake's chain (two certificates per host, new ones every 10
days), each web endpoint's daily reference page (a 120 kB page that changes a little every day), and — in the
second run — one platform serving a blockpage for the whole month (one body, kept once).
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

from desktop_app.store import blobs
from desktop_app.store.log import HistoryStore, default_db_path
from tests.store_records import endpoint_urls, sweep

DEFAULT_INTERVAL_S = 300
THIRTY_DAYS_SWEEPS = 30 * 86400 // DEFAULT_INTERVAL_S
CERT_BYTES = 1500  # a DER certificate: barely compressible
PAGE_BYTES = 120_000
BLOCKPAGE = b"<html><head><title>Site Blocked</title></head><body>" + b"Prohibited content. " * 40 + b"</body></html>"


def _page(host: str, day: int) -> bytes:
    """A host's front page on a day: its own words, a few of them changed each day."""
    rng = random.Random(host)
    words = [rng.randbytes(rng.randint(2, 9)).hex().encode() for _ in range(2000)]
    body = b" ".join(rng.choice(words) for _ in range(PAGE_BYTES // 10))
    return body.replace(words[0], b"day%d" % day)[:PAGE_BYTES]


def _cert(host: str, period: int, n: int) -> bytes:
    return random.Random(f"{host}/{period}/{n}").randbytes(CERT_BYTES)


def _evidence(records: list[dict], when: float, blockpage: bool) -> list[blobs.Evidence]:
    """What the engine's sweep would hand the store for these records; chains named in the records."""
    out = []
    day = int(when // 86400)
    for r in records:
        host = r["url"].split("//", 1)[1].split("/", 1)[0].split(":")[0]
        certs: tuple[bytes, ...] = ()
        for step in r["steps"]:
            if step["step"] == "tls":
                certs = (_cert(host, day // 10, 0), _cert("intermediate", day // 30, 1))
                step["chain"] = [blobs.digest(c) for c in certs]
        blocked = blockpage and r["platform"] == "x"
        if blocked:
            r["verdict"] = "http_blockpage"
        web = r["url"].startswith("https://")
        out.append(blobs.Evidence(r["url"], day, not blocked, certs,
                                  (BLOCKPAGE,) if blocked else (_page(host, day),) if web else ()))
    return out


def measure(args: argparse.Namespace, *, blockpage: bool) -> tuple[float, float, int]:
    """(projected 30-day MB of the records, MB of a month of evidence bytes, blobs) of one synthetic history.

    The records (which name each chain by hash) are measured over --sweeps sweeps and projected; the evidence
    bytes are kept for a whole month (one sweep a day is enough: later ones that day add no reference page, and
    the certificates and the blockpage are the same), since they grow with days, not with sweeps."""
    rng = random.Random(2026)
    urls = endpoint_urls(args.endpoints)
    with tempfile.TemporaryDirectory(prefix="vantage-bench-") as work:
        path = default_db_path(Path(work) / "records")
        with HistoryStore.open(path) as store:
            for i in range(args.sweeps):
                blocked = frozenset({"x"}) if i % 120 < 12 and not blockpage else frozenset()
                when = 1_780_000_000.0 + DEFAULT_INTERVAL_S * i
                context, records, sensitive = sweep(i, when, urls, rng, blocked)
                _evidence(records, when, blockpage)  # names the chains in the records
                store.append_sweep(context, records, sensitive)
            store.checkpoint()
            measurements = store.count_measurements()
        size = sum(p.stat().st_size for p in path.parent.iterdir() if p.name.startswith(path.name))
        records_mb = size / measurements * THIRTY_DAYS_SWEEPS * args.endpoints / 1e6
        month = default_db_path(Path(work) / "month")
        with HistoryStore.open(month) as store:
            before = sum(p.stat().st_size for p in month.parent.iterdir() if p.name.startswith(month.name))
            for day in range(30):
                when = 1_780_000_000.0 + 86400 * day
                _, records, _ = sweep(day, when, urls, rng, frozenset())
                blobs.keep(store.connection, _evidence(records, when, blockpage))
            store.checkpoint()
            count, _ = blobs.size(store.connection)
        after = sum(p.stat().st_size for p in month.parent.iterdir() if p.name.startswith(month.name))
    return records_mb, (after - before) / 1e6, count


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
    for label, blockpage in (("with_evidence_bytes", False), ("with_evidence_bytes_and_a_month_long_blockpage", True)):
        records_mb, blobs_mb, count = measure(args, blockpage=blockpage)
        print(f"{label}: projected_30_days_at_5_min_mb: {records_mb + blobs_mb:.1f} (target < 100; records "
              f"{records_mb:.1f}, evidence bytes {blobs_mb:.1f} in {count} blobs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
