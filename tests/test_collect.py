"""The collection end to end: real bundles from several keys verified, ingested once, summarised and exported."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.collect import queries as q
from desktop_app.collect import signers
from desktop_app.collect.ingest import Status, add_bundles
from desktop_app.collect.outputs import export_csv, export_ooni, export_parquet
from desktop_app.collect.report import write_report
from desktop_app.collect.store import CollectionError, connect
from desktop_app.evidence import names
from tests.collect_bundles import MIN, T0, export, history
from tests.history_builder import NETWORK_A, NETWORK_B

BLOCKED = {"x": "tls_blocked"}
MOSTLY_BLOCKED: list[dict[str, str]] = [{}] * 3 + [BLOCKED] * 14 + [{}] * 3


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """Four people: three on network A (two see X blocked, one does not), one on network B who sees it blocked;
    the first also sends an overlapping range and an X-only bundle."""
    d = tmp_path_factory.mktemp("people")
    people: dict[str, tuple[list[dict[str, str]], dict[str, str]]] = {
        "a1": (MOSTLY_BLOCKED, NETWORK_A), "a2": (MOSTLY_BLOCKED, NETWORK_A), "a3": ([{}] * 20, NETWORK_A),
              "b1": (MOSTLY_BLOCKED, NETWORK_B)}
    out = {}
    for name, (pattern, network) in people.items():
        h = history(d / f"{name}.sqlite", pattern, network)
        out[name] = export(h, d / f"key-{name}", d / f"{name}.zip", T0, T0 + 20 * MIN)
    out["a1-overlap"] = export(d / "a1.sqlite", d / "key-a1", d / "a1-overlap.zip", T0 + 5 * MIN, T0 + 15 * MIN)
    out["a1-x"] = export(d / "a1.sqlite", d / "key-a1", d / "a1-x.zip", T0, T0 + 20 * MIN, ("x",))
    tampered = d / "tampered.zip"
    with zipfile.ZipFile(out["a2"]) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == names.MEASUREMENTS:
                # Same length: the bundle's sizes still agree, so it is the proofs that must catch the edit.
                data = data.replace(b'"verdict":"tls_blocked"', b'"verdict":"tcp_blocked"', 1)
            dst.writestr(info, data)
    out["tampered"] = tampered
    return out


def fingerprint(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as z:
        return str(json.loads(z.read(names.MANIFEST))["signer"]["fingerprint"])


@pytest.fixture(scope="module")
def collection(bundles, tmp_path_factory):
    root = tmp_path_factory.mktemp("c") / "collection"
    with connect(root) as (_, con):
        signers.register(con, fingerprint(bundles["a1"]), "Lahore, contact A")
    order = ["a1", "a2", "a3", "b1", "a1-overlap", "a1-x", "tampered", "a1"]
    outcomes = add_bundles(root, [bundles[n] for n in order])
    return root, dict(zip(order[:-1], outcomes, strict=False)), outcomes[-1]


def test_each_bundle_gets_one_outcome_and_duplicates_count_once(collection):
    root, outcomes, again = collection
    assert [o.status for o in outcomes.values()] == [Status.ACCEPTED] * 6 + [Status.REJECTED]
    assert again.status is Status.PRESENT and "already present" in again.line()
    assert outcomes["a1"].label == "Lahore, contact A" and "unregistered" in outcomes["a2"].line()
    # 20 sweeps x 3 platforms x 2 endpoints each; the overlap and the X-only bundle add nothing new
    assert outcomes["a1"].new == 120 and outcomes["a1-overlap"].measurements == 60
    assert outcomes["a1-overlap"].new == 0 and outcomes["a1-x"].new == 0 and outcomes["a1-x"].measurements == 40
    with connect(root) as (_, con):
        assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == 4 * 120
        assert con.execute("SELECT count(*) FROM (SELECT DISTINCT signer, block_hash, leaf FROM measurements)"
                           ).fetchone()[0] == 4 * 120


def test_a_whole_range_after_a_part_of_it_adds_only_the_rest_of_its_blocks(bundles, tmp_path):
    """The X-only bundle comes first: the whole-range one holds the same blocks (sweeps) with more leaves in them,
    so its other platforms' measurements are new and X's are duplicates."""
    root = tmp_path / "collection"
    part, whole, overlap = add_bundles(root, [bundles["a1-x"], bundles["a1"], bundles["a1-overlap"]])
    assert (part.new, whole.measurements, whole.new, overlap.new) == (40, 120, 80, 0)
    with connect(root) as (_, con):
        assert con.execute("SELECT count(*), count(DISTINCT (signer, block_hash, leaf)) FROM measurements"
                           ).fetchone() == (120, 120)
        assert con.execute("SELECT sum(n) FROM cells").fetchone()[0] == 120


def test_a_tampered_bundle_is_rejected_with_its_reason_and_never_ingested(collection, bundles):
    root, outcomes, _ = collection
    rejected = outcomes["tampered"]
    assert rejected.reason.startswith("measurements:") and "Merkle root" in rejected.reason
    assert rejected.line().startswith("rejected  ")
    with connect(root) as (layout, con):
        assert con.execute("SELECT count(*) FROM measurements WHERE bundle = ?", [rejected.sha256]).fetchone()[0] == 0
        assert not layout.bundle(rejected.sha256).exists()
        custody = q.custody(con)
    assert custody.rejected == 1 and custody.reasons == [("measurements", 1)] and custody.accepted == 6


def test_accepted_bundles_are_kept_byte_for_byte_and_private(collection, bundles):
    root, outcomes, _ = collection
    kept = root / "bundles" / f"{outcomes['a1'].sha256}.zip"
    assert kept.read_bytes() == bundles["a1"].read_bytes()
    for path in (root, root / "bundles", root / "incoming"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for path in [*root.glob("*.duckdb*"), *root.glob("bundles/*")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_summary_counts_people_networks_and_measurements(collection):
    root, _, _ = collection
    with connect(root) as (_, con):
        rows = {(r.platform, r.verdict): r for r in q.summary(con)}
        incidents = q.incidents(con)
        dissents = q.dissents(con)
        names_public = q.signer_names(con, pseudonymise=True)
    blocked = rows[("x", "tls_blocked")]
    assert (blocked.signers, blocked.networks, blocked.measurements) == (3, 2, 3 * 14 * 2)
    assert rows[("youtube", "ok")].signers == 4
    [incident] = incidents
    assert (incident.platform, incident.technique, incident.people, incident.networks) == ("x", "tls_blocked", 3, 2)
    assert incident.start == T0 + 3 * MIN and incident.end == pytest.approx(T0 + 16 * MIN + 0.01)
    assert {s.network: s.people for s in incident.by_network} == {"AS17557": 2, "AS45595": 1}
    # the third person on AS17557 saw X working while two others saw it blocked: shown, not hidden
    [lone] = dissents
    assert (lone.platform, lone.network, lone.view, lone.others) == ("x", "AS17557", "works", 2)
    assert "Lahore, contact A" in names_public.values() and "vantage point 2" in names_public.values()
    assert not any(v.startswith("SHA256:") for v in names_public.values())


WINDOWS = [q.Window(), q.Window(T0 + 5 * MIN), q.Window(until=T0 + 9 * MIN + 7),
           q.Window(T0 + 4 * MIN + 1, T0 + 6 * MIN), q.Window(T0 - 20 * MIN, T0 + 13 * MIN + 30),
           q.Window(T0 + 30 * MIN, T0 + 60 * MIN)]


@pytest.mark.parametrize("window", WINDOWS)
def test_the_rollup_gives_exactly_the_row_level_answers(collection, window):
    """The rollup was built from the deduplicated rows of bundles with overlaps and duplicates: the same answers,
    whether the window ends on a cell's edge or inside one."""
    root, _, _ = collection
    with connect(root) as (_, con):
        assert con.execute("SELECT sum(n) FROM cells").fetchone()[0] == 4 * 120
        assert q.summary(con, window) == q.summary_rows(con, window)
        assert q.incidents(con, window) == q.incidents_rows(con, window)


