"""The short seeded version of bench/accuracy.py: the lab's default catalogue over the impaired link, no censorship
at 4 % loss accuses nobody, and every blocking technique of the lab is named with its right word at 3 % loss.

It asserts outcomes only (verdicts, scopes, nothing cut short), never durations. Needs root and network namespaces.
"""

from __future__ import annotations

import pytest

from desktop_app.lab.netns import unavailable_reason
from desktop_app.lab.proof import bench
from desktop_app.lab.scenarios import TECHNIQUES
from desktop_app.probes.catalogue.loader import load_catalogue

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(unavailable_reason() is not None, reason=unavailable_reason() or ""),
    pytest.mark.usefixtures("no_abandoned_sockets"),
]
SEED = 12


@pytest.fixture(scope="module")
def proof(tmp_path_factory):
    with bench(load_catalogue(), tmp_path_factory.mktemp("accuracy"), timeout=2.0) as b:
        yield b


def test_no_false_accusation_at_four_percent_loss(proof):
    tally = proof.uncensored(0.04, sweeps=2, seed=SEED)
    assert tally.verdicts == 2 * len(proof.catalogue.platforms)
    assert tally.hits == 0, dict(tally.wrong)
    assert tally.cut_short == 0


@pytest.mark.parametrize("technique", TECHNIQUES, ids=[t.scenario for t in TECHNIQUES])
def test_each_technique_is_named_at_three_percent_loss(proof, technique):
    tally = proof.technique(technique, 0.03, sweeps=1, seed=SEED)
    assert tally.hits == 1, dict(tally.wrong)
    assert tally.cut_short == 0
