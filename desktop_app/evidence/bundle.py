"""Writes a signed evidence bundle (a zip) from the history: streamed block by block, never loaded whole.

Each file is first written to a private temporary directory next to the destination while its SHA-256 is taken,
then the zip is assembled with fixed entry times and moved into place in one rename: a cancelled or failed export
leaves no partial file behind.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import platform as os_platform
import shutil
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop_app import __version__
from desktop_app.buildinfo import software_commit
from desktop_app.evidence import checkpoint, keys, names, sshsig
from desktop_app.evidence.csvout import CSV_COLUMNS
from desktop_app.evidence.render_blocks import PARTS, Job, render
from desktop_app.evidence.report_data import build_report_data
from desktop_app.evidence.verify_text import verify_text
from desktop_app.store.incidents import Incident, find_incidents
from desktop_app.store.log import HistoryStore
from desktop_app.store.sweep_index import CONNECTION_ID
from desktop_app.timeutil import utc_iso

FORMAT = "vantage-evidence"
FORMAT_VERSION = 1
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every entry: the zip says nothing of when or where it was made
SENSITIVE = ("public_ip", "resolver")

Progress = Callable[[int, int], None]  # blocks done, blocks in all


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


class ExportError(Exception):
    """The bundle could not be written; the message is a sentence a person can act on."""


@dataclass(frozen=True)
class ExportRequest:
    since: float
    until: float
    platforms: tuple[str, ...] | None = None  # None: every platform; else only these are revealed
    redact_ip: bool = True
    incident: Incident | None = None  # when exporting one incident (its range and platform)

    @classmethod
    def for_incident(cls, incident: Incident, redact_ip: bool = True, now: float | None = None) -> "ExportRequest":
        end = incident.end if incident.end is not None else (now if now is not None else time.time())
        platforms = None if incident.platform == CONNECTION_ID else (incident.platform,)
        return cls(incident.start, max(end, incident.last_seen) + 1.0, platforms, redact_ip, incident)


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
    conn = store.connection
    sweeps, total = conn.execute("SELECT count(*), coalesce(sum(count), 0) FROM blocks "
                                 "WHERE started_at >= ? AND started_at < ?", (request.since, request.until)).fetchone()
    measurements = total
    if request.platforms is not None:
        ids = [i for i in (store.name_id(1, p) for p in request.platforms) if i is not None]
        measurements = conn.execute(
            f"SELECT coalesce(sum(sp.count), 0) FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq "
            f"WHERE b.started_at >= ? AND b.started_at < ? AND sp.platform IN ({','.join('?' * len(ids)) or 'NULL'})",
            (request.since, request.until, *ids)).fetchone()[0] if ids else 0
    carries = {"ASN, provider and country": True, "public IP address": not request.redact_ip,
               "resolver address": not request.redact_ip}
    return ExportPreview(request.since, request.until, request.platforms, sweeps, measurements, carries)


class _HashedFile:
    """A file in the staging directory whose SHA-256 and size are taken as it is written."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.path = root / name
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[bytes] = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._hash.update(data)
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

    def open(self, name: str) -> _HashedFile:
        return _HashedFile(self.root, name)

    def done(self, f: _HashedFile) -> None:
        self.digests[f.name] = f.close()
        self.sizes[f.name] = f.size

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
    created = time.time() if now is None else now
    if request.until <= request.since:
        raise ExportError("The end of the range must be after its start.")
    signing = keys.load_or_create(key_dir, passphrase)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".vantage-export-") as work:
        os.chmod(work, 0o700)
        staging = _Staging(Path(work) / "bundle")
        with store.snapshot():
            counts = _write_measurements(store, request, staging, progress, cancel)
            head = checkpoint.make(store, counts["first_seq"], counts["last_seq"])
            incidents = find_incidents(store, request.since, request.until, request.platforms)
            staging.put(names.INCIDENTS, _json_bytes([i.json() for i in incidents]))
            data = build_report_data(store, request, incidents, created, signing.fingerprint)
        _write_report(staging, data)
        staging.put(names.VERIFY, verify_text([*staging.digests, names.MANIFEST, names.ALLOWED_SIGNERS,
                                                names.SIGNER_PUB]).encode())
        staging.put(names.ALLOWED_SIGNERS, (keys.allowed_signers_line(keys.IDENTITY, signing.public_line) + "\n")
                    .encode())
        staging.put(names.SIGNER_PUB, (signing.public_line + "\n").encode())
        manifest = _manifest(request, created, counts, head, signing.fingerprint, staging)
        staging.put(names.MANIFEST, _json_bytes(manifest))
        sums = "".join(f"{digest}  {name}\n" for name, digest in sorted(staging.digests.items())).encode()
        signature = sshsig.sign(sums, signing.private_key, keys.NAMESPACE)
        extra = {names.SUMS: sums, names.SIGNATURE: signature}
        result = ExportResult(dest, counts["sweeps"], counts["measurements"], dict(staging.digests))
        if timestamp_url:
            from desktop_app.evidence.timestamp import TimestampError, request_token  # noqa: PLC0415
            try:
                extra[names.TIMESTAMP] = request_token(timestamp_url, signature)
                result.timestamped = True
            except TimestampError as exc:
                result.notes.append(f"No timestamp was added: {exc} The bundle is complete without it; add one "
                                    f"later with `vantage timestamp {dest.name}`.")
        else:
            result.notes.append("No timestamp authority is configured: the bundle is signed but not timestamped.")
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        _zip(dest, staging, extra)
    return result


