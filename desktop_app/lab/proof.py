"""The accuracy checks of issue 12, run against the real engine over the impaired link: false accusations when
nothing is blocked, and each blocking technique detected with its right word. bench/accuracy.py prints them over
many sweeps; tests/test_accuracy.py asserts them over a few seeded ones.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.common.vocabulary import BLOCKING
from desktop_app.lab.lab import Lab
from desktop_app.lab.netns import LAB_NETWORK, LinkedNamespaces, inside
from desktop_app.lab.scenarios import SCENARIOS, Technique
from desktop_app.probes.catalogue.model import Catalogue
from desktop_app.probes.fingerprints import Fingerprint, load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import SweepResult, run_sweep

# The client namespace has no default route (nothing may leave it); the engine is told it has an ordinary one.
ROUTE = Route(has_route=True, interface="eth0", local_address="198.19.255.1")


@dataclass
class Tally:
    """What a run of sweeps gave: per-platform verdicts, accusations or detections, and the longest sweep."""

    sweeps: int = 0
    verdicts: int = 0  # platform verdicts looked at
    hits: int = 0  # false accusations (uncensored) or right detections (a technique)
    longest: float = 0.0  # seconds, wall time of the slowest sweep
    cut_short: int = 0  # endpoint measurements the sweep's deadline ended
    wrong: Counter[str] = field(default_factory=Counter)  # what was said instead, "platform: verdict (scope)"

    def share(self) -> float:
        return self.hits / self.verdicts if self.verdicts else 0.0


@dataclass
class Bench:
    """A lab in the lab namespace, reached by the engine from the client namespace over the impaired link."""

    netns: LinkedNamespaces
    lab: Lab
    catalogue: Catalogue
    fingerprints: tuple[Fingerprint, ...]
    timeout: float

    @property
    def bound(self) -> float:
        """The sweep's promised wall-time bound: 5×T + 2 s."""
        return 5 * self.timeout + 2

    def sweep(self, catalogue: Catalogue | None = None) -> tuple[SweepResult, float]:
        config = self.lab.probe_config(timeout=self.timeout, ip_lookup=False)
        start = time.monotonic()
        with inside(self.netns.client):
            result = run_sweep(catalogue or self.catalogue, config, self.fingerprints, route=ROUTE)
        return result, time.monotonic() - start

    def _run(self, tally: Tally, loss: float, sweeps: int, seed: int, catalogue: Catalogue,
             judge: Callable[[SweepResult, Tally], None]) -> Tally:
        for i in range(sweeps):
            self.netns.impair(loss=loss, seed=seed * 100_003 + i)
            result, took = self.sweep(catalogue)
            self.netns.impair(loss=0.0)
            tally.sweeps += 1
            tally.longest = max(tally.longest, took)
            tally.cut_short += sum(1 for m in result.measurements if m.attempt.cut_short)
            judge(result, tally)
        return tally

    def uncensored(self, loss: float, sweeps: int, seed: int) -> Tally:
        """Sweeps of the whole catalogue with nothing blocked: every blocking platform verdict is a false one."""
        self.lab.apply(SCENARIOS["all_ok"](self.catalogue))

        def judge(result: SweepResult, tally: Tally) -> None:
            for p in result.platforms:
                tally.verdicts += 1
                if p.summary.verdict in BLOCKING:
                    tally.hits += 1
                    tally.wrong[f"{p.platform}: {p.summary.verdict}"] += 1

        return self._run(Tally(), loss, sweeps, seed, self.catalogue, judge)

    def technique(self, technique: Technique, loss: float, sweeps: int, seed: int) -> Tally:
        """Sweeps of the technique's platform (and the controls) with it applied: right word, scope and roles."""
        self.lab.apply(SCENARIOS[technique.scenario](self.catalogue))
        only = self.catalogue if technique.references else self.catalogue.only({technique.platform})

        def judge(result: SweepResult, tally: Tally) -> None:
            s = result.platform(technique.platform).summary
            tally.verdicts += 1
            right = s.verdict == technique.verdict and s.scope == technique.scope and (
                not technique.roles or tuple(s.roles) == technique.roles)
            if right:
                tally.hits += 1
            else:
                tally.wrong[f"{s.verdict} ({s.scope}, {'/'.join(s.roles)}): {s.reason}"] += 1

        return self._run(Tally(), loss, sweeps, seed, only, judge)


@contextmanager
def bench(catalogue: Catalogue, workdir: Path, timeout: float) -> Iterator[Bench]:
    """The namespaces, the link and the lab, started; everything is stopped and deleted on the way out."""
    with LinkedNamespaces() as netns:
        with inside(netns.lab):
            lab = Lab(catalogue, workdir, network=LAB_NETWORK).start()
        try:
            yield Bench(netns, lab, catalogue, load_fingerprints(), timeout)
        finally:
            lab.stop()
