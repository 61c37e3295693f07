"""Signed evidence bundles end to end: export from a real history, verify with ours and with stock tools, tamper."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli.main import main
from desktop_app.evidence import names
from desktop_app.evidence.crypto import keys, sshsig
from desktop_app.evidence.export.bundle import ExportCancelled, ExportError, ExportRequest, export_bundle, preview
from desktop_app.evidence.verify.verifier import verify_bundle
from desktop_app.store.incidents import find_incidents
from desktop_app.store.log import BlockInfo, HistoryStore, default_db_path
from tests.history_builder import add_series, add_sweep
from tests.test_evidence_formats import pdf_text

T0 = 1_780_000_020.0
MIN = 60.0
BLOCKED = {"x": "tls_blocked"}
SSH_KEYGEN = shutil.which("ssh-keygen") or ""  # "" when not installed
SHA256SUM = shutil.which("sha256sum") or ""
# A change to a bundle's entry: new bytes for (name, bytes), or None to drop the entry.
Change = Callable[[str, bytes], bytes | None]


def sensitive_sweeps(store: HistoryStore, start: float, pattern: Sequence[Mapping[str, str] | str]) -> None:
    """add_series, but every sweep also commits a public IP and a resolver address (as the engine does)."""
    original = store.append_sweep

    def with_secrets(context: Mapping[str, Any], records: Sequence[Mapping[str, Any]],
                     sensitive: Mapping[str, str]) -> BlockInfo:
        return original(context, records, {"public_ip": "203.0.113.7", "resolver": "192.0.2.53:53"})

    with patch.object(store, "append_sweep", with_secrets):
        add_series(store, start, MIN, pattern)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    with HistoryStore.open(default_db_path(data)) as store:
        sensitive_sweeps(store, T0, [{}] * 5 + [BLOCKED] * 6 + ["offline"] * 2 + [{}] * 7)
    return data


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return tmp_path_factory.mktemp("config")


@pytest.fixture(scope="module")
def bundle(history, config, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "evidence.zip"
    with HistoryStore.open(default_db_path(history)) as store:
        export_bundle(store, ExportRequest(T0 + 2 * MIN, T0 + 18 * MIN, None, redact_ip=True), out, config)
    return out


def unpack(path: Path, dest: Path) -> Path:
    with zipfile.ZipFile(path) as z:
        z.extractall(dest)
    return dest


def rezip(src: Path, dest: Path, change: Change) -> Path:
    """Copy a bundle entry by entry, letting `change(name, data)` return new bytes or None to drop the entry."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dest, "w") as b:
        for info in a.infolist():
            data = change(info.filename, a.read(info.filename))
            if data is not None:
                b.writestr(info, data)
    return dest


def failed(path: Path, **kw: Any) -> list[str]:
    result = verify_bundle(path, **kw)
    assert not result.ok
    return [c.name for c in result.checks if not c.ok]


# ------------------------------------------------------------------------------------------------ contents

def test_bundle_holds_every_file_with_fixed_times(bundle):
    with zipfile.ZipFile(bundle) as z:
        listed = {i.filename for i in z.infolist()}
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        manifest = json.loads(z.read(names.MANIFEST))
        measurements = z.read(names.MEASUREMENTS).splitlines()
        blocks = z.read(names.BLOCKS).splitlines()
        sums = z.read(names.SUMS).decode()
    expected = {names.MANIFEST, names.MEASUREMENTS, names.PROOFS, names.BLOCKS, names.DISCLOSURES, names.CSV,
                names.INCIDENTS, names.OONI, names.REPORT_HTML, names.REPORT_PDF, names.VERIFY,
                names.ALLOWED_SIGNERS, names.SIGNER_PUB, names.SUMS, names.SIGNATURE}
    assert listed == expected
    assert [line.split("  ", 1)[1] for line in sums.splitlines()] == sorted(expected - set(names.UNLISTED))
    # 16 sweeps in range of 3 platforms x 2 endpoints; the block before the range comes too
    assert len(measurements) == 16 * 6 == manifest["measurements"]
    assert len(blocks) == 17 and manifest["blocks"] == {"first": 1, "last": 17, "in_range": 16,
                                                        "with_previous": True}
    assert manifest["redacted"] == ["public_ip", "resolver"]
    assert manifest["catalogue_digests"] == ["cd" * 32]
    assert manifest["signer"]["fingerprint"].startswith("SHA256:")
    assert manifest["checkpoint"]["size"] == 20 and len(manifest["checkpoint"]["root"]) == 64


