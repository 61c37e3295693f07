"""Writes a signed evidence bundle (a zip) from the history: streamed block by block, never loaded whole.

Each file is first written to a private staging directory of ours (under the data folder, on the destination's
disk) while its SHA-256 is taken, then the zip is assembled there with fixed entry times and moved into place in
one rename: a cancelled, failed or killed export leaves nothing beside the person's files, and the next export
clears what a killed one left in the staging folder.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import multiprocessing
import os
import platform as os_platform
import shutil
import stat
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any

from isal import isal_zlib
from stream_zip import NO_COMPRESSION_64, ZIP_64, stream_zip

from desktop_app import __version__
from desktop_app.common.buildinfo import software_commit
from desktop_app.common.errors import EvidenceError
from desktop_app.common.i18n import translator
from desktop_app.common.timeutil import utc_iso
from desktop_app.evidence import checkpoint, names
from desktop_app.evidence.crypto import keys, sshsig
from desktop_app.evidence.export.render_blocks import PARTS, Job, Rendered, render, worker_setup
from desktop_app.evidence.formats.csvout import CSV_COLUMNS
from desktop_app.evidence.formats.report_data import build_report_data
from desktop_app.evidence.formats.verify_text import verify_text
from desktop_app.store.incidents import Incident, find_incidents
from desktop_app.store.integrity import verify_for_export
from desktop_app.store.log import HistoryStore
from desktop_app.store.sweep_index import CONNECTION_ID
from desktop_app.system.paths import ensure_private_dir

FORMAT = "vantage-evidence"
FORMAT_VERSION = 1
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every entry: the zip says nothing of when or where it was made
ZIP_DATETIME = datetime(*ZIP_TIME)
FILE_MODE = stat.S_IFREG | 0o644
SENSITIVE = ("public_ip", "resolver")

Progress = Callable[[int, int], None]  # blocks done, blocks in all


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


class ExportError(EvidenceError):
    """The bundle could not be written; the message is a sentence a person can act on."""


@dataclass(frozen=True)
class ExportRequest:
    since: float
    until: float
    platforms: tuple[str, ...] | None = None  # None: every platform; else only these are revealed
    redact_ip: bool = True
    incident: Incident | None = None  # when exporting one incident (its range and platform)
    language: str = "en"  # the report's and VERIFY.txt's language ("en", "ur", "fa"); the data is the same in any

    @classmethod
    def for_incident(cls, incident: Incident, redact_ip: bool = True, now: float | None = None,
                     language: str = "en") -> ExportRequest:
        end = incident.end if incident.end is not None else (now if now is not None else time.time())
        platforms = None if incident.platform == CONNECTION_ID else (incident.platform,)
        return cls(incident.start, max(end, incident.last_seen) + 1.0, platforms, redact_ip, incident, language)


@dataclass(frozen=True)
class ExportPreview:
    """What a bundle will hold, shown before anything is written."""

    since: float
    until: float
    platforms: tuple[str, ...] | None
    sweeps: int
    measurements: int
    carries: dict[str, bool]  # identifying fields and whether the bundle will carry them

    @property
    def empty(self) -> bool:
        return self.sweeps == 0


@dataclass
class ExportResult:
    path: Path
    sweeps: int
    measurements: int
    files: dict[str, str] = field(default_factory=dict)  # path in the zip -> sha256
    timestamped: bool = False
    notes: list[str] = field(default_factory=list)


def preview(store: HistoryStore, request: ExportRequest) -> ExportPreview:
    sweeps, measurements = store.count_between(request.since, request.until, request.platforms)
    carries = {"ASN, provider and country": True, "public IP address": not request.redact_ip,
               "resolver address": not request.redact_ip}
    return ExportPreview(request.since, request.until, request.platforms, sweeps, measurements, carries)


class _HashedFile:
    """A file in the staging directory whose SHA-256, CRC-32 (for the zip) and size are taken as it is written."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.path = root / name
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[bytes] = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        self._hash = hashlib.sha256()
        self.crc = 0
        self.size = 0

    def write(self, data: bytes) -> None:
        self._hash.update(data)
        self.crc = isal_zlib.crc32(data, self.crc)  # ISA-L's: several times zlib's speed, the same checksum
        self._file.write(data)
        self.size += len(data)

    def close(self) -> str:
        self._file.close()
        return self._hash.hexdigest()


