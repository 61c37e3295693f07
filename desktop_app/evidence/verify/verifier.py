"""Checks an evidence bundle end to end and reports each check with pass or fail, in words a recipient can use.

Streams the zip: each file is hashed as it is read, and the measurements are checked against their blocks line by
line, so a bundle of millions of measurements needs little memory.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import threading
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from isal import isal_zlib

from desktop_app.common import fastjson
from desktop_app.common.errors import EvidenceError
from desktop_app.evidence import checkpoint, names
from desktop_app.evidence.crypto import keys, sshsig
from desktop_app.evidence.export.bundle import FORMAT, FORMAT_VERSION
from desktop_app.evidence.proof_lines import proof_line
from desktop_app.evidence.verify import shapes
from desktop_app.evidence.verify.shapes import ShapeError
from desktop_app.store.hashing import commitment, merkle_root, parse_canonical, verify_inclusion
from desktop_app.store.log import GENESIS
from desktop_app.store.records import PlatformSummary, commitments_of, platform_summaries

_SUM_LINE = re.compile(r"^([0-9a-f]{64})  ([^\s/\\][^\n\\]*)$")
MAX_LISTED = 10_000  # more files than any bundle of ours has: a list this long is not ours
CHUNK = 1 << 20  # bytes read from a zip entry at a time: ZipExtFile's readline is slow, bytes.split is not
MAX_LINE = 64 << 20  # a measurement is a few KiB; a longer line is a forgery that would only eat memory
_parse = fastjson.loads  # proofs and, for a platform bundle, records: json.loads by way of orjson


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Verification:
    checks: list[Check] = field(default_factory=list)
    fingerprint: str | None = None
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append(Check(name, ok, detail))
        return ok


class _Stop(Exception):
    """A check failed in a way that makes the later checks meaningless."""


@dataclass
class _Block:
    seq: int
    hash: str
    root: bytes
    count: int
    summaries: dict[str, PlatformSummary]  # its header's context["platforms"], typed (store/records.py)
    commitments: dict[str, str]
    revealed: list[int] = field(default_factory=list)
    platforms: Counter[str] = field(default_factory=Counter)
    leaves: list[bytes] = field(default_factory=list)  # a block revealed whole, to recompute its root


class VerifyCancelled(EvidenceError):
    """The person stopped the verification; it says nothing about the bundle either way."""

    def __init__(self) -> None:
        super().__init__("The verification was stopped before it ended; it says nothing about the bundle.")


Progress = Callable[[int, int], None]  # bytes read so far, bytes the zip's entries hold in all


class _Archive(zipfile.ZipFile):
    """The bundle's zip, with its big entries read in chunks that report progress and stop as soon as the person
    cancels."""

    cancel: threading.Event | None = None
    progress: Progress | None = None
    done = 0
    total = 0  # the entries' sizes as the zip declares them: only for the progress bar

    def chunks(self, name: str) -> Iterator[bytes]:
        with self.open(name) as f:
            _inflate_with_isal(f)
            while chunk := f.read(CHUNK):
                if self.cancel is not None and self.cancel.is_set():
                    raise VerifyCancelled()
                self.count(len(chunk))
                yield chunk

    def count(self, size: int) -> None:
        self.done += size
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


_ISAL_ERROR = cast(type[Exception], isal_zlib.error)  # its stub types the class as an instance


def _inflate_with_isal(entry: IO[bytes]) -> None:
    """zipfile inflates with zlib; ISA-L's inflate (python-isal, a drop-in for zlib's decompressor) gives the same
    bytes in less than half the time (a month's measurements.jsonl: 3.6 s -> 1.5 s). zipfile still checks the
    entry's CRC-32 and sizes. Done only on an entry not yet read, and only where zipfile has the slot to fill."""
    if getattr(entry, "_compress_type", None) == zipfile.ZIP_DEFLATED and hasattr(entry, "_decompressor"):
        entry._decompressor = isal_zlib.decompressobj(-15)


def verify_bundle(path: Path, expect_key: str | None = None, tsa_ca: Path | None = None,
                  cancel: threading.Event | None = None, progress: Progress | None = None) -> Verification:
    """Every check on the bundle at `path`; raises VerifyCancelled if `cancel` is set before they are done."""
    result = Verification()
    try:
        if (problem := _directory_problem(path)) is not None:
            result.add("zip", False, problem)
            return result
        with _Archive(path) as archive:
            archive.cancel, archive.progress = cancel, progress
            archive.total = sum(i.file_size for i in archive.infolist())
            _verify(archive, result, expect_key, tsa_ca)
    except _Stop:
        pass
    except _Oversize as exc:
        result.add("file sizes", False, str(exc))
    except ShapeError as exc:
        result.add(exc.file, False, f"{exc.problem}; verification stopped.")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, _ISAL_ERROR, NotImplementedError, RuntimeError,
            UnicodeDecodeError) as exc:
        # damaged compressed data, a bad CRC, an unknown compression method, an encrypted entry or a name that
        # claims to be UTF-8 and is not
        result.add("zip", False, f"{path} is not a complete, readable zip file ({exc}).")
    except VerifyCancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - a check that forgot a shape: still FAIL, never a traceback or an OK
        result.add("verifier", False, f"the bundle could not be checked to the end ({type(exc).__name__}: {exc}); "
                                      "do not rely on it, and report this to Vantage's developers.")
    return result


