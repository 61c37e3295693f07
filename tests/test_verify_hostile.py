"""Crafted bundles: every shape a forger can put in a file the verifier reads is one FAIL line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli.main import main
from desktop_app.evidence import names
from desktop_app.evidence.crypto import keys
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.evidence.verify import verifier as verify_module
from desktop_app.evidence.verify.verifier import Verification, verify_bundle
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series
from tests.test_evidence_bundle import resign, rezip

T0 = 1_780_000_020.0
MIN = 60.0
DELETE = object()  # "remove this field" in an edit


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    with HistoryStore.open(default_db_path(data)) as store:
        add_series(store, T0, MIN, [{}, {"x": "tls_blocked"}, {}, {}, {}])
    return data


def _export(history: Path, out: Path, config: Path, platforms: tuple[str, ...] | None) -> Path:
    with HistoryStore.open(default_db_path(history)) as store:
        export_bundle(store, ExportRequest(T0 + MIN - 1, T0 + 5 * MIN, platforms, redact_ip=True), out, config)
    return out


@pytest.fixture(scope="module")
def whole(history, tmp_path_factory):
    """Blocks 0-4 with block 0 carried as the one before the range: with_previous, proofs for nothing."""
    return _export(history, tmp_path_factory.mktemp("out") / "whole.zip", tmp_path_factory.mktemp("cfg"), None)


@pytest.fixture(scope="module")
def platform(history, tmp_path_factory):
    """Only x: every record is parsed and every measurement carries an inclusion proof."""
    return _export(history, tmp_path_factory.mktemp("out") / "x.zip", tmp_path_factory.mktemp("cfg"), ("x",))


@pytest.fixture(scope="module")
def forger(tmp_path_factory):
    return keys.load_or_create(tmp_path_factory.mktemp("forger"))


def set_at(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    """A copy of `value` with the field at `path` replaced by `new` (or removed, for DELETE)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = list(value) if isinstance(value, list) else dict(value)
    if not rest and new is DELETE:
        del copy[head]  # type: ignore[arg-type]
    else:
        copy[head] = set_at(copy[head], rest, new)  # type: ignore[index]
    return copy


def json_edit(file: str, path: tuple[str | int, ...], new: Any, line: int | None = None,
              canonical: bool = False) -> Callable[[str, bytes], bytes]:
    """A change for rezip/resign: the JSON file (or one line of a JSONL file) with one field set or removed."""
    def dump(value: Any) -> bytes:
        return rfc8785.dumps(value) if canonical else json.dumps(value).encode()

    def change(n: str, d: bytes) -> bytes:
        if n != file:
            return d
        if line is None:
            return dump(set_at(json.loads(d), path, new))
        lines = d.split(b"\n")
        lines[line] = dump(set_at(json.loads(lines[line]), path, new))
        return b"\n".join(lines)
    return change


def fails(result: Verification) -> dict[str, str]:
    return {c.name: c.detail for c in result.checks if not c.ok}


def assert_caught(result: Verification) -> dict[str, str]:
    """FAIL, by a check that knew what it was looking at (not the last-resort net)."""
    failed = fails(result)
    assert failed and not result.ok
    assert "verifier" not in failed, failed["verifier"]
    return failed


# The ten edits of issue 15 that crashed the verifier with the original signature untouched.
KNOWN = {
    "disclosures []": json_edit(names.DISCLOSURES, (), []),
    "disclosures {'0': []}": json_edit(names.DISCLOSURES, (), {"0": []}),
    "disclosures non-hex key": json_edit(names.DISCLOSURES, (), {"zz": {}}),
    "manifest without range": json_edit(names.MANIFEST, ("range",), DELETE),
    "manifest range 'x'": json_edit(names.MANIFEST, ("range",), "x"),
    "manifest platforms 5": json_edit(names.MANIFEST, ("platforms",), 5),
    "manifest files [1]": json_edit(names.MANIFEST, ("files",), [1]),
    "manifest blocks lacking first": json_edit(names.MANIFEST, ("blocks", "first"), DELETE),
    "proof 'zz'": json_edit(names.PROOFS, ("proof",), "zz", line=0),
    "proof [1]": json_edit(names.PROOFS, ("proof",), [1], line=0),
}
SAYS = {  # what the shape check says once a forger's signature makes the sizes agree
    "disclosures []": (names.DISCLOSURES, "the file must be an object, not []"),
    "disclosures {'0': []}": (names.DISCLOSURES, "field 0 must be an object, not []"),
    "disclosures non-hex key": (names.DISCLOSURES, "'zz' is not a block number"),
    "manifest without range": (names.MANIFEST, "field range is missing"),
    "manifest range 'x'": (names.MANIFEST, "field range must be an object, not 'x'"),
    "manifest platforms 5": (names.MANIFEST, "field platforms must be a list, not 5"),
    "manifest files [1]": (names.MANIFEST, "field files must be an object, not [1]"),
    "manifest blocks lacking first": (names.MANIFEST, "field blocks.first is missing"),
    "proof 'zz'": (names.PROOFS, "field proof must be a list, not 'zz'"),
    "proof [1]": (names.PROOFS, "field proof[0] must be a SHA-256 digest"),
}