class _Staging:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.digests: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.crcs: dict[str, int] = {}

    def open(self, name: str) -> _HashedFile:
        return _HashedFile(self.root, name)

    def done(self, f: _HashedFile) -> None:
        self.digests[f.name] = f.close()
        self.sizes[f.name] = f.size
        self.crcs[f.name] = f.crc

    def record(self, name: str, digest: str, size: int) -> None:
        """A file that went straight into the zip, hashed on the way."""
        self.digests[name] = digest
        self.sizes[name] = size

    def put(self, name: str, data: bytes) -> None:
        f = self.open(name)
        f.write(data)
        self.done(f)


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _csv_line(values: list[Any]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(values)
    return out.getvalue().encode("utf-8")


def export_bundle(store: HistoryStore, request: ExportRequest, dest: Path, key_dir: Path, *,
                  passphrase: bytes | None = None, progress: Progress | None = None,
                  cancel: threading.Event | None = None, timestamp_url: str | None = None,
                  now: float | None = None) -> ExportResult:
    """Write the bundle for `request` to `dest` (a .zip), signed with the key in `key_dir` (made on first use)."""
    dest = Path(dest)
    if request.until <= request.since:
        raise ExportError("The end of the range must be after its start.")
    signing = keys.load_or_create(key_dir, passphrase)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        root = staging_root(store.path.parent, dest.parent)
        (dest.parent / f".{dest.name}.partial").unlink(missing_ok=True)  # left by versions that staged beside it
        with tempfile.TemporaryDirectory(dir=root, prefix=f"{STAGING_PREFIX}{os.getpid()}-") as work:
            os.chmod(work, 0o700)
            partial = Path(work) / "bundle.zip.partial"
            bundle = _Bundle(store, request, _Staging(Path(work) / "bundle"), signing, dest,
                             time.time() if now is None else now, progress, cancel, timestamp_url)
            members = bundle.members()
            try:
                with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
                    for chunk in stream_zip(members, chunk_size=1 << 20, get_compressobj=_deflater,
                                            extended_timestamps=False):  # entry times: ZIP_TIME and nothing else
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, dest)
            except BaseException:
                members.close()
                bundle.close()
                raise
    except OSError as exc:
        raise ExportError(f"The bundle could not be written to {dest} ({exc.strerror or exc}); nothing was left "
                          f"behind. Free some space or choose another folder, and export again.") from None
    assert bundle.result is not None
    return bundle.result


STAGING_DIR = "exports-in-progress"  # under the data folder: a killed export leaves nothing beside the person's files
STAGING_PREFIX = ".vantage-export-"  # then the exporting process's id


def staging_root(data_dir: Path, dest_dir: Path) -> Path:
    """Where an export is assembled: a private folder of ours on the destination's disk (so the finished zip
    moves into place in one rename), else beside the destination; stale stagings of dead exports are cleared."""
    root = dest_dir
    with contextlib.suppress(OSError):
        ours = ensure_private_dir(Path(data_dir) / STAGING_DIR)
        if ours.stat().st_dev == dest_dir.stat().st_dev:
            root = ours
    clear_stale_stagings(root)
    return root