MAX_DIRECTORY = 4 << 20  # bytes of central directory: ours is a few KiB; each entry costs memory once parsed


def _directory_problem(path: Path) -> str | None:
    """Read only the zip's end record: a central directory of millions of entries would be parsed into memory
    whole by zipfile before any check could run (300 MiB for a 24 MiB zip of empty entries)."""
    with open(path, "rb") as f:
        end = getattr(zipfile, "_EndRecData")(f)  # noqa: B009 - private, but the one reader of the end record
    if end is None:
        return None  # not a zip: ZipFile says so in its own words
    entries, size = end[getattr(zipfile, "_ECD_ENTRIES_TOTAL")], end[getattr(zipfile, "_ECD_SIZE")]  # noqa: B009
    if entries > MAX_LISTED + len(names.UNLISTED) or size > MAX_DIRECTORY:
        return (f"{path} claims {entries:,} files in a directory of {size:,} bytes, far more than any bundle holds; "
                "it was not opened.")
    return None


class _Oversize(Exception):
    """A file or a line of the bundle is larger than any bundle of ours writes: a zip bomb or a forgery."""

    @classmethod
    def file(cls, name: str, size: int, limit: int) -> _Oversize:
        return cls(f"{name} holds {size:,} bytes or more, far more than any bundle's {name} (at most {limit:,}); "
                   f"it was not read and verification stopped.")

    @classmethod
    def line(cls, name: str, limit: int) -> _Oversize:
        return cls(f"{name} has a line of more than {limit:,} bytes, which no bundle writes; verification stopped.")


# Files read whole are bounded, so a hostile bundle costs bounded memory (the big files are streamed).
SMALL_LIMIT = 1 << 20
LIMITS = {names.SIGNATURE: 64 << 10, names.TIMESTAMP: 64 << 10, names.SIGNER_PUB: 64 << 10,
          names.ALLOWED_SIGNERS: 64 << 10, names.MANIFEST: 16 << 20, names.DISCLOSURES: 256 << 20}


RATIO_FROM = 1 << 20  # a smaller file costs little to unpack whatever its ratio
MAX_RATIO = 200  # our measurements compress about 20 times; deflate's limit is about 1,000 (runs of one byte)


def _read(archive: _Archive, name: str) -> bytes:
    limit = LIMITS.get(name, SMALL_LIMIT)
    size = archive.getinfo(name).file_size
    if size > limit:
        raise _Oversize.file(name, size, limit)
    with archive.open(name) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise _Oversize.file(name, len(data), limit)
    archive.count(len(data))
    return data