PARALLEL_FROM = 2000  # blocks: below this, worker processes cost more to start than they save
CHUNK_BLOCKS = 500
SMALL_CHUNK_BLOCKS = 5


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _write_measurements(store: HistoryStore, request: ExportRequest, staging: _Staging,
                        progress: Progress | None, cancel: threading.Event | None) -> dict[str, Any]:
    conn = store.connection
    seqs = [s for (s,) in conn.execute("SELECT seq FROM blocks WHERE started_at >= ? AND started_at < ? "
                                       "ORDER BY seq", (request.since, request.until))]
    if not seqs:
        raise ExportError("Nothing was measured in that range, so there is nothing to export. Choose a range "
                          "with measurements.")
    outputs = {name: staging.open(name) for name in PARTS}
    outputs[names.CSV].write(_csv_line(list(CSV_COLUMNS)))
    first = seqs[0]
    if first > 0:  # the block before the range: continuity for the recipient
        outputs[names.BLOCKS].write(store.block(first - 1).header_bytes + b"\n")
    parallel = len(seqs) >= PARALLEL_FROM and _workers() > 1
    size = CHUNK_BLOCKS if parallel else SMALL_CHUNK_BLOCKS  # small runs: progress and cancel stay responsive
    chunks = [tuple(seqs[i:i + size]) for i in range(0, len(seqs), size)]
    work = staging.root.parent / "chunks"
    jobs = [Job(str(store.path), chunk, request.platforms, request.redact_ip, str(work / f"{n:06d}"))
            for n, chunk in enumerate(chunks)]
    disclosures: dict[str, dict[str, dict[str, str]]] = {}
    catalogues: dict[str, None] = {}
    revealed, done = 0, 0
    pool = None
    try:
        if parallel:
            # spawn, not fork: the app calls this from a thread of a Qt process
            pool = multiprocessing.get_context("spawn").Pool(_workers())
            results = pool.imap(render, jobs)
        else:
            results = map(render, jobs)
        for rendered in results:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            for name in PARTS:
                with open(rendered.part(name), "rb") as part:
                    while chunk := part.read(1 << 20):
                        outputs[name].write(chunk)
            shutil.rmtree(rendered.folder, ignore_errors=True)
            disclosures.update(rendered.disclosures)
            catalogues.update(dict.fromkeys(rendered.catalogues))
            revealed += rendered.revealed
            done += rendered.blocks
            if progress is not None:
                progress(done, len(seqs))
    except BaseException:
        if pool is not None:
            pool.terminate()
        for f in outputs.values():
            f.close()
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    for f in outputs.values():
        staging.done(f)
    staging.put(names.DISCLOSURES, _json_bytes(disclosures))
    return {"sweeps": len(seqs), "measurements": revealed, "first_seq": first, "last_seq": seqs[-1],
            "with_previous": first > 0, "catalogues": list(catalogues)}


def _write_report(staging: _Staging, data: Any) -> None:
    from desktop_app.evidence.report import render_html, render_pdf  # noqa: PLC0415 - fpdf loads on use

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
        "files": {name: {"size": staging.sizes[name]} for name in sorted(staging.sizes)},
    }


def _zip(dest: Path, staging: _Staging, extra: dict[str, bytes]) -> None:
    """Assemble the zip next to dest and rename it into place (atomic on one filesystem)."""
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for name in sorted(staging.digests):
                info = _info(name)
                with open(staging.root / name, "rb") as src, archive.open(info, "w", force_zip64=True) as out:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
            for name, data in extra.items():
                archive.writestr(_info(name), data)
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, so the mode above is read back the same everywhere
    return info
