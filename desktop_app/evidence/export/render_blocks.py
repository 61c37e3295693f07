"""Renders a run of log blocks into the bundle's per-measurement files; runs in worker processes for big exports.

Each run returns its own measurements, proofs, block headers, CSV rows and gzipped OONI lines as bytes; the
exporter appends the runs in log order while hashing. Blocks never change once written, so a worker reading the
history with its own connection sees exactly what the exporter's snapshot does.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from isal import igzip

from desktop_app.common import fastjson
from desktop_app.evidence import names
from desktop_app.evidence.formats.csvout import LocalClock, csv_values
from desktop_app.evidence.formats.ooni import OoniCache, OoniSweep
from desktop_app.evidence.proof_lines import proof_line
from desktop_app.store import blobs
from desktop_app.store.hashing import all_inclusion_proofs
from desktop_app.store.integrity import check_block
from desktop_app.store.log import GENESIS, HistoryStore

PARTS = (names.MEASUREMENTS, names.PROOFS, names.BLOCKS, names.CSV, names.OONI)
OONI_GZIP_LEVEL = 1  # ISA-L's fast level: about zlib's level 1 ratio at several times its speed


@dataclass
class Rendered:
    blocks: int
    revealed: int
    parts: dict[str, bytes] = field(default_factory=dict)  # file name in the bundle -> this run's bytes of it
    disclosures: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    catalogues: list[str] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)  # SHA-256 of the kept evidence bytes the measurements name
    problem: str | None = None  # the first block of the run the log does not vouch for: nothing may be signed


@dataclass(frozen=True)
class Job:
    db_path: str
    seqs: tuple[int, ...]
    platforms: tuple[str, ...] | None
    redact_ip: bool


def render(job: Job) -> Rendered:
    out = Rendered(len(job.seqs), 0)
    wanted = None if job.platforms is None else set(job.platforms)
    files: dict[str, list[bytes]] = {name: [] for name in PARTS}
    rows = io.StringIO()
    csv_rows = csv.writer(rows)
    seen: dict[str, None] = {}
    cache = OoniCache()
    referenced: dict[str, None] = {}
    with HistoryStore.open(Path(job.db_path)) as store:
        kept = store.kept_blobs()  # a few thousand hashes a month; most records name none of them
        cache.blob = lambda sha256: store.blob(sha256) if sha256 in kept else None
        indexed = store.indexed_platform_ids()
        previous = (-1, GENESIS)  # the last block checked: (seq, stored hash)
        for seq in job.seqs:
            prev = previous[1] if previous[0] == seq - 1 else _stored_hash(store, seq - 1)
            if prev is None:
                out.problem = f"The log is broken at block {seq - 1}: it is missing."
                return out
            checked = check_block(store, seq, indexed, prev)  # what the export signs, checked as it is rendered
            if isinstance(checked, str):
                out.problem = checked
                return out
            block, records = checked.block, checked.records
            previous = (seq, block.hash)
            context = checked.context  # typed; the OONI form copies its raw JSON whole (context.raw)
            files[names.BLOCKS].append(block.header_bytes + b"\n")
            if context.catalogue_digest:
                seen.setdefault(context.catalogue_digest, None)
            parsed = [r.raw for r in checked.parsed]
            chosen = [i for i, r in enumerate(parsed) if wanted is None or r.get("platform") in wanted]
            found = store.disclosures(seq)
            if not job.redact_ip and found:
                out.disclosures[str(seq)] = {name: {"salt": salt.hex(), "value": value}
                                             for name, (salt, value) in found.items()}
            if not chosen:
                continue
            size = len(records)
            if len(chosen) == size:  # the whole block: its root is recomputed from them, no proof needed
                proofs = [proof_line(i, seq, size) for i in chosen]
            else:
                _, paths = all_inclusion_proofs(records)
                proofs = [proof_line(i, seq, size, paths[i]) for i in chosen]
            secrets = {} if job.redact_ip else {k: v for k, (_, v) in found.items()}
            # report ids and uids from the block's hash: unique across people, the same in every export
            sweep = OoniSweep(context.raw, seed=hashlib.sha256(block.header_bytes).hexdigest(), redact_ip=job.redact_ip,
                              disclosed=secrets, cache=cache)
            clock = LocalClock(context.utc_offset)
            csv_rows.writerows([csv_values(parsed[i], context, seq=seq, index=i, clock=clock) for i in chosen])
            files[names.MEASUREMENTS].append(b"\n".join([records[i] for i in chosen]) + b"\n")
            if kept:
                referenced.update(dict.fromkeys(h for h in blobs.referenced(parsed[i] for i in chosen) if h in kept))
            files[names.PROOFS].append(b"\n".join(proofs) + b"\n")
            # one gzip member per block: the same bytes however the blocks are split between workers
            lines = b"\n".join([fastjson.dumps_compact(sweep.convert(parsed[i], i)) for i in chosen]) + b"\n"
            files[names.OONI].append(igzip.compress(lines, OONI_GZIP_LEVEL, mtime=0))
            out.revealed += len(chosen)
    files[names.CSV].append(rows.getvalue().encode("utf-8"))
    out.parts = {name: b"".join(chunks) for name, chunks in files.items()}
    out.catalogues = list(seen)
    out.blobs = list(referenced)
    return out


def _stored_hash(store: HistoryStore, seq: int) -> str | None:
    """What block seq + 1's header must name as its previous block: the stored hash of block seq (checked against
    its header by whoever checks that block), GENESIS before the first; None when block seq is missing."""
    return GENESIS if seq < 0 else store.block_hash(seq)


def worker_setup() -> None:
    """A worker process only renders: what it builds holds no reference cycles, so the cycle collector, which
    would otherwise walk the heap every few thousand objects, has nothing to find."""
    gc.disable()
