"""Sweep wall time of ~40 lab endpoints against the slowest single endpoint, all ok and all blackholed.

The lab runs in its own process (as `vantage lab serve`), so the figures are the engine's alone.
Prints plain `name: value` lines. Usage: .venv/bin/python bench/sweep_time.py [--endpoints 40] [--timeout 1]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop_app.lab import config_from_descriptor, load_descriptor
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue, Platform
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep

ROUTE = Route(has_route=True, interface="eth0")


def pick(catalogue: Catalogue, count: int) -> Catalogue:
    """count endpoints taken round-robin across platforms (controls included), so every kind is represented."""
    queues = [list(p.endpoints) for p in catalogue.platforms]
    chosen: dict[str, list] = {p.id: [] for p in catalogue.platforms}
    while sum(map(len, chosen.values())) < count and any(queues):
        for p, q in zip(catalogue.platforms, queues, strict=True):
            if q and sum(map(len, chosen.values())) < count:
                chosen[p.id].append(q.pop(0))
    platforms = tuple(Platform(p.id, p.name, tuple(chosen[p.id]), p.domains) for p in catalogue.platforms
                      if chosen[p.id])
    return Catalogue(platforms=platforms, digest=catalogue.digest)


def serve(scenario: str, work: Path) -> tuple[subprocess.Popen, Path]:
    descriptor = work / f"{scenario}.json"
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "lab", "serve", "--scenario", scenario,
                             "--descriptor", str(descriptor)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # "Lab serving ..." once it listens
    return proc, descriptor


def measure(scenario: str, catalogue: Catalogue, timeout: float, solo_sample: int, work: Path) -> dict[str, Any]:
    proc, descriptor = serve(scenario, work)
    try:
        config = config_from_descriptor(load_descriptor(descriptor), timeout=timeout, ip_lookup=False)
        fingerprints = load_fingerprints()
        run_sweep(catalogue, config, fingerprints, route=ROUTE)  # warm up imports and caches
        start = time.monotonic()
        result = run_sweep(catalogue, config, fingerprints, route=ROUTE)
        sweep = time.monotonic() - start
        endpoints = [e for p in catalogue.platforms for e in p.endpoints]
        step = max(1, len(endpoints) // solo_sample)
        solos = []
        for ep in endpoints[::step][:solo_sample]:
            one = Catalogue(platforms=(Platform(ep.platform, ep.platform, (ep,)),))
            start = time.monotonic()
            run_sweep(one, config, fingerprints, route=ROUTE)
            solos.append(time.monotonic() - start)
        verdicts = sorted({p.summary.verdict for p in result.platforms})
    finally:
        proc.terminate()
        proc.wait(10)
    return {"sweep_s": sweep, "slowest_single_s": max(solos), "sampled": len(solos), "verdicts": verdicts,
            "endpoints": len(endpoints)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--solo-sample", type=int, default=10, help="endpoints timed alone per scenario")
    args = parser.parse_args()
    catalogue = pick(load_catalogue(), args.endpoints)
    with tempfile.TemporaryDirectory(prefix="vantage-bench-") as work:
        for scenario in ("all_ok", "shutdown"):
            m = measure(scenario, catalogue, args.timeout, args.solo_sample, Path(work))
            print(f"{scenario}.endpoints: {m['endpoints']}")
            print(f"{scenario}.verdicts: {','.join(m['verdicts'])}")
            print(f"{scenario}.sweep_wall_s: {m['sweep_s']:.2f}")
            print(f"{scenario}.slowest_single_endpoint_s: {m['slowest_single_s']:.2f} (of {m['sampled']} timed alone)")
            print(f"{scenario}.ratio: {m['sweep_s'] / m['slowest_single_s']:.2f}")
            print(f"{scenario}.bound_5T_plus_2_s: {5 * args.timeout + 2:.1f}")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"engine_peak_rss_mib: {peak_kib / 1024:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
