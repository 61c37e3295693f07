"""History at scale, on real SQLite files: rollups, the v1→v2 migration, incidents and history series."""

from __future__ import annotations

import os
import random
import shutil
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.probes.catalogue.loader import CatalogueError
from desktop_app.store import rollups
from desktop_app.store.confirmation import CONFIRMED, PENDING, UNCONFIRMED, classify
from desktop_app.store.history_query import bucket_verdict, level_for, query_history
from desktop_app.store.incidents import MERGE_GAP_S, find_findings, find_incidents
from desktop_app.store.integrity import verify_log
from desktop_app.store.log import HistoryStore, default_db_path
from desktop_app.store.migrations import MIGRATIONS
from tests.history_builder import NETWORK_B, add_series, add_sweep, kill_writer_after

T0 = 1_780_000_020.0  # 2026-05-28T20:27:00Z, a whole minute
MIN = 60.0
FIXTURE_V1 = Path(__file__).parent / "fixtures" / "history-v1.sqlite3"


@pytest.fixture
def store(tmp_path):
    with HistoryStore.open(default_db_path(tmp_path / "data")) as s:
        yield s


BLOCKED = {"x": "tls_blocked"}


# -------------------------------------------------------------------------------------------------- rollups

def test_rollups_equal_a_recount_after_random_inserts(store):
    rng = random.Random(3)
    verdicts = ("ok", "ok", "ok", "tls_blocked", "dns_blocked", "inconclusive")
    when = T0
    for _ in range(400):
        when += rng.choice((7.0, 60.0, 300.0, 3600.0, 86400.0 / 3))
        choice = {p: rng.choice(verdicts) for p in ("x", "youtube", "facebook") if rng.random() < 0.5}
        add_sweep(store, when, choice, offline=rng.random() < 0.05, latency=rng.uniform(5, 500))
    stored, recounted = rollups.stored(store.connection), rollups.recount(store.connection)
    assert stored == recounted
    assert rollups.stored_networks(store.connection) == rollups.recount_networks(store.connection)
    assert {k[0] for k in stored} == set(rollups.LEVELS)
    # every sweep is counted once per platform (3 + the connection) at every level
    for level in rollups.LEVELS:
        assert sum(v[0] for k, v in stored.items() if k[0] == level) == 400 * 4


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from desktop_app.store.log import HistoryStore
    from tests.history_builder import add_sweep
    store = HistoryStore.open({db!r})
    for i in range(100000):
        add_sweep(store, 1780000000.0 + 30 * i, {{"x": "tcp_reset"}} if i % 7 < 3 else {{}}, offline=i % 50 == 0)
        print(i, flush=True)