@pytest.mark.parametrize("case", list(KNOWN))
@pytest.mark.parametrize("which", ["whole", "platform"])
def test_the_ten_known_crashes_fail_with_the_signature_untouched(case, which, request, tmp_path):
    bundle = request.getfixturevalue(which)
    result = verify_bundle(rezip(bundle, tmp_path / "edited.zip", KNOWN[case]))
    failed = assert_caught(result)
    file = SAYS[case][0]
    assert any(file in name or file in detail for name, detail in failed.items()), failed


@pytest.mark.parametrize("case", list(KNOWN))
@pytest.mark.parametrize("which", ["whole", "platform"])
def test_the_ten_known_crashes_name_the_file_and_field_when_resigned(case, which, request, tmp_path, forger):
    bundle = request.getfixturevalue(which)
    result = verify_bundle(resign(bundle, tmp_path / "forged.zip", KNOWN[case], forger))
    failed = assert_caught(result)
    file, says = SAYS[case]
    where = failed.get(file, "") + failed.get("measurements", "") + failed.get("disclosures", "")
    assert file in where or file in failed, failed
    assert says in where, failed


def test_the_cli_prints_fail_lines_and_no_traceback(whole, tmp_path, forger, capsys):
    for n, case in enumerate(KNOWN.values()):
        for make in (lambda c, p: rezip(whole, p, c), lambda c, p: resign(whole, p, c, forger)):
            path = make(case, tmp_path / f"case{n}.zip")
            assert main(["verify", str(path)]) == 1
            out, err = capsys.readouterr()
            assert "FAIL  " in out and out.rstrip().endswith("do not rely on it.")
            assert "Traceback" not in out + err


def test_a_crafted_bundle_in_a_real_process_exits_1_without_a_traceback(whole, tmp_path, forger):
    path = resign(whole, tmp_path / "forged.zip", KNOWN["manifest range 'x'"], forger)
    done = subprocess.run([sys.executable, "-m", "desktop_app", "verify", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "FAIL  manifest.json: field range must be an object, not 'x'; verification stopped." in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


# ------------------------------------------------------------------------------------------ property test

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 2**64) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6) | st.sampled_from(["0", "ab", "zz", "0" * 64, "x" * 64]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6)
edit_values = json_values | st.just(DELETE)

MANIFEST_PATHS: list[tuple[str | int, ...]] = [
    ("range",), ("range", "since"), ("range", "until"), ("platforms",), ("files",),
    ("files", names.MEASUREMENTS), ("files", names.MEASUREMENTS, "size"), ("blocks",), ("blocks", "first"),
    ("blocks", "last"), ("blocks", "with_previous"), ("checkpoint",), ("checkpoint", "size"), ("checkpoint", "root"),
    ("checkpoint", "anchors"), ("checkpoint", "anchors", 0), ("checkpoint", "anchors", 0, "seq"),
    ("checkpoint", "anchors", 0, "proof"), ("measurements",), ("redacted",), ("created_at",), ("format_version",),
]
PROOF_PATHS: list[tuple[str | int, ...]] = [(), ("seq",), ("index",), ("tree_size",), ("proof",)]
HEADER_PATHS: list[tuple[str | int, ...]] = [
    (), ("seq",), ("count",), ("merkle_root",), ("prev",), ("context",), ("context", "platforms"),
    ("context", "platforms", "x"), ("context", "platforms", "x", "total"), ("context", "commitments"),
]
RECORD_PATHS: list[tuple[str | int, ...]] = [(), ("platform",)]


