"""`vantage log verify`: re-check every block, hash and Merkle root of the tamper-evident history."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import Commands, session


def add_parser(commands: Commands) -> None:
    log = commands.add("log", "check the tamper-evident history log")
    actions = Commands.nested(log, "log_command")
    actions.add("verify", "re-check every block, hash and Merkle root of the log")


def run(args: argparse.Namespace) -> int:
    from desktop_app.store.integrity import verify_log
    with session(args).open_store() as store:
        report = verify_log(store)
    print(report.sentence)
    return 0 if report.ok else 1
