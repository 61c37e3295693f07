"""Receives bundles into a collection: copied in privately, verified in full, then ingested in one transaction.

The order makes an interruption harmless: the copy is verified (not the source, which could change after), the
bundle file is renamed into bundles/ before the transaction commits, and the transaction holds everything the
bundle adds. Killed before the commit, nothing counts and adding the bundle again does it all; killed after, the
bundle is "already present". A measurement already in the collection (same signer, block and leaf) is not added
twice, whichever bundle brought it first.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import multiprocessing
import os
import secrets
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, cast

import numpy as np

from desktop_app.collect.store import CELLS_OF, CollectionError, Layout, connect
from desktop_app.common import fastjson
from desktop_app.common.timeutil import utc_epoch
from desktop_app.evidence import names
from desktop_app.evidence.verify.verifier import Verification, VerifyCancelled, verify_bundle

MAX_BUNDLE_BYTES = 8 << 30  # more than a year of one laptop's sweeps; a bigger file is refused before it is read
COPY_CHUNK = 1 << 20
BATCH = 200_000  # measurements staged at a time: bounds memory whatever the bundle's size
Progress = Callable[[str, int, int], None]  # what is being done, done so far, in all


class Status(Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PRESENT = "already present"


@dataclass(frozen=True)
class Outcome:
    source: Path
    status: Status
    sha256: str = ""
    signer: str = ""
    label: str | None = None  # the signer's label when registered
    measurements: int = 0
    new: int = 0  # measurements no earlier bundle had brought
    reason: str = ""  # for a rejection: the first failing check and what it says

    def line(self) -> str:
        """The one line `vantage collect add` prints for this bundle."""
        if self.status is Status.REJECTED:
            return f"rejected  {self.source}: {self.reason}"
        who = f"{self.label} ({self.signer})" if self.label else f"{self.signer}, an unregistered signer"
        if self.status is Status.PRESENT:
            return f"already present  {self.source} (signed by {who})"
        dupes = self.measurements - self.new
        return (f"accepted  {self.source}: {self.measurements:,} measurements signed by {who}"
                + (f", {dupes:,} of them already in the collection" if dupes else ""))


def bundle_files(sources: Iterable[Path]) -> list[Path]:
    """Each FILE.zip as given, and the .zip files inside each FOLDER (sorted, at any depth)."""
    found: list[Path] = []
    for source in sources:
        source = Path(source).expanduser()
        if source.is_dir():
            found.extend(sorted(p for p in source.rglob("*.zip") if p.is_file()))
        elif source.is_file():
            found.append(source)
        else:
            raise CollectionError(f"{source} does not exist; give a bundle (.zip) or a folder of bundles.")
    return found


def add_bundles(root: Path, sources: Iterable[Path], *, expect_key: str | None = None,
                cancel: threading.Event | None = None, progress: Progress | None = None,
                report: Callable[[Outcome], None] | None = None, workers: int = 1) -> list[Outcome]:
    """Verify and ingest each bundle; `report` hears each outcome as soon as it is known, in the order given.

    With `workers` > 1, bundles are verified that many at a time in child processes while this one ingests the
    ones already verified (ingestion stays serial: one writer, one transaction a bundle)."""
    files = bundle_files(sources)
    outcomes: list[Outcome] = []
    with connect(root) as (layout, con), _Verifier(workers if len(files) > 1 else 1) as verifier:
        ahead: collections.deque[_Received | Outcome] = collections.deque()
        queue = iter(files)

        def fill() -> None:  # keep every verifier busy, and a few copies (not all of them) waiting
            while len(ahead) <= verifier.workers and (path := next(queue, None)) is not None:
                ahead.append(_receive(layout, con, path, expect_key, cancel, verifier))

        try:
            fill()
            while ahead:
                if cancel is not None and cancel.is_set():
                    break
                if progress is not None:
                    progress(_source(ahead[0]).name, len(outcomes), len(files))
                item = ahead.popleft()
                fill()
                outcome = item if isinstance(item, Outcome) else _accept(layout, con, item, cancel)
                outcomes.append(outcome)
                if report is not None:
                    report(outcome)
        except VerifyCancelled:
            pass
        finally:
            for item in ahead:
                if isinstance(item, _Received):
                    item.copy.unlink(missing_ok=True)
        if progress is not None:
            progress("", len(outcomes), len(files))
    return outcomes


def add_one(layout: Layout, con: Any, source: Path, *, expect_key: str | None = None,
            cancel: threading.Event | None = None) -> Outcome:
    with _Verifier(1) as verifier:
        item = _receive(layout, con, source, expect_key, cancel, verifier)
        return item if isinstance(item, Outcome) else _accept(layout, con, item, cancel)


def _verify(path: Path, expect_key: str | None) -> Verification:
    return verify_bundle(path, expect_key)


class _Verifier:
    """Verifies bundles here (one worker: cancellable mid-bundle) or in a pool of child processes (cancelled
    between bundles, its children stopped at once)."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.pool: Any = None
        if self.workers > 1:
            # spawn, not fork: the caller may hold threads (Qt's, DuckDB's) that a forked child would inherit broken
            self.pool = multiprocessing.get_context("spawn").Pool(self.workers)

    def __enter__(self) -> _Verifier:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def start(self, path: Path, expect_key: str | None, cancel: threading.Event | None) -> Callable[[], Verification]:
        """Begin verifying `path`; the returned function waits for (and returns) the verdict."""
        if self.pool is None:
            return lambda: verify_bundle(path, expect_key, cancel=cancel)
        pending = self.pool.apply_async(_verify, (path, expect_key))

        def wait() -> Verification:
            while True:
                if cancel is not None and cancel.is_set():
                    raise VerifyCancelled()
                try:
                    return cast(Verification, pending.get(timeout=0.2))
                except multiprocessing.TimeoutError:
                    continue
        return wait