def test_the_bytes_are_the_logs_bytes(bundle, history):
    with zipfile.ZipFile(bundle) as z:
        lines = z.read(names.MEASUREMENTS).splitlines()
    with HistoryStore.open(default_db_path(history)) as store:
        logged = [m.record_bytes for m in store.measurements(since=T0 + 2 * MIN, until=T0 + 18 * MIN)]
    assert lines == logged


def test_redaction_leaves_no_address_anywhere(bundle):
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            data = z.read(name)
            assert b"203.0.113.7" not in data and b"192.0.2.53" not in data, name
        assert json.loads(z.read(names.DISCLOSURES)) == {}


def test_incidents_and_report_come_with_it(bundle):
    with zipfile.ZipFile(bundle) as z:
        incidents = json.loads(z.read(names.INCIDENTS))
        html = z.read(names.REPORT_HTML).decode()
        pdf = z.read(names.REPORT_PDF)
        ooni_gz = z.read(names.OONI)
        ooni = [json.loads(line) for line in gzip.decompress(ooni_gz).splitlines()]
        csv_text = z.read(names.CSV).decode()
    # one gzip member per block, which gunzip reads as one file, as OONI's tools do
    assert subprocess.run(["gzip", "-dc"], input=ooni_gz, capture_output=True, check=True).stdout.count(b"\n") == 96
    assert [(i["platform"], i["technique"]) for i in incidents] == [("x", "tls_blocked"), ("connection", "offline")]
    assert ("<svg" in html and "tls_blocked" in html) or "SNI" in html
    assert pdf.startswith(b"%PDF")
    assert {m["data_format_version"] for m in ooni} == {"0.2.0"} and len(ooni) == 96
    assert csv_text.splitlines()[0].startswith("measured_at_utc,")


def test_a_partial_block_carries_its_scope_and_roles_into_the_csv_and_the_report(config, tmp_path):
    """X's media blocked (scope partial), and Facebook blocked in sweeps recorded before scope existed."""
    with HistoryStore.open(default_db_path(tmp_path / "data")) as store:
        for i in range(8):
            add_sweep(store, T0 + i * MIN, {"x": "dns_blocked"} if 2 <= i < 6 else
                      {"facebook": "tcp_blocked"} if i >= 6 else {}, partial={"x": ("media",)})
        out = tmp_path / "evidence.zip"
        export_bundle(store, ExportRequest(T0 - MIN, T0 + 9 * MIN, None, redact_ip=True), out, config)
    with zipfile.ZipFile(out) as z:
        rows = list(csv.DictReader(io.StringIO(z.read(names.CSV).decode(), newline="")))
        html = z.read(names.REPORT_HTML).decode()
        incidents = json.loads(z.read(names.INCIDENTS))
        (tmp_path / "report.pdf").write_bytes(z.read(names.REPORT_PDF))
    assert verify_bundle(out).ok
    blocked = [r for r in rows if r["platform"] == "x" and r["verdict"] == "dns_blocked"]
    assert len(blocked) == 8 and {(r["scope"], r["roles"]) for r in blocked} == {("partial", "media")}
    older = [r for r in rows if r["platform"] == "facebook" and r["verdict"] == "tcp_blocked"]
    assert len(older) == 4 and {(r["scope"], r["roles"]) for r in older} == {("", "")}
    assert {(r["scope"], r["roles"]) for r in rows if r["platform"] == "youtube"} == {("", "")}
    assert [(i["platform"], i["scope"], i["roles"]) for i in incidents] == [("x", "partial", ["media"]),
                                                                          ("facebook", None, [])]
    section = html[html.index("<h2>Incidents</h2>"):html.index("<h2>Where and how")]
    assert "<td>partial: media</td>" in section and "<td>—</td>" in section
    summary = html[html.index("<h2>Summary</h2>"):html.index("<h2>Availability")]
    assert "<td>partial: media</td>" in summary
    assert "partial: media" in pdf_text(tmp_path / "report.pdf")