def clear_stale_stagings(root: Path) -> int:
    """Remove the stagings in root left by exports whose process is gone; returns how many."""
    cleared = 0
    for entry in root.glob(f"{STAGING_PREFIX}*"):
        pid = entry.name.removeprefix(STAGING_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            cleared += 1
    return cleared


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _deflater() -> Any:
    """Raw deflate by ISA-L at its fast level: several times zlib's speed at about zlib's ratio."""
    return isal_zlib.compressobj(1, isal_zlib.DEFLATED, -15)


def _member(name: str, chunks: Iterable[bytes], method: Any = ZIP_64) -> tuple[str, datetime, int, Any,
                                                                             Iterable[bytes]]:
    return name, ZIP_DATETIME, FILE_MODE, method, chunks


PARALLEL_FROM = 2000  # blocks: below this, worker processes cost more to start than they save
CHUNK_BLOCKS = 100  # a job's result (~5 MB at 40 endpoints) travels back whole, through a pipe
AHEAD = 2  # jobs per worker rendered ahead of the one being written
SMALL_CHUNK_BLOCKS = 5
CHUNK_BYTES = 1 << 20
STORED = (names.OONI,)  # gzip already


def export_workers() -> int:
    """Processes that render a big export: one per CPU, at most four (beyond that the writer is the limit)."""
    return max(1, min(4, os.cpu_count() or 1))


class _Bundle:
    """The bundle as a stream of zip members: measurements.jsonl is zipped as it is rendered; the other files are
    staged first (the OONI file gzipped by the workers), then zipped, then SHA256SUMS with their digests."""

    def __init__(self, store: HistoryStore, request: ExportRequest, staging: _Staging, signing: keys.SigningKey,
                 dest: Path, created: float, progress: Progress | None, cancel: threading.Event | None,
                 timestamp_url: str | None) -> None:
        self.store, self.request, self.staging, self.signing = store, request, staging, signing
        self.dest, self.created, self.progress, self.cancel = dest, created, progress, cancel
        self.timestamp_url = timestamp_url
        self.counts: dict[str, Any] = {}
        self.result: ExportResult | None = None
        self._pool: Any = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ExportCancelled()

    def members(self) -> Generator[tuple[str, datetime, int, Any, Iterable[bytes]], None, None]:
        store, request, staging = self.store, self.request, self.staging
        with store.snapshot():
            seqs = store.seqs_between(request.since, request.until)
            if not seqs:
                raise ExportError("Nothing was measured in that range, so there is nothing to export. Choose a "
                                  "range with measurements.")
            # in this snapshot: the chain of every header; the range's blocks are checked as they are rendered
            vouched = verify_for_export(store, seqs[0], seqs[-1], range_checked_by="render workers")
            if not vouched.ok:
                raise _not_vouched(vouched.sentence)
            yield _member(names.MEASUREMENTS, self._measurements(seqs))
            # stream_zip asks for the next member only once the last one's chunks ran out: all parts are staged
            counts = self.counts
            head = checkpoint.make(store, counts["first_seq"], counts["last_seq"])
            incidents = find_incidents(store, request.since, request.until, request.platforms)
            staging.put(names.INCIDENTS, _json_bytes([i.json() for i in incidents]))
            data = build_report_data(store, request, incidents, self.created, self.signing.fingerprint)
        _write_report(staging, data)
        staging.put(names.VERIFY, verify_text([*staging.digests, names.MANIFEST, names.ALLOWED_SIGNERS,
                                                names.SIGNER_PUB], translator(request.language)).encode())
        staging.put(names.ALLOWED_SIGNERS, (keys.allowed_signers_line(keys.IDENTITY, self.signing.public_line)
                                            + "\n").encode())
        staging.put(names.SIGNER_PUB, (self.signing.public_line + "\n").encode())
        manifest = _manifest(request, self.created, counts, head, self.signing.fingerprint, staging)
        staging.put(names.MANIFEST, _json_bytes(manifest))
        sums = "".join(f"{digest}  {name}\n" for name, digest in sorted(staging.digests.items())).encode()
        signature = sshsig.sign(sums, self.signing.private_key, keys.NAMESPACE)
        extra = {names.SUMS: sums, names.SIGNATURE: signature}
        result = ExportResult(self.dest, counts["sweeps"], counts["measurements"], dict(staging.digests))
        if self.timestamp_url:
            from desktop_app.evidence.crypto.timestamp import TimestampError, request_token
            try:
                extra[names.TIMESTAMP] = request_token(self.timestamp_url, signature)
                result.timestamped = True
            except TimestampError as exc:
                result.notes.append(f"No timestamp was added: {exc} The bundle is complete without it; add one "
                                    f"later with `vantage timestamp {self.dest.name}`.")
        else:
            result.notes.append("No timestamp authority is configured: the bundle is signed but not timestamped.")
        self._check_cancel()
        for name in sorted(staging.digests):
            if name == names.MEASUREMENTS:
                continue  # zipped already, as it was rendered
            # Members compressed already are stored as they are.
            method = NO_COMPRESSION_64(staging.sizes[name], staging.crcs[name]) if name in STORED else ZIP_64
            yield _member(name, self._file_chunks(staging.root / name), method)
        for name, blob in extra.items():
            yield _member(name, (blob,))
        self.result = result

    def _file_chunks(self, path: Path) -> Iterator[bytes]:
        """A staged file's bytes for the zip; a month's take seconds, so a cancel is heard between chunks."""
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK_BYTES):
                self._check_cancel()
                yield chunk

    def _rendered(self, jobs: list[Job], parallel: bool) -> Iterator[Rendered]:
        """The jobs' results in order; in parallel, only a few jobs ahead of the one being written, so memory stays
        bounded however fast the workers are."""
        if not parallel:
            yield from map(render, jobs)
            return
        # spawn, not fork: the app calls this from a thread of a Qt process
        self._pool = multiprocessing.get_context("spawn").Pool(export_workers(), initializer=worker_setup)
        waiting: deque[Any] = deque()
        queue = iter(jobs)
        for job in islice(queue, AHEAD * export_workers()):
            waiting.append(self._pool.apply_async(render, (job,)))
        while waiting:
            rendered = waiting.popleft().get()
            upcoming = next(queue, None)
            if upcoming is not None:
                waiting.append(self._pool.apply_async(render, (upcoming,)))
            yield rendered

    def _measurements(self, seqs: list[int]) -> Iterator[bytes]:
        """Render the blocks (in worker processes for big exports), yield measurements.jsonl in log order, and
        stage every other per-measurement file."""
        store, request, staging = self.store, self.request, self.staging
        staged = {name: staging.open(name) for name in PARTS if name != names.MEASUREMENTS}
        staged[names.CSV].write(_csv_line(list(CSV_COLUMNS)))
        first = seqs[0]
        if first > 0:  # the block before the range: continuity for the recipient
            staged[names.BLOCKS].write(store.block(first - 1).header_bytes + b"\n")
        parallel = len(seqs) >= PARALLEL_FROM and export_workers() > 1
        size = CHUNK_BLOCKS if parallel else SMALL_CHUNK_BLOCKS  # small runs: progress and cancel stay responsive
        jobs = [Job(str(store.path), tuple(seqs[i:i + size]), request.platforms, request.redact_ip)
                for i in range(0, len(seqs), size)]
        disclosures: dict[str, dict[str, dict[str, str]]] = {}
        catalogues: dict[str, None] = {}
        evidence: dict[str, None] = {}
        digest, length = hashlib.sha256(), 0
        revealed, done = 0, 0
        try:
            for rendered in self._rendered(jobs, parallel):
                self._check_cancel()
                if rendered.problem is not None:  # nothing is signed: the zip being written is discarded
                    raise _not_vouched(rendered.problem)
                for name, out in staged.items():
                    out.write(rendered.parts[name])
                data = rendered.parts[names.MEASUREMENTS]
                digest.update(data)
                length += len(data)
                for i in range(0, len(data), CHUNK_BYTES):
                    yield data[i:i + CHUNK_BYTES]
                disclosures.update(rendered.disclosures)
                catalogues.update(dict.fromkeys(rendered.catalogues))
                evidence.update(dict.fromkeys(rendered.blobs))
                revealed += rendered.revealed
                done += rendered.blocks
                if self.progress is not None:
                    self.progress(done, len(seqs))
        finally:
            self.close()
            for out in staged.values():
                staging.done(out)
        staging.record(names.MEASUREMENTS, digest.hexdigest(), length)
        for sha256 in sorted(evidence):  # the certificates and bodies the measurements name, each once
            kept = store.blob(sha256)
            if kept is not None:
                staging.put(names.blob(sha256), kept)
        staging.put(names.DISCLOSURES, _json_bytes(disclosures))
        self.counts = {"sweeps": len(seqs), "measurements": revealed, "first_seq": first, "last_seq": seqs[-1],
                       "with_previous": first > 0, "catalogues": list(catalogues)}


