"""`vantage log verify` and `log repair`: re-check the tamper-evident history, and rebuild what is derived."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import Commands, session


def add_parser(commands: Commands) -> None:
    log = commands.add("log", "check the tamper-evident history log")
    actions = Commands.nested(log, "log_command")
    actions.add("verify", "re-check SQLite's pages and every block, hash and Merkle root of the log")
    actions.add("repair", "rebuild the rollups and indexes from the blocks (the damaged file is kept)")


def run(args: argparse.Namespace) -> int:
    if args.log_command == "repair":
        from desktop_app.store.log import default_db_path
        from desktop_app.store.repair import repair
        print(repair(default_db_path(session(args).data_dir)).sentence)
        return 0
    from desktop_app.store.integrity import verify_log
    from desktop_app.store.log import HistoryStore, default_db_path
    with HistoryStore.open(default_db_path(session(args).data_dir)) as store:  # no quick check: verify says more
        report = verify_log(store)
    print(report.sentence)
    return 0 if report.ok else 1