def test_files_and_key_are_private(bundle, config):
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    key_file = next(config.glob("signing_key"))
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not list(bundle.parent.glob(".vantage-export-*")) and not list(bundle.parent.glob("*.partial"))


# ----------------------------------------------------------------------------------------------- verifying

def test_our_verifier_passes_it(bundle):
    result = verify_bundle(bundle)
    assert result.ok, [(c.name, c.detail) for c in result.checks if not c.ok]
    assert {c.name for c in result.checks} >= {"signature", "file hashes", "block chain", "measurements",
                                               "disclosures", "log checkpoint", "nothing unlisted"}


@pytest.mark.skipif(not SSH_KEYGEN or not SHA256SUM, reason="needs ssh-keygen and sha256sum")
def test_stock_tools_verify_it(bundle, tmp_path):
    folder = unpack(bundle, tmp_path / "b")
    with open(folder / names.SUMS, "rb") as sums:
        ok = subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", names.ALLOWED_SIGNERS, "-I", keys.IDENTITY,
                             "-n", keys.NAMESPACE, "-s", names.SIGNATURE], stdin=sums, cwd=folder,
                            capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert f'Good "{keys.NAMESPACE}" signature for {keys.IDENTITY}' in ok.stdout
    check = subprocess.run([SHA256SUM, "-c", "--strict", names.SUMS], cwd=folder, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fingerprint = subprocess.run([SSH_KEYGEN, "-l", "-f", names.SIGNER_PUB], cwd=folder, capture_output=True,
                                 text=True).stdout.split()[1]
    assert fingerprint == json.loads((folder / names.MANIFEST).read_text())["signer"]["fingerprint"]


@pytest.mark.skipif(not SSH_KEYGEN or not SHA256SUM, reason="needs ssh-keygen and sha256sum")
def test_stock_tools_catch_a_flipped_byte(bundle, tmp_path):
    folder = unpack(bundle, tmp_path / "b")
    data = bytearray((folder / names.MEASUREMENTS).read_bytes())
    data[100] ^= 1
    (folder / names.MEASUREMENTS).write_bytes(bytes(data))
    check = subprocess.run([SHA256SUM, "-c", "--strict", names.SUMS], cwd=folder, capture_output=True, text=True)
    assert check.returncode != 0 and "measurements.jsonl: FAILED" in check.stdout
    sums = bytearray((folder / names.SUMS).read_bytes())
    sums[3] ^= 1
    (folder / names.SUMS).write_bytes(bytes(sums))
    with open(folder / names.SUMS, "rb") as f:
        bad = subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", names.ALLOWED_SIGNERS, "-I", keys.IDENTITY,
                              "-n", keys.NAMESPACE, "-s", names.SIGNATURE], stdin=f, cwd=folder, capture_output=True)
    assert bad.returncode != 0


# ---------------------------------------------------------------------------------------------- tampering

def resign(src: Path, dest: Path, change: Change, signer: keys.SigningKey | None = None,
           ship_key: bool = True) -> Path:
    """Tamper, then recompute SHA256SUMS and sign again: what a forger with a key of their own would do."""
    with zipfile.ZipFile(src) as a:
        files = {n: a.read(n) for n in a.namelist()}
    files = {n: d for n, d in ((n, change(n, d)) for n, d in files.items()) if d is not None}
    if signer is not None and ship_key:
        files[names.SIGNER_PUB] = (signer.public_line + "\n").encode()
        files[names.ALLOWED_SIGNERS] = (keys.allowed_signers_line(keys.IDENTITY, signer.public_line) + "\n").encode()
    listed = {n: d for n, d in files.items() if n not in names.UNLISTED}
    manifest = json.loads(listed[names.MANIFEST])
    for n, d in listed.items():
        if n in manifest["files"]:
            manifest["files"][n]["size"] = len(d)
    listed[names.MANIFEST] = files[names.MANIFEST] = json.dumps(manifest).encode()
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(listed.items())).encode()
    files[names.SUMS] = sums
    if signer is not None:
        files[names.SIGNATURE] = sshsig.sign(sums, signer.private_key, keys.NAMESPACE)
    with zipfile.ZipFile(dest, "w") as b:
        for n, d in files.items():
            b.writestr(n, d)
    return dest


