"""`vantage catalogue`: what is probed (the platforms the person chose, their own targets, the controls)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.cli.common import Commands, config_dir, session


def add_parser(commands: Commands) -> None:
    cat = commands.add("catalogue", "list the platforms and endpoints that are probed")
    cat.add_argument("--json", action="store_true")
    cat.add_argument("--import-csv", metavar="FILE", help="add a Citizen Lab test list (CSV) as extra targets")


def run(args: argparse.Namespace) -> int:
    if args.import_csv:
        from desktop_app.probes.catalogue.loader import import_citizenlab_csv
        dest = import_citizenlab_csv(Path(args.import_csv), config_dir(args))
        print(f"Imported {args.import_csv} as extra targets ({dest}).")
        return 0
    catalogue = session(args).catalogue()
    if args.json:
        for p in catalogue.platforms:
            print(json.dumps({"platform": p.id, "name": p.name, "domains": list(p.domains),
                              "endpoints": [{"url": e.url, "role": e.role, "throughput": e.throughput}
                                            for e in p.endpoints]}))
        return 0
    for p in catalogue.platforms:
        print(f"{p.id}  {p.name}  ({len(p.endpoints)} endpoints)")
        for e in p.endpoints:
            print(f"    {e.url}{'  [throughput asset]' if e.throughput else ''}")
    print(f"catalogue digest {catalogue.digest}")
    return 0