""")


def test_rollups_survive_a_crash_mid_write(tmp_path):
    db = default_db_path(tmp_path / "data")
    root = str(Path(__file__).resolve().parent.parent)
    committed = kill_writer_after(WRITER.format(root=root, db=str(db)), 60)
    with HistoryStore.open(db) as store:
        assert store.count_blocks() >= committed + 1
        assert rollups.stored(store.connection) == rollups.recount(store.connection)
        assert rollups.stored_networks(store.connection) == rollups.recount_networks(store.connection)
        assert verify_log(store).ok


# ------------------------------------------------------------------------------------------------ migration

def test_a_version_1_history_is_upgraded_with_a_backup(tmp_path):
    db = tmp_path / "data" / "history.sqlite3"
    db.parent.mkdir(mode=0o700)
    shutil.copy(FIXTURE_V1, db)
    with HistoryStore.open(db) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert verify_log(store).ok
        assert store.count_blocks() == 6
        assert rollups.stored(store.connection) == rollups.recount(store.connection)
        incidents = find_incidents(store)
        assert [(i.platform, i.technique, i.sweeps) for i in incidents] == [("x", "tcp_blocked", 2),
                                                                          ("connection", "offline", 1)]
        assert incidents[0].networks == ("AS17557 Example ISP (PK)",)
        # appending after the upgrade continues the same chain
        add_sweep(store, 1_780_000_000.0 + 300 * 6)
        assert verify_log(store).ok
    assert len(list(db.parent.glob("history.sqlite3.v1-*.bak"))) == 1


def test_catalogue_ids_cannot_take_the_connections_name(tmp_path):
    from desktop_app.probes.catalogue.loader import load_catalogue
    (tmp_path / "targets.toml").write_text('format = 1\n[[target]]\nurl = "https://example.org/"\n'
                                           'platform = "connection"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="reserves"):
        load_catalogue(config_dir=tmp_path)


# ------------------------------------------------------------------------------------------------ incidents

def test_one_blocking_episode(store):
    add_series(store, T0, MIN, [{}] * 3 + [BLOCKED] * 5 + [{}] * 3)
    [incident] = find_incidents(store)
    assert (incident.platform, incident.technique, incident.sweeps) == ("x", "tls_blocked", 5)
    assert incident.start == T0 + 3 * MIN and incident.last_seen == T0 + 7 * MIN
    assert incident.end == T0 + 8 * MIN and incident.recovered and not incident.ongoing
    assert incident.duration_s == 5 * MIN
    assert incident.measurements == 10  # two endpoints per sweep
    assert incident.json()["start"] == "2026-05-28T20:30:00.000Z"


def test_an_ongoing_incident_has_no_end(store):
    add_series(store, T0, MIN, [{}] * 2 + [BLOCKED] * 4)
    [incident] = find_incidents(store)
    assert incident.ongoing and incident.end is None and incident.json()["end"] is None
    assert incident.duration_s == 3 * MIN


def test_flapping_within_the_gap_is_one_incident(store):
    # Each block is confirmed by the next sweep (or its follow-up); the reachable sweeps between do not split it.
    add_series(store, T0, MIN, [BLOCKED, BLOCKED, {}, BLOCKED, BLOCKED, {}, {}, BLOCKED, BLOCKED, {}])
    [incident] = find_incidents(store)
    assert incident.sweeps == 6 and incident.ok_within == 3
    assert incident.start == T0 and incident.end == T0 + 9 * MIN


def test_lone_blocked_sweeps_the_next_sweep_did_not_repeat_are_unconfirmed_not_incidents(store):
    add_series(store, T0, MIN, [BLOCKED, {}, BLOCKED, {}, {}, BLOCKED, {}, {}, BLOCKED])
    found = find_findings(store)
    assert found.incidents == []
    assert [(u.platform, u.seq, u.status) for u in found.unconfirmed] == [
        ("x", 0, "unconfirmed"), ("x", 2, "unconfirmed"), ("x", 5, "unconfirmed"), ("x", 8, "pending")]
    assert found.unconfirmed[0].json()["confirmed"] is False
    add_sweep(store, T0 + 9 * MIN, BLOCKED)  # the pending one is confirmed: an incident from its start
    [incident] = find_incidents(store)
    assert (incident.start, incident.sweeps, incident.ongoing) == (T0 + 8 * MIN, 2, True)
    assert [u.seq for u in find_findings(store).unconfirmed] == [0, 2, 5]


def test_the_confirmation_rule_skips_what_says_nothing_about_the_platform():
    # offline and inconclusive neither confirm nor refute; any accusing verdict confirms another
    assert classify(["tls_blocked", "offline", "inconclusive", "dns_blocked"]) == [CONFIRMED, None, None, CONFIRMED]
    assert classify(["tls_blocked", "inconclusive"]) == [PENDING, None]
    assert classify(["tls_blocked", "platform_down"]) == [UNCONFIRMED, None]
    assert classify(["dns_blocked"], before="tcp_blocked") == [CONFIRMED]  # the next look at an earlier block
    assert classify(["dns_blocked"], before="ok", after="ok") == [UNCONFIRMED]


def test_a_long_recovery_splits_incidents(store):
    gap_sweeps = int(MERGE_GAP_S // MIN) + 2
    add_series(store, T0, MIN, [BLOCKED] * 3 + [{}] * gap_sweeps + [{"x": "dns_blocked"}] * 2 + [{}])
    first, second = find_incidents(store)
    assert (first.technique, first.sweeps, second.technique, second.sweeps) == ("tls_blocked", 3, "dns_blocked", 2)


def test_a_pause_in_measuring_ends_the_incident_at_the_last_failing_sweep(store):
    add_series(store, T0, MIN, [BLOCKED] * 3)
    add_series(store, T0 + 86400, MIN, [{}] * 2)  # the laptop slept a day; then it was reachable
    [incident] = find_incidents(store)
    assert incident.end == T0 + 2 * MIN and not incident.recovered and not incident.ongoing


def test_short_gaps_with_no_measurement_merge(store):
    add_series(store, T0, MIN, [BLOCKED] * 2)
    add_series(store, T0 + 2 * MIN + MERGE_GAP_S - MIN, MIN, [BLOCKED] * 2 + [{}])
    [incident] = find_incidents(store)
    assert incident.sweeps == 4 and incident.recovered


def test_shutdown_overlapping_a_platform_block(store):
    # X blocked, then the whole connection goes down, then X still blocked, then everything recovers.
    add_series(store, T0, MIN, [{}] + [BLOCKED] * 3 + ["offline"] * 4 + [BLOCKED] * 2 + [{}] * 2)
    incidents = {i.platform: i for i in find_incidents(store)}
    assert set(incidents) == {"x", "connection"}  # no incident for youtube/facebook: only the connection was down
    x, shutdown = incidents["x"], incidents["connection"]
    assert x.technique == "tls_blocked" and x.techniques == {"offline": 4, "tls_blocked": 5}
    assert x.start == T0 + MIN and x.end == T0 + 10 * MIN
    assert shutdown.technique == "offline" and shutdown.sweeps == 4
    assert shutdown.start == T0 + 4 * MIN and shutdown.end == T0 + 8 * MIN
    assert shutdown.measurements == 4 * 6  # every endpoint of those sweeps


def test_incidents_across_a_dst_switch_keep_their_true_duration(store, monkeypatch):
    # Europe/London left summer time at 2026-10-25T01:00Z: local clocks went from 01:59 back to 01:00.
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        switch = 1_792_890_000.0  # 2026-10-25T01:00:00Z
        add_series(store, switch - 30 * MIN, 5 * MIN, [BLOCKED] * 13 + [{}])
        [incident] = find_incidents(store)
        assert incident.duration_s == 65 * MIN  # an hour and five minutes, though local clocks moved 5 minutes
        from desktop_app.common.timeutil import local_text
        assert incident.end is not None
        assert local_text(incident.start).endswith("+0100") and local_text(incident.end).endswith("+0000")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_clock_set_back_cannot_shorten_or_split_an_incident(store):
    add_series(store, T0, MIN, [BLOCKED] * 3)
    add_series(store, T0 - 3600 + 3 * MIN, MIN, [BLOCKED] * 2 + [{}])  # someone set the clock back an hour
    [incident] = find_incidents(store)
    assert incident.sweeps == 5 and incident.first_seq == 0 and incident.last_seq == 4
    assert incident.duration_s >= 0


def test_networks_are_listed_in_order_seen(store):
    add_sweep(store, T0, BLOCKED)
    add_sweep(store, T0 + MIN, BLOCKED, network=NETWORK_B)
    add_sweep(store, T0 + 2 * MIN, {})
    [incident] = find_incidents(store)
    assert incident.networks == ("AS17557 Example Telecom (PK)", "AS45595 Example Mobile (PK)")


def test_a_range_returns_whole_incidents_that_overlap_it(store):
    add_series(store, T0, MIN, [{}] + [BLOCKED] * 10 + [{}] * 15 + [{"youtube": "http_blockpage"}] * 2 + [{}])
    whole = find_incidents(store)
    inside = find_incidents(store, since=T0 + 5 * MIN, until=T0 + 7 * MIN)
    assert [i.platform for i in inside] == ["x"]
    assert inside[0] == whole[0]  # extended to its true start and end, not clipped
    assert [i.platform for i in find_incidents(store, since=T0 + 20 * MIN)] == ["youtube"]
    assert find_incidents(store, platforms={"youtube"}) == [whole[1]]
    assert find_incidents(store, platforms={"myspace"}) == []


# ----------------------------------------------------------------------------------------------- series

def test_levels_keep_buckets_bounded():
    assert level_for(3600) == 60 and level_for(2 * 86400) == 60
    assert level_for(30 * 86400) == 3600 and level_for(365 * 86400) == 86400


def test_bucket_colour_does_not_hide_an_hour_of_blocking_in_a_day():
    assert bucket_verdict({"ok": 99, "tls_blocked": 1}) == "ok"  # one blocked sweep in a hundred
    assert bucket_verdict({"ok": 1380, "tls_blocked": 60}) == "tls_blocked"
    assert bucket_verdict({"ok": 10, "inconclusive": 5}) == "ok"
    assert bucket_verdict({"dns_blocked": 5, "tls_blocked": 5}) == "dns_blocked"  # tie: the more severe


def test_series_and_shares(store):
    add_series(store, T0, MIN, [{}] * 6 + [BLOCKED] * 4)
    series = query_history(store, T0, T0 + 10 * MIN)
    x = series.platforms["x"]
    assert series.level == 60
    assert x.verdicts == ["ok"] * 6 + ["tls_blocked"] * 4
    assert x.ok_share == pytest.approx(0.6)
    assert series.platforms["youtube"].ok_share == 1.0
    assert x.latency_ms[0] == pytest.approx(40.0)
    assert x.ends[0] == x.starts[1]  # a band reaches the next bucket


def test_exact_shares_across_days_hours_and_minutes(store):
    rng = random.Random(5)
    start = 1_780_000_000.0 - 2 * 86400 - 1234
    when, expected_ok, expected_all = start, 0, 0
    since, until = start + 86400 * 0.7 + 17, start + 86400 * 5.2 + 5
    while when < start + 6 * 86400:
        blocked = rng.random() < 0.3
        add_sweep(store, when, BLOCKED if blocked else {})
        if since <= when < until:
            expected_all += 1
            expected_ok += not blocked
        when += 977.0
    x = query_history(store, since, until, platforms={"x"}).platforms["x"]
    # exact to the minute at each edge: at most one sweep of difference per edge
    assert abs(x.sweeps - expected_all) <= 2
    assert abs(x.totals.get("ok", 0) - expected_ok) <= 2
    assert x.sweeps == sum(x.totals.values())


def test_history_survives_a_restart(tmp_path):
    db = default_db_path(tmp_path / "data")
    with HistoryStore.open(db) as store:
        add_series(store, T0, MIN, [BLOCKED] * 3 + [{}])
    with HistoryStore.open(db) as store:
        [incident] = find_incidents(store)
        assert incident.sweeps == 3
    assert os.stat(db).st_mode & 0o077 == 0


def test_cli_incidents_json_and_table(tmp_path, capsys):
    import json

    from desktop_app.cli.main import main
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        add_series(store, T0, MIN, [{}] + [BLOCKED] * 3 + [{}] + ["offline"] * 2 + [{}])
    assert main(["incidents", "--data-dir", str(data), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(i["platform"], i["technique"], i["sweeps"]) for i in doc["incidents"]] == [
        ("x", "tls_blocked", 5), ("connection", "offline", 2)]  # offline sweeps continue x's incident
    assert doc["incidents"][0]["network_details"] == [{"asn": "AS17557", "country": "PK", "isp": "Example Telecom"}]
    assert main(["incidents", "--data-dir", str(data), "--platform", "youtube"]) == 0
    assert "No incidents" in capsys.readouterr().out
    assert main(["incidents", "--data-dir", str(data), "--since", "1h", "--until", "2h"]) == 2
    assert "later than --since" in capsys.readouterr().err


def test_cli_keeps_unconfirmed_blocks_apart_from_incidents(tmp_path, capsys):
    import json

    from desktop_app.cli.main import main
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        add_series(store, T0, MIN, [{}, BLOCKED, {}, {}, {"youtube": "dns_blocked"}])
    assert main(["incidents", "--data-dir", str(data), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["incidents"] == []
    assert [(u["platform"], u["seq"], u["status"]) for u in doc["unconfirmed"]] == [
        ("x", 1, "unconfirmed"), ("youtube", 4, "pending")]
    assert main(["incidents", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No incidents in that range.") and "Not incidents" in out and "pending" in out
    assert main(["history", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "tls_blocked (unconfirmed)" in out and "dns_blocked (pending)" in out


def test_cli_incidents_say_how_much_of_the_platform_a_block_concerns(tmp_path, capsys):
    import json

    from desktop_app.cli.main import main
    data = tmp_path / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        for i in range(6):  # X's media blocked for three sweeps; then Facebook, recorded before scope existed
            add_sweep(store, T0 + i * MIN, {"x": "dns_blocked"} if i < 3 else {"facebook": "tcp_blocked"},
                      partial={"x": ("media",)})
    assert main(["incidents", "--data-dir", str(data), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(i["platform"], i["scope"], i["roles"]) for i in doc["incidents"]] == [
        ("x", "partial", ["media"]), ("facebook", None, [])]
    assert main(["incidents", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "dns_blocked (only media)" in out and "tcp_blocked (only" not in out


def test_two_connections_creating_the_same_history_at_once(tmp_path):
    """The app's history window opens two readers at once on a fresh install: neither may fail."""
    import threading

    db = default_db_path(tmp_path / "fresh")
    errors: list[BaseException] = []
    gate = threading.Barrier(4)

    def opener() -> None:
        try:
            gate.wait()
            with HistoryStore.open(db) as s:
                s.count_blocks()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with HistoryStore.open(db) as s:
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_history_shows_which_network_each_span_was_measured_from(store):
    add_series(store, T0, MIN, [{}] * 5)
    for i in range(5):
        add_sweep(store, T0 + (5 + i) * MIN, network=NETWORK_B)
    add_series(store, T0 + 10 * MIN, MIN, [{}] * 3)
    series = query_history(store, T0, T0 + 13 * MIN)
    assert [(s.network, s.sweeps) for s in series.networks] == [
        ("AS17557 Example Telecom (PK)", 5), ("AS45595 Example Mobile (PK)", 5), ("AS17557 Example Telecom (PK)", 3)]
    assert series.networks[1].start == T0 + 5 * MIN
    assert series.network_totals == {"AS17557 Example Telecom (PK)": 8, "AS45595 Example Mobile (PK)": 5}
    assert rollups.stored_networks(store.connection) == rollups.recount_networks(store.connection)
