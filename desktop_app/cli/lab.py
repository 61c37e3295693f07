"""`vantage lab`: the project's censorship lab on loopback, to serve or to sweep once (no internet needed)."""

from __future__ import annotations

import argparse
import json
import signal
import tempfile
import threading
from pathlib import Path

from desktop_app.cli.common import Commands, UserError, config_dir
from desktop_app.probes.catalogue.model import Catalogue

DEMO_TIMEOUT_S = 2.0  # the lab answers on loopback: a short step timeout keeps the demo quick


def add_parser(commands: Commands) -> None:
    lab = commands.add("lab", "run the project's censorship lab on loopback (no internet needed)")
    actions = Commands.nested(lab, "lab_command")
    serve = actions.add("serve", "serve the lab until interrupted")
    serve.add_argument("--scenario", default="all_ok")
    serve.add_argument("--descriptor", metavar="FILE", required=True,
                       help="write how to reach the lab here (pass it to --lab)")
    serve.add_argument("--real-ports", action="store_true", help="bind the real ports (root, network namespace)")
    demo = actions.add("demo", "start the lab, run one sweep against it and print the table")
    demo.add_argument("--scenario", default="x_sni")
    demo.add_argument("--json", action="store_true")
    actions.add("scenarios", "list the lab's scenarios")


def run(args: argparse.Namespace) -> int:
    from desktop_app.lab import scenarios as lab_scenarios
    if args.lab_command == "scenarios":
        for name in lab_scenarios.SCENARIOS:
            print(f"{name}")
        return 0
    from desktop_app.probes.catalogue.loader import load_catalogue
    catalogue = load_catalogue(config_dir=config_dir(args))
    if args.scenario not in lab_scenarios.SCENARIOS:
        raise UserError(f"Unknown scenario {args.scenario}; known: {', '.join(lab_scenarios.SCENARIOS)}.")
    if args.lab_command == "serve":
        return _serve(args, catalogue)
    return _demo(args, catalogue)


def _serve(args: argparse.Namespace, catalogue: Catalogue) -> int:
    from desktop_app.lab import Lab
    from desktop_app.lab import scenarios as lab_scenarios
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with (tempfile.TemporaryDirectory(prefix="vantage-lab-") as work,
          Lab(catalogue, Path(work), real_ports=args.real_ports) as lab):
        lab.apply(lab_scenarios.SCENARIOS[args.scenario](catalogue))
        lab.write_descriptor(Path(args.descriptor))
        print(f"Lab serving scenario {args.scenario}; probe it with --lab {args.descriptor}", flush=True)
        stop.wait()
    return 0


def _demo(args: argparse.Namespace, catalogue: Catalogue) -> int:
    from desktop_app.cli.textview import sweep_table
    from desktop_app.lab import Lab
    from desktop_app.lab import scenarios as lab_scenarios
    from desktop_app.probes.fingerprints import load_fingerprints
    from desktop_app.probes.sweep import run_sweep
    with tempfile.TemporaryDirectory(prefix="vantage-lab-") as work, Lab(catalogue, Path(work)) as lab:
        scenario = lab_scenarios.SCENARIOS[args.scenario](catalogue)
        lab.apply(scenario)
        config = lab.probe_config(timeout=args.timeout or DEMO_TIMEOUT_S)
        if args.platform:
            catalogue = catalogue.only(set(args.platform))
        result = run_sweep(catalogue, config, load_fingerprints())
    if args.json:
        for p in result.platforms:
            print(json.dumps(p.json(result.started_at), ensure_ascii=False))
    else:
        print(f"Lab scenario {args.scenario}: {scenario.description}\n")
        print(sweep_table(result))
    return 0
