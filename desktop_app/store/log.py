"""The history: an append-only, hash-chained SQLite log in which each sweep is one block of measurements.

One HistoryStore owns one connection and is used from the thread that opened it; readers (the GUI, the CLI)
open their own. WAL lets them read while a sweep is written. Every append is one transaction with
synchronous=FULL, so a killed process loses no committed sweep and never leaves half a block.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import statistics
import time
from collections.abc import Collection, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from desktop_app.common import fastjson
from desktop_app.store import blobs, rollups
from desktop_app.store.backfill import intern
from desktop_app.store.codec import BlockCodec
from desktop_app.store.errors import NotAHistory, StoreDamaged, StoreError, StoreReadOnly, translate
from desktop_app.store.hashing import canonical, commit_all, merkle_root
from desktop_app.store.kinds import KIND_NETWORK, KIND_PLATFORM, KIND_URL, KIND_VERDICT
from desktop_app.store.migrations import MIGRATIONS, migrate
from desktop_app.store.records import BlockContext, MeasurementRecord
from desktop_app.store.sweep_index import network_key, platform_rows
from desktop_app.system.paths import ensure_private_dir

HEADER_VERSION = 1
GENESIS = "0" * 64
DB_NAME = "history.sqlite3"
KEYFRAME_EVERY = 288  # blocks: a day at the default 5-minute interval
ZSTD_LEVEL = 15
PAGE_SIZE = 2048


def default_db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


@dataclass(frozen=True)
class BlockInfo:
    seq: int
    hash: str
    merkle_root: str
    count: int
    started_at: float


@dataclass(frozen=True)
class StoredBlock:
    seq: int
    header_bytes: bytes
    hash: str
    started_at: float
    ended_at: float

    @property
    def header(self) -> dict[str, Any]:
        return fastjson.loads(self.header_bytes)  # json.loads's value, by orjson where the two agree

    @property
    def context(self) -> BlockContext:
        """The sweep's context, typed (see store/records.py)."""
        return BlockContext.from_json(self.header["context"])


@dataclass(frozen=True)
class StoredMeasurement:
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

    @property
    def typed(self) -> MeasurementRecord:
        """The stored record, typed (see store/records.py)."""
        return MeasurementRecord.from_json(self.record)


def split_records(raw: bytes) -> list[bytes]:
    """Canonical JSON never holds a raw newline, so newline-joined records split back exactly."""
    return raw.split(b"\n") if raw else []