def _verify(archive: _Archive, result: Verification, expect_key: str | None, tsa_ca: Path | None) -> None:
    entries = [i.filename for i in archive.infolist()]
    dupes = sorted(n for n, c in Counter(entries).items() if c > 1)
    unsafe = [n for n in entries if n.startswith(("/", "\\")) or ".." in n.split("/") or ":" in n]
    if not result.add("zip", not dupes and not unsafe and bool(entries),
                      "the zip opens and names each file once" if not dupes and not unsafe and entries else
                      f"the zip holds duplicate or unsafe names: {', '.join(dupes + unsafe) or 'no files'}"):
        raise _Stop
    for required in (names.SUMS, names.SIGNATURE):
        if required not in entries:
            result.add("files", False, f"{required} is missing, so nothing in the bundle can be trusted.")
            raise _Stop
    sums = _read(archive, names.SUMS)
    listed = _parse_sums(sums, result)
    signature = _read(archive, names.SIGNATURE)
    _check_signature(archive, entries, sums, signature, result, expect_key)
    extra = sorted(set(entries) - set(listed) - set(names.UNLISTED))
    result.add("nothing unlisted", not extra, "every file in the zip is listed in SHA256SUMS" if not extra else
               f"the zip holds files SHA256SUMS does not list: {', '.join(extra)}")
    missing = sorted(set(listed) - set(entries))
    if missing:
        result.add("files", False, f"files listed in SHA256SUMS are missing: {', '.join(missing)}")
    manifest = _manifest(archive, listed, result)
    _check_declared_sizes(archive, listed, manifest)
    hashes: dict[str, str] = {}
    sizes: dict[str, int] = {}
    blocks = _check_blocks(archive, listed, manifest, result, hashes, sizes)
    _check_measurements(archive, listed, manifest, blocks, result, hashes, sizes)
    _check_disclosures(archive, manifest, blocks, result)
    for name in listed:  # the rest: hashed as they stream past
        if name in entries and name not in hashes:
            hashes[name], sizes[name] = _hash_entry(archive, name)
    bad = [n for n in sorted(listed) if n in hashes and hashes[n] != listed[n]]
    wrong_size = [n for n in sorted(listed) if n in sizes and n != names.MANIFEST
                  and manifest.get("files", {}).get(n, {}).get("size") != sizes[n]]
    result.add("file hashes", not bad and not missing,
               f"all {len(listed)} listed files match their SHA-256" if not bad and not missing else
               f"files whose content differs from SHA256SUMS: {', '.join(bad) or 'none'}"
               + (f"; missing: {', '.join(missing)}" if missing else ""))
    misnamed = [n for n in sorted(listed) if n.startswith(names.BLOBS) and listed[n] != n[len(names.BLOBS):]]
    blob_count = sum(1 for n in listed if n.startswith(names.BLOBS))
    result.add("evidence bytes", not misnamed,
               f"{blob_count} certificates and bodies, each the bytes its SHA-256 names" if not misnamed else
               f"evidence files whose content is not the SHA-256 they are named by: {', '.join(misnamed)}")
    result.add("file sizes", not wrong_size, "every file has the size the manifest states" if not wrong_size else
               f"files whose size differs from the manifest: {', '.join(wrong_size)}")
    if names.TIMESTAMP in entries:
        _check_timestamp(_read(archive, names.TIMESTAMP), signature, tsa_ca, result)
    else:
        result.add("timestamp", True, "no timestamp token (optional): the signature alone says who, not when")


def _parse_sums(sums: bytes, result: Verification) -> dict[str, str]:
    listed: dict[str, str] = {}
    try:
        text = sums.decode("utf-8")
    except UnicodeDecodeError:
        result.add("SHA256SUMS", False, "SHA256SUMS is not UTF-8 text.")
        raise _Stop from None
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) > MAX_LISTED:
        result.add("SHA256SUMS", False, "SHA256SUMS does not end with a newline or is far too long.")
        raise _Stop
    for number, line in enumerate(lines[:-1], 1):
        match = _SUM_LINE.match(line)
        if match is None or match.group(2) in listed or match.group(2) in names.UNLISTED:
            result.add("SHA256SUMS", False, f"line {number} of SHA256SUMS is not a unique '<sha256>  <file>' line.")
            raise _Stop
        listed[match.group(2)] = match.group(1)
    if list(listed) != sorted(listed):
        result.add("SHA256SUMS", False, "SHA256SUMS is not sorted by file name.")
        raise _Stop
    result.add("SHA256SUMS", True, f"lists {len(listed)} files")
    return listed


