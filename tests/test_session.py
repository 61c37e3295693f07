"""The session layer both faces share: the CLI honours the person's settings, and new blocks are followed up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app.session import FOLLOW_UP_KEY, ProbeOverrides, Session, UnknownPlatform, follow_up_for
from desktop_app.app.settings import Settings, save_settings
from desktop_app.lab import HostBehaviour, Scenario

T = 2.0


@pytest.fixture(scope="module")
def descriptor(lab, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("descriptor") / "lab.json"
    lab.write_descriptor(path)
    return path


def vantage(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))


def stored_contexts(data: Path) -> list[dict]:
    from desktop_app.store.log import HistoryStore, default_db_path
    with HistoryStore.open(default_db_path(data)) as store:
        return [b.header["context"] for b in store.blocks()]


def test_probe_makes_no_ip_lookup_when_the_setting_is_off(lab, descriptor, tmp_path):
    """A privacy setting: before the session layer, `vantage probe` looked the public IP up regardless."""
    config, data = tmp_path / "config", tmp_path / "data"
    save_settings(Settings(ip_lookup=False, platforms=("x",)), config)
    lab.reset()
    done = vantage("probe", "--once", "--json", "--lab", str(descriptor), "--config-dir", str(config),
                   "--data-dir", str(data), "--timeout", str(T))
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["platform"] for line in done.stdout.splitlines()] == ["x", "control"]  # Settings' choice
    (context,) = stored_contexts(data)
    assert context["ip_lookup"] == "off" and "asn" not in context and "country" not in context

    save_settings(Settings(ip_lookup=True, platforms=("x",)), config)
    done = vantage("probe", "--once", "--lab", str(descriptor), "--config-dir", str(config), "--data-dir", str(data),
                   "--timeout", str(T), "--no-ip-lookup")
    assert done.returncode == 0, done.stderr
    assert stored_contexts(data)[-1]["ip_lookup"] == "off"  # the flag turns it off too


def test_probe_stores_where_settings_say(lab, descriptor, tmp_path):
    config, chosen = tmp_path / "config", tmp_path / "chosen-data"
    save_settings(Settings(data_dir=str(chosen), platforms=("wikipedia",)), config)
    lab.reset()
    done = vantage("probe", "--once", "--lab", str(descriptor), "--config-dir", str(config), "--timeout", str(T))
    assert done.returncode == 0, done.stderr
    assert len(stored_contexts(chosen)) == 1


def test_flags_override_settings_and_unknown_platforms_are_refused(tmp_path):
    settings = Settings(timeout_s=7.0, doh_urls=("https://doh.example/dns-query",), ip_lookup=False)
    plain = Session(settings, config_dir=tmp_path).probe_config()
    assert (plain.timeout, plain.doh_urls, plain.ip_lookup) == (7.0, ("https://doh.example/dns-query",), False)
    flagged = Session(settings, config_dir=tmp_path, overrides=ProbeOverrides(timeout=3.0, ip_lookup=False,
                                                                            doh_urls=("https://other/q",)))
    assert (flagged.probe_config().timeout, flagged.probe_config().doh_urls) == (3.0, ("https://other/q",))
    with pytest.raises(UnknownPlatform, match="myspace"):
        Session(settings, config_dir=tmp_path, overrides=ProbeOverrides(platforms=("myspace",))).catalogue()
    assert Session(settings, config_dir=tmp_path).catalogue().ids[-1] == "control"


def test_a_new_block_is_followed_up_on_just_its_endpoints(lab, full_catalogue, tmp_path):
    hosts = {e.host for e in full_catalogue.platform("x").endpoints}
    lab.apply(Scenario("x blocked", hosts={h: HostBehaviour(tls="sni_reset") for h in hosts}))
    session = Session(Settings(ip_lookup=False, platforms=("x", "wikipedia")), config_dir=tmp_path / "config",
                      data_dir=tmp_path / "data", lab=lab.probe_config(timeout=T))
    with session.open_store() as store:
        first = session.sweep(store)
        follow = follow_up_for(first, previous={"x": "ok", "wikipedia": "ok"})
        assert follow is not None and follow.after_seq == first.seq
        assert follow.urls == {e.url for e in full_catalogue.platform("x").endpoints}
        assert follow_up_for(first, previous={"x": "tls_blocked"}) is None  # not new: no follow-up
        again = session.sweep(store, follow_up=follow)
        assert again.result.context[FOLLOW_UP_KEY] == first.seq
        assert [p.platform for p in again.result.platforms] == ["x", "control"]
        assert again.point.platforms["x"].verdict == "tls_blocked"
        assert follow_up_for(again, previous={"x": "ok"}) is None  # a follow-up is never followed up
    lab.reset()


def _measured_throughput(stored) -> bool:
    return any(m.attempt.throughput is not None for p in stored.result.platforms for m in p.measurements)


def test_throughput_is_downloaded_once_an_hour_by_default_and_in_every_sweep_when_asked(lab, tmp_path):
    """The frugal default: the assets' full download (most of a sweep's data) is not repeated every 5 minutes."""
    lab.reset()
    session = Session(Settings(ip_lookup=False, platforms=("wikipedia",)), config_dir=tmp_path / "config",
                      data_dir=tmp_path / "data", lab=lab.probe_config(timeout=T))
    with session.open_store() as store:
        first, second = session.sweep(store), session.sweep(store)
        assert _measured_throughput(first) and not _measured_throughput(second)
        assert second.result.context["traffic"]["received"] < first.result.context["traffic"]["received"]
        assert second.point.platforms["wikipedia"].verdict == "ok"  # the asset is still probed, only not timed
        always = session.with_settings(session.settings.changed(throughput_every_min=0))
        assert _measured_throughput(always.sweep(store))


def test_a_refused_setting_is_one_sentence_naming_the_field_then_the_problem():
    from desktop_app.app.settings import Settings, SettingsError
    for key, bad in (("doh_urls", ()), ("timeout_s", 500.0), ("doh_urls", ("http://plain.example/dns-query",))):
        with pytest.raises(SettingsError) as refused:
            Settings().changed(**{key: bad})
        sentence = refused.value.sentence
        assert sentence.startswith("“") and "” must " in sentence and sentence.endswith("."), sentence