def _enter_wal(conn: sqlite3.Connection, attempts: int = 50) -> None:
    """Switch to WAL, waiting out another connection that is creating the same file.

    SQLite answers SQLITE_BUSY to the journal-mode change at once, without calling the busy handler, while a
    second connection holds the new file's lock (the History window opens two readers on a fresh install).
    """
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.02 * (1 + attempt % 5))


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._names: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._codec = BlockCodec(conn)
        self._compressor: tuple[int, zstandard.ZstdCompressor] | None = None
        self.created = False  # open() made a new, empty history
        self.read_only = False  # opened read-only: the file, its folder or the disk cannot be written
        self._tail: tuple[int, bytes] | None = None  # the last block, once checked (seq, hash)

    # ------------------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, path: Path) -> HistoryStore:
        """Open (or create) the history at `path`; read-only when the file or its folder cannot be written.

        A file Vantage did not write is refused, never given our tables; a damaged one is refused, never replaced.
        """
        path = Path(path)
        read_only = path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        created = not path.exists() or (path.is_file() and path.stat().st_size == 0
                                        and not path.with_name(path.name + "-wal").exists())
        if not read_only:
            _prepare(path)
        try:
            conn = _connect(path, read_only)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise translate(path, exc) from exc
        try:
            if read_only:
                if conn.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATIONS):
                    raise StoreReadOnly(f"The history {path} needs upgrading to this version of Vantage, which needs "
                                        f"write access; make the file and its folder writable, or copy them.")
            else:
                migrate(conn, path)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, (sqlite3.DatabaseError, UnicodeDecodeError)):
                raise translate(path, exc) from exc
            raise
        store = cls(conn, path)
        store.created, store.read_only = created, read_only
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, DAMAGE):
            # Raised inside the with body while reading: a damaged page or block, said as a sentence.
            raise translate(self.path, exc) from exc

    # -------------------------------------------------------------------------------------------- writing

    def keep_evidence(self, evidence: Iterable[blobs.Evidence]) -> int:
        """Store the certificate and body bytes a sweep's records will name (before the block that names them);
        a full disk or a read-only file is a sentence, as for the block itself."""
        if self.read_only:
            raise StoreReadOnly(f"The history {self.path} is on a disk or in a folder that cannot be written, so "
                                f"this sweep was not stored. Make it writable, or choose another data folder.")
        try:
            return blobs.keep(self._conn, evidence)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise translate(self.path, exc, writing=True) from exc

    def append_sweep(self, context: Mapping[str, Any], records: Sequence[Mapping[str, Any]],
                     sensitive: Mapping[str, str]) -> BlockInfo:
        """Append one sweep as one block, atomically."""
        record_bytes = [canonical(r) for r in records]
        commitments, disclosures = commit_all(sensitive)
        typed = BlockContext.from_json(context)
        if self.read_only:
            raise StoreReadOnly(f"The history {self.path} is on a disk or in a folder that cannot be written, so "
                                f"this sweep was not stored. Make it writable, or choose another data folder.")
        try:
            return self._append(context, typed, [MeasurementRecord.from_json(r) for r in records], record_bytes,
                                commitments, disclosures)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise translate(self.path, exc, writing=True) from exc

    def _append(self, context: Mapping[str, Any], typed: BlockContext, records: Sequence[MeasurementRecord],
                record_bytes: list[bytes], commitments: dict[str, str],
                disclosures: dict[str, tuple[bytes, str]]) -> BlockInfo:
        """The header hashes the context exactly as the engine wrote it; the index rows come from its typed view."""
        started_at, ended_at = typed.started_at, typed.ended_at
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            last = conn.execute("SELECT seq, hash FROM blocks ORDER BY seq DESC LIMIT 1").fetchone()
            if last is not None and self._tail != (last[0], bytes(last[1])):
                self._check_tail(last[0], bytes(last[1]))
            seq = 0 if last is None else last[0] + 1
            prev = GENESIS if last is None else last[1].hex()
            root = merkle_root(record_bytes)
            header = canonical({"v": HEADER_VERSION, "seq": seq, "prev": prev, "count": len(record_bytes),
                                "merkle_root": root.hex(), "context": {**context, "commitments": commitments}})
            digest = hashlib.sha256(header).digest()
            dict_seq, packed_header, payload = self._compress(seq, header, b"\n".join(record_bytes))
            network_text = network_key(typed)
            network = None if network_text is None else self._name_id(KIND_NETWORK, network_text)
            conn.execute("INSERT INTO blocks (seq, started_at, ended_at, hash, header, count, dict_seq, payload, "
                         "network) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (seq, started_at, ended_at, digest, packed_header, len(record_bytes), dict_seq, payload,
                          network))
            rollups.add_network(conn, started_at, network)
            conn.executemany(
                "INSERT INTO measurements (seq, idx, platform, url, verdict, latency) VALUES (?, ?, ?, ?, ?, ?)",
                [(seq, i, self._name_id(KIND_PLATFORM, r.platform), self._name_id(KIND_URL, r.url),
                  self._name_id(KIND_VERDICT, r.verdict), _latency(r.latency_ms))
                 for i, r in enumerate(records)])
            index = [(self._name_id(KIND_PLATFORM, row.platform), row.first_idx, row.count,
                      self._name_id(KIND_VERDICT, row.verdict), _latency(row.latency_ms), row.rate_bps)
                     for row in platform_rows(typed, records)]
            conn.executemany("INSERT INTO sweep_platforms (platform, seq, first_idx, count, verdict, latency, rate) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(p, seq, first, count, v, lat, rate) for p, first, count, v, lat, rate in index])
            rollups.add_sweep(conn, started_at, [(p, v, lat) for p, _, _, v, lat, _ in index])
            conn.executemany("INSERT INTO disclosures (seq, name, salt, value) VALUES (?, ?, ?, ?)",
                             [(seq, name, salt, value) for name, (salt, value) in disclosures.items()])
        except BaseException:
            with contextlib.suppress(sqlite3.Error):  # a full disk may have rolled it back already
                conn.execute("ROLLBACK")
            self._names.clear()  # ids handed out inside the rolled-back transaction are gone
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self._names.clear()
            raise
        self._tail = (seq, digest)
        return BlockInfo(seq=seq, hash=digest.hex(), merkle_root=root.hex(), count=len(record_bytes),
                         started_at=started_at)

    def _check_tail(self, seq: int, digest: bytes) -> None:
        """Refuse to chain a sweep onto a last block that does not verify: it would vouch for damage."""
        why = _tail_problem(self, seq, digest)
        if why is not None:
            raise StoreDamaged(self.path, f"its last block, {seq}, {why}, so no sweep is added after it")
        self._tail = (seq, digest)

    def _name_id(self, kind: int, text: str) -> int:
        key = (kind, text)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = intern(self._conn, kind, text)
        return found

    def _compress(self, seq: int, header: bytes, raw: bytes) -> tuple[int | None, bytes, bytes]:
        """Compress header and records against the latest keyframe; every KEYFRAME_EVERY blocks, a new keyframe.

        A keyframe's own header and records, as raw content, are the dictionary of the blocks after it: a
        month of sweeps mostly repeats the same hosts, addresses and certificates.
        """
        # The previous block names the current keyframe (or is one): no scan of the whole table per append.
        row = self._conn.execute("SELECT seq, dict_seq FROM blocks ORDER BY seq DESC LIMIT 1").fetchone()
        keyframe = None if row is None else (row[0] if row[1] is None else row[1])
        if keyframe is None or seq - keyframe >= KEYFRAME_EVERY:
            plain = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
            return None, plain.compress(header), plain.compress(raw)
        if self._compressor is None or self._compressor[0] != keyframe:
            # Loading a dictionary costs more than compressing a sweep with it: keep the current one.
            self._compressor = (keyframe, zstandard.ZstdCompressor(level=ZSTD_LEVEL,
                                                                   dict_data=self._dictionary(keyframe)))
        compressor = self._compressor[1]
        return keyframe, compressor.compress(header), compressor.compress(raw)

    # -------------------------------------------------------------------------------------------- reading

    def _dictionary(self, keyframe: int) -> zstandard.ZstdCompressionDict:
        return self._codec.dictionary(keyframe)

    def decompress(self, dict_seq: int | None, payload: bytes) -> bytes:
        return self._codec.decompress(dict_seq, payload)

    def block_records(self, seq: int) -> list[bytes]:
        row = self._conn.execute("SELECT dict_seq, payload FROM blocks WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return split_records(self.decompress(row[0], row[1]))

    def blocks(self, since: float | None = None, until: float | None = None) -> Iterator[StoredBlock]:
        where, args = _range(since, until)
        for seq, header, digest, started, ended, dict_seq in self._conn.execute(
                f"SELECT seq, header, hash, started_at, ended_at, dict_seq FROM blocks {where} ORDER BY seq", args):
            yield StoredBlock(seq, self.decompress(dict_seq, header), digest.hex(), started, ended)

    def block(self, seq: int) -> StoredBlock:
        row = self._conn.execute("SELECT seq, header, hash, started_at, ended_at, dict_seq FROM blocks "
                                 "WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return StoredBlock(row[0], self.decompress(row[5], row[1]), row[2].hex(), row[3], row[4])

    def latest_block(self) -> StoredBlock | None:
        row = self._conn.execute("SELECT max(seq) FROM blocks").fetchone()
        return None if row[0] is None else self.block(row[0])

    def measurements(self, since: float | None = None, until: float | None = None,
                     platforms: Collection[str] | None = None,
                     verdicts: Collection[str] | None = None) -> Iterator[StoredMeasurement]:
        """Stream stored measurements in log order; each block is decompressed once, when first needed."""
        where, args = _range(since, until, prefix="b.")
        clauses = [where.removeprefix("WHERE ")] if where else []
        joins = ""
        for kind, wanted, column in ((KIND_PLATFORM, platforms, "sp.platform"), (KIND_VERDICT, verdicts, "m.verdict")):
            if wanted is None:
                continue
            ids = [i for i in (self._lookup(kind, w) for w in wanted) if i is not None]
            if not ids:
                return
            if kind == KIND_PLATFORM:
                joins = ("JOIN sweep_platforms sp ON sp.seq = m.seq AND m.idx >= sp.first_idx "
                         "AND m.idx < sp.first_idx + sp.count ")
            clauses.append(f"{column} IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        sql = ("SELECT m.seq, m.idx, b.started_at, m.platform, m.url, m.verdict, m.latency FROM measurements m "
               "JOIN blocks b ON b.seq = m.seq " + joins
               + (f"WHERE {' AND '.join(clauses)} " if clauses else "") + "ORDER BY m.seq, m.idx")
        current_seq, records = -1, []
        for seq, idx, started, platform, url, verdict, latency in self._conn.execute(sql, args):
            if seq != current_seq:
                current_seq, records = seq, self.block_records(seq)
            yield StoredMeasurement(seq, idx, started, self._text(platform), self._text(url), self._text(verdict),
                                    None if latency is None else latency / 10, records[idx])

    @property
    def connection(self) -> sqlite3.Connection:
        """For the store's own query modules (incidents, history series); same thread as the store."""
        return self._conn

    def kept_blobs(self, kind: str | None = None) -> set[str]:
        """The SHA-256 (hex) of every certificate and body kept (of one kind: blobs.CERT or blobs.BODY)."""
        return blobs.kept(self._conn, kind)

    def blob(self, sha256_hex: str) -> bytes | None:
        """A kept certificate's or body's bytes, or None when it was not kept (or the hash is not one)."""
        return blobs.get(self._conn, sha256_hex)

    def name_id(self, kind: int, text: str) -> int | None:
        """The id of a platform, URL, verdict or network name, or None if the log never saw it."""
        return self._lookup(kind, text)

    def throughput_medians(self, asn: str | None, since: float) -> dict[str, tuple[float, int]]:
        """Per platform, the median throughput-asset rate (bytes/s) and how many sweeps it rests on, over the
        sweeps since `since` made from the network with this ASN (None: sweeps made without the IP lookup)."""
        networks = [nid for nid, text in self._conn.execute("SELECT id, text FROM names WHERE kind = ?",
                                                              (KIND_NETWORK,))
                    if asn is not None and json.loads(text).get("asn") == asn]
        if asn is None:
            where, args = "b.network IS NULL", []
        elif not networks:
            return {}
        else:
            where, args = f"b.network IN ({','.join('?' * len(networks))})", networks
        rates: dict[str, list[float]] = {}
        for platform, rate in self._conn.execute(
                f"SELECT n.text, sp.rate FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq "
                f"JOIN names n ON n.id = sp.platform WHERE {where} AND b.started_at >= ? AND sp.rate IS NOT NULL",
                (*args, since)):
            rates.setdefault(platform, []).append(rate)
        return {p: (statistics.median(values), len(values)) for p, values in rates.items()}

    def last_rate_at(self) -> float | None:
        """When the newest sweep that measured a throughput asset started (None: never), newest first by seq."""
        row = self._conn.execute("SELECT b.started_at FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq "
                                 "WHERE sp.rate IS NOT NULL ORDER BY sp.seq DESC LIMIT 1").fetchone()
        return None if row is None else float(row[0])

    def name_text(self, name_id: int) -> str:
        return self._text(name_id)

    def _lookup(self, kind: int, text: str) -> int | None:
        row = self._conn.execute("SELECT id FROM names WHERE kind = ? AND text = ?", (kind, text)).fetchone()
        return None if row is None else row[0]

    def _text(self, name_id: int) -> str:
        text = self._texts.get(name_id)
        if text is None:
            text = self._conn.execute("SELECT text FROM names WHERE id = ?", (name_id,)).fetchone()[0]
            self._texts[name_id] = text
        return text

    def index_rows(self, seq: int) -> list[tuple[int, str, str, str]]:
        """(idx, platform, url, verdict) of a block's index rows, for verification."""
        rows = self._conn.execute("SELECT idx, platform, url, verdict FROM measurements WHERE seq = ? ORDER BY idx",
                                  (seq,)).fetchall()
        return [(i, self._text(p), self._text(u), self._text(v)) for i, p, u, v in rows]

    def raw_blocks(self, last_seq: int | None = None,
                   payloads: bool = True) -> Generator[tuple[int, float, float, bytes, bytes, int, int | None, bytes],
                                                       None, None]:
        """Every block row as stored, in seq order, up to last_seq (for verification); without payloads, b""."""
        payload = "payload" if payloads else "x''"
        where = "" if last_seq is None else f"WHERE seq <= {int(last_seq)} "
        yield from self._conn.execute(
            f"SELECT seq, started_at, ended_at, hash, header, count, dict_seq, {payload} FROM blocks {where}"
            "ORDER BY seq")

    def raw_block(self, seq: int) -> tuple[float, float, bytes, bytes, int, int | None, bytes] | None:
        """A block's row as stored (for verification): (started_at, ended_at, hash, header, count, dict_seq,
        payload), header and payload compressed; None when there is no such block."""
        return self._conn.execute("SELECT started_at, ended_at, hash, header, count, dict_seq, payload FROM blocks "
                                  "WHERE seq = ?", (seq,)).fetchone()

    def block_hash(self, seq: int) -> str | None:
        """A block's stored hash (hex), or None when there is no such block."""
        row = self._conn.execute("SELECT hash FROM blocks WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else bytes(row[0]).hex()

    def raw_payload(self, seq: int) -> tuple[int | None, bytes]:
        """A block's keyframe and compressed records, as stored."""
        row = self._conn.execute("SELECT dict_seq, payload FROM blocks WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return row[0], row[1]

    def indexed_platform_ids(self) -> tuple[int, ...]:
        """Every platform id the platform index holds a row for (what platform_index needs to find a block's rows
        by its primary key instead of scanning the table). Read by skipping along the primary key from one platform
        to the next, a dozen lookups: SELECT DISTINCT scans every row (22 ms a month, once per 100 blocks exported)."""
        return tuple(p for (p,) in self._conn.execute(
            "WITH RECURSIVE next(platform) AS (SELECT min(platform) FROM sweep_platforms UNION ALL "
            "SELECT (SELECT min(platform) FROM sweep_platforms WHERE platform > next.platform) FROM next "
            "WHERE next.platform IS NOT NULL) SELECT platform FROM next WHERE platform IS NOT NULL"))

    def platform_index(self, seq: int, among: tuple[int, ...] | None = None
                       ) -> list[tuple[str, int, int, str, float | None, float | None]]:
        """(platform, first_idx, count, verdict, latency_ms, rate) of a block's platform rows, for verification.

        The index is keyed by (platform, seq), so a lookup by seq alone scans the whole table (14 ms a block in a
        month, ten minutes for a month's export); with `among` (indexed_platform_ids) it is one key lookup per
        platform."""
        if among is None:
            among = self.indexed_platform_ids()
        marks = ",".join("?" * len(among))
        rows = self._conn.execute("SELECT platform, first_idx, count, verdict, latency, rate FROM sweep_platforms "
                                  f"WHERE platform IN ({marks}) AND seq = ? ORDER BY first_idx, platform",
                                  (*among, seq)).fetchall()
        return [(self._text(p), first, count, self._text(v), None if lat is None else lat / 10, rate)
                for p, first, count, v, lat, rate in rows]

    def block_network(self, seq: int) -> str | None:
        """The network key the time index files a block under (None: not looked up)."""
        row = self._conn.execute("SELECT network FROM blocks WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return None if row[0] is None else self._text(row[0])

    def seqs_between(self, since: float, until: float, newest: int | None = None) -> list[int]:
        """The blocks whose sweep started in [since, until), in log order; only the `newest` n, newest first."""
        if newest is None:
            return [s for (s,) in self._conn.execute(
                "SELECT seq FROM blocks WHERE started_at >= ? AND started_at < ? ORDER BY seq", (since, until))]
        return [s for (s,) in self._conn.execute(
            "SELECT seq FROM blocks WHERE started_at >= ? AND started_at < ? ORDER BY seq DESC LIMIT ?",
            (since, until, newest))]

    def block_hashes(self) -> list[bytes]:
        """Every block's hash in seq order: the leaves of the log's checkpoint tree."""
        return [bytes(h) for (h,) in self._conn.execute("SELECT hash FROM blocks ORDER BY seq")]

    def count_between(self, since: float, until: float, platforms: Collection[str] | None = None) -> tuple[int, int]:
        """(sweeps, measurements) started in [since, until); measurements only of `platforms` when given."""
        sweeps, total = self._conn.execute("SELECT count(*), coalesce(sum(count), 0) FROM blocks "
                                           "WHERE started_at >= ? AND started_at < ?", (since, until)).fetchone()
        if platforms is None:
            return sweeps, total
        ids = [i for i in (self._lookup(KIND_PLATFORM, p) for p in platforms) if i is not None]
        if not ids:
            return sweeps, 0
        measurements = self._conn.execute(
            f"SELECT coalesce(sum(sp.count), 0) FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq "
            f"WHERE b.started_at >= ? AND b.started_at < ? AND sp.platform IN ({','.join('?' * len(ids))})",
            (since, until, *ids)).fetchone()[0]
        return sweeps, measurements

    def sqlite_problems(self, limit: int = 20) -> list[str]:
        """What SQLite's own integrity check finds (empty when the file is sound), at most `limit` lines."""
        found = pragma_lines(self._conn, f"PRAGMA integrity_check({int(limit)})")
        return [] if found == ["ok"] else found

    def check_pages(self) -> None:
        """SQLite's quick check of every page (no index cross-check): StoreDamaged when it finds anything."""
        try:
            rows = pragma_lines(self._conn, "PRAGMA quick_check(1)")
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            raise StoreDamaged(self.path, f"SQLite's own check finds: {rows[0]}")

    def table_roots(self) -> dict[int, str]:
        """Root page -> the table or index it holds, to say which part a damaged page belongs to."""
        return {int(root): name for name, root in self._conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}

    def disclosures(self, seq: int) -> dict[str, tuple[bytes, str]]:
        rows = self._conn.execute("SELECT name, salt, value FROM disclosures WHERE seq = ? ORDER BY name", (seq,))
        return {name: (bytes(salt), value) for name, salt, value in rows}

    def count_blocks(self) -> int:
        return self._conn.execute("SELECT count(*) FROM blocks").fetchone()[0]

    def count_measurements(self) -> int:
        return self._conn.execute("SELECT count(*) FROM measurements").fetchone()[0]

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One consistent view for a long read (WAL): appends by other processes stay invisible until it ends.

        Nested use joins the outer snapshot (an export reads incidents and series inside its own).
        """
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            # Nothing was written: ending the read cannot lose anything, even where a damaged page makes it fail.
            with contextlib.suppress(sqlite3.DatabaseError):
                self._conn.execute("ROLLBACK")

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (for size measurements and backups)."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


DAMAGE = (sqlite3.DatabaseError, zstandard.ZstdError, json.JSONDecodeError, UnicodeDecodeError)
EXPECTED_TABLES = {1: frozenset({"names", "blocks", "measurements", "sweep_platforms", "disclosures"}),
                   2: frozenset({"rollups", "network_rollups"}),
                   4: frozenset({"blobs", "blob_days"})}  # what each schema version adds


def pragma_lines(conn: sqlite3.Connection, sql: str) -> list[str]:
    """A check pragma's lines; they quote damaged bytes, which need not be UTF-8."""
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        return [r[0].decode("utf-8", "replace") if isinstance(r[0], bytes) else str(r[0])
                for r in conn.execute(sql).fetchall()]
    except UnicodeDecodeError as exc:  # SQLite's own message quoted the damaged bytes
        raise sqlite3.DatabaseError(f"database disk image is malformed ({exc.object[:80]!r})") from None
    finally:
        conn.text_factory = previous


def _prepare(path: Path) -> None:
    """The data folder and the file exist and are the person's alone (a file left at 644 is tightened)."""
    try:
        ensure_private_dir(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        elif not path.is_file():
            raise StoreError(f"{path} is a folder, not a history file; move it away or choose another data folder "
                             f"with --data-dir.")
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if part.exists() and part.stat().st_mode & 0o077:
                os.chmod(part, 0o600)
    except OSError as exc:
        raise StoreError(f"The history {path} cannot be created or opened ({exc.strerror or exc}); choose a data "
                         f"folder you can write to with --data-dir.") from None


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA user_version").fetchone()  # reads the header: a WAL file without its -shm fails here
        except sqlite3.OperationalError:
            if os.access(path.parent, os.W_OK):
                raise
            # Read-only media: no -shm can be made and no one can write, so SQLite may read the file as immutable.
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
        _checked_ours(conn, path)
        return conn
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")  # first: another connection may be creating the file
    _checked_ours(conn, path)  # before anything is written: a file that is not ours stays byte for byte as it was
    # Small pages waste less on the last page of each block's compressed payload (measured in
    # bench/store_size.py: 2 KiB pages keep a month at the default interval well under 100 MB).
    # Only takes effect on a new, empty file.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    _enter_wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _checked_ours(conn: sqlite3.Connection, path: Path) -> None:
    try:
        _check_ours(conn, path)
    except BaseException:
        conn.close()
        raise


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """A history Vantage wrote, with every table of its schema; else refused, never changed."""
    # One read transaction: a connection migrating the file meanwhile must not show this one the old tables beside
    # the new version (four connections opening a fresh history at once saw "tables are missing").
    conn.execute("BEGIN")
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.execute("COMMIT")
    if version == 0 and not tables:
        return  # new and empty
    if version == 0 or ("blocks" not in tables and "names" not in tables):
        shown = ", ".join(sorted(tables)[:5]) or "no tables"
        raise NotAHistory(f"{path} is a database that Vantage did not write (it holds {shown}); Vantage leaves it as "
                          f"it is. Move it away, or choose another data folder with --data-dir.")
    expected = frozenset().union(*(t for v, t in EXPECTED_TABLES.items() if v <= version))
    missing = sorted(expected - tables)
    if missing:
        raise StoreDamaged(path, f"its {', '.join(missing)} table{'s are' if len(missing) > 1 else ' is'} missing")


def _tail_problem(store: HistoryStore, seq: int, digest: bytes) -> str | None:
    """Why the last block does not verify on its own (hash, header, Merkle root), or None."""
    try:
        dict_seq, payload = store.raw_payload(seq)
        packed = store._conn.execute("SELECT header FROM blocks WHERE seq = ?", (seq,)).fetchone()[0]
        header_bytes = store.decompress(dict_seq, packed)
        if hashlib.sha256(header_bytes).digest() != digest:
            return "does not match its stored hash"
        header = json.loads(header_bytes)
        if header.get("seq") != seq or merkle_root(split_records(store.decompress(dict_seq, payload))).hex() \
                != header.get("merkle_root"):
            return "does not match its own header"
    except (zstandard.ZstdError, ValueError, AttributeError, KeyError, StoreError) as exc:
        return f"cannot be read ({exc})"
    return None


def _latency(value: Any) -> int | None:
    return None if value is None else round(float(value) * 10)


def _range(since: float | None, until: float | None, prefix: str = "") -> tuple[str, list[Any]]:
    clauses, args = [], []
    if since is not None:
        clauses.append(f"{prefix}started_at >= ?")
        args.append(since)
    if until is not None:
        clauses.append(f"{prefix}started_at < ?")
        args.append(until)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args
