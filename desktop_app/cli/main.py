"""The `vantage` command: parses the command line and hands it to the command's module; errors become sentences."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from desktop_app import __version__
from desktop_app.cli import catalogue, evidence, history, lab, log, probe
from desktop_app.cli.common import EXIT_USAGE, Commands, UserError, add_common
from desktop_app.common.errors import AppError, StoreFailure
from desktop_app.probes.catalogue.model import CatalogueError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "probe": probe.run, "history": history.run_history, "incidents": history.run_incidents,
    "export": evidence.run_export, "verify": evidence.run_verify, "timestamp": evidence.run_timestamp,
    "keys": evidence.run_keys, "catalogue": catalogue.run, "log": log.run, "lab": lab.run,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vantage",
        description="See, measure and prove when the internet is cut or filtered around you. "
                    "Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"vantage {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app against the built-in lab")
    add_common(parser, suppress=False)
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in (probe, history, evidence, catalogue, log, lab):
        module.add_parser(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run_app
    return run_app(demo=args.demo, data_dir=args.data_dir, config_dir=args.config_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for name in ("doh_url", "resolver", "platform"):
        if not hasattr(args, name):
            setattr(args, name, [])
    handler = COMMANDS.get(args.command or "", run_gui)
    try:
        return handler(args)
    except (UserError, AppError) as exc:
        print(f"vantage: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogueError as exc:
        print(f"vantage: the catalogue could not be loaded: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreFailure as exc:
        print(f"vantage: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Someone piped us into `head`: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
