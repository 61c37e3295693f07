"""`vantage log repair`: rebuild the parts of the history that are figures derived from the blocks.

The blocks, index rows, names and disclosures are copied as they are into a fresh file, whose rollups and indexes
are recomputed; the new file is verified before it takes the old one's place, and the damaged file is kept beside
it. Damage in what only the blocks hold is not repairable, and the file is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store import rollups
from desktop_app.store.errors import StoreError
from desktop_app.store.integrity import REBUILDABLE, damaged_parts, table_problems, verify_log
from desktop_app.store.log import EXPECTED_TABLES, HistoryStore, pragma_lines

COPIED = ("names", "blocks", "measurements", "sweep_platforms", "disclosures")


@dataclass(frozen=True)
class Repaired:
    path: Path
    kept: Path  # the damaged file, as it was
    sentence: str


def repair(path: Path) -> Repaired:
    """Rebuild rollups and indexes into a new file and swap it in; StoreError (a sentence) when that cannot help."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"There is no history at {path} to repair.")
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _check_repairable(src, path)
    finally:
        src.close()
    fresh = path.with_name(f".{path.name}.repair-{os.getpid()}")
    for leftover in (fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")):
        leftover.unlink(missing_ok=True)
    try:
        with HistoryStore.open(fresh) as store:
            conn = store.connection
            conn.execute("ATTACH DATABASE ? AS old", (f"{path.resolve().as_uri()}?mode=ro",))
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM names")
            conn.execute("DELETE FROM sweep_platforms")
            for table in COPIED:
                columns = ", ".join(c for (_, c, *_) in conn.execute(f"PRAGMA main.table_info({table})"))
                conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM old.{table}")
            rollups.rebuild(conn)
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE old")
            report = verify_log(store)
            store.checkpoint()
        if not report.ok:
            raise StoreError(f"The history could not be repaired: once rebuilt, {report.sentence[0].lower()}"
                             f"{report.sentence[1:]} It is left as it was.")
        kept = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%dT%H%M%S')}.bak")
        os.replace(path, kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(fresh, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The history could not be repaired ({exc}); it is left as it was. Keep a copy, export "
                         f"what still verifies, and start a new history with --data-dir.") from None
    finally:
        for leftover in (fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return Repaired(path, kept, f"Rebuilt the rollups and indexes from {report.sentence.removeprefix('The log is ')}"
                                f" The damaged file is kept as {kept.name}.")


def _check_repairable(src: sqlite3.Connection, path: Path) -> None:
    try:
        tables = {n for (n,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        roots = {int(r): n for n, r in src.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The history {path} cannot be repaired: SQLite cannot read its schema ({exc}). Keep a copy, "
                         f"and start a new history with --data-dir.") from None
    try:
        problems = pragma_lines(src, "PRAGMA integrity_check(50)")
    except sqlite3.DatabaseError as exc:  # stops at a page it cannot read: the per-table checks say where
        problems = [str(exc)]
    needed = EXPECTED_TABLES[1] - tables
    if needed:
        raise StoreError(f"The history {path} cannot be repaired: its {', '.join(sorted(needed))} table is missing, "
                         f"and only the blocks held it. Keep a copy, export what still verifies, and start a new "
                         f"history with --data-dir.")
    parts = list(dict.fromkeys([*damaged_parts([] if problems == ["ok"] else problems, roots),
                                *table_problems(src)]))
    beyond = [p for p in parts if p not in REBUILDABLE]
    if beyond or (problems != ["ok"] and not parts):
        where = ", ".join(beyond) or "pages SQLite cannot attribute to a table"
        raise StoreError(f"The history {path} cannot be repaired: the damage is in {where}, which only the blocks "
                         f"held. Keep a copy, export what still verifies, and start a new history with --data-dir.")