def _check_signature(archive: _Archive, entries: list[str], sums: bytes, signature: bytes,
                     result: Verification, expect_key: str | None) -> None:
    try:
        signer = sshsig.verify(sums, signature, keys.NAMESPACE)
    except sshsig.SignatureProblem as exc:
        result.add("signature", False, f"the signature over SHA256SUMS does not verify: {exc}")
        raise _Stop from None
    fingerprint = keys.fingerprint(signer)
    result.fingerprint = fingerprint
    result.add("signature", True, f"SHA256SUMS is signed (namespace {keys.NAMESPACE}) by key {fingerprint}")
    shipped = [(name, fingerprints_in(_read(archive, name).decode("utf-8", "replace")))
               for name in (names.SIGNER_PUB, names.ALLOWED_SIGNERS) if name in entries]
    stray = [n for n, found in shipped if found != [fingerprint]]
    result.add("signer key", len(shipped) == 2 and not stray,
               "signer.pub and allowed_signers hold exactly the signing key" if len(shipped) == 2 and not stray else
               f"{', '.join(stray) or 'signer.pub/allowed_signers'} do not hold the key that signed")
    if expect_key is not None:
        result.add("expected key", expect_key.strip() == fingerprint,
                   f"signed by the expected key {expect_key}" if expect_key.strip() == fingerprint else
                   f"signed by {fingerprint}, not by the expected key {expect_key}: someone else made this bundle")