@pytest.fixture(scope="module")
def other_key(tmp_path_factory):
    return keys.load_or_create(tmp_path_factory.mktemp("other-key"))


def test_a_flipped_byte_in_any_file_is_caught(bundle, tmp_path):
    with zipfile.ZipFile(bundle) as z:
        entries = z.namelist()
    for name in entries:
        def flip(n: str, d: bytes, name: str = name) -> bytes:
            return d if n != name or not d else d[:len(d) // 2] + bytes([d[len(d) // 2] ^ 0x20]) + d[len(d) // 2 + 1:]
        assert failed(rezip(bundle, tmp_path / f"flip-{name.replace('/', '_')}.zip", flip)), name


def on_lines(files: tuple[str, ...], op: Callable[[list[bytes]], object]) -> Callable[[str, bytes], bytes]:
    """A change for rezip/resign that edits the lines of the given files in place with op(lines)."""
    def change(n: str, d: bytes) -> bytes:
        if n not in files:
            return d
        lines = d.split(b"\n")
        op(lines)
        return b"\n".join(lines)
    return change


def _drop(i: int) -> Callable[[list[bytes]], object]:
    return lambda lines: lines.pop(i)


def _swap(i: int) -> Callable[[list[bytes]], None]:
    def op(lines: list[bytes]) -> None:
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return op


def _unblock(lines: list[bytes]) -> None:
    target = next(i for i, line in enumerate(lines) if b'"tls_blocked"' in line)
    lines[target] = lines[target].replace(b'"tls_blocked"', b'"ok"')


def test_removing_adding_or_reordering_measurements_is_caught_even_when_resigned(bundle, tmp_path, other_key):
    both = (names.MEASUREMENTS, names.PROOFS)
    changes = {"drop": on_lines(both, _drop(7)), "swap": on_lines((names.MEASUREMENTS,), _swap(7)),
               "duplicate": on_lines(both, lambda lines: lines.insert(7, lines[7])),
               "edit": on_lines((names.MEASUREMENTS,), _unblock)}
    for name, change in changes.items():
        assert "measurements" in failed(resign(bundle, tmp_path / f"{name}.zip", change, other_key)), name


def test_removing_or_reordering_blocks_is_caught_even_when_resigned(bundle, tmp_path, other_key):
    for name, op in (("drop", _drop(5)), ("swap", _swap(5))):
        change = on_lines((names.BLOCKS,), op)
        assert "block chain" in failed(resign(bundle, tmp_path / f"{name}.zip", change, other_key)), name


def test_a_key_swap_is_caught_with_expect_key(bundle, tmp_path, other_key):
    original = verify_bundle(bundle).fingerprint
    forged = resign(bundle, tmp_path / "forged.zip", lambda n, d: d, other_key)
    assert verify_bundle(forged).ok  # internally consistent: only the expected key can tell
    assert failed(forged, expect_key=original) == ["expected key"]
    assert verify_bundle(bundle, expect_key=original).ok


def test_a_signature_by_another_key_is_caught(bundle, tmp_path, other_key):
    forged = resign(bundle, tmp_path / "other.zip", lambda n, d: d, other_key, ship_key=False)
    assert "signer key" in failed(forged)
    if SSH_KEYGEN:
        folder = unpack(forged, tmp_path / "o")
        with open(folder / names.SUMS, "rb") as f:
            result = subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", names.ALLOWED_SIGNERS, "-I", keys.IDENTITY,
                                     "-n", keys.NAMESPACE, "-s", names.SIGNATURE], stdin=f, cwd=folder,
                                    capture_output=True)
        assert result.returncode != 0