def test_per_network_timeline_counts_the_signers_behind_each_verdict(collection):
    """X over an hour: on AS17557 two of three people saw it blocked, on AS45595 the one person did; the row for
    every network together counts people and networks once each."""
    root, _, _ = collection
    with connect(root) as (_, con):
        timeline = q.network_timeline(con, platform="x", bucket=q.HOUR)
        fine = q.network_timeline(con, platform="x")
        everything = q.network_timeline(con, bucket=q.HOUR)
    hour = T0 // q.HOUR * q.HOUR
    assert timeline.networks == ["AS17557", "AS45595"] and timeline.span is not None
    assert timeline.span[0] == T0 and timeline.span[1] == pytest.approx(T0 + 19 * MIN + 0.01)
    got = {(c.network, c.verdict): (c.start, c.signers, c.networks, c.measurements) for c in timeline.cells}
    assert got == {(None, "tls_blocked"): (hour, 3, 2, 3 * 14 * 2), (None, "ok"): (hour, 4, 2, (6 + 6 + 20 + 6) * 2),
                   ("AS17557", "tls_blocked"): (hour, 2, 1, 2 * 14 * 2), ("AS17557", "ok"): (hour, 3, 1, 32 * 2),
                   ("AS45595", "tls_blocked"): (hour, 1, 1, 14 * 2), ("AS45595", "ok"): (hour, 1, 1, 6 * 2)}
    assert [c.network for c in timeline.cells][:2] == [None, None]  # every network together comes first
    # twenty minutes fit in ten-minute buckets: three of them (xx:20, xx:30 and xx:40)
    assert fine.bucket == q.CELL_S and len({c.start for c in fine.cells}) == 3
    assert sum(c.measurements for c in fine.cells if c.network is None) == 3 * 40 + 40
    # all platforms: YouTube and Facebook worked for everyone, so "ok" is supported by all four people
    ok = next(c for c in everything.cells if c.network is None and c.verdict == "ok")
    assert (ok.signers, ok.networks, ok.measurements) == (4, 2, 480 - 3 * 14 * 2)


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize(("platform", "bucket"), [(None, 600.0), ("x", q.HOUR), ("youtube", 1800.0)])
def test_the_timeline_from_the_rollup_is_the_row_level_answer(collection, window, platform, bucket):
    root, _, _ = collection
    with connect(root) as (_, con):
        timeline = q.network_timeline(con, window, platform, bucket)
        assert timeline.cells == q.network_timeline_rows(con, window, platform, bucket)
    if window == q.Window(T0 + 30 * MIN, T0 + 60 * MIN):
        assert timeline.cells == [] and timeline.span is None and timeline.networks == []


