"""Real bundles for the collection tests and bench: lab-like histories exported by several signing keys."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.store.log import HistoryStore
from tests.history_builder import add_sweep

T0 = 1_780_000_020.0  # xx:27 UTC: twenty one-minute sweeps stay inside one hour
MIN = 60.0


def history(path: Path, pattern: Sequence[Mapping[str, str]], network: dict[str, str], start: float = T0) -> Path:
    with HistoryStore.open(path) as store:
        for i, verdicts in enumerate(pattern):
            add_sweep(store, start + i * MIN, verdicts, network=network)
    return path


def export(history_path: Path, key_dir: Path, dest: Path, since: float, until: float,
           platforms: tuple[str, ...] | None = None) -> Path:
    with HistoryStore.open(history_path) as store:
        export_bundle(store, ExportRequest(since, until, platforms), dest, key_dir)
    return dest
