"""The history: an append-only, hash-chained SQLite log in which each sweep is one block of measurements.

One HistoryStore owns one connection and is used from the thread that opened it; readers (the GUI, the CLI)
open their own, and WAL lets them read while a sweep is written. Every append is one transaction with
synchronous=FULL, so a killed process loses no committed sweep and never leaves half a block.

A block's records are stored as one zstd frame compressed against a recent "keyframe" block (its exact header
and records as a raw-content dictionary): a month of sweeps repeats the same hosts, addresses and
certificates, so a block costs a few kilobytes. Keyframes themselves are compressed without a dictionary,
so reading any block needs at most one other block.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections import OrderedDict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from desktop_app.paths import ensure_private_dir
from desktop_app.store.canonical import canonical
from desktop_app.store.commitments import commit_all
from desktop_app.store.merkle import merkle_root
from desktop_app.store.schema import KIND_PLATFORM, KIND_URL, KIND_VERDICT, OK_VERDICT_ID, StoreError, migrate
from desktop_app.timeutil import utc_epoch

__all__ = ["BlockInfo", "HistoryStore", "StoreError", "StoredBlock", "StoredMeasurement", "default_db_path"]

DB_NAME = "history.sqlite3"
HEADER_VERSION = 1
GENESIS = "0" * 64
# A new keyframe at least once a day at the default 5-minute interval...
KEYFRAME_EVERY = 288
# ...or sooner when the keyframe no longer resembles the sweeps (a new network, VPN, catalogue), but not more
# often than this, so a flapping network cannot turn every block into a keyframe.
KEYFRAME_MIN_GAP = 12
# "No longer resembles": a block compressed against the keyframe is more than this fraction of the size the
# keyframe itself took (scaled by record count). Typical blocks land near 0.2.
STALE_RATIO = 0.6
ZSTD_LEVEL = 15
KEYFRAME_CACHE = 4  # decompressed keyframes kept; readers walk forward, so a few suffice
CHUNK_BLOCKS = 64  # blocks per query when streaming: bounded memory, no long-lived statements
# Small pages waste less on the last page of each block's payload (bench/store_size.py measures it). Only
# takes effect on a new, empty file.
PAGE_SIZE = 2048


def default_db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


@dataclass(frozen=True)
class BlockInfo:
    """What append_sweep() wrote."""

    seq: int
    hash: str
    merkle_root: str
    count: int
    started_at: float


@dataclass(frozen=True)
class StoredBlock:
    """One block's header as stored: the exact hashed bytes, their hash (hex) and the sweep's times (epoch)."""

    seq: int
    header_bytes: bytes
    hash: str
    started_at: float
    ended_at: float

    @property
    def header(self) -> dict[str, Any]:
        return json.loads(self.header_bytes)


@dataclass(frozen=True)
class StoredMeasurement:
    """One endpoint measurement: its index row and its exact record bytes."""

    seq: int
    index: int
    started_at: float
    platform: str
    url: str
    verdict: str
    latency_ms: float | None
    record_bytes: bytes

    @property
    def record(self) -> dict[str, Any]:
        return json.loads(self.record_bytes)


@dataclass(frozen=True)
class RawBlock:
    """A blocks row exactly as stored, for verification."""

    seq: int
    started_at: float
    ended_at: float
    hash: bytes
    header: bytes  # compressed
    count: int
    dict_seq: int | None
    payload: bytes  # compressed


@dataclass
class _Keyframe:
    raw: bytes  # header, newline, records: the dictionary content
    dictionary: zstandard.ZstdCompressionDict
    payload_size: int  # compressed size of the keyframe's own records, for the staleness test
    count: int
    _compressor: zstandard.ZstdCompressor | None = None
    _decompressor: zstandard.ZstdDecompressor | None = None

    def compressor(self) -> zstandard.ZstdCompressor:
        if self._compressor is None:
            self._compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL, dict_data=self.dictionary)
        return self._compressor

    def decompressor(self) -> zstandard.ZstdDecompressor:
        if self._decompressor is None:
            self._decompressor = zstandard.ZstdDecompressor(dict_data=self.dictionary)
        return self._decompressor


def join_records(records: Sequence[bytes]) -> bytes:
    return b"\n".join(records)


def split_records(raw: bytes) -> list[bytes]:
    """Canonical JSON never holds a raw newline, so newline-joined records split back into the exact bytes."""
    return raw.split(b"\n") if raw else []


class HistoryStore:
    """The log of sweeps in one SQLite file. Open with HistoryStore.open(path)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._name_ids: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._keyframes: OrderedDict[int, _Keyframe] = OrderedDict()

    # ------------------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, path: Path) -> HistoryStore:
        """Open (creating the folder, file and schema, migrating an older one) the history at path."""
        path = Path(path)
        _private_parent(path.parent)
        try:
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            raise StoreError(f"The history file {path} cannot be created or opened ({exc.strerror}). Check that "
                             f"the folder is yours and writable.") from exc
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:
                os.fchmod(fd, 0o600)  # measurements can identify the person: the user alone reads them
        except OSError:  # pragma: no cover - e.g. a filesystem without POSIX modes
            pass
        finally:
            os.close(fd)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 10000")
            migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"The history file {path} cannot be opened ({exc}). It may be damaged or in use by "
                             f"another program; move it aside to start a new history.") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before measuring its size or copying it)."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read everything inside the block from one consistent state, whatever other writers append."""
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("ROLLBACK")

    # -------------------------------------------------------------------------------------------- writing

    def append_sweep(self, context: Mapping[str, Any], records: Sequence[Mapping[str, Any]],
                     sensitive: Mapping[str, str]) -> BlockInfo:
        """Append one sweep as one block, atomically: all of it is committed to disk, or none of it."""
        record_bytes, index = _prepare(records)
        started_at, ended_at = _times(context)
        if "commitments" in context:
            raise ValueError(f"sweep context: 'commitments' is the store's own key, got {context['commitments']!r}")
        commitments, disclosures = commit_all(sensitive)
        root = merkle_root(record_bytes)
        raw_records = join_records(record_bytes)
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        seq = -1
        try:
            last = conn.execute("SELECT seq, hash, dict_seq FROM blocks ORDER BY seq DESC LIMIT 1").fetchone()
            seq = 0 if last is None else last[0] + 1
            prev = GENESIS if last is None else bytes(last[1]).hex()
            try:
                header = canonical({"v": HEADER_VERSION, "seq": seq, "prev": prev, "count": len(record_bytes),
                                    "merkle_root": root.hex(), "context": {**context, "commitments": commitments}})
            except (ValueError, TypeError) as exc:
                raise ValueError(f"sweep context: not storable as canonical JSON ({exc})") from exc
            digest = hashlib.sha256(header).digest()
            keyframe = None if last is None else (last[0] if last[2] is None else last[2])
            dict_seq, packed_header, payload = self._compress(seq, keyframe, header, raw_records, len(record_bytes))
            conn.execute("INSERT INTO blocks (seq, started_at, ended_at, hash, header, count, dict_seq, payload) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (seq, started_at, ended_at, digest, packed_header, len(record_bytes), dict_seq, payload))
            conn.executemany(
                "INSERT INTO measurements (seq, idx, platform, url, verdict, latency) VALUES (?, ?, ?, ?, ?, ?)",
                [(seq, i, self._name_id(KIND_PLATFORM, platform), self._name_id(KIND_URL, url),
                  self._name_id(KIND_VERDICT, verdict), latency)
                 for i, (platform, url, verdict, latency) in enumerate(index)])
            conn.executemany(
                "INSERT INTO sweep_platforms (platform, seq, first_idx, count, verdict) VALUES (?, ?, ?, ?, ?)",
                [(self._name_id(KIND_PLATFORM, platform), seq, first, count, self._name_id(KIND_VERDICT, verdict))
                 for platform, first, count, verdict in platform_runs(context, index)])
            conn.executemany("INSERT INTO disclosures (seq, name, salt, value) VALUES (?, ?, ?, ?)",
                             [(seq, name, salt, value) for name, (salt, value) in disclosures.items()])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Names and keyframes made inside the rolled-back transaction do not exist.
            self._name_ids.clear()
            for stale in [k for k in self._keyframes if k >= seq >= 0]:
                del self._keyframes[stale]
            raise
        return BlockInfo(seq=seq, hash=digest.hex(), merkle_root=root.hex(), count=len(record_bytes),
                         started_at=started_at)

    def _compress(self, seq: int, keyframe: int | None, header: bytes, raw: bytes,
                  count: int) -> tuple[int | None, bytes, bytes]:
        """(dict_seq, compressed header, compressed records): against the current keyframe, or as a new one."""
        if keyframe is not None and seq - keyframe < KEYFRAME_EVERY:
            kf = self._keyframe(keyframe)
            compressor = kf.compressor()
            payload = compressor.compress(raw)
            stale = (seq - keyframe >= KEYFRAME_MIN_GAP and kf.count > 0
                     and len(payload) > STALE_RATIO * kf.payload_size * count / kf.count)
            if not stale:
                return keyframe, compressor.compress(header), payload
        plain = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
        packed_header, payload = plain.compress(header), plain.compress(raw)
        self._remember(seq, _Keyframe(header + b"\n" + raw, _dictionary(header + b"\n" + raw), len(payload), count))
        return None, packed_header, payload

    def _name_id(self, kind: int, text: str) -> int:
        key = (kind, text)
        found = self._name_ids.get(key)
        if found is None:
            row = self._conn.execute("SELECT id FROM names WHERE kind = ? AND text = ?", key).fetchone()
            found = row[0] if row is not None else \
                self._conn.execute("INSERT INTO names (kind, text) VALUES (?, ?)", key).lastrowid
            assert found is not None
            self._name_ids[key] = found
        return found

    # -------------------------------------------------------------------------------------------- reading

    def _keyframe(self, seq: int) -> _Keyframe:
        kf = self._keyframes.get(seq)
        if kf is not None:
            self._keyframes.move_to_end(seq)
            return kf
        row = self._conn.execute("SELECT header, payload, count FROM blocks WHERE seq = ? AND dict_seq IS NULL",
                                 (seq,)).fetchone()
        if row is None:
            raise StoreError(f"Block {seq}, which later blocks need to be read, is missing or damaged. Run "
                             f"`vantage log verify` for details.")
        plain = zstandard.ZstdDecompressor()
        try:
            raw = plain.decompress(row[0]) + b"\n" + plain.decompress(row[1])
        except zstandard.ZstdError as exc:
            raise StoreError(f"Block {seq}, which later blocks need to be read, is damaged ({exc}). Run "
                             f"`vantage log verify` for details.") from exc
        kf = _Keyframe(raw, _dictionary(raw), len(row[1]), row[2])
        self._remember(seq, kf)
        return kf

    def _remember(self, seq: int, kf: _Keyframe) -> None:
        self._keyframes[seq] = kf
        self._keyframes.move_to_end(seq)
        while len(self._keyframes) > KEYFRAME_CACHE:
            self._keyframes.popitem(last=False)

    def decompress(self, dict_seq: int | None, data: bytes) -> bytes:
        """A stored header or payload back to its exact bytes; raises zstandard.ZstdError or StoreError."""
        if dict_seq is None:
            return zstandard.ZstdDecompressor().decompress(data)
        return self._keyframe(dict_seq).decompressor().decompress(data)

    def block(self, seq: int) -> StoredBlock:
        row = self._conn.execute("SELECT seq, header, hash, started_at, ended_at, dict_seq FROM blocks "
                                 "WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return self._stored_block(row)

    def _stored_block(self, row: tuple[Any, ...]) -> StoredBlock:
        seq, header, digest, started, ended, dict_seq = row
        return StoredBlock(seq, self.decompress(dict_seq, header), bytes(digest).hex(), started, ended)

    def latest_block(self) -> StoredBlock | None:
        row = self._conn.execute("SELECT seq, header, hash, started_at, ended_at, dict_seq FROM blocks "
                                 "ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else self._stored_block(row)

    def block_records(self, seq: int) -> list[bytes]:
        """The exact record bytes of block seq, in order."""
        row = self._conn.execute("SELECT dict_seq, payload FROM blocks WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return split_records(self.decompress(row[0], row[1]))

    def blocks(self, since: float | None = None, until: float | None = None) -> Iterator[StoredBlock]:
        """Blocks whose sweep started in [since, until), in log order, streamed a chunk at a time."""
        where, args = _time_clause(since, until, "")
        for lo, hi in self._chunks(since, until):
            rows = self._conn.execute(
                "SELECT seq, header, hash, started_at, ended_at, dict_seq FROM blocks "
                f"WHERE seq BETWEEN ? AND ?{where} ORDER BY seq", (lo, hi, *args)).fetchall()
            for row in rows:
                yield self._stored_block(row)

    def measurements(self, since: float | None = None, until: float | None = None,
                     platforms: Collection[str] | None = None,
                     verdicts: Collection[str] | None = None) -> Iterator[StoredMeasurement]:
        """Measurements of sweeps started in [since, until), optionally of some platforms and verdicts, in log
        order. Streams: each block is decompressed once, when its first matching measurement is reached."""
        platform_ids = self._ids(KIND_PLATFORM, platforms)
        verdict_ids = self._ids(KIND_VERDICT, verdicts)
        if platform_ids == [] or verdict_ids == []:
            return
        where, time_args = _time_clause(since, until, "b.")
        joins, join_args, verdict_args = "", [], []
        if platform_ids is not None:
            # The runs table finds a platform's measurements without an index entry per measurement.
            joins = (f"JOIN sweep_platforms sp ON sp.platform IN ({_marks(platform_ids)}) AND sp.seq = m.seq "
                     "AND m.idx >= sp.first_idx AND m.idx < sp.first_idx + sp.count ")
            join_args = platform_ids
        if verdict_ids is not None:
            where += f" AND m.verdict IN ({_marks(verdict_ids)})"
            if OK_VERDICT_ID not in verdict_ids:
                where += f" AND m.verdict <> {OK_VERDICT_ID}"  # lets SQLite use the partial not-ok index
            verdict_args = verdict_ids
        sql = ("SELECT m.seq, m.idx, b.started_at, m.platform, m.url, m.verdict, m.latency FROM measurements m "
               f"JOIN blocks b ON b.seq = m.seq {joins}WHERE m.seq BETWEEN ? AND ?{where} ORDER BY m.seq, m.idx")
        current, records = -1, []
        for lo, hi in self._chunks(since, until):
            rows = self._conn.execute(sql, (*join_args, lo, hi, *time_args, *verdict_args)).fetchall()
            for seq, idx, started, platform, url, verdict, latency in rows:
                if seq != current:
                    current, records = seq, self.block_records(seq)
                if idx >= len(records):
                    raise StoreError(f"Block {seq} of the history is damaged: its index names measurement {idx} "
                                     f"but it holds {len(records)}. Run `vantage log verify` for details.")
                yield StoredMeasurement(seq, idx, started, self._text(platform), self._text(url),
                                        self._text(verdict), None if latency is None else latency / 10,
                                        records[idx])

    def _chunks(self, since: float | None, until: float | None) -> Iterator[tuple[int, int]]:
        where, args = _time_clause(since, until, "")
        row = self._conn.execute(f"SELECT min(seq), max(seq) FROM blocks WHERE 1 {where}", args).fetchone()
        if row is None or row[0] is None:
            return
        for lo in range(row[0], row[1] + 1, CHUNK_BLOCKS):
            yield lo, min(lo + CHUNK_BLOCKS - 1, row[1])

    def _ids(self, kind: int, texts: Collection[str] | None) -> list[int] | None:
        if texts is None:
            return None
        if isinstance(texts, str):
            raise TypeError(f"expected a collection of names, got the string {texts!r}")
        ids = []
        for text in set(texts):
            row = self._conn.execute("SELECT id FROM names WHERE kind = ? AND text = ?", (kind, text)).fetchone()
            if row is not None:
                ids.append(row[0])
        return sorted(ids)

    def _text(self, name_id: int) -> str:
        text = self._texts.get(name_id)
        if text is None:
            row = self._conn.execute("SELECT text FROM names WHERE id = ?", (name_id,)).fetchone()
            if row is None:
                raise StoreError(f"The history's name table has lost entry {name_id}. Run `vantage log verify` "
                                 f"for details.")
            text = self._texts[name_id] = row[0]
        return text

    def disclosures(self, seq: int) -> dict[str, tuple[bytes, str]]:
        """The (salt, value) behind each of block seq's commitments that was kept."""
        rows = self._conn.execute("SELECT name, salt, value FROM disclosures WHERE seq = ? ORDER BY name", (seq,))
        return {name: (bytes(salt), value) for name, salt, value in rows}

    def count_blocks(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM blocks").fetchone()[0])

    def count_measurements(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM measurements").fetchone()[0])

    # ------------------------------------------------------------------------------ for verification (verify.py)

    def raw_blocks(self) -> Iterator[RawBlock]:
        """Every blocks row as stored, in seq order, a chunk at a time."""
        after = -(2**63)
        while True:
            rows = self._conn.execute(
                "SELECT seq, started_at, ended_at, hash, header, count, dict_seq, payload FROM blocks "
                "WHERE seq > ? ORDER BY seq LIMIT ?", (after, CHUNK_BLOCKS)).fetchall()
            if not rows:
                return
            for row in rows:
                yield RawBlock(row[0], row[1], row[2], bytes(row[3]), bytes(row[4]), row[5], row[6], bytes(row[7]))
            after = rows[-1][0]

    def index_rows(self, seq: int) -> list[tuple[int, str, str, str, int | None]]:
        """(idx, platform, url, verdict, latency in 0.1 ms) of block seq's index rows."""
        rows = self._conn.execute("SELECT idx, platform, url, verdict, latency FROM measurements WHERE seq = ? "
                                  "ORDER BY idx", (seq,)).fetchall()
        return [(i, self._text(p), self._text(u), self._text(v), lat) for i, p, u, v, lat in rows]

    def runs(self, seq: int) -> list[tuple[str, int, int, str]]:
        """(platform, first idx, count, platform verdict) rows of block seq, in idx order."""
        rows = self._conn.execute("SELECT platform, first_idx, count, verdict FROM sweep_platforms WHERE seq = ? "
                                  "ORDER BY first_idx", (seq,)).fetchall()
        return [(self._text(p), first, n, self._text(v)) for p, first, n, v in rows]

    def orphans(self) -> tuple[str, int] | None:
        """(table, seq) of the first index, run or disclosure row that belongs to no block, if any."""
        for table in ("measurements", "sweep_platforms", "disclosures"):
            row = self._conn.execute(f"SELECT min(seq) FROM {table} WHERE seq NOT IN (SELECT seq FROM blocks)"
                                     ).fetchone()
            if row[0] is not None:
                return table, int(row[0])
        return None


# ------------------------------------------------------------------------------------------------- helpers

def _private_parent(folder: Path) -> None:
    """Create the history's folder readable by the user alone; leave shared folders such as /tmp as they are."""
    if folder.is_dir() and folder.stat().st_mode & stat.S_ISVTX:
        return
    try:
        ensure_private_dir(folder)
    except OSError as exc:
        raise StoreError(f"The folder {folder} for the history cannot be created ({exc.strerror}). Choose a "
                         f"folder you can write to.") from exc


def _dictionary(raw: bytes) -> zstandard.ZstdCompressionDict:
    return zstandard.ZstdCompressionDict(raw, dict_type=zstandard.DICT_TYPE_RAWCONTENT)


def _prepare(records: Sequence[Mapping[str, Any]]) -> tuple[list[bytes], list[tuple[str, str, str, int | None]]]:
    """Each record's canonical bytes and index row (platform, url, verdict, latency in 0.1 ms)."""
    out, index = [], []
    for i, record in enumerate(records):
        try:
            platform, url, verdict = record["platform"], record["url"], record["verdict"]
            if not all(isinstance(v, str) for v in (platform, url, verdict)):
                raise TypeError("platform, url and verdict must be strings")
            latency = latency_tenths(record.get("latency_ms"))
            data = canonical(record)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"record {i} ({str(record)[:120]}): cannot be stored ({exc!r})") from exc
        out.append(data)
        index.append((platform, url, verdict, latency))
    return out, index


def latency_tenths(value: Any) -> int | None:
    """Latency as an integer number of tenths of a millisecond (what the index stores)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"latency_ms must be a number, got {value!r}")
    return int(round(float(value) * 10))


def _times(context: Mapping[str, Any]) -> tuple[float, float]:
    try:
        return utc_epoch(context["started_at"]), utc_epoch(context["ended_at"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"sweep context: started_at/ended_at must be ISO 8601 UTC times, got "
                         f"{context.get('started_at')!r}, {context.get('ended_at')!r}") from exc


def platform_runs(context: Mapping[str, Any],
                  index: Sequence[tuple[str, str, str, int | None]]) -> list[tuple[str, int, int, str]]:
    """(platform, first index, count, platform verdict) for each run of consecutive records of one platform;
    the verdict is the sweep's platform verdict from the context, else the run's first record's."""
    summary = context.get("platforms")
    summary = summary if isinstance(summary, Mapping) else {}
    runs: list[tuple[str, int, int, str]] = []
    for i, (platform, _url, verdict, _latency) in enumerate(index):
        if runs and runs[-1][0] == platform:
            p, first, count, v = runs[-1]
            runs[-1] = (p, first, count + 1, v)
        else:
            entry = summary.get(platform)
            stated = entry.get("verdict") if isinstance(entry, Mapping) else None
            runs.append((platform, i, 1, stated if isinstance(stated, str) else verdict))
    return runs


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _time_clause(since: float | None, until: float | None, prefix: str) -> tuple[str, list[float]]:
    clause, args = "", []
    if since is not None:
        clause += f" AND {prefix}started_at >= ?"
        args.append(float(since))
    if until is not None:
        clause += f" AND {prefix}started_at < ?"
        args.append(float(until))
    return clause, args