def fingerprints_in(text: str) -> list[str]:
    """The fingerprints of the OpenSSH public keys in a signer.pub or allowed_signers text, in order."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        for i, f in enumerate(fields[:-1]):
            if f.startswith("ssh-"):
                try:
                    key = serialization.load_ssh_public_key(f"{f} {fields[i + 1]}".encode())
                except (ValueError, UnsupportedAlgorithm):
                    continue
                found.append(keys.fingerprint(key))
                break
    return found


def _manifest(archive: _Archive, listed: dict[str, str], result: Verification) -> dict[str, Any]:
    if names.MANIFEST not in listed:
        result.add("manifest", False, "manifest.json is not listed in SHA256SUMS.")
        raise _Stop
    manifest = _json_file(archive, names.MANIFEST)
    if not (isinstance(manifest, dict) and manifest.get("format") == FORMAT
            and manifest.get("format_version") == FORMAT_VERSION):
        result.add("manifest", False, f"manifest.json is not a {FORMAT} v{FORMAT_VERSION} manifest.")
        raise _Stop
    shapes.require(names.MANIFEST, shapes.MANIFEST, manifest)
    result.manifest = manifest
    result.add("manifest", True, f"{FORMAT} v{FORMAT_VERSION}, made {manifest.get('created_at')} for "
                                 f"{manifest['range']['since']} to {manifest['range']['until']}")
    return manifest


def _json_file(archive: _Archive, name: str) -> Any:
    """A JSON file of the bundle, parsed; ShapeError if it is not JSON at all."""
    try:
        return json.loads(_read(archive, name))
    except (ValueError, RecursionError) as exc:  # RecursionError: [[[[... nested deeper than any file of ours
        raise ShapeError(name, f"the file is not JSON ({type(exc).__name__})") from None


def _json_line(name: str, raw: bytes, shape: shapes.Shape) -> Any:
    try:
        value = _parse(raw)
    except (ValueError, RecursionError) as exc:
        raise ShapeError(name, f"the line is not JSON ({exc})") from None
    return shapes.require(name, shape, value)


def _check_declared_sizes(archive: _Archive, listed: dict[str, str], manifest: dict[str, Any]) -> None:
    """Before any big file is read: each file must be the size the manifest states and compress no better than
    our data does, so a zip bomb (a gigabyte of newlines in a megabyte) is refused unread."""
    declared = manifest["files"]
    for info in archive.infolist():
        name = info.filename
        if name not in listed or name == names.MANIFEST:
            continue
        stated = declared.get(name, {}).get("size")
        if stated is not None and info.file_size != stated:
            raise _Oversize(f"the zip says {name} holds {info.file_size:,} bytes, the manifest {stated:,}; "
                            "it was not read and verification stopped.")
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * info.compress_size:
            raise _Oversize(f"{name} unpacks to {info.file_size:,} bytes from {info.compress_size:,}, more than "
                            f"{MAX_RATIO} times smaller than any data of ours compresses (a zip bomb); it was not "
                            "read and verification stopped.")


def _lines(archive: _Archive, name: str, hashes: dict[str, str], sizes: dict[str, int]) -> Iterator[bytes]:
    """Each line of an entry without its b"\n" (a last line without one still counts); once all are read, the
    SHA-256 and size of the whole entry are in hashes and sizes."""
    return itertools.chain.from_iterable(_line_batches(archive, name, hashes, sizes))


def _line_batches(archive: _Archive, name: str, hashes: dict[str, str],
                  sizes: dict[str, int]) -> Iterator[list[bytes]]:
    digest, size, rest = hashlib.sha256(), 0, b""
    for chunk in archive.chunks(name):
        digest.update(chunk)
        size += len(chunk)
        lines = chunk.split(b"\n")
        lines[0] = rest + lines[0]
        rest = lines.pop()  # the start of a line the next chunk finishes, or b"" after a newline
        if len(rest) > MAX_LINE:
            raise _Oversize.line(name, MAX_LINE)
        yield lines
    if rest:
        yield [rest]
    hashes[name], sizes[name] = digest.hexdigest(), size


def _hash_entry(archive: _Archive, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for chunk in archive.chunks(name):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _check_blocks(archive: _Archive, listed: dict[str, str], manifest: dict[str, Any], result: Verification,
                  hashes: dict[str, str], sizes: dict[str, int]) -> dict[int, _Block]:
    blocks: dict[int, _Block] = {}
    problem = None
    genesis_prev = None
    previous: _Block | None = None
    if names.BLOCKS not in listed:
        result.add("blocks", False, "blocks.jsonl is missing.")
        raise _Stop
    for number, raw in enumerate(_lines(archive, names.BLOCKS, hashes, sizes), 1):
        try:
            header = shapes.require(names.BLOCKS, shapes.BLOCK_HEADER, parse_canonical(raw))
            block = _Block(header["seq"], hashlib.sha256(raw).hexdigest(), bytes.fromhex(header["merkle_root"]),
                           header["count"], platform_summaries(header["context"]),
                           commitments_of(header["context"]))
        except (KeyError, TypeError, ValueError, RecursionError) as exc:
            problem = f"line {number} of blocks.jsonl is not a block header as the log wrote it ({exc})"
            break  # the rest is hashed in chunks: a million empty lines cost no million steps
        if previous is not None and (block.seq != previous.seq + 1 or header.get("prev") != previous.hash):
            problem = problem or (f"block {block.seq} does not follow block {previous.seq}: the chain is broken "
                                  "(a block was removed, added, reordered or altered)")
        if not blocks:
            genesis_prev = header.get("prev")
        blocks[block.seq] = block
        previous = block
    info = manifest["blocks"]
    if not problem and blocks:
        first, last = min(blocks), max(blocks)
        if (first, last) != (info.get("first"), info.get("last")):
            problem = (f"the bundle holds blocks {first}-{last}, the manifest says "
                       f"{info.get('first')}-{info.get('last')}")
        elif first == 0 and genesis_prev != GENESIS:
            problem = "block 0 does not start the log"
    if not blocks:
        problem = problem or "blocks.jsonl holds no block"
    result.add("block chain", problem is None, problem or f"{len(blocks)} blocks, each chained to the one before "
                                                          "and matching its hash")
    error = checkpoint.check(manifest["checkpoint"], {s: b.hash for s, b in blocks.items()})
    result.add("log checkpoint", error is None, error or (
        f"anchored in the log {manifest['checkpoint'].get('origin')} of {manifest['checkpoint'].get('size')} blocks"))
    return blocks


def _check_measurements(archive: _Archive, listed: dict[str, str], manifest: dict[str, Any],
                        blocks: dict[int, _Block], result: Verification, hashes: dict[str, str],
                        sizes: dict[str, int]) -> None:
    chosen = manifest.get("platforms")
    everything = chosen is None
    in_range = [b for s, b in sorted(blocks.items()) if not (manifest["blocks"].get("with_previous")
                                                             and s == manifest["blocks"]["first"])]
    problem: str | None = None
    count = 0
    last_position = (-1, -1)
    if names.MEASUREMENTS not in listed or names.PROOFS not in listed:
        result.add("measurements", False, "measurements.jsonl or proofs.jsonl is missing.")
        return
    records = _lines(archive, names.MEASUREMENTS, hashes, sizes)
    proofs = _lines(archive, names.PROOFS, hashes, sizes)
    # The proof line the next measurement carries if it continues a block revealed whole, exactly as the exporter
    # writes it, and what it says: such a line is read by one comparison instead of a parse.
    expected, expected_says = None, (-1, -1, -1)
    for raw, proof_raw in itertools.zip_longest(records, proofs):
        count += 1
        if problem:
            break  # the verdict is FAIL; the rest is hashed in chunks, not stepped through line by line
        if raw is None or proof_raw is None:
            problem = "measurements.jsonl and proofs.jsonl differ in length"
            continue
        try:
            if proof_raw == expected:
                (seq, index, size), path = expected_says, []
            else:
                proof = _json_line(names.PROOFS, proof_raw, shapes.PROOF)
                seq, index, size, path = proof["seq"], proof["index"], proof["tree_size"], proof["proof"]
            # A whole-range bundle is checked against each block's Merkle root, which needs no parsing of
            # the records; a platform's bundle must show each record is that platform's.
            record = None if everything else _json_line(names.MEASUREMENTS, raw, shapes.RECORD)
        except ShapeError as exc:
            problem = f"measurement {count} cannot be read: line {count} of {exc}"
            continue
        block = blocks.get(seq)
        if block is None:
            problem = f"measurement {count} claims block {seq}, which the bundle does not hold"
            continue
        if (seq, index) <= last_position:
            problem = f"measurement {count} is out of log order (block {seq}, position {index})"
            continue
        last_position = (seq, index)
        if size != block.count:
            problem = f"measurement {count}: block {seq} holds {block.count} measurements, its proof says {size}"
            continue
        if not path or (everything and index == len(block.revealed)):
            # A block revealed whole, in order, needs no proofs: its root is recomputed from all its measurements.
            if index != len(block.leaves):
                problem = (f"measurement {count} (block {seq}, position {index}) carries no inclusion proof, and "
                           "the measurements before it in its block are not all there")
                continue
            block.leaves.append(raw)
            if len(block.leaves) == block.count:
                if merkle_root(block.leaves) != block.root:
                    problem = f"block {seq}: its measurements do not match its Merkle root"
                block.leaves = []  # checked; a month of measurements is never held at once
        elif not verify_inclusion(raw, index, size, [bytes.fromhex(p) for p in path], block.root):
            problem = (f"measurement {count} (block {seq}, position {index}) is not the measurement the log "
                       "recorded there")
            continue
        block.revealed.append(index)
        if not path:
            expected, expected_says = _next_whole_block_proof(blocks, block, index)
        if record is not None:
            block.platforms[record.get("platform")] += 1
            if chosen is not None and record.get("platform") not in chosen:  # a record is parsed only when chosen
                problem = f"measurement {count} is of {record.get('platform')}, which this bundle does not cover"
    if problem is None:
        problem = _completeness(in_range, chosen, everything)
    if problem is None:
        partial = next((b for b in blocks.values() if b.leaves), None)
        if partial is not None:
            problem = (f"block {partial.seq}: {len(partial.leaves)} of its {partial.count} measurements carry no "
                       "inclusion proof, and the rest are not there to recompute its Merkle root")
    if problem is None and count != manifest.get("measurements"):
        problem = f"the bundle holds {count} measurements, the manifest says {manifest.get('measurements')}"
    result.add("measurements", problem is None, problem or (
        f"{count} measurements, each the exact bytes the log hashed in its block "
        + ("(every measurement of every block in range)" if chosen is None else
           f"(all of {', '.join(chosen)}; the others stay hidden but provably present)")))


def _completeness(in_range: list[_Block], chosen: list[str] | None, everything: bool) -> str | None:
    for block in in_range:
        if everything:
            if len(block.revealed) != block.count:
                return (f"block {block.seq}: {block.count - len(block.revealed)} of its {block.count} measurements "
                        "are missing")
            continue
        for platform in chosen or []:
            found = block.summaries.get(platform)
            expected = 0 if found is None else found.total
            if block.platforms[platform] != expected:
                return (f"block {block.seq}: {expected - block.platforms[platform]} of the {expected} measurements "
                        f"of {platform} are missing")
    return None


def _next_whole_block_proof(blocks: dict[int, _Block], block: _Block,
                            index: int) -> tuple[bytes | None, tuple[int, int, int]]:
    """The exporter's proof line for the measurement after (block, index) in a whole-block bundle, and its fields."""
    if index + 1 < block.count:
        seq, index, size = block.seq, index + 1, block.count
    elif (following := blocks.get(block.seq + 1)) is not None:
        seq, index, size = following.seq, 0, following.count
    else:
        return None, (-1, -1, -1)
    return proof_line(index, seq, size), (seq, index, size)