def test_a_timeline_bucket_fits_the_span_and_must_be_whole_cells(collection):
    assert q.bucket_for(None) == q.HOUR
    assert q.bucket_for((0.0, 20 * MIN)) == 600
    assert q.bucket_for((0.0, 30 * 86400.0)) == 3 * q.HOUR  # 240 columns
    assert q.bucket_for((0.0, 365 * 86400.0)) == 7 * 86400  # 52 columns
    assert q.bucket_for((0.0, 3650 * 86400.0)) == 2 * 7 * 86400
    root, _, _ = collection
    with connect(root) as (_, con), pytest.raises(ValueError, match="multiple of 600"):
        q.network_timeline(con, bucket=900)


def test_signers_are_listed_as_registered_or_only_seen(collection, bundles):
    root, _, _ = collection
    with connect(root) as (_, con):
        known = {s.fingerprint: s for s in signers.listed(con)}
    first = known[fingerprint(bundles["a1"])]
    assert first.registered and first.label == "Lahore, contact A" and first.bundles == 3
    second = known[fingerprint(bundles["a2"])]
    assert not second.registered and second.bundles == 1 and len(known) == 4


def test_bundles_verified_two_at_a_time_give_the_same_collection(collection, bundles, tmp_path):
    root, outcomes, again = collection
    order = ["a1", "a2", "a3", "b1", "a1-overlap", "a1-x", "tampered", "a1"]
    seen: list[str] = []
    pooled = add_bundles(tmp_path / "pooled", [bundles[n] for n in order], workers=2,
                         progress=lambda name, done, total: seen.append(name))
    assert [(o.status, o.new, o.reason) for o in pooled] == \
        [(o.status, o.new, o.reason) for o in [*outcomes.values(), again]]
    assert seen == [bundles[n].name for n in order] + [""]
    with connect(root) as (_, con), connect(tmp_path / "pooled") as (_, pooled_con):
        assert q.summary(pooled_con) == q.summary(con) and q.incidents(pooled_con) == q.incidents(con)


