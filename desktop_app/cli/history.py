"""`vantage history` and `vantage incidents`: what the log holds, read back as tables or JSON."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time

from desktop_app.cli.common import Commands, UserError, session, time_range
from desktop_app.common.timeutil import utc_iso

MAX_MERGE_GAP_S = 7 * 86400.0


def add_parser(commands: Commands) -> None:
    history = commands.add("history", "read stored measurements back")
    history.add_argument("--since", metavar="WHEN", help="e.g. 2h, 7d or 2026-11-28T19:00 (local time)")
    history.add_argument("--until", metavar="WHEN")
    history.add_argument("--json", action="store_true", help="one stored measurement record per line")

    incidents = commands.add("incidents",
                             "list the spans in which a platform, or the whole connection, was not reachable")
    incidents.add_argument("--since", metavar="WHEN", help="e.g. 30d or 2026-11-01 (default: everything)")
    incidents.add_argument("--until", metavar="WHEN")
    incidents.add_argument("--merge-gap", type=float, metavar="S", default=None,
                           help="failing sweeps at most S seconds apart are one incident (default 600)")
    incidents.add_argument("--json", action="store_true", help="one JSON document with every incident")


def run_history(args: argparse.Namespace) -> int:
    from desktop_app.cli.textview import history_table

    since, until = time_range(args, time.time())
    platforms = set(args.platform) if args.platform else None
    from desktop_app.store.incidents import find_findings

    with session(args).open_store() as store:
        if args.json:
            for m in store.measurements(since=since, until=until, platforms=platforms):
                sys.stdout.write(m.record_bytes.decode("utf-8") + "\n")
            return 0
        doubtful = {(u.platform, u.seq): u.status for u in find_findings(store, since, until, platforms).unconfirmed}
        print(history_table(store.blocks(since=since, until=until), platforms, doubtful))
    return 0


def run_incidents(args: argparse.Namespace) -> int:
    from desktop_app.cli.textview import incidents_table
    from desktop_app.store.incidents import MERGE_GAP_S, find_findings

    since, until = time_range(args, time.time())
    gap = MERGE_GAP_S if args.merge_gap is None else args.merge_gap
    if not (math.isfinite(gap) and 0 <= gap <= MAX_MERGE_GAP_S):
        raise UserError(f"--merge-gap must be between 0 and {MAX_MERGE_GAP_S:.0f} seconds (a week).")
    with session(args).open_store() as store:
        found = find_findings(store, since, until, set(args.platform) or None, merge_gap=gap)
    if args.json:
        doc = {"since": None if since is None else utc_iso(since), "until": None if until is None else utc_iso(until),
               "merge_gap_s": gap, "incidents": [i.json() for i in found.incidents],
               "unconfirmed": [u.json() for u in found.unconfirmed]}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(incidents_table(found.incidents, found.unconfirmed))
    return 0
