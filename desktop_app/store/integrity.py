"""Re-checks the log, block by block, and says in one sentence where it breaks, if it does.

`verify_log` checks everything, SQLite's own page structure first; `verify_for_export` checks what a bundle is
about to sign: every block of the range (and the one before it) in full, and the hash chain of every block the
checkpoint covers, headers only, so it costs a fraction of a full check. The exporter checks the range's blocks
in its render workers instead (`check_block`, as each is rendered, on every CPU; everything but the records' JSON
spelling, which their Merkle root pins already) and signs only once all held.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
import zstandard

from desktop_app.store import rollups
from desktop_app.store.hashing import NotCanonical, commitment, merkle_root, parse_canonical
from desktop_app.store.log import GENESIS, HistoryStore, StoredBlock, pragma_lines, split_records
from desktop_app.store.records import BlockContext, MeasurementRecord
from desktop_app.store.sweep_index import network_key, platform_rows

# Parts of the file that are figures derived from the blocks: `vantage log repair` rebuilds them.
REBUILDABLE = frozenset({"rollups", "network_rollups", "blocks_by_time", "measurements_not_ok",
                         "sweep_platforms_not_ok"})
# What the blocks hold and nothing else does: damage there loses measurements.
IRREPLACEABLE = frozenset({"blocks", "disclosures", "blobs", "blob_days"})


@dataclass(frozen=True)
class LogReport:
    ok: bool
    sentence: str
    blocks: int
    measurements: int
    broken_at: int | None = None
    damaged_parts: tuple[str, ...] = ()  # tables or indexes SQLite's integrity check named
    repairable: bool = False  # every damaged part is rebuilt by `vantage log repair`


class _Broken(Exception):
    def __init__(self, seq: int, why: str) -> None:
        super().__init__(f"block {seq}: {why}")
        self.seq = seq


def verify_log(store: HistoryStore) -> LogReport:
    """SQLite's integrity check, then chain, hashes, Merkle roots, canonical bytes, index rows, disclosures and
    rollups; streaming, block by block.

    Runs on one snapshot, so a sweep appended meanwhile (the app keeps measuring) is not mistaken for damage.
    """
    with store.snapshot():
        try:
            problems = store.sqlite_problems()
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            return _damaged_file(store, problems)
        return _verify(store)


def verify_for_export(store: HistoryStore, first_seq: int, last_seq: int, *, range_checked_by: str = "") -> LogReport:
    """What an export signs: blocks first_seq - 1 .. last_seq in full, and every block's header and chain link.

    With `range_checked_by` (who does it: the exporter's render workers, with check_block), the range's blocks,
    headers and chain links included, are left to that caller: here, only the block before the range is checked in
    full and the others outside the range by their headers."""
    if range_checked_by:
        def full(seq: int) -> bool:
            return seq == first_seq - 1

        def elsewhere(seq: int) -> bool:
            return first_seq <= seq <= last_seq
    else:
        def full(seq: int) -> bool:
            return first_seq - 1 <= seq <= last_seq

        elsewhere = _no_block
    with store.snapshot():
        return _verify(store, full, None, everything=False, checked_elsewhere=elsewhere)


@dataclass(frozen=True)
class CheckedBlock:
    """A block's records as stored and parsed, once check_block found them as its header vouches for them."""

    block: StoredBlock
    context: BlockContext  # its header's, typed
    records: list[bytes]
    parsed: list[MeasurementRecord]


def check_block(store: HistoryStore, seq: int, indexed: tuple[int, ...], prev: str) -> CheckedBlock | str:
    """One block as an export signs it: its header against its stored hash and `prev` (the stored hash of the block
    before it, or GENESIS), its records against the header's count and Merkle root, each a measurement record that
    agrees with its index row, the platform index rows, its disclosures. The records, or the sentence saying what
    is broken.

    That is what verify_log checks of a block but the records' JSON spelling (RFC 8785), left to verify_log: the
    Merkle root already pins every byte the bundle carries to what the log committed, and checking the spelling
    would cost a month's export a quarter of its time.

    `indexed` is the store's indexed_platform_ids(), read once per run of blocks."""
    try:
        row = store.raw_block(seq)
        if row is None:
            raise _Broken(seq, "is missing")
        started, ended, digest, packed, count, dict_seq, payload = row
        header_bytes = _decoded(store, seq, "header", dict_seq, packed)
        header, context = _check_header(seq, header_bytes, bytes(digest), prev, count, started, ended)
        records = split_records(_decoded(store, seq, "measurements", dict_seq, payload))
        parsed = _check_records(seq, header, records, store, _parse_committed)
        _check_platforms(seq, context, parsed, store, indexed)
        _check_disclosures(seq, context, store)
    except _Broken as broken:
        return f"The log is broken at {broken}."
    except (sqlite3.DatabaseError, zstandard.ZstdError, UnicodeDecodeError) as exc:
        return f"The log is broken at block {seq}: it cannot be read ({exc})."
    except (KeyError, TypeError, ValueError, AttributeError):
        return f"The log is broken at block {seq}: its header cannot be read."
    block = StoredBlock(seq, header_bytes, bytes(digest).hex(), started, ended)
    return CheckedBlock(block, context, records, parsed)


def _damaged_file(store: HistoryStore, problems: list[str]) -> LogReport:
    try:
        roots = store.table_roots()
    except sqlite3.DatabaseError:
        roots = {}
    parts = dict.fromkeys(damaged_parts(problems, roots))
    # the whole-file check stops at the first page it cannot read, naming too few parts
    parts.update(dict.fromkeys(table_problems(store.connection)))
    named = tuple(parts)
    repairable = bool(named) and all(p in REBUILDABLE for p in named)
    where = ", ".join(named) if named else "pages SQLite cannot attribute to a table"
    if repairable:
        meaning = ("These are figures derived from the blocks, so no measurement is lost: run `vantage log repair` "
                   "to rebuild them (the damaged file is kept as a backup).")
    elif any(p in IRREPLACEABLE for p in named):
        meaning = ("Blocks cannot be rebuilt: measurements in the damaged pages may be lost. Keep a copy of the file, "
                   "export what still verifies and start a new history beside it with --data-dir.")
    else:
        meaning = ("Keep a copy of the file, export what still verifies and start a new history beside it with "
                   "--data-dir.")
    return LogReport(False, f"The history file is damaged: SQLite's integrity check fails in {where} "
                            f"({problems[0]}). {meaning}", 0, 0, None, named, repairable)


def damaged_parts(problems: list[str], roots: dict[int, str]) -> tuple[str, ...]:
    """The tables and indexes SQLite's integrity check lines name (by root page or by name), in order."""
    parts: dict[str, None] = {}
    for line in problems:
        tree = re.search(r"\bTree (\d+)\b|\btree page (\d+)\b", line)
        index = re.search(r"\bindex (\w+)", line)
        if tree and int(tree.group(1) or tree.group(2)) in roots:
            parts.setdefault(roots[int(tree.group(1) or tree.group(2))], None)
        elif index:
            parts.setdefault(index.group(1), None)
    return tuple(parts)


def table_problems(conn: sqlite3.Connection) -> dict[str, str]:
    """Table (or index) -> what SQLite's integrity check of that table alone finds, for each damaged one."""
    found: dict[str, str] = {}
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    except sqlite3.DatabaseError as exc:
        return {"sqlite_master": str(exc)}
    for table in tables:
        try:
            rows = pragma_lines(conn, f'PRAGMA integrity_check("{table}")')
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            index = next((m.group(1) for r in rows if (m := re.search(r"\bindex (\w+)", r))), None)
            found[index or table] = rows[0]
    return found


def _every_block(seq: int) -> bool:
    return True


def _no_block(seq: int) -> bool:
    return False


def _verify(store: HistoryStore, full: Callable[[int], bool] = _every_block, last_seq: int | None = None,
            everything: bool = True, checked_elsewhere: Callable[[int], bool] = _no_block) -> LogReport:
    expected_seq, prev, measurements = 0, GENESIS, 0
    indexed: tuple[int, ...] | None = None  # the platform ids the platform index holds, read once
    try:
        for seq, started, ended, digest, header_bytes, count, dict_seq, payload in store.raw_blocks(
                last_seq, payloads=everything):
            if seq != expected_seq:
                raise _Broken(expected_seq, f"is missing (the next stored block is {seq})")
            if checked_elsewhere(seq):  # its header and link too (check_block); the next block links to its hash
                prev, expected_seq = bytes(digest).hex(), seq + 1
                continue
            header_bytes = _decoded(store, seq, "header", dict_seq, header_bytes)
            header, context = _check_header(seq, header_bytes, bytes(digest), prev, count, started, ended)
            if full(seq):
                if not everything:
                    dict_seq, payload = store.raw_payload(seq)
                records = split_records(_decoded(store, seq, "measurements", dict_seq, payload))
                parsed = _check_records(seq, header, records, store)
                if indexed is None:
                    indexed = store.indexed_platform_ids()
                _check_platforms(seq, context, parsed, store, indexed)
                _check_disclosures(seq, context, store)
                measurements += len(records)
            prev, expected_seq = bytes(digest).hex(), seq + 1
    except _Broken as broken:
        return LogReport(False, f"The log is broken at {broken}.", expected_seq, measurements, broken.seq)
    except (sqlite3.DatabaseError, zstandard.ZstdError, UnicodeDecodeError) as exc:
        return LogReport(False, f"The log is broken at block {expected_seq}: it cannot be read ({exc}).",
                         expected_seq, measurements, expected_seq)
    if everything:
        if store.count_measurements() != measurements:
            return LogReport(False, "The log is broken: the measurement index holds rows that belong to no block.",
                             expected_seq, measurements, None)
        conn = store.connection
        if rollups.stored(conn) != rollups.recount(conn) or rollups.stored_networks(conn) != rollups.recount_networks(
                conn):
            return LogReport(False, "The blocks are intact, but the rollups (the figures the history view and "
                                    "incidents read) disagree with them: run `vantage log repair` to rebuild them.",
                             expected_seq, measurements, None, ("rollups",), True)
    return LogReport(True, f"The log is intact: {expected_seq} sweeps, {measurements} measurements.",
                     expected_seq, measurements)


def _decoded(store: HistoryStore, seq: int, what: str, dict_seq: int | None, packed: bytes) -> bytes:
    try:
        return store.decompress(dict_seq, packed)
    except Exception as exc:  # noqa: BLE001 - any decoding failure is tampering or damage
        raise _Broken(seq, f"its {what} cannot be read ({exc})") from None


def _check_header(seq: int, header_bytes: bytes, digest: bytes, prev: str, count: int, started: float,
                  ended: float) -> tuple[dict[str, Any], BlockContext]:
    """The header as the log hashed it, checked, and its context typed."""
    if hashlib.sha256(header_bytes).digest() != digest:
        raise _Broken(seq, "its header does not match its stored hash")
    try:
        header = parse_canonical(header_bytes)
    except NotCanonical:
        raise _Broken(seq, "its header is not in canonical form") from None
    except ValueError:  # what json.loads raises for bytes that are not JSON
        raise _Broken(seq, "its header is not JSON") from None
    if not isinstance(header, dict) or not isinstance(header.get("context", {}), dict):
        raise _Broken(seq, "its header is not a block header")
    if header.get("seq") != seq:
        raise _Broken(seq, f"its header says it is block {header.get('seq')}")
    if header.get("prev") != prev:
        raise _Broken(seq, "its header does not chain to the previous block's hash")
    if header.get("count") != count:
        raise _Broken(seq, "its measurement count differs from its header")
    try:
        context = BlockContext.from_json(header.get("context", {}))
    except (KeyError, ValueError, TypeError, AttributeError):
        raise _Broken(seq, "its header's context cannot be read (its times, network or summary)") from None
    if (context.started_at, context.ended_at) != (started, ended):
        raise _Broken(seq, "its time index differs from the times in its header")
    return header, context


def _parse_committed(raw: bytes) -> Any:
    """A record whose bytes the Merkle root vouches for, parsed (ValueError for bytes that are not JSON)."""
    return orjson.loads(raw)


def _check_records(seq: int, header: dict[str, Any], records: list[bytes], store: HistoryStore,
                   parse: Callable[[bytes], Any] = parse_canonical) -> list[MeasurementRecord]:
    if len(records) != header["count"]:
        raise _Broken(seq, f"holds {len(records)} measurements where its header says {header['count']}")
    if merkle_root(records).hex() != header.get("merkle_root"):
        raise _Broken(seq, f"Merkle root does not match its {len(records)} measurements")
    index = store.index_rows(seq)
    if len(index) != len(records):
        raise _Broken(seq, f"has {len(index)} index rows for {len(records)} measurements")
    parsed = []
    for (idx, platform, url, verdict), raw in zip(index, records, strict=True):
        try:
            record = parse(raw)
        except NotCanonical:
            raise _Broken(seq, f"measurement {idx} is not in canonical form") from None
        except ValueError:
            raise _Broken(seq, f"measurement {idx} is not JSON") from None
        if not isinstance(record, dict):
            raise _Broken(seq, f"measurement {idx} is not a measurement record")
        try:
            typed = MeasurementRecord.from_json(record)
        except (KeyError, ValueError, TypeError, AttributeError):
            raise _Broken(seq, f"measurement {idx} cannot be read as a measurement record") from None
        if (typed.platform, typed.url, typed.verdict) != (platform, url, verdict):
            raise _Broken(seq, f"the index row of measurement {idx} disagrees with the measurement")
        parsed.append(typed)
    return parsed


def _check_platforms(seq: int, context: BlockContext, records: list[MeasurementRecord],
                     store: HistoryStore, indexed: tuple[int, ...]) -> None:
    """The platform rows (what charts, incidents and the report read) and the network are the block's own."""
    try:
        expected = platform_rows(context, records)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _Broken(seq, "its summary cannot be read") from None
    stored = {(p, first): (count, verdict, latency, rate)
              for p, first, count, verdict, latency, rate in store.platform_index(seq, indexed)}
    if len(stored) != len(expected):
        raise _Broken(seq, f"has {len(stored)} platform index rows where its measurements make {len(expected)}")
    for row in expected:
        found = stored.get((row.platform, row.first_idx))
        latency = None if row.latency_ms is None else round(row.latency_ms * 10) / 10
        if (found is None or found[:3] != (row.count, row.verdict, latency)
                or (found[3] is not None and found[3] != row.rate_bps)):
            raise _Broken(seq, f"the platform index row of {row.platform} disagrees with the block")
    if store.block_network(seq) != network_key(context):
        raise _Broken(seq, "its network index disagrees with its header")


def _check_disclosures(seq: int, context: BlockContext, store: HistoryStore) -> None:
    commitments = context.commitments
    for name, (salt, value) in store.disclosures(seq).items():
        if name not in commitments:
            raise _Broken(seq, f"discloses {name}, which it never committed to")
        if commitment(salt, value) != commitments[name]:
            raise _Broken(seq, f"the disclosed {name} does not match its commitment")
