"""Counts for issue 15: hostile bundles and bad CLI values run through the real `vantage` process.

Each case is one `python -m desktop_app ...` run: a crafted bundle must exit 1 with FAIL lines, a bad value exit 2
with one `vantage:` sentence; either way no traceback. Prints cases tried, caught and tracebacks (target 0).
Nothing is probed: every probe case carries a lab path that does not exist, so a value let through stops there.
Usage: .venv/bin/python bench/hostile_counts.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.evidence.crypto import keys
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series
from tests.test_cli_values import CASES, NO_LAB
from tests.test_evidence_bundle import resign, rezip
from tests.test_verify_hostile import KNOWN, T0


def vantage(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          timeout=300, env=env, cwd=ROOT)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="vantage-hostile-") as name:
        tmp = Path(name)
        env = {**os.environ, "VANTAGE_DATA_DIR": str(tmp / "data"), "VANTAGE_CONFIG_DIR": str(tmp / "config")}
        with HistoryStore.open(default_db_path(tmp / "hist")) as store:
            add_series(store, T0, 60.0, [{}, {"x": "tls_blocked"}, {}, {}, {}])
            bundles = {}
            for label, platforms in (("whole", None), ("platform", ("x",))):
                bundles[label] = tmp / f"{label}.zip"
                export_bundle(store, ExportRequest(T0 + 59, T0 + 300, platforms, redact_ip=True),
                              bundles[label], tmp / "cfg")
        forger = keys.load_or_create(tmp / "forger")
        tried = caught = tracebacks = 0
        for case, change in KNOWN.items():
            for label, bundle in bundles.items():
                for how in ("untouched", "re-signed"):
                    path = tmp / "case.zip"
                    (rezip(bundle, path, change) if how == "untouched" else resign(bundle, path, change, forger))
                    done = vantage(["verify", str(path)], env)
                    tried += 1
                    tracebacks += "Traceback" in done.stdout + done.stderr
                    ok = done.returncode == 1 and "FAIL  " in done.stdout and "Traceback" not in done.stderr
                    caught += ok
                    if not ok:
                        print(f"NOT CAUGHT: {case} ({label}, {how}): {done.returncode} {done.stderr[-300:]}")
        print(f"crafted bundles: {tried} tried, {caught} caught (exit 1, FAIL lines), {tracebacks} tracebacks")
        place = tmp / "place"
        place.mkdir()
        (place / "afile").write_text("not a folder")
        (place / "existing.zip").write_bytes(b"someone's file")
        (place / "folder.zip").mkdir()
        tried = caught = tracebacks = 0
        for command, says in CASES:
            argv = command.format(p=place).split()
            if argv[0] == "probe":
                argv += ["--lab", NO_LAB]
            done = vantage(argv, env)
            tried += 1
            tracebacks += "Traceback" in done.stdout + done.stderr
            ok = (done.returncode == 2 and says.format(p=place) in done.stderr
                  and done.stderr.count("\n") == 1)
            caught += ok
            if not ok:
                print(f"NOT CAUGHT: {command}: {done.returncode} {done.stderr[-300:]}")
        print(f"bad CLI values and paths: {tried} tried, {caught} caught (exit 2, one sentence), "
              f"{tracebacks} tracebacks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