def test_an_edited_manifest_an_extra_file_and_a_truncated_zip_are_caught(bundle, tmp_path):
    def manifest(n: str, d: bytes) -> bytes:
        return d.replace(b'"public_ip"', b'"nothing"') if n == names.MANIFEST else d

    assert "file hashes" in failed(rezip(bundle, tmp_path / "m.zip", manifest))
    extra = tmp_path / "extra.zip"
    shutil.copy(bundle, extra)
    with zipfile.ZipFile(extra, "a") as z:
        z.writestr("notes.txt", b"trust me")
    assert failed(extra) == ["nothing unlisted"]
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        (tmp_path / "cut.zip").write_bytes(data[:cut])
        assert failed(tmp_path / "cut.zip")


@pytest.mark.parametrize("name", [names.SUMS, names.SIGNATURE, names.MANIFEST, names.TIMESTAMP])
def test_a_small_file_blown_up_by_a_zip_bomb_is_refused_unread(bundle, tmp_path, name):
    """A forged bundle may hold a zip bomb where a small file belongs: it must not be read into memory."""
    def bomb(n: str, d: bytes) -> bytes:
        return b"0" * (40 << 20) if n == name else d

    path = rezip(bundle, tmp_path / "bomb.zip", bomb)
    if name not in zipfile.ZipFile(bundle).namelist():
        with zipfile.ZipFile(path, "a") as z:
            z.writestr(name, b"0" * (40 << 20), compress_type=zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 2 << 20  # compresses to almost nothing
    result = verify_bundle(path)
    assert not result.ok
    refusal = [c.detail for c in result.checks if not c.ok]
    assert refusal[-1].startswith(f"{name} holds 41,943,040 bytes or more") and "was not read" in refusal[-1]


def test_verification_reports_progress_and_a_cancelled_one_stops_without_a_verdict(bundle):
    import threading

    from desktop_app.evidence.verify.verifier import VerifyCancelled

    stop = threading.Event()
    seen: list[tuple[int, int]] = []
    assert verify_bundle(bundle, cancel=stop, progress=lambda done, total: seen.append((done, total))).ok
    with zipfile.ZipFile(bundle) as z:
        total = sum(i.file_size for i in z.infolist())
    assert len(seen) > 3 and {t for _, t in seen} == {total}
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == total  # every byte was read
    stop.set()
    with pytest.raises(VerifyCancelled):
        verify_bundle(bundle, cancel=stop)


@pytest.mark.parametrize("name", [names.MEASUREMENTS, names.BLOCKS, names.PROOFS])
def test_an_endless_line_is_refused_without_holding_it(bundle, tmp_path, monkeypatch, name, other_key):
    from desktop_app.evidence.verify import verifier as verify_module
    monkeypatch.setattr(verify_module, "MAX_LINE", 1 << 20)  # the same rule, at a size a test can afford
    # Re-signed and stored uncompressed, as a forger would, so the manifest's sizes and the ratio both pass.
    path = resign(bundle, tmp_path / "endless.zip", lambda n, d: d + b"x" * (3 << 20) if n == name else d,
                  other_key)
    result = verify_bundle(path)
    assert not result.ok
    assert [c.detail for c in result.checks if not c.ok][-1] == (
        f"{name} has a line of more than 1,048,576 bytes, which no bundle writes; verification stopped.")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_byte_flips_are_never_missed(bundle, tmp_path, data):
    raw = bundle.read_bytes()
    position = data.draw(st.integers(0, len(raw) - 1))
    bit = data.draw(st.integers(0, 7))
    flipped = bytearray(raw)
    flipped[position] ^= 1 << bit
    path = tmp_path / "random.zip"
    path.write_bytes(bytes(flipped))
    result = verify_bundle(path)
    if result.ok:
        # A flip the zip format ignores (e.g. in an unused header field) must leave every file's bytes intact.
        with zipfile.ZipFile(io.BytesIO(raw)) as a, zipfile.ZipFile(path) as b:
            assert all(a.read(n) == b.read(n) for n in a.namelist())


# ------------------------------------------------------------------------------------- selection and privacy

def test_one_platform_reveals_only_its_measurements_and_still_verifies(history, config, tmp_path):
    out = tmp_path / "x.zip"
    with HistoryStore.open(default_db_path(history)) as store:
        export_bundle(store, ExportRequest(T0, T0 + 20 * MIN, ("x",), redact_ip=False), out, config)
    result = verify_bundle(out)
    assert result.ok, [(c.name, c.detail) for c in result.checks if not c.ok]
    with zipfile.ZipFile(out) as z:
        records = [json.loads(line) for line in z.read(names.MEASUREMENTS).splitlines()]
        disclosed = json.loads(z.read(names.DISCLOSURES))
        blocks = z.read(names.BLOCKS).splitlines()
    assert {r["platform"] for r in records} == {"x"} and len(records) == 20 * 2
    assert len(blocks) == 20  # no block before the first one of the log
    assert disclosed["0"]["public_ip"]["value"] == "203.0.113.7"

    hide_one = on_lines((names.MEASUREMENTS, names.PROOFS), _drop(3))
    assert "measurements" in failed(resign(out, tmp_path / "hid.zip", hide_one, keys.load_or_create(config)))

    def strip_proof(lines: list[bytes]) -> None:  # claim "the whole block is here" for part of a block
        proof = json.loads(lines[3])
        lines[3] = json.dumps({**proof, "proof": []}, separators=(",", ":")).encode()
    stripped = on_lines((names.PROOFS,), strip_proof)
    assert "measurements" in failed(resign(out, tmp_path / "stripped.zip", stripped, keys.load_or_create(config)))


def test_a_whole_block_needs_no_proofs_but_every_measurement_in_order(bundle):
    with zipfile.ZipFile(bundle) as z:
        proofs = [json.loads(line) for line in z.read(names.PROOFS).splitlines()]
    assert proofs and all(p["proof"] == [] for p in proofs)  # whole blocks: checked against their roots


def test_an_incident_bundle(history, config, tmp_path):
    with HistoryStore.open(default_db_path(history)) as store:
        x = next(i for i in find_incidents(store) if i.platform == "x")
        request = ExportRequest.for_incident(x)
        assert request.platforms == ("x",) and request.since == x.start
        export_bundle(store, request, tmp_path / "incident.zip", config)
    result = verify_bundle(tmp_path / "incident.zip")
    assert result.ok and result.manifest["incident"]["technique"] == "tls_blocked"


def test_preview_says_what_will_be_carried(history):
    with HistoryStore.open(default_db_path(history)) as store:
        shown = preview(store, ExportRequest(T0, T0 + 20 * MIN, ("x",), redact_ip=True))
        assert (shown.sweeps, shown.measurements) == (20, 40)
        assert shown.carries == {"ASN, provider and country": True, "public IP address": False,
                                 "resolver address": False}


def test_an_empty_range_is_a_clear_error_and_writes_nothing(history, config, tmp_path):
    with HistoryStore.open(default_db_path(history)) as store, pytest.raises(ExportError, match="Nothing was"):
        export_bundle(store, ExportRequest(T0 - 3600, T0 - 60), tmp_path / "none.zip", config)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_no_file(history, config, tmp_path):
    import threading

    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 5:
            cancel.set()

    with HistoryStore.open(default_db_path(history)) as store, pytest.raises(ExportCancelled):
        export_bundle(store, ExportRequest(T0, T0 + 20 * MIN), tmp_path / "c.zip", config, progress=progress,
                      cancel=cancel)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------------------------ CLI

def test_cli_export_verify_and_keys(history, tmp_path, capsys):
    cfg = tmp_path / "cfg"
    out = tmp_path / "cli.zip"
    assert main(["export", "--data-dir", str(history), "--config-dir", str(cfg), "--since", "2026-05-28T00:00Z",
                 "--until", "2026-05-30T00:00Z", "--platform", "x", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Wrote" in captured.out and "Withheld: public IP address, resolver address" in captured.err
    assert main(["keys", "show", "--config-dir", str(cfg)]) == 0
    fingerprint = capsys.readouterr().out.split()[0]
    assert fingerprint.startswith("SHA256:")
    assert main(["verify", str(out), "--expect-key", fingerprint]) == 0
    captured = capsys.readouterr()
    assert "PASS  signature" in captured.out and "FAIL" not in captured.out
    progress = captured.err.splitlines()  # on stderr, at most once a second, and the end once
    assert progress[0] == "  checked 0% of the bundle" and progress[-1] == "  checked 100% of the bundle"
    assert main(["verify", str(out), "--expect-key", "SHA256:" + "A" * 43]) == 1
    assert "FAIL  expected key" in capsys.readouterr().out
    assert main(["keys", "export-public", "--config-dir", str(cfg)]) == 0
    public = capsys.readouterr().out.splitlines()
    assert public[0].startswith("ssh-ed25519 ") and 'namespaces="vantage-evidence-v1"' in public[1]
    assert main(["keys", "rotate", "--config-dir", str(cfg)]) == 0
    assert fingerprint not in capsys.readouterr().out
    assert main(["verify", str(out), "--expect-key", fingerprint]) == 0  # old bundles still verify
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "missing.zip")]) == 2
    assert main(["export", "--data-dir", str(history), "--config-dir", str(cfg), "-o", str(tmp_path / "a.txt")]) == 2
    assert ".zip" in capsys.readouterr().err


