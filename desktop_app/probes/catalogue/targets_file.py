"""Editing the user's own targets file (`targets.toml` in the config dir): add or remove a URL, atomically.

Every change is validated with the same loader the engine uses before it replaces the file, so the file is never
left half-valid.
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path

from desktop_app.probes.catalogue.loader import load_catalogue, url_problem
from desktop_app.probes.catalogue.model import CatalogueError

TARGETS_FILE = "targets.toml"
LISTS_DIR = "lists"


def targets_path(config_dir: Path) -> Path:
    return config_dir / TARGETS_FILE


def read_targets(config_dir: Path) -> list[str]:
    path = targets_path(config_dir)
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [t["url"] for t in data.get("target", []) if isinstance(t, dict) and isinstance(t.get("url"), str)]


def imported_lists(config_dir: Path) -> list[Path]:
    return sorted((config_dir / LISTS_DIR).glob("*.csv"))


def _render(urls: list[str]) -> str:
    body = ["# Your own targets for Vantage; edit by hand or from the app's settings.", "format = 1", ""]
    for url in urls:
        body += ["[[target]]", f"url = {json.dumps(url)}", ""]
    return "\n".join(body)


def _replace(config_dir: Path, urls: list[str]) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".targets-", suffix=".toml", dir=config_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(_render(urls))
        load_catalogue(config_dir=config_dir / ".none", extra_files=[Path(tmp)])  # the engine's own validation
        os.replace(tmp, targets_path(config_dir))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_target(config_dir: Path, url: str) -> None:
    """Raises CatalogueError with the reason when the URL is not acceptable; the file is unchanged then."""
    url = url.strip()
    problem = url_problem(url)
    if problem:
        raise CatalogueError(TARGETS_FILE, url or "(empty)", problem)
    urls = read_targets(config_dir)
    if url in urls:
        raise CatalogueError(TARGETS_FILE, url, "is already one of your targets")
    _replace(config_dir, [*urls, url])


def remove_target(config_dir: Path, url: str) -> None:
    _replace(config_dir, [u for u in read_targets(config_dir) if u != url])