def test_the_rollup_keeps_incidents_apart_across_cells_and_is_built_for_an_older_collection(tmp_path):
    """Confirmed observations with gaps either side of the incident gap, straddling cell edges, from several signers
    and networks: the islands found cell by cell are the ones found row by row; a collection made before the rollup
    gets it when opened."""
    import random

    rng = random.Random(7)
    rows, t = [], 1_780_000_000.0
    for i in range(3000):
        t += rng.choice([1.0, 59.0, 599.0, 600.0, 601.0, 1500.0]) if i % 7 == 0 else rng.uniform(0, 90)
        rows.append((f"SHA256:{i % 5}", i, f"h{i}", 0, "b", t, rng.choice(["x", "youtube"]),
                     rng.choice(["tls_blocked", "dns_blocked", "ok"]), rng.choice(["AS1", "AS2", None]), None, None))
    with connect(tmp_path / "old") as (_, con):
        con.executemany("INSERT INTO measurements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with connect(tmp_path / "old") as (_, con):
        assert con.execute("SELECT sum(n) FROM cells").fetchone()[0] == 3000
        for window in (q.Window(), q.Window(rows[500][5] + 0.5, rows[2500][5] - 0.5)):
            found = q.incidents(con, window)
            assert len(found) > 10 and found == q.incidents_rows(con, window)
            assert q.summary(con, window) == q.summary_rows(con, window)


def test_summary_window_and_expected_key(collection, bundles, tmp_path):
    root, _, _ = collection
    with connect(root) as (_, con):
        assert q.summary(con, q.Window(T0 + 30 * MIN, T0 + 60 * MIN)) == []
    other = add_bundles(tmp_path / "c2", [bundles["a2"]], expect_key=fingerprint(bundles["a1"]))
    assert other[0].status is Status.REJECTED and other[0].reason.startswith("expected key:")


def test_exports_carry_provenance_and_never_a_key_when_pseudonymised(collection, tmp_path):
    root, _, _ = collection
    with connect(root) as (layout, con):
        assert export_parquet(con, tmp_path / "pq", pseudonymise=True) == 480
        assert export_csv(con, tmp_path / "m.csv") == 480
        assert export_ooni(con, layout, tmp_path / "m.jsonl.gz") == 480
        with pytest.raises(CollectionError, match="already holds files"):
            export_parquet(con, tmp_path / "pq")
    days = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert days == ["day=2026-05-28"]
    rows = duckdb.execute(f"SELECT signer, bundle, block, leaf FROM read_parquet('{tmp_path}/pq/*/*.parquet', "
                      "hive_partitioning = true)").fetchall()
    assert len(rows) == 480 and not any(r[0].startswith("SHA256:") for r in rows)
    assert all(len(r[1]) == 64 for r in rows)
    header = (tmp_path / "m.csv").read_text().splitlines()[0]
    assert header == "day,measured_at,platform,verdict,asn,isp,country,signer,bundle,block,block_hash,leaf"
    with gzip.open(tmp_path / "m.jsonl.gz") as f:
        first = json.loads(f.readline())
    assert first["probe_asn"] == "AS17557" and first["probe_ip"] == "127.0.0.1"


def test_report_says_what_was_verified_and_rejected(collection, tmp_path):
    root, _, _ = collection
    with connect(root) as (_, con):
        html, pdf = write_report(con, tmp_path / "report.html", pseudonymise=True)
    text = html.read_text()
    assert "6 bundles verified and accepted" in text and "1 bundles rejected" in text and "<svg" in text
    assert "failing the check &#x27;measurements&#x27;: 1." in text and "SHA256:" not in text
    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Over time, per platform and network" in pdf_text and "AS45595" in pdf_text  # the chart, drawn in
    assert text.startswith('<!DOCTYPE html>\n<html lang="en"><head>') and "<bdi" not in text  # English as before


URDU_TS = """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ur"><context><name>CollectReport</name>
<message><source>Verdicts per platform</source><translation>ہر پلیٹ فارم کے نتائج</translation></message>
<message><source>{0} bundles rejected and never counted.</source><translation>{0} بنڈل رد کیے گئے</translation>
</message></context></TS>"""


def test_the_urdu_collection_report_is_right_to_left_with_numbers_isolated(collection, tmp_path):
    from desktop_app.common.i18n import COLLECT_REPORT, REPORT, translator
    from desktop_app.evidence.formats.report import ARABIC_FONT_CANDIDATES, find_unicode_font
    root, _, _ = collection
    with connect(root) as (_, con):
        html, pdf = write_report(con, tmp_path / "report.html", pseudonymise=True, lang="ur")
    text = html.read_text(encoding="utf-8")
    t = translator("ur")
    assert text.startswith('<!DOCTYPE html>\n<html lang="ur" dir="rtl">')
    assert t.tr(REPORT, "Incidents") != "Incidents"  # shared with the bundle's report: translated already
    for context, heading in ((REPORT, "Incidents"), (COLLECT_REPORT, "Verdicts per platform"),
                             (COLLECT_REPORT, "Vantage points that disagree")):
        assert f"<h2>{t.tr(context, heading)}</h2>" in text
    assert f'<th scope="col">{t.tr(REPORT, "Platform")}</th>' in text
    assert '<bdi dir="ltr">6</bdi>' in text and '<bdi dir="ltr">1</bdi>' in text  # the custody counts
    assert '<td class="num"><bdi dir="ltr">' in text and '<bdi dir="ltr">AS17557</bdi>' in text
    assert '<td><bdi dir="ltr">2026-05-28 ' in text  # times keep their order inside an Urdu row
    assert t.tr("Verdict", "Blocked (SNI filtering)") in text and "<svg" in text
    body = pdf.read_bytes()
    assert body.startswith(b"%PDF")
    if find_unicode_font(ARABIC_FONT_CANDIDATES) is not None:
        assert b"Arabic" in body  # set in a font that has the Urdu letters


def test_the_collection_reports_own_words_come_from_its_context_in_the_translations(collection, tmp_path):
    from desktop_app.collect import report
    from desktop_app.common.i18n import Translator
    (tmp_path / "vantage_ur.ts").write_text(URDU_TS, encoding="utf-8")
    root, _, _ = collection
    with connect(root) as (_, con):
        data = report.tables(con, q.Window(), True, Translator("ur", folder=tmp_path))
    text = report.render_html(data, T0)
    assert "<h2>ہر پلیٹ فارم کے نتائج</h2>" in text and "Verdicts per platform" not in text
    assert '<p class="meta"><bdi dir="ltr">1</bdi> بنڈل رد کیے گئے</p>' in text
    assert "<h2>Vantage points that disagree</h2>" in text  # untranslated yet: the English, never a blank


def test_collect_report_takes_the_language_asked_else_the_settings_one(collection, tmp_path, capsys):
    root, _, _ = collection
    assert main(["collect", "report", str(root), "-o", str(tmp_path / "fa.html"), "--language", "fa"]) == 0
    assert '<html lang="fa" dir="rtl">' in (tmp_path / "fa.html").read_text(encoding="utf-8")
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "settings.json").write_text(json.dumps({"language": "ur"}))
    assert main(["collect", "report", str(root), "-o", str(tmp_path / "ur.html"), "--config-dir", str(cfg)]) == 0
    assert '<html lang="ur" dir="rtl">' in (tmp_path / "ur.html").read_text(encoding="utf-8")
    assert (tmp_path / "ur.pdf").is_file()
    (cfg / "settings.json").write_text("{broken")
    assert main(["collect", "report", str(root), "-o", str(tmp_path / "x.html"), "--config-dir", str(cfg)]) == 2
    assert "settings could not be read" in capsys.readouterr().err and not (tmp_path / "x.html").exists()
    with pytest.raises(SystemExit) as refused:  # argparse refuses it before anything is written
        main(["collect", "report", str(root), "-o", str(tmp_path / "de.html"), "--language", "de"])
    assert refused.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert not (tmp_path / "de.html").exists()


