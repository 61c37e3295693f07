"""Damaged and tampered histories through every reading command: cases tried, refused with a sentence, tracebacks.

Each case damages a fresh real history (flipped bytes, random flips, dropped tables, deleted blocks, edited
rows, foreign files) and runs `log verify`, `history`, `history --json`, `incidents` and `export` in-process.
"caught" counts commands that exit non-zero with a sentence; a traceback is any exception escaping the CLI.

Usage: .venv/bin/python bench/store_damage.py [--random-trials 40] [--seed 15]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import random
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.cli.main import main
from desktop_app.store.log import HistoryStore, default_db_path
from tests.test_store_damage import (
    COMMANDS,
    DELETE_BLOCK,
    EDIT_DISCLOSURE,
    EDIT_INDEX,
    EDIT_PLATFORM_ROW,
    SWAP_PAYLOAD,
    SWEEPS,
    fill,
    flip,
    page_of,
    tamper,
)

TABLES = ("names", "blocks", "measurements", "sweep_platforms", "disclosures", "rollups", "network_rollups")


def run(data: Path, out: Path) -> tuple[int, int, int]:
    """(tried, caught, tracebacks) over every command."""
    tried = caught = tracebacks = 0
    for i, command in enumerate(COMMANDS):
        args = [a.replace("{out}", str(out / f"o{i}.zip")) for a in command]
        tried += 1
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                code = main([*args, "--data-dir", str(data), "--config-dir", str(out / "config")])
        except Exception:  # noqa: BLE001 - what is being counted
            tracebacks += 1
            continue
        caught += code != 0
    return tried, caught, tracebacks


def case(root: Path, name: str, damage: Callable[[Path], None], seed: int = 1) -> tuple[int, int, int]:
    data = root / name / "data"
    with HistoryStore.open(default_db_path(data)) as store:
        fill(store, SWEEPS, seed=seed)
    damage(default_db_path(data))
    (root / name / "out").mkdir()
    return run(data, root / name / "out")


def foreign(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()


def drop(db: Path, table: str) -> None:
    tamper(db, f"DROP TABLE {table}")


def garbage(db: Path) -> None:
    db.write_bytes(b"not a database" * 200)


def main_bench() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--random-trials", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    cases: dict[str, Callable[[Path], None]] = {
        "swapped payload": lambda db: tamper(db, SWAP_PAYLOAD),
        "edited index row": lambda db: tamper(db, EDIT_INDEX),
        "edited disclosure": lambda db: tamper(db, EDIT_DISCLOSURE),
        "edited platform row": lambda db: tamper(db, EDIT_PLATFORM_ROW),
        "deleted block": lambda db: tamper(db, DELETE_BLOCK),
        "64 bytes flipped in rollups": lambda db: flip(db, page_of(db, "rollups")[0] + 8, 64),
        "64 bytes flipped in blocks": lambda db: flip(db, page_of(db, "blocks")[0] + 8, 64),
        "64 bytes flipped mid-file": lambda db: flip(db, db.stat().st_size // 2, 64),
        "foreign database": foreign,
        "garbage file": garbage,
    }
    for table in TABLES:
        cases[f"dropped {table}"] = functools.partial(drop, table=table)
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, damage in cases.items():
            counts = case(root, name.replace(" ", "_"), damage)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            print(f"{name:32} tried {counts[0]}  caught {counts[1]}  tracebacks {counts[2]}")
        flips = [0, 0, 0]
        for trial in range(options.random_trials):
            def damage(db: Path) -> None:
                for _ in range(50):
                    flip(db, rng.randrange(100, db.stat().st_size), 1)
            counts = case(root, f"random{trial}", damage, seed=trial)
            flips = [a + b for a, b in zip(flips, counts, strict=True)]
        print(f"{'50 random flips x ' + str(options.random_trials):32} tried {flips[0]}  caught {flips[1]}  "
              f"tracebacks {flips[2]}")
        totals = [a + b for a, b in zip(totals, flips, strict=True)]
    print(f"{'total':32} tried {totals[0]}  caught {totals[1]}  tracebacks {totals[2]}")


if __name__ == "__main__":
    main_bench()
