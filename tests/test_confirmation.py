"""Across sweeps, against the real engine and lab: a one-sweep blip stays unconfirmed in the history and never
becomes an incident or a notification; a block the follow-up repeats makes exactly one of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app.session import Session, Stored, follow_up_for
from desktop_app.app.settings import Settings
from desktop_app.gui.notifier import Notifier
from desktop_app.gui.notify_policy import ConfirmationGate
from desktop_app.lab import scenarios
from desktop_app.store.incidents import find_findings

T = 2.0
NAMES = {"x": "X (Twitter)", "whatsapp": "WhatsApp", "wikipedia": "Wikipedia"}


class Face:
    """What the window does with each stored sweep: the gate decides, the real Notifier announces."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.gate = ConfirmationGate()
        self.notifier = Notifier(NAMES)
        self.notes: list[tuple[str, str]] = []
        self.notifier.notified.connect(lambda title, text: self.notes.append((title, text)))
        self.previous: dict[str, str] = {}
        self.clock = 1000.0  # the limiter's clock: ten minutes between sweeps, so it never holds anything back

    def sweep(self, store, follow_up=None) -> Stored:
        stored = self.session.sweep(store, follow_up=follow_up)
        self.notifier.changes(self.gate.ingest(stored.point), now=self.clock)
        self.clock += 600
        self.previous.update({pid: p.verdict for pid, p in stored.point.platforms.items()})
        return stored


def block_once(f: Face, lab, store, scenario, platform: str, verdict: str) -> Stored:
    """A clean sweep, then one with the scenario applied: its block awaits its follow-up."""
    f.sweep(store)
    lab.apply(scenario)
    stored = f.sweep(store)
    assert stored.point.platforms[platform].verdict == verdict
    assert f.gate.pending(platform) and f.notes == []  # nothing told before the follow-up
    return stored


def face(lab, tmp_path: Path, platforms: tuple[str, ...]) -> Face:
    return Face(Session(Settings(ip_lookup=False, platforms=platforms), config_dir=tmp_path / "config",
                        data_dir=tmp_path / "data", lab=lab.probe_config(timeout=T)))


@pytest.fixture
def reset_lab(lab):
    lab.reset()
    yield lab
    lab.reset()


def test_a_block_lifted_before_its_follow_up_is_an_unconfirmed_blip(reset_lab, full_catalogue, tmp_path, qapp):
    lab, f = reset_lab, face(reset_lab, tmp_path, ("x", "wikipedia"))
    with f.session.open_store() as store:
        blip = block_once(f, lab, store, scenarios.x_sni(full_catalogue), "x", "tls_blocked")
        follow = follow_up_for(blip, {"x": "ok", "wikipedia": "ok"})
        assert follow is not None
        lab.reset()  # the blocking lasted one sweep
        checked = f.sweep(store, follow)
        assert checked.point.platforms["x"].verdict == "ok"
        f.sweep(store)
        found = find_findings(store)
    assert found.incidents == []
    assert [(u.platform, u.seq, u.verdict, u.status) for u in found.unconfirmed] == [
        ("x", blip.seq, "tls_blocked", "unconfirmed")]
    assert f.notes == [] and not f.gate.pending("x")


def test_a_partial_block_the_follow_up_repeats_is_one_incident_and_one_notification(reset_lab, full_catalogue,
                                                                                   tmp_path, qapp):
    lab, f = reset_lab, face(reset_lab, tmp_path, ("whatsapp", "wikipedia"))
    with f.session.open_store() as store:
        first = block_once(f, lab, store, scenarios.whatsapp_media_dns(full_catalogue), "whatsapp", "dns_blocked")
        pending = find_findings(store)
        assert pending.incidents == [] and [u.status for u in pending.unconfirmed] == ["pending"]
        follow = follow_up_for(first, f.previous | {"whatsapp": "ok"})
        assert follow is not None
        checked = f.sweep(store, follow).point.platforms["whatsapp"]
        assert len(f.notes) == 1  # on the follow-up's result
        # it probed only the media hosts, yet its scope speaks of the whole platform: chat was fine a minute ago
        assert (checked.verdict, checked.scope, checked.roles) == ("dns_blocked", "partial", ("media",))
        f.sweep(store)  # still blocked at the next regular sweep: nothing new to tell
        found = find_findings(store)
    [incident] = found.incidents
    assert found.unconfirmed == []
    assert (incident.platform, incident.technique, incident.sweeps, incident.ongoing) == (
        "whatsapp", "dns_blocked", 3, True)
    assert incident.start == first.point.started_at  # from the first sweep that saw it, not the follow-up
    assert (incident.scope, incident.roles) == ("partial", ("media",))
    assert incident.json()["scope"] == "partial" and incident.json()["roles"] == ["media"]
    [(title, text)] = f.notes
    assert title == "WhatsApp: Blocked (DNS), only media"
    assert text.startswith("WhatsApp: its media blocked") and "the rest still works" in text
    assert text.endswith("A second check confirmed it.")


def test_the_rule_reads_each_verdict_against_its_neighbours_that_say_something():
    """classify, one pass, against the rule as written: the nearest telling neighbour on each side decides."""
    import random

    from desktop_app.common.vocabulary import BLOCKING
    from desktop_app.store.confirmation import CONFIRMED, PENDING, UNCONFIRMED, classify, says_something

    def by_the_rule(verdicts, before, after):
        out: list[str | None] = []
        for i, v in enumerate(verdicts):
            if v not in BLOCKING:
                out.append(None)
                continue
            prev = next((w for w in reversed(verdicts[:i]) if says_something(w)), before)
            nxt = next((w for w in verdicts[i + 1:] if says_something(w)), after)
            out.append(CONFIRMED if prev in BLOCKING or nxt in BLOCKING else PENDING if nxt is None else UNCONFIRMED)
        return out

    rng = random.Random(7)
    words = ["ok", "tls_blocked", "dns_blocked", "offline", "inconclusive", "platform_down"]
    for _ in range(500):
        verdicts = [rng.choice(words) for _ in range(rng.randint(0, 12))]
        before, after = rng.choice([None, *words]), rng.choice([None, *words])
        assert classify(verdicts, before, after) == by_the_rule(verdicts, before, after), (verdicts, before, after)