def _edits() -> st.SearchStrategy[tuple[str, Callable[[str, bytes], bytes]]]:
    def canonical_only(value: Any) -> bool:
        try:
            rfc8785.dumps(value)
        except Exception:  # noqa: BLE001 - rfc8785 refuses integers beyond 2**53 and the like
            return False
        return True

    manifest = st.tuples(st.sampled_from(MANIFEST_PATHS), edit_values).map(
        lambda t: (f"manifest {t}", json_edit(names.MANIFEST, t[0], t[1])))
    disclosures = json_values.map(lambda v: (f"disclosures {v!r}", json_edit(names.DISCLOSURES, (), v)))
    proof = st.tuples(st.sampled_from(PROOF_PATHS), edit_values, st.integers(0, 3)).filter(
        lambda t: t[0] or t[1] is not DELETE).map(
        lambda t: (f"proof {t}", json_edit(names.PROOFS, t[0], t[1], line=t[2])))
    header = st.tuples(st.sampled_from(HEADER_PATHS), edit_values.filter(canonical_only) | st.just(DELETE),
                       st.integers(0, 3)).filter(lambda t: t[0] or t[1] is not DELETE).map(
        lambda t: (f"header {t}", json_edit(names.BLOCKS, t[0], t[1], line=t[2], canonical=True)))
    record = st.tuples(st.sampled_from(RECORD_PATHS), edit_values, st.integers(0, 3)).filter(
        lambda t: t[0] or t[1] is not DELETE).map(
        lambda t: (f"record {t}", json_edit(names.MEASUREMENTS, t[0], t[1], line=t[2])))
    return manifest | disclosures | proof | header | record


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["whole", "platform"]), _edits(), st.booleans())
def test_any_shape_in_any_field_is_a_fail_line_never_an_exception(request, tmp_path, forger, which, edit,
                                                                   signed):
    bundle = request.getfixturevalue(which)
    label, change = edit
    try:
        path = (resign(bundle, tmp_path / "forged.zip", change, forger) if signed
                else rezip(bundle, tmp_path / "edited.zip", change))
    except (KeyError, IndexError, TypeError):
        return  # the path does not exist in this bundle (no anchor 0, no line 3): nothing to test
    result = verify_bundle(path)  # raising here fails the test with the exception
    failed = fails(result)
    assert "verifier" not in failed, (label, failed)
    assert result.ok or failed, label
    if not signed and _same_members(bundle, path):
        return  # the edit wrote what was there (e.g. empty commitments made empty): nothing changed to catch
    if not signed:
        assert not result.ok, label  # the signature no longer covers the bytes


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([names.MANIFEST, names.DISCLOSURES, names.PROOFS, names.BLOCKS, names.MEASUREMENTS,
                        names.TIMESTAMP, names.SIGNATURE, names.SIGNER_PUB]), st.binary(max_size=200))
def test_any_bytes_in_any_file_read_are_a_fail_line(whole, tmp_path, forger, name, data):
    def change(n: str, d: bytes) -> bytes:
        return data if n == name else d

    path = rezip(whole, tmp_path / "bytes.zip", change)
    if name == names.TIMESTAMP:
        with zipfile.ZipFile(path, "a") as z:
            z.writestr(name, data)
    result = verify_bundle(path)
    failed = fails(result)
    assert failed and "verifier" not in failed, failed


def test_json_nested_deeper_than_the_parser_allows_is_a_fail_line(whole, tmp_path, forger):
    deep = b"[" * 100_000 + b"]" * 100_000
    for name in (names.MANIFEST, names.DISCLOSURES, names.PROOFS):
        def change(n: str, d: bytes, name: str = name) -> bytes:
            return deep if n == name else d
        dest = tmp_path / "deep.zip"  # resign reads the manifest, so that one is only swapped in
        made = rezip(whole, dest, change) if name == names.MANIFEST else resign(whole, dest, change, forger)
        failed = assert_caught(verify_bundle(made))
        assert any(name in k or name in v for k, v in failed.items()), failed


# ------------------------------------------------------------------------------------------------ zip bombs

BOMB = b"\n" * (64 << 20)  # 64 MiB of newlines deflate to about 64 KiB


def _rewrite(src: Path, dest: Path, replace: dict[str, bytes], compress: int) -> Path:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dest, "w") as b:
        for info in a.infolist():
            data = replace.get(info.filename, a.read(info.filename))
            b.writestr(info.filename, data, compress_type=compress)
    return dest