@dataclass
class _Received:
    """A bundle copied in and hashed, its verification under way."""

    source: Path
    copy: Path
    sha256: str
    size: int
    received: float
    verdict: Callable[[], Verification]


def _source(item: _Received | Outcome) -> Path:
    return item.source


def _receive(layout: Layout, con: Any, source: Path, expect_key: str | None, cancel: threading.Event | None,
             verifier: _Verifier) -> _Received | Outcome:
    received = time.time()
    copy = layout.incoming / f"{secrets.token_hex(8)}.partial"
    try:
        sha256, size = _copy_in(source, copy, cancel)
    except _TooBig as exc:
        copy.unlink(missing_ok=True)
        return Outcome(source, Status.REJECTED, reason=str(exc))
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    if (present := _present(con, source, sha256)) is not None:
        copy.unlink(missing_ok=True)
        return present
    return _Received(source, copy, sha256, size, received, verifier.start(copy, expect_key, cancel))


def _present(con: Any, source: Path, sha256: str) -> Outcome | None:
    known = con.execute("SELECT signer FROM bundles WHERE sha256 = ?", [sha256]).fetchone()
    return None if known is None else Outcome(source, Status.PRESENT, sha256, known[0], _label(con, known[0]))


def _accept(layout: Layout, con: Any, item: _Received, cancel: threading.Event | None) -> Outcome:
    source, copy, sha256, received = item.source, item.copy, item.sha256, item.received
    try:
        result = item.verdict()
        if (present := _present(con, source, sha256)) is not None:  # the same file given twice in one go
            return present
        if not result.ok:
            first = next(c for c in result.checks if not c.ok)
            con.execute("INSERT INTO rejections VALUES (?, ?, ?, ?, ?)",
                        [sha256, received, source.name, first.name, first.detail])
            return Outcome(source, Status.REJECTED, sha256, result.fingerprint or "",
                           reason=f"{first.name}: {first.detail}")
        signer = result.fingerprint or ""
        try:
            counts = _ingest(layout, con, copy, sha256, item.size, signer, source.name, received, result.manifest,
                             cancel)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # signed, but not what our exporter writes
            detail = f"the bundle verifies but its measurements cannot be read ({type(exc).__name__}: {exc})"
            con.execute("INSERT INTO rejections VALUES (?, ?, ?, ?, ?)",
                        [sha256, received, source.name, "contents", detail])
            return Outcome(source, Status.REJECTED, sha256, signer, reason=f"contents: {detail}")
        return Outcome(source, Status.ACCEPTED, sha256, signer, _label(con, signer), *counts)
    finally:
        copy.unlink(missing_ok=True)


