"""`vantage probe`: one sweep, or one every S seconds, stored in the history exactly as the app stores it."""

from __future__ import annotations

import argparse
import json
import math
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable

from desktop_app.app.session import FollowUp, Stored, follow_up_for
from desktop_app.cli.common import Commands, UserError, session
from desktop_app.cli.textview import sweep_table
from desktop_app.probes.inflight import Waiting, waiting_line
from desktop_app.store.errors import CommitFailed

MIN_INTERVAL_S, MAX_INTERVAL_S = 1.0, 86400.0


def add_parser(commands: Commands) -> None:
    probe = commands.add("probe", "probe every platform now and store the results")
    probe.add_argument("--once", action="store_true", help="one sweep (the default without --interval)")
    probe.add_argument("--interval", type=float, metavar="S", help="keep sweeping every S seconds")
    probe.add_argument("--json", action="store_true", help="one JSON object per platform and line")


def run(args: argparse.Namespace) -> int:
    """One sweep; with --interval, one every S seconds, and a follow-up of any new blocking verdict a minute later."""
    interval = args.interval
    if interval is not None and not (math.isfinite(interval) and MIN_INTERVAL_S <= interval <= MAX_INTERVAL_S):
        raise UserError(f"--interval must be between {MIN_INTERVAL_S:.0f} second and one day "
                        f"({MAX_INTERVAL_S:.0f} seconds).")
    where = session(args)
    waiting = _waiting_on_terminal()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with where.open_store() as store:
        previous: dict[str, str] = {}  # platform -> its verdict at the last observation
        pending: FollowUp | None = None
        next_full = time.monotonic()
        while True:
            follow = pending if pending is not None and pending.due <= next_full else None
            try:
                stored = where.sweep(store, follow_up=follow, waiting=waiting)
            except CommitFailed as exc:
                if interval is None:  # this run ends here: nothing would retry
                    raise UserError(f"{exc.__cause__ or exc} The sweep was measured but not stored.") from None
                print(f"vantage: {exc}", file=sys.stderr)  # kept by the session, stored with the next sweep
                next_full, pending = time.monotonic() + interval, None
                if stop.wait(interval):
                    return 1
                continue
            _show(stored, args.json)
            before = dict(previous)
            previous.update({pid: p.verdict for pid, p in stored.point.platforms.items()})
            if interval is None or stop.is_set():
                return 0
            if follow is None:
                next_full = time.monotonic() + interval
                pending = follow_up_for(stored, before)
            else:
                pending = None
            wake = min(next_full, pending.due) if pending is not None else next_full
            if stop.wait(max(0.0, wake - time.monotonic())):
                return 0


def _waiting_on_terminal() -> Callable[[Waiting], None] | None:
    """On a terminal, one line on stderr, rewritten in place, says what a slow sweep still waits for."""
    if not sys.stderr.isatty():
        return None

    def show(waiting: Waiting) -> None:
        width = shutil.get_terminal_size().columns - 1
        sys.stderr.write("\r\033[K" + waiting_line(waiting)[:width])
        sys.stderr.flush()

    return show


def _show(stored: Stored, as_json: bool) -> None:
    result = stored.result
    if as_json:
        for p in result.platforms:
            print(json.dumps(p.json(result.started_at), ensure_ascii=False), flush=True)
    else:
        print(sweep_table(result), flush=True)
