"""The architecture holds: the core never loads Qt, and each layer imports only the layers beneath it."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import desktop_app

CORE = ("common", "system", "probes", "store", "evidence", "collect", "app", "cli", "lab")


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(desktop_app.__path__, "desktop_app.")
            if m.name.split(".")[1] in CORE]


def test_no_core_module_loads_qt():
    """Each core module imported in a fresh interpreter: none may bring PySide6 (or pyqtgraph) in."""
    script = ("import importlib, json, sys\n"
              "loaded = {}\n"
              "for name in json.loads(sys.argv[1]):\n"
              "    before = set(sys.modules)\n"
              "    importlib.import_module(name)\n"
              "    loaded[name] = sorted(m for m in set(sys.modules) - before\n"
              "                          if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
              "print(json.dumps(loaded))\n")
    modules = core_modules()
    assert len(modules) > 40
    done = subprocess.run([sys.executable, "-c", script, json.dumps(modules)], capture_output=True, text=True,
                          timeout=120, check=True)
    offenders = {name: qt for name, qt in json.loads(done.stdout).items() if qt}
    assert offenders == {}


def test_the_store_and_the_engine_never_import_the_views_or_the_exports():
    """Data flows one way: engine -> store -> views/exports."""
    import ast
    from pathlib import Path

    root = Path(desktop_app.__file__).parent
    forbidden = {"probes": ("gui", "store", "evidence", "app", "cli"), "store": ("gui", "evidence", "app", "cli"),
                 "common": ("gui", "probes", "store", "evidence", "app", "cli", "lab")}
    # The declared record format is the contract between the engine that writes the JSON and every reader of it
    # (it imports only common/): the engine's view summary reads its own context through it.
    contract = "desktop_app.store.records"
    found = []
    for layer, banned in forbidden.items():
        for path in (root / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "desktop_app" and len(parts) > 1 and parts[1] in banned \
                            and not (layer == "probes" and name == contract):
                        found.append(f"{path.relative_to(root)} imports {name}")
    assert found == []


def test_the_record_contract_imports_nothing_but_common():
    """What the engine may import of the store: a leaf module that needs neither SQLite nor the rest of the store."""
    import ast
    from pathlib import Path

    source = (Path(desktop_app.__file__).parent / "store" / "records.py").read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    assert {m for m in imported if m and m.startswith("desktop_app.")} <= {"desktop_app.common.timeutil"}


def test_no_sql_outside_the_stores():
    """The history's SQL lives in store/ (and the collection's DuckDB SQL in collect/): everything else reads
    through their APIs, so a schema change touches one package."""
    package = Path(__file__).resolve().parent.parent / "desktop_app"
    sql = re.compile(r"\.execute(many)?\(|\bimport sqlite3\b|\bstore\.connection\b|\bstore\._conn\b")
    found = [f"{path.relative_to(package)}:{number}"
             for path in package.rglob("*.py") if path.parts[len(package.parts)] not in ("store", "collect")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if sql.search(line)]
    assert found == []