def _not_vouched(sentence: str) -> ExportError:
    return ExportError(f"Nothing was exported (a signature would vouch for it): {sentence[0].lower()}{sentence[1:]} "
                       "Run `vantage log verify`, and export a range before the damage or start a new history with "
                       "--data-dir.")


def _write_report(staging: _Staging, data: Any) -> None:
    from desktop_app.evidence.formats.report import render_html, render_pdf

    staging.put(names.REPORT_HTML, render_html(data).encode("utf-8"))
    pdf = staging.root / names.REPORT_PDF
    render_pdf(data, pdf)
    staging.put(names.REPORT_PDF, pdf.read_bytes())


def _manifest(request: ExportRequest, created: float, counts: dict[str, Any], head: dict[str, Any],
              fingerprint: str, staging: _Staging) -> dict[str, Any]:
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "created_at": utc_iso(created),
        "range": {"since": utc_iso(request.since), "until": utc_iso(request.until)},
        "platforms": None if request.platforms is None else sorted(request.platforms),
        "incident": None if request.incident is None else request.incident.json(),
        "app": {"name": "vantage", "version": __version__, "commit": software_commit()},
        "os": os_platform.platform(terse=True),
        "catalogue_digests": counts["catalogues"],  # SHA-256 of the catalogue files each sweep probed with
        "signer": {"identity": keys.IDENTITY, "namespace": keys.NAMESPACE, "fingerprint": fingerprint},
        "checkpoint": head,
        "blocks": {"first": counts["first_seq"] - (1 if counts["with_previous"] else 0), "last": counts["last_seq"],
                   "in_range": counts["sweeps"], "with_previous": counts["with_previous"]},
        "measurements": counts["measurements"],
        "redacted": list(SENSITIVE) if request.redact_ip else [],
        "report_language": request.language,
        "files": {name: {"size": staging.sizes[name]} for name in sorted(staging.sizes)},
    }