def test_cli_verify_reports_progress_as_often_as_it_is_allowed(bundle, monkeypatch, capsys):
    from desktop_app.cli import common as cli

    monkeypatch.setattr(cli, "PROGRESS_EVERY_S", 0.0)  # every chunk read, to see the whole sequence
    monkeypatch.setattr("desktop_app.evidence.verify.verifier.CHUNK", 4096)
    assert main(["verify", str(bundle)]) == 0
    shown = [int(line.split()[1].rstrip("%")) for line in capsys.readouterr().err.splitlines()]
    assert len(shown) > 10 and shown == sorted(shown) and shown[-1] == 100 and shown.count(100) == 1


def test_passphrase_protected_key(history, tmp_path, capsys):
    cfg = tmp_path / "cfg"
    secret = tmp_path / "pass"
    secret.write_text("correct horse battery staple\n")
    assert main(["keys", "rotate", "--config-dir", str(cfg), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    assert keys.is_encrypted(cfg)
    out = tmp_path / "p.zip"
    assert main(["export", "--data-dir", str(history), "--config-dir", str(cfg), "--since", "2026-05-28T00:00Z",
                 "-o", str(out)]) == 2
    assert "passphrase" in capsys.readouterr().err.lower()
    assert not out.exists()
    assert main(["export", "--data-dir", str(history), "--config-dir", str(cfg), "--since", "2026-05-28T00:00Z",
                 "--passphrase-file", str(secret), "-o", str(out)]) == 0
    assert verify_bundle(out).ok
    os.chmod(secret, 0o600)


# -------------------------------------------------------------------------------------------- timestamps

OPENSSL = shutil.which("openssl") or ""


@pytest.fixture
def tsa(tmp_path):
    from tests.tsa_lab import start_tsa
    url, ca_file, stop = start_tsa(tmp_path / "tsa")
    yield url, ca_file
    stop()


@pytest.mark.skipif(not OPENSSL, reason="needs openssl for the local timestamp authority")
def test_a_timestamped_bundle_verifies_with_ours_and_with_openssl(history, config, tmp_path, tsa):
    url, ca_file = tsa
    out = tmp_path / "stamped.zip"
    with HistoryStore.open(default_db_path(history)) as store:
        result = export_bundle(store, ExportRequest(T0, T0 + 20 * MIN), out, config, timestamp_url=url)
    assert result.timestamped and not result.notes
    checked = verify_bundle(out, tsa_ca=ca_file)
    assert checked.ok and "chains to the CA" in next(c.detail for c in checked.checks if c.name == "timestamp")
    folder = unpack(out, tmp_path / "u")
    ok = subprocess.run([OPENSSL, "ts", "-verify", "-data", names.SIGNATURE, "-in", names.TIMESTAMP, "-token_in",
                         "-CAfile", str(ca_file), "-untrusted", str(ca_file.parent / "tsa.crt")], cwd=folder,
                        capture_output=True, text=True)
    assert ok.returncode == 0 and "Verification: OK" in ok.stdout, ok.stderr
    # the token covers the signature: another signature (a re-signed bundle) does not match it
    (folder / names.SIGNATURE).write_bytes((folder / names.SIGNATURE).read_bytes().replace(b"A", b"B", 1))
    bad = subprocess.run([OPENSSL, "ts", "-verify", "-data", names.SIGNATURE, "-in", names.TIMESTAMP, "-token_in",
                          "-CAfile", str(ca_file), "-untrusted", str(ca_file.parent / "tsa.crt")], cwd=folder,
                         capture_output=True, text=True)
    assert bad.returncode != 0
    # a token from another bundle does not fit this one
    def foreign(n: str, d: bytes) -> bytes:
        return d + b"\x00" if n == names.TIMESTAMP else d
    assert "timestamp" in failed(rezip(out, tmp_path / "foreign.zip", foreign), tsa_ca=ca_file)


@pytest.mark.skipif(not OPENSSL, reason="needs openssl for the local timestamp authority")
def test_export_works_offline_and_a_timestamp_can_be_added_later(history, tmp_path, tsa, capsys):
    url, ca_file = tsa
    cfg = tmp_path / "cfg"
    out = tmp_path / "later.zip"
    dead = "http://127.0.0.1:9/tsr"  # nothing listens on the discard port
    assert main(["export", "--data-dir", str(history), "--config-dir", str(cfg), "--since", "2026-05-28T00:00Z",
                 "--timestamp-url", dead, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "No timestamp was added" in err and "vantage timestamp later.zip" in err
    assert verify_bundle(out).ok
    with zipfile.ZipFile(out) as z:
        before = {n: z.read(n) for n in z.namelist()}
    assert main(["timestamp", str(out), "--url", url, "--config-dir", str(cfg)]) == 0
    assert "Timestamped" in capsys.readouterr().out
    with zipfile.ZipFile(out) as z:
        after = {n: z.read(n) for n in z.namelist()}
    assert set(after) - set(before) == {names.TIMESTAMP}
    assert all(after[n] == before[n] for n in before)  # nothing else changed
    assert verify_bundle(out, tsa_ca=ca_file).ok
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = after[names.TIMESTAMP]
    assert main(["timestamp", str(out), "--url", url, "--config-dir", str(cfg)]) == 0  # a newer token replaces it
    with zipfile.ZipFile(out) as z:
        assert z.namelist().count(names.TIMESTAMP) == 1 and z.read(names.TIMESTAMP) != first
        assert z.testzip() is None
        assert all(z.read(n) == before[n] for n in before)
    assert verify_bundle(out, tsa_ca=ca_file).ok
    assert not list(tmp_path.glob(".*.partial"))
    assert main(["timestamp", str(out), "--config-dir", str(cfg)]) == 2
    assert "No timestamp authority" in capsys.readouterr().err


def test_worker_processes_write_the_same_bundle_contents(history, config, tmp_path, monkeypatch):
    """Big exports render blocks in worker processes; the files must be byte for byte what one process writes."""
    from desktop_app.evidence.export import bundle as bundle_module
    request = ExportRequest(T0, T0 + 20 * MIN, None, redact_ip=False)
    with HistoryStore.open(default_db_path(history)) as store:
        export_bundle(store, request, tmp_path / "one.zip", config, now=T0)
        monkeypatch.setattr(bundle_module, "PARALLEL_FROM", 1)
        monkeypatch.setattr(bundle_module, "CHUNK_BLOCKS", 3)
        monkeypatch.setattr(bundle_module, "export_workers", lambda: 2)
        export_bundle(store, request, tmp_path / "many.zip", config, now=T0)
    assert verify_bundle(tmp_path / "many.zip").ok
    with zipfile.ZipFile(tmp_path / "one.zip") as a, zipfile.ZipFile(tmp_path / "many.zip") as b:
        for name in (names.MEASUREMENTS, names.PROOFS, names.BLOCKS, names.CSV, names.OONI, names.DISCLOSURES):
            assert a.read(name) == b.read(name), name