def _opened(monkeypatch) -> list[str]:
    seen: list[str] = []
    original = verify_module._Archive.chunks

    def chunks(self, name):
        seen.append(name)
        return original(self, name)

    monkeypatch.setattr(verify_module._Archive, "chunks", chunks)
    return seen


@pytest.mark.parametrize("name", [names.MEASUREMENTS, names.PROOFS, names.BLOCKS, names.CSV])
def test_a_newline_bomb_whose_size_the_manifest_does_not_state_is_refused_unread(whole, tmp_path, monkeypatch,
                                                                                   name):
    path = _rewrite(whole, tmp_path / "bomb.zip", {name: BOMB}, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 1 << 20
    seen = _opened(monkeypatch)
    failed = assert_caught(verify_bundle(path))
    assert failed["file sizes"] == (f"the zip says {name} holds {len(BOMB):,} bytes, the manifest "
                                    f"{zipfile.ZipFile(whole).getinfo(name).file_size:,}; it was not read and "
                                    "verification stopped.")
    assert name not in seen


@pytest.mark.parametrize("name", [names.MEASUREMENTS, names.BLOCKS, names.REPORT_PDF])
def test_a_signed_newline_bomb_is_refused_by_its_ratio_unread(whole, tmp_path, forger, monkeypatch, name):
    forged = resign(whole, tmp_path / "forged.zip", lambda n, d: BOMB if n == name else d, forger)
    path = _rewrite(forged, tmp_path / "bomb.zip", {}, zipfile.ZIP_DEFLATED)  # the manifest states 300 MiB
    seen = _opened(monkeypatch)
    failed = assert_caught(verify_bundle(path))
    assert failed["file sizes"].startswith(f"{name} unpacks to {len(BOMB):,} bytes from ")
    assert "more than 200 times smaller" in failed["file sizes"] and name not in seen


def test_empty_lines_stop_the_line_checks_at_the_first_one(whole, tmp_path, forger, monkeypatch):
    """A forger's 20 MiB of newlines, stored so the ratio passes: the checks stop at the first empty line."""
    steps = []
    original = verify_module._parse

    def parse(raw: bytes) -> Any:
        steps.append(raw)
        return original(raw)

    monkeypatch.setattr(verify_module, "_parse", parse)
    path = resign(whole, tmp_path / "empty.zip", lambda n, d: b"\n" * (20 << 20) + d if n == names.PROOFS else d,
                  forger)
    failed = assert_caught(verify_bundle(path))
    assert failed["measurements"].startswith("measurement 1 cannot be read: line 1 of proofs.jsonl: the line is "
                                             "not JSON")
    assert len(steps) <= 2


def test_a_directory_of_countless_entries_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(20_000):
            z.writestr(f"{i}", b"")
    parsed = []
    monkeypatch.setattr(verify_module._Archive, "__init__", lambda *a, **k: parsed.append(a))
    result = verify_bundle(path)
    failed = fails(result)
    assert list(failed) == ["zip"] and not result.ok
    assert failed["zip"].startswith(f"{path} claims 20,000 files in a directory of ")
    assert failed["zip"].endswith("far more than any bundle holds; it was not opened.")
    assert not parsed


def _same_members(a: Path, b: Path) -> bool:
    """Whether two zips hold the same files with the same bytes."""
    with zipfile.ZipFile(a) as first, zipfile.ZipFile(b) as second:
        names = sorted(first.namelist())
        return names == sorted(second.namelist()) and all(first.read(n) == second.read(n) for n in names)



@pytest.mark.parametrize("where", [0.3, 0.7])
def test_damaged_compressed_bytes_in_a_big_entry_are_a_fail_line(whole, tmp_path, where):
    """The big entries are inflated by ISA-L in zipfile's place: damage there is the zip's FAIL line, as zlib's was."""
    damaged = tmp_path / "damaged.zip"
    data = bytearray(whole.read_bytes())
    with zipfile.ZipFile(whole) as z:
        info = z.getinfo(names.MEASUREMENTS)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    at = start + int(info.compress_size * where)
    data[at:at + 16] = bytes(b ^ 0xFF for b in data[at:at + 16])
    damaged.write_bytes(bytes(data))
    result = verify_bundle(damaged)
    failed = fails(result)
    assert "zip" in failed and "is not a complete, readable zip file" in failed["zip"], failed