def _check_disclosures(archive: _Archive, manifest: dict[str, Any], blocks: dict[int, _Block],
                       result: Verification) -> None:
    try:
        disclosed = shapes.require(names.DISCLOSURES, shapes.DISCLOSURES, _json_file(archive, names.DISCLOSURES))
    except KeyError:
        result.add("disclosures", False, "disclosures.json is missing.")
        return
    except ShapeError as exc:
        result.add("disclosures", False, f"{exc}.")
        return
    redacted = set(manifest["redacted"])
    shown = 0
    for seq_text, values in disclosed.items():
        block = blocks.get(int(seq_text))
        if block is None:
            result.add("disclosures", False, f"disclosures.json names block {seq_text}, which the bundle lacks")
            return
        commitments = block.commitments
        for name, item in values.items():
            if name in redacted:
                result.add("disclosures", False, f"block {seq_text} discloses {name}, which the manifest says "
                                                 "was withheld")
                return
            if commitment(bytes.fromhex(item["salt"]), item["value"]) != commitments.get(name):
                result.add("disclosures", False, f"the disclosed {name} of block {seq_text} does not match the "
                                                 "commitment the log recorded")
                return
            shown += 1
    result.add("disclosures", True, f"{shown} disclosed values match their commitments"
               + (f"; withheld: {', '.join(sorted(redacted))}" if redacted else ""))


def _check_timestamp(token: bytes, signature: bytes, tsa_ca: Path | None, result: Verification) -> None:
    from desktop_app.evidence.crypto.timestamp import TimestampError, verify_token

    try:
        info = verify_token(token, signature, tsa_ca)
    except TimestampError as exc:
        result.add("timestamp", False, f"the timestamp token does not cover this signature: {exc}")
        return
    trust = "its signer chains to the CA given" if tsa_ca else "give --tsa-ca to check who issued it"
    result.add("timestamp", True, f"the signature existed by {info.time.isoformat()} according to "
                                  f"{info.tsa_name} ({trust})")