class _TooBig(Exception):
    pass


def _copy_in(source: Path, dest: Path, cancel: threading.Event | None) -> tuple[str, int]:
    """Copy `source` privately into the collection, hashing it; refuse a file bigger than any bundle."""
    digest, size = hashlib.sha256(), 0
    try:
        with open(source, "rb") as src, os.fdopen(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                                                  "wb") as out:
            while chunk := src.read(COPY_CHUNK):
                if cancel is not None and cancel.is_set():
                    raise VerifyCancelled()
                size += len(chunk)
                if size > MAX_BUNDLE_BYTES:
                    raise _TooBig(f"file size: it is more than {MAX_BUNDLE_BYTES:,} bytes, far more than any "
                                  "bundle; it was not read")
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise CollectionError(f"{source} could not be copied into the collection ({exc.strerror}); check the "
                              "file can be read and the collection's disk has room.") from None
    return digest.hexdigest(), size


def _label(con: Any, signer: str) -> str | None:
    row = con.execute("SELECT label FROM signers WHERE fingerprint = ?", [signer]).fetchone()
    return None if row is None else str(row[0])


_MEASUREMENT_COLUMNS = ("signer", "seq", "block_hash", "leaf", "bundle", "measured_at", "platform", "verdict",
                        "asn", "isp", "country")


def _ingest(layout: Layout, con: Any, copy: Path, sha256: str, size: int, signer: str, source: str,
            received: float, manifest: dict[str, Any], cancel: threading.Event | None) -> tuple[int, int]:
    """One transaction: the bundle's blocks and new measurements, its custody row, and its file in bundles/."""
    total = new = 0
    con.execute("BEGIN TRANSACTION")
    try:
        with zipfile.ZipFile(copy) as archive:
            blocks = _blocks(archive, signer, sha256)
            staged_blocks = {"signer": np.array([signer] * len(blocks), dtype=object),  # noqa: F841 - read by SQL
                             "seq": np.array([b[0] for b in blocks], dtype=np.int64),
                             "hash": np.array([b[1] for b in blocks], dtype=object),
                             "started_at": np.array([b[2] for b in blocks], dtype=np.float64),
                             "asn": np.array([b[3] for b in blocks], dtype=object),
                             "isp": np.array([b[4] for b in blocks], dtype=object),
                             "country": np.array([b[5] for b in blocks], dtype=object)}
            # The blocks this signer's earlier bundles brought: only measurements in those can be duplicates, so a
            # bundle of new sweeps (the usual case) is never compared with the rows already held (a scan of every
            # row, tens of millions in a national collection).
            known = {h for (h,) in con.execute("SELECT hash FROM blocks WHERE signer = ? AND hash IN "
                                               "(SELECT hash FROM staged_blocks)", [signer]).fetchall()}
            con.execute("INSERT INTO blocks SELECT s.*, ? FROM staged_blocks s ANTI JOIN "
                        "(SELECT signer, hash FROM blocks WHERE signer = ?) b USING (signer, hash)", [sha256, signer])
            by_seq = {b[0]: b for b in blocks}
            for batch in _measurement_batches(archive, by_seq, signer, sha256):
                if cancel is not None and cancel.is_set():
                    raise VerifyCancelled()
                total += len(batch[1])
                new += _add_batch(con, batch, signer, known)
        con.execute("INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sha256, signer, received, source, size, total, new, manifest.get("range", {}).get("since"),
                     manifest.get("range", {}).get("until"),
                     None if manifest.get("platforms") is None else ",".join(manifest["platforms"])])
        _keep(copy, layout.bundle(sha256))  # before the commit: an accepted bundle always has its file
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return total, new


