"""Receiving many people's bundles: ingestion with full verification, summary and incidents, size, memory.

Bundles are made by the project's own exporter from synthetic histories (tests/store_records.py: ~40 endpoints a
sweep at a one-minute interval), one history and key per signer on one of several networks, with overlapping
re-exports and some tampered bundles. Ingestion runs in a child process so its peak memory is its own.
Targets (issue 16), on 2 CPUs: 1,000 day bundles (~60 M measurements) in < 30 min; summary + incidents of a month
< 1 s; memory < 1 GB. The default run is scaled down; it prints the rates and what they extrapolate to.
Usage: .venv/bin/python bench/collect.py [--signers 20] [--hours 4] [--keep DIR] [--prefill 60000000]
       .venv/bin/python bench/collect.py --query-rows 60000000   (the queries alone, on rows made by SQL)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.evidence import names
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.store.log import HistoryStore
from tests.store_records import endpoint_urls, sweep

NETWORKS = [("AS17557", "Example Telecom"), ("AS45595", "Example Mobile"), ("AS9541", "Example Cable"),
            ("AS24499", "Example Wireless"), ("AS38193", "Example Fibre")]
INTERVAL_S = 60.0
ENDPOINTS = 40
START = 1_780_000_000.0
TARGET_BUNDLES, TARGET_MEASUREMENTS = 1000, 60_000_000


def make_bundles(work: Path, signers: int, hours: float) -> list[Path]:
    urls = endpoint_urls(ENDPOINTS)
    sweeps = int(hours * 3600 / INTERVAL_S)
    out = []
    for s in range(signers):
        rng = random.Random(s)
        asn, isp = NETWORKS[s % len(NETWORKS)]
        start = START + rng.uniform(0, 600)  # overlapping ranges: everyone measures the same evening
        db = work / f"h{s}.sqlite3"
        with HistoryStore.open(db) as store:
            store.connection.execute("PRAGMA synchronous = OFF")  # a benchmark fixture, not user data
            for i in range(sweeps):
                # X blocked by SNI filtering in the middle third, on all networks but the last
                blocked = frozenset({"x"}) if sweeps // 3 <= i < 2 * sweeps // 3 and s % len(NETWORKS) != 4 \
                    else frozenset()
                context, records, secrets = sweep(i, start + i * INTERVAL_S, urls, rng, blocked)
                context.update(asn=asn, isp=isp)
                store.append_sweep(context, records, secrets)
            end = start + sweeps * INTERVAL_S
            out.append(_export(store, work / f"b{s}.zip", work / f"k{s}", start, end))
            if s % 3 == 0:  # a re-export of an overlapping range: nothing new in it
                out.append(_export(store, work / f"b{s}-overlap.zip", work / f"k{s}", start + 600, end - 600))
        if s % 10 == 9:  # one bundle in ten altered after signing
            out[-1] = _tamper(out[-1], work / f"b{s}-tampered.zip")
        db.unlink()
    return out


def _export(store: HistoryStore, dest: Path, key_dir: Path, since: float, until: float) -> Path:
    export_bundle(store, ExportRequest(since, until), dest, key_dir)
    return dest


def _tamper(src: Path, dest: Path) -> Path:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = a.read(info.filename)
            if info.filename == names.MEASUREMENTS:
                data = data.replace(b'"verdict":"ok"', b'"verdict":"tcp_blocked"', 1)
            b.writestr(info, data)
    src.unlink()
    return dest


def ingest(collection: Path, bundles: list[Path], prefill: int = 0) -> None:
    """The child: add every bundle, run the queries, print the figures."""
    from desktop_app.collect import queries as q
    from desktop_app.collect.ingest import Status, add_bundles
    from desktop_app.collect.store import connect

    if prefill:  # the collection already holds other signers' measurements: does the rate hold as it grows?
        began = time.perf_counter()
        # in its own process, so this process's peak memory and CPU time are the ingestion's, from a reopened
        # collection, as when a recipient adds bundles to a national one
        subprocess.run([sys.executable, __file__, "--prefill", str(prefill), "--prefill-into", str(collection)],
                       check=True)
        print(f"prefilled the collection with {prefill:,} measurements of 1,000 other signers by SQL in "
              f"{time.perf_counter() - began:.0f} s", flush=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # the prefill's process is a child too
    began, load = time.perf_counter(), os.getloadavg()[0]
    outcomes = add_bundles(collection, bundles, workers=os.cpu_count() or 1)
    took = time.perf_counter() - began
    me, pool = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    verifying = pool.ru_utime + pool.ru_stime - before.ru_utime - before.ru_stime
    print(f"CPU time: {me.ru_utime + me.ru_stime:.0f} s ingesting (this process), {verifying:.0f} s verifying (its "
          f"pool) in {took:.0f} s of wall time; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after; "
          f"largest child's peak memory {pool.ru_maxrss / 1024:.0f} MB (a verifier, or the prefill when it ran)")
    accepted = [o for o in outcomes if o.status is Status.ACCEPTED]
    read = sum(o.measurements for o in accepted)
    new = sum(o.new for o in accepted)
    print(f"bundles: {len(outcomes)} ({len(accepted)} accepted, "
          f"{sum(o.status is Status.REJECTED for o in outcomes)} rejected) in {took:.1f} s: "
          f"{len(outcomes) / took:.2f} bundles/s, {read / took:,.0f} measurements/s verified and ingested "
          f"({new:,} distinct, {read - new:,} duplicates counted once)")
    with connect(collection) as (_, con):
        timings = {}
        for name, query in (("summary", q.summary), ("incidents", q.incidents), ("dissents", q.dissents)):
            began = time.perf_counter()
            result = query(con)
            timings[name] = time.perf_counter() - began
        print("queries over the whole collection: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items())
              + f" ({len(result)} dissents)")
    db = (collection / "collection.duckdb").stat().st_size
    kept = sum(p.stat().st_size for p in (collection / "bundles").iterdir())
    print(f"size: {db / max(new + prefill, 1):.1f} bytes per measurement in the database, "
          f"{kept / max(new, 1):.0f} bytes per measurement in the kept bundles")
    print(f"peak memory of the ingesting process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    per_bundle = took / len(outcomes)
    per_measurement = took / max(read, 1)
    print(f"extrapolated to {TARGET_BUNDLES:,} day bundles / {TARGET_MEASUREMENTS:,} measurements: "
          f"{TARGET_MEASUREMENTS * per_measurement / 60:.0f} min by measurement rate "
          f"(target < 30 min), {TARGET_BUNDLES * per_bundle / 60:.0f} min by bundle rate at this bundle size")


def write_rows(con: Any, rows: int) -> None:
    """`rows` measurements spread over a month, and their blocks, written straight into the collection's schema by SQL.

    1,000 day bundles, as in the issue: signer s sweeps 40 endpoints (8 platforms) each minute for a day from its own
    start, on one of 5 networks; X blocked by SNI filtering on four networks for the first six hours of each UTC day.
    """
    sweeps = max(rows // 40 // 1000, 1)
    con.execute(f"""
        INSERT INTO measurements
        SELECT 'SHA256:' || md5(CAST(s AS VARCHAR)) || 'synthetic00', j, 'h' || CAST(s AS VARCHAR) || '-' || j,
               CAST(e AS INTEGER), 'b' || CAST(s AS VARCHAR), ts,
               ['x', 'youtube', 'whatsapp', 'facebook', 'telegram', 'signal', 'tiktok', 'wikipedia'][e % 8 + 1],
               CASE WHEN e % 8 = 0 AND s % 5 != 4 AND (ts % 86400) < 21600 THEN 'tls_blocked' ELSE 'ok' END,
               ['AS17557', 'AS45595', 'AS9541', 'AS24499', 'AS38193'][s % 5 + 1], 'Example', 'PK'
        FROM (SELECT i % 40 AS e, (i // 40) // {sweeps} AS s, (i // 40) % {sweeps} AS j,
                     {START} + ((i // 40) // {sweeps}) * (29 * 86400.0 / 1000) + ((i // 40) % {sweeps}) * 60.0
                     + (i % 40) * 0.5 AS ts
              FROM range({rows}) t(i))""")
    con.execute("""
        INSERT INTO blocks
        SELECT signer, seq, block_hash, min(measured_at), any_value(asn), any_value(isp), any_value(country),
               any_value(bundle)
        FROM measurements GROUP BY signer, seq, block_hash""")


def query_scale(rows: int, work: Path) -> None:
    """The summary and incident queries over `rows` measurements spread over a month, written straight into the
    collection's schema by SQL (no bundles: this times the queries, not ingestion), DuckDB held to 1 GB."""
    from desktop_app.collect import queries as q
    from desktop_app.collect.store import connect, rebuild_cells

    with connect(work / "scale") as (_, con):
        con.execute("SET memory_limit = '1GB'")
        began = time.perf_counter()
        write_rows(con, rows)
        print(f"wrote {rows:,} measurements by SQL in {time.perf_counter() - began:.0f} s", flush=True)
        began = time.perf_counter()
        rebuild_cells(con)  # what ingestion keeps up to date batch by batch
        cells = con.execute("SELECT count(*) FROM cells").fetchone()[0]
        print(f"built the rollup ({cells:,} cells) in {time.perf_counter() - began:.0f} s", flush=True)
        answers: dict[str, object] = {}
        month = q.Window(START + 1800.5, START + 30 * 86400 - 1800.5)  # both edges inside a cell: rows read there
        for name, query in (("summary", q.summary), ("incidents", q.incidents),
                            ("summary with a window", lambda con: q.summary(con, month)),
                            ("incidents with a window", lambda con: q.incidents(con, month)),
                            ("summary from rows", q.summary_rows), ("incidents from rows", q.incidents_rows)):
            began = time.perf_counter()
            cpu = time.process_time()
            result = answers[name] = query(con)
            print(f"{name} over a month of {rows:,} measurements: {time.perf_counter() - began:.2f} s "
                  f"(CPU {time.process_time() - cpu:.2f} s, {len(result)} rows)", flush=True)
        same = answers["summary"] == answers["summary from rows"] and \
            answers["incidents"] == answers["incidents from rows"]
        print(f"the rollup's answers are the row-level ones: {same}")
        # what the Collection window asks for: its chart per network (all platforms, or one in a window), and
        # everything it shows at once (the picture, whose disagreement query reads rows)
        for name, ask in (("timeline per network, all platforms", lambda: q.network_timeline(con).cells),
                          ("timeline per network of x in a window", lambda: q.network_timeline(con, month, "x").cells),
                          ("the Collection window's picture", lambda: q.picture(con).timeline.cells)):
            began = time.perf_counter()
            cpu = time.process_time()
            cells_drawn = len(ask())
            print(f"{name} over {rows:,} measurements: {time.perf_counter() - began:.2f} s "
                  f"(CPU {time.process_time() - cpu:.2f} s, {cells_drawn} cells to draw)", flush=True)
    db = work / "scale" / "collection.duckdb"
    print(f"size: {db.stat().st_size / rows:.1f} bytes per measurement; peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signers", type=int, default=20)
    parser.add_argument("--hours", type=float, default=4.0, help="hours of sweeps in each bundle")
    parser.add_argument("--keep", type=Path, help="keep the bundles and collection here")
    parser.add_argument("--query-rows", type=int, help="time only the queries, over this many measurements")
    parser.add_argument("--prefill", type=int, default=0, metavar="ROWS",
                        help="first fill the collection with this many synthetic measurements (e.g. 60000000)")
    parser.add_argument("--ingest", nargs="+", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prefill-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.query_rows:
        with tempfile.TemporaryDirectory(prefix="vantage-bench-collect-") as scratch:
            query_scale(args.query_rows, Path(scratch))
        return 0
    if args.prefill_into:
        from desktop_app.collect.store import connect, rebuild_cells

        with connect(args.prefill_into) as (_, con):
            write_rows(con, args.prefill)
            rebuild_cells(con)
        return 0
    if args.ingest:
        ingest(args.ingest[0], args.ingest[1:], args.prefill)
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="vantage-bench-collect-"))
    work.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    bundles = make_bundles(work, args.signers, args.hours)
    size = sum(b.stat().st_size for b in bundles)
    print(f"made {len(bundles)} bundles ({size / 1e6:.0f} MB) from {args.signers} signers on "
          f"{min(args.signers, len(NETWORKS))} networks, {args.hours:g} h each, in {time.perf_counter() - began:.0f} s",
          flush=True)
    subprocess.run([sys.executable, __file__, "--prefill", str(args.prefill), "--ingest", str(work / "collection"),
                    *map(str, bundles)], check=True)
    if not args.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