def test_cli_prints_one_line_per_bundle_and_sentences_for_errors(bundles, tmp_path, capsys):
    root = tmp_path / "cli"
    assert main(["collect", "add", str(root), str(bundles["a1"]), str(bundles["tampered"])]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("accepted  ") and out[1].startswith("rejected  ") and len(out) == 2
    assert main(["collect", "signer", "add", str(root), "SHA256:nope", "--label", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vantage: ") and err.count("\n") == 1 and "fingerprint" in err
    assert main(["collect", "summary", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["custody"]["accepted"] == 1 and data["incidents"][0]["people"] == 1
    assert main(["collect", "summary", str(tmp_path / "none")]) == 2
    assert "not a collection" in capsys.readouterr().err
    assert main(["collect", "summary", str(root), "--since", "2026-05-28T00:00", "--until", "garbage"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["collect", "export", str(root)]) == 2
    assert "--parquet" in capsys.readouterr().err
    assert main(["collect", "report", str(root), "-o", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.pdf").is_file() and "Wrote" in capsys.readouterr().out


KILLED_ADD = """
import sys
from pathlib import Path
from desktop_app.collect.ingest import add_bundles
add_bundles(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]], report=lambda o: print(o.status.value, flush=True),
            workers=2)
"""


def test_a_kill_during_ingestion_loses_nothing_accepted_and_re_adding_finishes(bundles, tmp_path):
    root = tmp_path / "killed"
    order = [bundles[n] for n in ("a1", "a2", "a3", "b1", "a1-overlap", "a1-x")]
    proc = subprocess.Popen([sys.executable, "-c", KILLED_ADD, str(root), *map(str, order)], stdout=subprocess.PIPE,
                            text=True, cwd=Path(__file__).parent.parent)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "accepted"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    proc.stdout.close()
    with connect(root) as (layout, con):
        kept = con.execute("SELECT sha256, new_measurements FROM bundles").fetchall()
        assert len(kept) >= 1 and all(layout.bundle(sha).is_file() for sha, _ in kept)
        assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == sum(n for _, n in kept)
        assert con.execute("SELECT coalesce(sum(n), 0) FROM cells").fetchone()[0] == sum(n for _, n in kept)
        assert not any(layout.incoming.iterdir())
    again = add_bundles(root, order)
    assert {o.status for o in again} <= {Status.ACCEPTED, Status.PRESENT}
    assert sum(o.status is Status.PRESENT for o in again) == len(kept)
    with connect(root) as (_, con):
        assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == 4 * 120
        assert con.execute("SELECT count(*) FROM bundles").fetchone()[0] == 6
    shutil.rmtree(root)
    assert os.path.exists(tmp_path)
