"""Re-checks the whole log from block 0, one block at a time, and says in one sentence where it breaks, if it does."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import zstandard

from desktop_app.store.canonical import is_canonical
from desktop_app.store.commitments import matches
from desktop_app.store.history import (GENESIS, HEADER_VERSION, HistoryStore, RawBlock, latency_tenths, platform_runs,
                                       split_records)
from desktop_app.store.merkle import merkle_root
from desktop_app.store.schema import StoreError
from desktop_app.timeutil import utc_epoch


@dataclass(frozen=True)
class LogReport:
    """The outcome of verify_log(): ok, one sentence for a person, and where the log breaks."""

    ok: bool
    sentence: str
    blocks: int  # blocks checked and found intact
    measurements: int  # measurements in those blocks
    broken_at: int | None = None
    withheld: int = 0  # commitments whose salt and value are not in this copy (allowed: an export may withhold)


class _Broken(Exception):
    def __init__(self, seq: int, why: str) -> None:
        super().__init__(why)
        self.seq = seq
        self.why = why


def verify_log(store: HistoryStore) -> LogReport:
    """Check, from block 0 and in one consistent snapshot: dense seqs; each header chains to the previous one's
    hash; stored hash = SHA-256(header bytes); header count and Merkle root recomputed from the records; records
    in canonical JSON; index rows, platform runs and time columns agree with them; disclosures open their
    commitments; and no index row belongs to no block."""
    blocks = measurements = withheld = 0
    expected, prev = 0, GENESIS
    with store.snapshot():
        try:
            for raw in store.raw_blocks():
                if raw.seq != expected:
                    if raw.seq < expected:  # pragma: no cover - seq is the primary key, rows come sorted
                        raise _Broken(raw.seq, "appears twice")
                    raise _Broken(expected, f"is missing (the next stored block is {raw.seq})")
                header = _check_header(store, raw, prev)
                records = _check_records(store, raw, header)
                withheld += _check_disclosures(store, raw.seq, header)
                prev, expected = raw.hash.hex(), raw.seq + 1
                blocks += 1
                measurements += len(records)
            orphan = store.orphans()
            if orphan is not None:
                table, seq = orphan
                what = {"measurements": "index rows", "sweep_platforms": "platform rows",
                        "disclosures": "disclosures"}[table]
                raise _Broken(seq, f"is missing, but its {what} remain")
        except _Broken as broken:
            return LogReport(False, f"The log is broken at block {broken.seq}: {broken.why}.", blocks,
                             measurements, broken.seq, withheld)
    sentence = f"The log is intact: {blocks} sweeps, {measurements} measurements."
    if withheld:
        sentence += f" {withheld} committed values are withheld in this copy, as an export may do."
    return LogReport(True, sentence, blocks, measurements, None, withheld)


def _decompress(store: HistoryStore, raw: RawBlock, data: bytes, what: str) -> bytes:
    if raw.dict_seq is not None and not 0 <= raw.dict_seq < raw.seq:
        raise _Broken(raw.seq, f"names block {raw.dict_seq} as its compression keyframe, which cannot come "
                               f"before it")
    try:
        return store.decompress(raw.dict_seq, data)
    except (zstandard.ZstdError, StoreError) as exc:
        raise _Broken(raw.seq, f"its {what} cannot be read ({exc})") from None


def _check_header(store: HistoryStore, raw: RawBlock, prev: str) -> dict[str, Any]:
    seq = raw.seq
    header_bytes = _decompress(store, raw, raw.header, "header")
    if hashlib.sha256(header_bytes).digest() != raw.hash:
        raise _Broken(seq, "its header does not match its stored hash")
    if not is_canonical(header_bytes):
        raise _Broken(seq, "its header is not canonical JSON")
    header = json.loads(header_bytes)
    if not isinstance(header, dict) or header.get("v") != HEADER_VERSION:
        raise _Broken(seq, f"its header is not a version {HEADER_VERSION} block header")
    if header.get("seq") != seq:
        raise _Broken(seq, f"its header says it is block {header.get('seq')!r}")
    if header.get("prev") != prev:
        raise _Broken(seq, "its header does not chain to the previous block's hash")
    context = header.get("context")
    if not isinstance(context, dict) or not isinstance(context.get("commitments"), dict):
        raise _Broken(seq, "its header has no context with commitments")
    if header.get("count") != raw.count:
        raise _Broken(seq, f"its stored measurement count {raw.count} differs from its header's "
                           f"{header.get('count')!r}")
    try:
        times_agree = (utc_epoch(context["started_at"]) == raw.started_at
                       and utc_epoch(context["ended_at"]) == raw.ended_at)
    except (KeyError, ValueError, TypeError, AttributeError):
        times_agree = False
    if not times_agree:
        raise _Broken(seq, "its time index differs from the times in its header")
    return header


def _check_records(store: HistoryStore, raw: RawBlock, header: dict[str, Any]) -> list[bytes]:
    seq = raw.seq
    records = split_records(_decompress(store, raw, raw.payload, "measurements"))
    if len(records) != header["count"]:
        raise _Broken(seq, f"holds {len(records)} measurements where its header says {header['count']}")
    if merkle_root(records).hex() != header.get("merkle_root"):
        raise _Broken(seq, f"Merkle root does not match its {len(records)} measurements")
    index = store.index_rows(seq)
    if len(index) != len(records) or [row[0] for row in index] != list(range(len(records))):
        raise _Broken(seq, f"has {len(index)} index rows for its {len(records)} measurements")
    rows = []
    for (idx, platform, url, verdict, latency), data in zip(index, records):
        if not is_canonical(data):
            raise _Broken(seq, f"measurement {idx} is not canonical JSON")
        record = json.loads(data)
        try:
            expected = (record["platform"], record["url"], record["verdict"], latency_tenths(record.get("latency_ms")))
        except (KeyError, TypeError):
            raise _Broken(seq, f"measurement {idx} lacks a platform, url, verdict or numeric latency") from None
        if (platform, url, verdict, latency) != expected:
            raise _Broken(seq, f"the index row of measurement {idx} disagrees with the measurement")
        rows.append(expected)
    if store.runs(seq) != platform_runs(header["context"], rows):
        raise _Broken(seq, "its platform index disagrees with its measurements")
    return records


def _check_disclosures(store: HistoryStore, seq: int, header: dict[str, Any]) -> int:
    """Check each kept disclosure against its commitment; return how many commitments are withheld."""
    commitments = header["context"]["commitments"]
    disclosed = store.disclosures(seq)
    for name, (salt, value) in disclosed.items():
        if name not in commitments:
            raise _Broken(seq, f"discloses {name}, which its header never committed to")
        if not matches(salt, value, commitments[name]):
            raise _Broken(seq, f"the disclosed {name} does not match its commitment")
    return len(set(commitments) - set(disclosed))
