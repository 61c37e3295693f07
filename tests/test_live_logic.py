"""Qt-free rules behind the live view: since-times, changes, notifications, banner sentences, scheduling, settings."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.app.schedule import decide
from desktop_app.app.settings import Settings, SettingsError, load_settings, save_settings
from desktop_app.gui.banner_text import ALERT, banner_for
from desktop_app.gui.live_state import Change, LiveState
from desktop_app.gui.notify_policy import ConfirmationGate, Notice, NotificationLimiter
from desktop_app.probes.summary import PlatformPoint, SweepPoint

NAMES = {"x": "X", "youtube": "YouTube", "control": "Connectivity checks"}


def point(t: float, network: str = "online", detail: str | None = None, vpn: str | None = None,
          **verdicts: str) -> SweepPoint:
    platforms = {pid: PlatformPoint(pid, v, 0 if v == "ok" else 3, 3, None if v == "ok" else "why")
                 for pid, v in {"x": "ok", "youtube": "ok", "control": "ok", **verdicts}.items()}
    return SweepPoint(started_at=t, ended_at=t + 5, network_state=network, platforms=platforms,
                      network_detail=detail, vpn=vpn, seq=int(t))


def test_since_is_the_start_of_the_current_run():
    state = LiveState()
    assert state.ingest(point(100)) == []
    changes = state.ingest(point(400, x="tls_blocked"))
    assert changes == [Change("x", "ok", "tls_blocked", 400)]
    state.ingest(point(700, x="tls_blocked"))
    assert state.platforms["x"].since == 400 and state.platforms["youtube"].since == 100
    assert state.affected() == ["x"]
    assert state.ingest(point(50, x="ok")) == []  # an older sweep never rewinds the live state


def test_notifications_are_rate_limited_and_skip_flaps():
    limiter = NotificationLimiter()
    first = limiter.admit([Notice("x", "ok", "tls_blocked", 0)], now=0)
    assert [c.after for c in first] == ["tls_blocked"]
    # Flapping back and forth within ten minutes: held, then dropped because it ended where it was.
    assert limiter.admit([Notice("x", "tls_blocked", "ok", 60)], now=60) == []
    assert limiter.admit([Notice("x", "ok", "tls_blocked", 120)], now=120) == []
    assert limiter.admit([], now=700) == []
    # A real change after the gap is told, from what the person last heard.
    assert [(c.before, c.after) for c in limiter.admit([Notice("x", "tls_blocked", "ok", 800)], now=800)] == [
        ("tls_blocked", "ok")]


def test_notifications_never_flood():
    limiter = NotificationLimiter()
    many = [Notice(f"p{i}", "ok", "tcp_blocked", 0) for i in range(10)]
    assert len(limiter.admit(many, now=0)) == 3
    assert len(limiter.admit([], now=30)) == 0
    assert len(limiter.admit([], now=61)) == 3


def test_a_new_block_is_announced_only_when_the_next_look_repeats_it():
    gate = ConfirmationGate()
    gate.load([point(0)])
    assert gate.ingest(point(300, x="tls_blocked")) == [] and gate.pending("x")
    assert gate.ingest(point(360, x="ok")) == [] and not gate.pending("x")  # the follow-up refutes it: a blip
    assert gate.ingest(point(600, x="dns_blocked")) == [] and gate.pending_ids() == {"x"}
    assert gate.ingest(point(630, network="offline", x="offline")) == []  # says nothing: still pending
    # the follow-up repeats it (another accusing verdict counts): announced as of the first sweep that saw it
    assert gate.ingest(point(660, x="tcp_blocked")) == [Notice("x", "ok", "tcp_blocked", 600)]
    assert not gate.pending("x")
    assert gate.ingest(point(900, x="tcp_blocked")) == []
    assert gate.ingest(point(1200, x="ok")) == [Notice("x", "tcp_blocked", "ok", 1200)]  # recovery needs no wait
    assert gate.ingest(point(1500, youtube="platform_down")) == [Notice("youtube", "ok", "platform_down", 1500)]


def test_a_block_already_confirmed_in_the_history_is_not_announced_again():
    gate = ConfirmationGate()
    gate.load([point(60, x="tls_blocked"), point(0), point(120, x="tls_blocked")])
    assert not gate.pending("x") and gate.ingest(point(400, x="tls_blocked")) == []
    fresh = ConfirmationGate()
    fresh.load([point(0, x="tls_blocked")])  # the newest stored sweep was a block awaiting its check
    assert fresh.pending("x") and fresh.ingest(point(60, x="tls_blocked")) == []  # first sight: nothing to change


def banner(state):
    return banner_for(state, NAMES)


def test_banner_sentences():
    state = LiveState()
    assert "Waiting" in banner(state).text
    state.ingest(point(0))
    assert banner(state) is None
    state.ingest(point(3600, x="tls_blocked"))
    b = banner(state)
    assert b.level == ALERT and b.platform == "x"
    assert b.text.startswith("X is blocked by a reset during the TLS handshake (SNI filtering) since ")
    state.ingest(point(7200, x="tls_blocked", youtube="tls_blocked"))
    assert banner(state).text.startswith("X and YouTube are blocked")
    state.ingest(point(7500, network="offline", detail="beyond_resolver_down", x="offline", youtube="offline"))
    assert banner(state).text.startswith("Your connection is offline")
    state.ingest(point(7800, network="captive_portal", x="captive_portal"))
    assert banner(state).text.startswith("Captive portal: sign in to the network first")
    state.ingest(point(8100, vpn="wg0", x="inconclusive"))
    assert banner(state).text.startswith("A VPN is active (wg0): results describe the VPN's network, not yours")


def test_platform_down_is_not_called_censorship():
    state = LiveState()
    state.ingest(point(0, youtube="platform_down"))
    assert "not censorship" in banner(state).text


@pytest.mark.parametrize("kw,run,reason", [
    (dict(), True, None),
    (dict(paused=True), False, "Paused"),
    (dict(on_battery=True), True, None),  # only when the setting asks for it
    (dict(on_battery=True, settings=Settings(pause_on_battery=True)), False, "Paused while on battery"),
    (dict(metered=True, settings=Settings(pause_on_metered=True)), False, "Paused on a metered connection"),
    (dict(today_bytes=6_000_000, settings=Settings(daily_cap_mb=5)), False, "Paused: today's data cap is reached"),
    (dict(today_bytes=6_000_000, settings=Settings(daily_cap_mb=5), forced=True), True, None),
    (dict(last_started=1000.0 - 100), False, None),
    (dict(last_started=1000.0 - 300), True, None),
])
def test_schedule(kw, run, reason):
    args: dict[str, Any] = dict(now=1000.0, last_started=None, interval_s=300.0, settings=Settings(), paused=False,
                on_battery=False, metered=False, today_bytes=0, forced=False)
    args.update(kw)
    decision = decide(**args)
    assert (decision.run, decision.reason) == (run, reason)
    if not run and reason is None:
        assert decision.wait_s == pytest.approx(200.0)


def test_settings_round_trip_and_refusals(tmp_path):
    s = Settings().changed(interval_s=600, platforms=["x"], doh_urls=["https://doh.example/dns-query"])
    save_settings(s, tmp_path)
    assert load_settings(tmp_path) == s
    before = (tmp_path / "settings.json").read_bytes()
    assert Settings().changed(platforms=[]).platforms == ()  # empty: the catalogue's default platforms
    for key, value in [("interval_s", 30), ("interval_s", 7200), ("doh_urls", ["http://x/"]),
                       ("doh_urls", []), ("data_dir", "relative/path"), ("ip_lookup_url", "ftp://x"),
                       ("timeout_s", 0), ("ip_lookup", "yes"), ("daily_cap_mb", -1)]:
        with pytest.raises(SettingsError) as caught:
            Settings().changed(**{key: value})
        assert caught.value.key == key and caught.value.sentence.endswith(".")
    assert (tmp_path / "settings.json").read_bytes() == before
    assert (tmp_path / "settings.json").stat().st_mode & 0o077 == 0


def test_damaged_settings_file_names_the_file_and_key(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"interval_s": 5}))
    with pytest.raises(SettingsError) as caught:
        load_settings(tmp_path)
    assert caught.value.key == "interval_s" and "settings.json" in str(caught.value)
    (tmp_path / "settings.json").write_text("{not json")
    with pytest.raises(SettingsError):
        load_settings(tmp_path)
    assert load_settings(tmp_path / "nowhere") == Settings()


def test_a_block_awaiting_its_check_is_not_announced_as_blocked():
    state = LiveState()
    state.load([point(0), point(300, x="tls_blocked")])
    b = banner_for(state, NAMES, unconfirmed={"x"})
    assert b is not None and b.level != ALERT and "X: one measurement suggests a block" in b.text
    confirmed = banner_for(state, NAMES)
    assert confirmed is not None and confirmed.level == ALERT  # confirmed: the usual sentence
