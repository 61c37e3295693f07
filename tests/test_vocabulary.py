"""The one table of verdicts and the platform facts: every entry has all that the views and exports need."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desktop_app.common import vocabulary as vocab
from desktop_app.probes import verdicts as rules
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.system.paths import resources_dir

HEX = re.compile(r"^#[0-9A-F]{6}$")


@pytest.mark.parametrize("entry", vocab.VERDICTS, ids=lambda v: v.name)
def test_every_verdict_has_all_it_needs(entry):
    assert HEX.match(entry.colour) and entry.symbol and entry.words
    if entry.accuses:
        assert entry.how, "an accusing verdict needs its banner phrase"
        assert entry.decided_by, "an accusing verdict names the steps that can decide it (the evidence's ✖)"
    else:
        assert entry.how is None and entry.decided_by == ()
    assert entry.ooni_blocking in (None, False, "dns", "tcp_ip", "http-failure", "http-diff")
    assert (entry.ooni_blocking is False) == (entry.name == vocab.OK)


def test_the_table_is_the_severity_order_and_the_rules_use_its_names():
    assert vocab.SEVERITY[0] == vocab.OFFLINE and vocab.SEVERITY[-1] == vocab.OK
    assert len(set(vocab.SEVERITY)) == len(vocab.VERDICTS) == 13
    names = {value for key, value in vars(rules).items() if key.isupper() and isinstance(value, str)
             and value in vocab.NAMES}
    assert names == set(vocab.NAMES)
    assert rules.BLOCKING == vocab.BLOCKING == {v.name for v in vocab.VERDICTS if v.accuses}
    assert vocab.info("a verdict from a newer version").name == vocab.INCONCLUSIVE


@pytest.mark.parametrize("language", ["ur", "fa"])
def test_every_verdict_word_and_phrase_is_translated(language):
    root = ET.parse(resources_dir() / "translations" / f"vantage_{language}.ts").getroot()
    done = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
            if (m.findtext("translation") or "").strip()}
    for entry in vocab.VERDICTS:
        assert ("Verdict", entry.words) in done, entry.name
        if entry.how:
            assert ("Banner", entry.how) in done, entry.name


def test_every_shipped_platform_has_its_facts():
    catalogue = load_catalogue()
    for platform in catalogue.platforms:
        assert platform.builtin and platform.tone and HEX.match(platform.tone.upper()), platform.id
        assert {e.role for e in platform.endpoints} <= {"web", "api", "media", "app", "control"}, platform.id
        if not platform.is_control:
            assert platform.default_on and sum(e.throughput for e in platform.endpoints) == 1, platform.id


def test_every_setting_is_declared_once_with_a_typed_field_that_agrees():
    """A setting is one Spec (key, type, default, label, check) and the typed field Settings reads it into."""
    import dataclasses

    from desktop_app.app.settings import SPECS, Settings

    fields = {f.name: f for f in dataclasses.fields(Settings)}
    assert [s.key for s in SPECS] == list(fields)  # same settings, same order (the dialog's order)
    defaults = Settings()
    for spec in SPECS:
        assert getattr(defaults, spec.key) == spec.default, spec.key
        assert isinstance(spec.default, spec.kind), spec.key
        assert spec.label or not spec.visible, f"{spec.key} is shown without a label"


def test_a_rule_resting_on_a_step_the_verdict_does_not_declare_is_refused():
    """Forged DNS rests on the DNS step (where the evidence window puts its ✖), never on the TLS failure it causes."""
    with pytest.raises(ValueError, match="decided_by"):
        rules.Finding(rules.Verdict(vocab.DNS_TAMPERED, "forged"), rules.Basis("tls", "ssl_invalid_hostname"))
    assert rules.Finding(rules.Verdict(vocab.DNS_TAMPERED, "forged"), rules.Basis("dns", "disagree")).basis