def _add_batch(con: Any, batch: list[np.ndarray], signer: str, known: set[str]) -> int:
    """Add a batch's measurements that the collection does not hold yet, and their cells; how many were new."""
    staged = dict(zip(_MEASUREMENT_COLUMNS, batch, strict=True))  # noqa: F841 - read by SQL
    seen = np.isin(batch[2], list(known)) if known else None
    if seen is None or not seen.any():
        fresh = "staged"  # no block of this batch was held before: nothing in it can be a duplicate
    else:
        # The same measurement is the same signed record: same block, leaf, and time, so the rows held are read
        # only where those can match (the time and sequence ranges prune DuckDB's row groups).
        seqs, times = batch[1][seen], batch[5][seen]
        con.execute(
            "CREATE OR REPLACE TEMP TABLE fresh AS SELECT s.* FROM staged s ANTI JOIN "
            "(SELECT signer, block_hash, leaf FROM measurements WHERE signer = ? AND seq BETWEEN ? AND ? "
            "AND measured_at BETWEEN ? AND ?) m USING (signer, block_hash, leaf)",
            [signer, int(seqs.min()), int(seqs.max()), float(times.min()), float(times.max())])
        fresh = "fresh"
    added = int(con.execute(f"INSERT INTO measurements SELECT * FROM {fresh}").fetchone()[0])
    con.execute("INSERT INTO cells " + CELLS_OF.format(source=fresh))  # only what was new
    return added


def _keep(copy: Path, dest: Path) -> None:
    os.replace(copy, dest)
    fd = os.open(dest.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def zip_lines(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """Each line of a zip entry, read a chunk at a time (the entry was verified, and its lines bounded, first)."""
    with archive.open(name) as f:
        rest = b""
        while chunk := f.read(COPY_CHUNK):
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            yield from lines
        if rest:
            yield rest


Block = tuple[int, str, float | None, str | None, str | None, str | None]  # seq, hash, started, asn, isp, country


def _blocks(archive: zipfile.ZipFile, signer: str, sha256: str) -> list[Block]:
    out: list[Block] = []
    for raw in zip_lines(archive, names.BLOCKS):
        header = fastjson.loads(raw)
        context = header.get("context", {})
        started = context.get("started_at")
        out.append((int(header["seq"]), hashlib.sha256(raw).hexdigest(),
                    utc_epoch(started) if isinstance(started, str) else None,
                    _text(context.get("asn")), _text(context.get("isp")), _text(context.get("country"))))
    return out


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _measurement_batches(archive: zipfile.ZipFile, blocks: dict[int, Block], signer: str,
                         sha256: str) -> Iterator[list[np.ndarray]]:
    """The bundle's measurements as column arrays, BATCH at a time (the verifier checked them already)."""
    pairs = zip(zip_lines(archive, names.MEASUREMENTS), zip_lines(archive, names.PROOFS), strict=False)
    times: dict[str, float] = {}
    while chunk := list(itertools.islice(pairs, BATCH)):
        seq, leaf, when, platform, verdict = [], [], [], [], []
        for raw, proof_raw in chunk:
            # Verified already: the records are the log's canonical JSON, the proofs small integers, so orjson reads
            # both exactly without loads()'s guard (a regular expression over every byte, most of this loop's time).
            record, proof = fastjson.loads_logged(raw), fastjson.loads_logged(proof_raw)
            seq.append(int(proof["seq"]))
            leaf.append(int(proof["index"]))
            stamp = str(record.get("measured_at", ""))
            if stamp not in times:
                if len(times) > 100_000:
                    times.clear()
                times[stamp] = utc_epoch(stamp)
            when.append(times[stamp])
            platform.append(str(record.get("platform")))
            verdict.append(str(record.get("verdict")))
        info = [blocks[s] for s in seq]
        n = len(seq)
        yield [np.array([signer] * n, dtype=object), np.array(seq, dtype=np.int64),
               np.array([b[1] for b in info], dtype=object), np.array(leaf, dtype=np.int32),
               np.array([sha256] * n, dtype=object), np.array(when, dtype=np.float64),
               np.array(platform, dtype=object), np.array(verdict, dtype=object),
               np.array([b[3] for b in info], dtype=object), np.array([b[4] for b in info], dtype=object),
               np.array([b[5] for b in info], dtype=object)]
