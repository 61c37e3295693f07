"""Re-checks the whole log, block by block, and says in one sentence where it breaks, if it does."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from desktop_app.common.timeutil import utc_epoch
from desktop_app.store.hashing import NotCanonical, commitment, merkle_root, parse_canonical
from desktop_app.store.log import GENESIS, HistoryStore, split_records


@dataclass(frozen=True)
class LogReport:
    ok: bool
    sentence: str
    blocks: int
    measurements: int
    broken_at: int | None = None


class _Broken(Exception):
    def __init__(self, seq: int, why: str) -> None:
        super().__init__(f"block {seq}: {why}")
        self.seq = seq


def verify_log(store: HistoryStore) -> LogReport:
    """Chain, hashes, Merkle roots, canonical bytes, index rows and disclosures; streaming, block by block.

    Runs on one snapshot, so a sweep appended meanwhile (the app keeps measuring) is not mistaken for damage.
    """
    with store.snapshot():
        return _verify(store)


def _verify(store: HistoryStore) -> LogReport:
    expected_seq, prev, measurements = 0, GENESIS, 0
    try:
        for seq, started, ended, digest, header_bytes, count, dict_seq, payload in store.raw_blocks():
            if seq != expected_seq:
                raise _Broken(expected_seq, f"is missing (the next stored block is {seq})")
            try:
                header_bytes = store.decompress(dict_seq, header_bytes)
            except Exception as exc:  # noqa: BLE001 - any decoding failure is tampering or damage
                raise _Broken(seq, f"its header cannot be read ({exc})") from None
            header = _check_header(seq, header_bytes, bytes(digest), prev, count, started, ended)
            try:
                records = split_records(store.decompress(dict_seq, payload))
            except Exception as exc:  # noqa: BLE001 - any decoding failure is tampering or damage
                raise _Broken(seq, f"its measurements cannot be read ({exc})") from None
            _check_records(seq, header, records, store)
            _check_disclosures(seq, header, store)
            prev, expected_seq = bytes(digest).hex(), seq + 1
            measurements += len(records)
    except _Broken as broken:
        return LogReport(False, f"The log is broken at {broken}.", expected_seq, measurements, broken.seq)
    if store.count_measurements() != measurements:
        return LogReport(False, "The log is broken: the measurement index holds rows that belong to no block.",
                         expected_seq, measurements, None)
    return LogReport(True, f"The log is intact: {expected_seq} sweeps, {measurements} measurements.",
                     expected_seq, measurements)


def _check_header(seq: int, header_bytes: bytes, digest: bytes, prev: str, count: int, started: float,
                  ended: float) -> dict[str, Any]:
    if hashlib.sha256(header_bytes).digest() != digest:
        raise _Broken(seq, "its header does not match its stored hash")
    try:
        header = parse_canonical(header_bytes)
    except NotCanonical:
        raise _Broken(seq, "its header is not in canonical form") from None
    except ValueError:  # what json.loads raises for bytes that are not JSON
        raise _Broken(seq, "its header is not JSON") from None
    if header.get("seq") != seq:
        raise _Broken(seq, f"its header says it is block {header.get('seq')}")
    if header.get("prev") != prev:
        raise _Broken(seq, "its header does not chain to the previous block's hash")
    if header.get("count") != count:
        raise _Broken(seq, "its measurement count differs from its header")
    context = header.get("context", {})
    try:
        times_agree = (utc_epoch(context["started_at"]) == started and utc_epoch(context["ended_at"]) == ended)
    except (KeyError, ValueError, TypeError):
        times_agree = False
    if not times_agree:
        raise _Broken(seq, "its time index differs from the times in its header")
    return header


def _check_records(seq: int, header: dict[str, Any], records: list[bytes], store: HistoryStore) -> None:
    if len(records) != header["count"]:
        raise _Broken(seq, f"holds {len(records)} measurements where its header says {header['count']}")
    if merkle_root(records).hex() != header.get("merkle_root"):
        raise _Broken(seq, f"Merkle root does not match its {len(records)} measurements")
    index = store.index_rows(seq)
    if len(index) != len(records):
        raise _Broken(seq, f"has {len(index)} index rows for {len(records)} measurements")
    for (idx, platform, url, verdict), raw in zip(index, records, strict=True):
        try:
            record = parse_canonical(raw)
        except NotCanonical:
            raise _Broken(seq, f"measurement {idx} is not in canonical form") from None
        if (record.get("platform"), record.get("url"), record.get("verdict")) != (platform, url, verdict):
            raise _Broken(seq, f"the index row of measurement {idx} disagrees with the measurement")


def _check_disclosures(seq: int, header: dict[str, Any], store: HistoryStore) -> None:
    commitments = header.get("context", {}).get("commitments", {})
    for name, (salt, value) in store.disclosures(seq).items():
        if name not in commitments:
            raise _Broken(seq, f"discloses {name}, which it never committed to")
        if commitment(salt, value) != commitments[name]:
            raise _Broken(seq, f"the disclosed {name} does not match its commitment")
