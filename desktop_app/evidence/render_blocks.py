"""Renders a run of log blocks into the bundle's per-measurement files; runs in worker processes for big exports.

Each run writes its own measurements, proofs, block headers, CSV rows and OONI lines to files of its own; the
exporter concatenates the runs in log order while hashing. Blocks never change once written, so a worker reading
the history with its own connection sees exactly what the exporter's snapshot does.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.evidence import names
from desktop_app.evidence.csvout import CSV_COLUMNS, csv_row, neutralise
from desktop_app.evidence.ooni import report_id, to_ooni
from desktop_app.store.hashing import all_inclusion_proofs
from desktop_app.store.log import HistoryStore

PARTS = (names.MEASUREMENTS, names.PROOFS, names.BLOCKS, names.CSV, names.OONI)


@dataclass
class Rendered:
    folder: Path
    blocks: int
    revealed: int
    disclosures: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    catalogues: list[str] = field(default_factory=list)

    def part(self, name: str) -> Path:
        return self.folder / name.replace("/", "_")


@dataclass(frozen=True)
class Job:
    db_path: str
    seqs: tuple[int, ...]
    platforms: tuple[str, ...] | None
    redact_ip: bool
    folder: str


def render(job: Job) -> Rendered:
    folder = Path(job.folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = Rendered(folder, len(job.seqs), 0)
    wanted = None if job.platforms is None else set(job.platforms)
    files = {name: open(out.part(name), "wb") for name in PARTS}  # noqa: SIM115 - closed below
    rows = io.StringIO()
    csv_rows = csv.writer(rows)
    seen: dict[str, None] = {}
    try:
        with HistoryStore.open(Path(job.db_path)) as store:
            for seq in job.seqs:
                block = store.block(seq)
                context = block.header["context"]
                files[names.BLOCKS].write(block.header_bytes + b"\n")
                if context.get("catalogue_digest"):
                    seen.setdefault(context["catalogue_digest"], None)
                records = store.block_records(seq)
                parsed = [json.loads(r) for r in records]
                chosen = [i for i, r in enumerate(parsed) if wanted is None or r.get("platform") in wanted]
                found = store.disclosures(seq)
                if not job.redact_ip and found:
                    out.disclosures[str(seq)] = {name: {"salt": salt.hex(), "value": value}
                                                 for name, (salt, value) in found.items()}
                if not chosen:
                    continue
                _, paths = all_inclusion_proofs(records)
                rid = report_id(context, f"{seq}")
                secrets = {} if job.redact_ip else {k: v for k, (_, v) in found.items()}
                size = len(records)
                lines, proofs, ooni = [], [], []
                for i in chosen:
                    record = parsed[i]
                    lines.append(records[i])
                    proofs.append(f'{{"index":{i},"proof":[{",".join(chr(34) + p.hex() + chr(34) for p in paths[i])}],'
                                  f'"seq":{seq},"tree_size":{size}}}')
                    row = csv_row(record, context, seq=seq, index=i)
                    csv_rows.writerow([neutralise(row.get(c)) for c in CSV_COLUMNS])
                    ooni.append(json.dumps(to_ooni(record, context, report_id=rid, redact_ip=job.redact_ip,
                                                   disclosed=secrets), ensure_ascii=False, separators=(",", ":")))
                files[names.MEASUREMENTS].write(b"\n".join(lines) + b"\n")
                files[names.PROOFS].write(("\n".join(proofs) + "\n").encode())
                files[names.OONI].write(("\n".join(ooni) + "\n").encode("utf-8"))
                files[names.CSV].write(rows.getvalue().encode("utf-8"))
                rows.seek(0)
                rows.truncate()
                out.revealed += len(chosen)
    finally:
        for f in files.values():
            f.close()
    out.catalogues = list(seen)
    return out
