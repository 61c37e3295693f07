"""`vantage collect`: receive many people's bundles into one collection, and summarise, report and export it."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from desktop_app.cli.common import Commands, UserError, add_language_option, report_language
from desktop_app.common.timeutil import parse_when


def add_parser(commands: Commands) -> None:
    collect = commands.add("collect", "receive bundles from many people into one verified collection")
    actions = Commands.nested(collect, "collect_command")
    add = actions.add("add", "verify bundles in full and add those that pass (one line per bundle)")
    add.add_argument("collection", help="the collection's folder (made on first use, readable by you alone)")
    add.add_argument("sources", nargs="+", metavar="FILE.zip|FOLDER")
    add.add_argument("--expect-key", metavar="SHA256:…", help="reject bundles signed by any other key")
    signer = Commands.nested(actions.add("signer", "register the signers you know"), "signer_command")
    reg = signer.add("add", "give a signer's key fingerprint a label")
    reg.add_argument("collection")
    reg.add_argument("fingerprint", metavar="SHA256:…")
    reg.add_argument("--label", required=True)
    summary = actions.add("summary", "each platform's verdicts and the signers, networks and measurements behind them")
    summary.add_argument("collection")
    summary.add_argument("--since", help="from (ISO time, or 7d, 2h …)")
    summary.add_argument("--until", help="until (ISO time, or 1h …)")
    summary.add_argument("--json", action="store_true", help="print JSON")
    summary.add_argument("--pseudonymise", action="store_true", help="name signers by label or pseudonym")
    report = actions.add("report", "a self-contained HTML report, with a PDF beside it")
    report.add_argument("collection")
    report.add_argument("-o", "--output", required=True, metavar="report.html")
    report.add_argument("--pseudonymise", action="store_true", help="name signers by label or pseudonym")
    add_language_option(report, "the report and its PDF")
    export = actions.add("export", "every measurement once, with its provenance, for other tools")
    export.add_argument("collection")
    export.add_argument("--parquet", metavar="DIR", help="Parquet files partitioned by day (Hive layout)")
    export.add_argument("--csv", metavar="FILE")
    export.add_argument("--ooni", metavar="FILE", help="OONI's measurement form (gzipped if FILE ends in .gz)")
    export.add_argument("--pseudonymise", action="store_true", help="name signers by label or pseudonym")


def run(args: argparse.Namespace) -> int:
    from desktop_app.collect.store import CollectionError

    try:
        return _ACTIONS[args.collect_command](args)
    except CollectionError as exc:
        raise UserError(str(exc)) from None


def _add(args: argparse.Namespace) -> int:
    from desktop_app.collect.ingest import Status, add_bundles

    outcomes = add_bundles(Path(args.collection), [Path(s) for s in args.sources], expect_key=args.expect_key,
                           report=lambda o: print(o.line(), flush=True), workers=os.cpu_count() or 1)
    if not outcomes:
        raise UserError("No bundle was found there; give .zip files or folders that hold them.")
    return 1 if any(o.status is Status.REJECTED for o in outcomes) else 0


def _signer(args: argparse.Namespace) -> int:
    from desktop_app.collect import signers
    from desktop_app.collect.store import connect

    with connect(Path(args.collection)) as (_, con):
        new = signers.register(con, args.fingerprint, args.label)
    print(f"{'Registered' if new else 'Relabelled'} {args.fingerprint.strip()} as {' '.join(args.label.split())!r}.")
    return 0


def _window(args: argparse.Namespace) -> object:
    from desktop_app.collect.queries import Window

    now = time.time()
    try:
        since = parse_when(args.since, now) if args.since else float("-inf")
        until = parse_when(args.until, now) if args.until else float("inf")
    except ValueError as exc:
        raise UserError(f"{exc}") from None
    return Window(since, until)


def _summary(args: argparse.Namespace) -> int:
    from desktop_app.collect import queries as q
    from desktop_app.collect.store import connect

    window = _window(args)
    assert isinstance(window, q.Window)
    with connect(Path(args.collection), create=False) as (_, con):
        rows, incidents = q.summary(con, window), q.incidents(con, window)
        dissents, custody = q.dissents(con, window), q.custody(con)
        names = q.signer_names(con, args.pseudonymise)
    if args.json:
        print(json.dumps({"custody": q.as_json(custody), "summary": q.as_json(rows),
                          "incidents": q.as_json(incidents),
                          "dissents": [{**q.as_json(d), "signer": names.get(d.signer, d.signer)} for d in dissents]},
                         indent=1))
        return 0
    from desktop_app.common.timeutil import utc_minute as _t

    print(f"{custody.accepted} bundles accepted from {custody.signers} signers, {custody.rejected} rejected; "
          f"{custody.measurements:,} distinct measurements.")
    for r in rows:
        print(f"{r.platform:<12} {r.verdict:<15} {r.signers:>4} signers {r.networks:>3} networks "
              f"{r.measurements:>10,} measurements  {_t(r.first)} – {_t(r.last)}")
    for i in incidents:
        print(f"incident  {i.platform} {i.technique} {_t(i.start)} – {_t(i.end)}: {i.people} people on "
              f"{i.networks} networks ({', '.join(s.network for s in i.by_network)})")
    for d in dissents:
        print(f"disagrees  {names.get(d.signer, d.signer)} saw {d.platform} on {d.network} as '{d.view}' while "
              f"{d.others} others did not, in {d.hours} hours from {_t(d.first)}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from desktop_app.collect.report import write_report
    from desktop_app.collect.store import connect

    language = report_language(args)  # a bad settings file is said before the collection is opened
    with connect(Path(args.collection), create=False) as (_, con):
        html, pdf = write_report(con, Path(args.output), pseudonymise=args.pseudonymise, lang=language)
    print(f"Wrote {html} and {pdf}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop_app.collect import outputs
    from desktop_app.collect.store import connect

    if not (args.parquet or args.csv or args.ooni):
        raise UserError("Say what to export: --parquet DIR, --csv FILE or --ooni FILE.")
    with connect(Path(args.collection), create=False) as (layout, con):
        if args.parquet:
            n = outputs.export_parquet(con, Path(args.parquet), args.pseudonymise)
            print(f"Wrote {n:,} measurements to {args.parquet} (Parquet, one folder per day).")
        if args.csv:
            n = outputs.export_csv(con, Path(args.csv), args.pseudonymise)
            print(f"Wrote {n:,} measurements to {args.csv}.")
        if args.ooni:
            n = outputs.export_ooni(con, layout, Path(args.ooni))
            print(f"Wrote {n:,} measurements to {args.ooni} in OONI's form.")
    return 0


_ACTIONS = {"add": _add, "signer": _signer, "summary": _summary, "report": _report, "export": _export}

