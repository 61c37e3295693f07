"""The verifier's fast paths give the verdicts of the slow definitions: canonical JSON, Merkle roots, proof lines."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.evidence import names
from desktop_app.evidence.crypto import keys
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.evidence.verify import verifier as verify_module
from desktop_app.evidence.verify.verifier import verify_bundle
from desktop_app.store import hashing
from desktop_app.store.hashing import NotCanonical, parse_canonical
from desktop_app.store.integrity import verify_log
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series
from tests.test_evidence_bundle import on_lines, resign
from tests.test_store import packed, tamper

T0 = 1_780_000_020.0
MIN = 60.0

# ------------------------------------------------------------------------------------------- canonical JSON


def slow_verdict(raw: bytes) -> Any:
    """The definition parse_canonical must match: parse with the standard library, re-serialise with RFC 8785."""
    try:
        value = json.loads(raw)
        return value if rfc8785.dumps(value) == raw else "rejected"
    except ValueError:
        return "rejected"


def fast_verdict(raw: bytes) -> Any:
    try:
        return parse_canonical(raw)
    except ValueError:
        return "rejected"


@pytest.mark.parametrize("value", [
    {"b": 1, "a": [1.5, "é", None, True, False]},
    {"x": {"y": [0, -1, 2**53 - 1, -(2**53) + 1]}, "": ""},
    {"floats": [10.0, 1e-5, 1e-7, 1e21, -0.0, 0.1, 29.6, 1.7976931348623157e308, 5e-324, -2.5e-8]},
    {"esc": "quote \" backslash \\ tab \t nul \x00 del \x7f line \u2028 emoji \U0001f600"},
    {"\ue000": 1, "\U0001f600": 2, "é": 3, "z": 4},  # UTF-16 order: the emoji's surrogates sort before U+E000
    [], {}, "text", 7, 2.5, None,
])
def test_parse_canonical_accepts_jcs_bytes_and_returns_their_value(value):
    raw = rfc8785.dumps(value)
    parsed = parse_canonical(raw)
    assert parsed == json.loads(raw) and rfc8785.dumps(parsed) == raw


@pytest.mark.parametrize("raw", [
    b'{"a":10.0}',  # JCS: 10
    b'{"a":1e-5}',  # JCS: 0.00001
    b'{"a":-0.0}',  # JCS: 0
    b'{"a":1e21}',  # JCS: 1e+21
    b'{"a":1E-7}', b'{"a":1e-07}',  # JCS: 1e-7
    b'{"a":1e20}',  # JCS writes 100000000000000000000, which reads back as an integer JCS refuses
    b'{"a":1,"a":1}',  # duplicate keys
    b'{"b":1,"a":2}',  # unsorted
    b'{"a": 1}', b' {"a":1}', b'{"a":1}\n',  # whitespace
    b'{"\xee\x80\x80":2,"\xf0\x9f\x98\x80":1}',  # "\ue000" before U+1F600: UTF-8 order, not JCS's UTF-16 order
    b'{"a":9007199254740992}',  # past 2**53 - 1: JCS refuses it
    b'{"a":18446744073709551616}',  # past 64 bits: orjson reads a float
    b'{"a":NaN}', b'{"a":1e400}',  # the standard parser reads them; JCS refuses them
    b'{"a":"\\u00e9"}',  # JCS writes the character itself
    b'{"a":"\\ud800"}',  # a lone surrogate
    b'{"a":"\x01"}',  # a raw control character
    b'{"a":1', b"", b"\xff",
])
def test_parse_canonical_rejects_what_rfc8785_rejects(raw):
    assert slow_verdict(raw) == "rejected"
    with pytest.raises(ValueError):
        parse_canonical(raw)


def test_json_rfc8785_refuses_is_not_canonical_and_says_why():
    with pytest.raises(NotCanonical, match="not representable in JCS"):
        parse_canonical(b'{"a":NaN}')
    with pytest.raises(NotCanonical, match="exceeds safe integer domain"):
        parse_canonical(b'{"a":9007199254740992}')
    with pytest.raises(ValueError) as not_json:
        parse_canonical(b'{"a":')
    assert not isinstance(not_json.value, NotCanonical)


def test_nesting_too_deep_for_the_standard_parser_fails_as_it_did_before():
    with pytest.raises(RecursionError):  # verify_bundle reports it (a RuntimeError) as an unreadable bundle
        parse_canonical(b"[" * 100_000 + b"]" * 100_000)


def test_jcs_order_of_non_ascii_keys_is_taken_from_the_slow_path():
    raw = '{"\U0001f600":1,"\ue000":2}'.encode()
    assert rfc8785.dumps({"\ue000": 2, "\U0001f600": 1}) == raw
    assert parse_canonical(raw) == {"\U0001f600": 1, "\ue000": 2}


def test_a_non_canonical_header_is_named_as_such():
    with pytest.raises(ValueError, match="not canonical"):
        parse_canonical(b'{"b":1,"a":2}')


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([10.0, 1e-5, -0.0, 1e21, 1e-7, 2.0**53, 0.1]) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=12)


def serialisations(value: Any) -> list[bytes]:
    found = [json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8", "replace"),
             json.dumps(value, sort_keys=True, separators=(",", ":")).encode()]
    for make in (rfc8785.dumps, lambda v: hashing.orjson.dumps(v, option=hashing.orjson.OPT_SORT_KEYS)):
        with contextlib.suppress(ValueError, TypeError):
            found.append(make(value))
    return found


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_parse_canonical_agrees_with_the_slow_definition(value):
    for raw in serialisations(value):
        fast, slow = fast_verdict(raw), slow_verdict(raw)
        assert repr(fast) == repr(slow), raw


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_the_token_short_cut_never_passes_what_the_walk_refuses(value):
    try:
        raw = hashing.orjson.dumps(value, option=hashing.orjson.OPT_SORT_KEYS)
    except TypeError:  # an integer past 64 bits: orjson cannot write it, nothing to compare
        return
    if hashing._numbers_written_alike(raw):
        assert hashing._orjson_writes_jcs(value)


@pytest.mark.parametrize("value", [
    {"a": [1.5, 29.6, 0, -3, 443], "t": "08:52:13.339Z", "u": "x,10.0]"},  # numbers inside strings are text
    {"a": [1e-7, 1e-5, 0.1]}, {"a": 10.0}, {"a": 1e21}, {"a": -0.0}, {"a": 2**53}, {"a": [2.0**60, 1e16]},
])
def test_the_token_short_cut_reads_the_numbers_as_rfc8785_would(value):
    raw = hashing.orjson.dumps(value, option=hashing.orjson.OPT_SORT_KEYS)
    try:
        canonical = rfc8785.dumps(value) == raw
    except rfc8785.CanonicalizationError:  # 2**53: no RFC 8785 bytes at all
        canonical = False
    assert hashing._numbers_written_alike(raw) is canonical is hashing._orjson_writes_jcs(value)


@pytest.mark.parametrize("value", [{"a": 'quote " inside', "b": 1.5}, {"é": 1}, 2.5, [1, "\\"]])
def test_the_token_short_cut_leaves_escapes_other_keys_and_scalars_to_the_walk(value):
    raw = hashing.orjson.dumps(value, option=hashing.orjson.OPT_SORT_KEYS)
    assert not hashing._numbers_written_alike(raw)
    assert parse_canonical(raw) == value


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_the_float_short_cut_is_rfc8785s_serialisation(number):
    assert hashing._jcs_float(number) == rfc8785.dumps(number)


def parsed_by(parse: Callable[[bytes], Any], raw: bytes) -> str:
    try:
        return repr(parse(raw))
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__


@pytest.mark.parametrize("raw", [
    b'{"seq":18446744073709551617}', b'[-9223372036854775809]', b'[ 12345678901234567890123]', b"1e400", b"NaN",
    b'"\\ud800"', b"\xef\xbb\xbf1", b"1\x00", b'{"a":1,"a":2}', b"0.1234567890123456789012345", b"-0", b"[1,]",
])
def test_the_generic_proof_parser_reads_what_the_standard_parser_reads(raw):
    assert parsed_by(verify_module._parse, raw) == parsed_by(json.loads, raw)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_the_generic_proof_parser_agrees_with_the_standard_parser(value):
    for raw in serialisations(value):
        assert parsed_by(verify_module._parse, raw) == parsed_by(json.loads, raw), raw


# ------------------------------------------------------------------------------------------------ Merkle roots

def recursive_root(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) exactly as RFC 9162 §2.1.1 writes it."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + recursive_root(leaves[:k]) + recursive_root(leaves[k:])).digest()


def test_the_iterative_merkle_root_is_the_rfc_9162_root_for_every_size_up_to_300():
    rng = random.Random(9162)
    for n in range(301):
        leaves = [rng.randbytes(rng.randrange(0, 40)) for _ in range(n)]
        assert hashing.merkle_root(leaves) == recursive_root(leaves), n
    leaves = [bytes([i]) for i in range(37)]
    for index in (0, 17, 36):  # the audit paths are built from the same subtree roots
        proof = hashing.inclusion_proof(leaves, index)
        assert hashing.verify_inclusion(leaves[index], index, 37, proof, recursive_root(leaves))


# ---------------------------------------------------------------------------------------------- line reading

@pytest.mark.parametrize("content", [b"", b"a", b"a\n", b"\n\n", b"a\nb", b"ab\ncd\n\nefg\r\nh", b"x" * 20 + b"\n"])
def test_lines_are_readlines_without_their_newline_whatever_the_chunk_size(content, monkeypatch):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("f", content)
    for chunk in (1, 2, 3, 7, 1 << 20):
        monkeypatch.setattr(verify_module, "CHUNK", chunk)
        hashes: dict[str, str] = {}
        sizes: dict[str, int] = {}
        with verify_module._Archive(buffer) as z:
            lines = list(verify_module._lines(z, "f", hashes, sizes))
            expected = [line.rstrip(b"\n") for line in z.open("f")]
        assert lines == expected, chunk
        assert (hashes["f"], sizes["f"]) == (hashlib.sha256(content).hexdigest(), len(content))


# ------------------------------------------------------------------------------------------------ proof lines

@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """A whole-range bundle of 6 sweeps, 6 measurements each: every proof line is the exporter's exact form."""
    data = tmp_path_factory.mktemp("data")
    config = tmp_path_factory.mktemp("config")
    out = tmp_path_factory.mktemp("out") / "whole.zip"
    with HistoryStore.open(default_db_path(data)) as store:
        add_series(store, T0, MIN, [{}, {"x": "tls_blocked"}, {}, {}, {}, {}])
        export_bundle(store, ExportRequest(T0 - 1, T0 + 6 * MIN, None, redact_ip=True), out, config)
    return out


@pytest.fixture(scope="module")
def forger(tmp_path_factory):
    return keys.load_or_create(tmp_path_factory.mktemp("forger"))


def counting_parses(monkeypatch) -> list[bytes]:
    seen: list[bytes] = []
    original = verify_module._parse

    def parse(raw: bytes) -> Any:
        seen.append(raw)
        return original(raw)

    monkeypatch.setattr(verify_module, "_parse", parse)
    return seen


def rewrite_proof(line: int, edit: Callable[[Any], bytes]) -> Callable[[str, bytes], bytes]:
    def op(lines: list[bytes]) -> None:
        lines[line] = edit(json.loads(lines[line]))
    return on_lines((names.PROOFS,), op)


def problems(path: Path) -> dict[str, str]:
    return {c.name: c.detail for c in verify_bundle(path).checks if not c.ok}


def test_an_honest_whole_range_bundle_is_read_by_comparison(whole, monkeypatch):
    with zipfile.ZipFile(whole) as z:
        proofs = z.read(names.PROOFS).splitlines()
    assert len(proofs) == 36 and proofs[7] == b'{"index":1,"proof":[],"seq":1,"tree_size":6}'
    parsed = counting_parses(monkeypatch)
    assert problems(whole) == {}
    assert parsed == [proofs[0]]  # only the first line, before any block was under way


def test_other_spellings_of_a_proof_line_take_the_generic_path_and_still_verify(whole, tmp_path, forger,
                                                                                monkeypatch):
    spaced = rewrite_proof(8, lambda p: json.dumps(p).encode())  # '{"index": 2, "proof": [], ...'
    reordered = rewrite_proof(20, lambda p: json.dumps({"seq": p["seq"], **p}, separators=(",", ":")).encode())

    def both(name: str, data: bytes) -> bytes:
        return reordered(name, spaced(name, data))

    forged = resign(whole, tmp_path / "spelled.zip", both, forger)
    parsed = counting_parses(monkeypatch)
    assert problems(forged) == {}
    assert len(parsed) == 3 and b'"index": 2' in parsed[1] and parsed[2].startswith(b'{"seq":')


@pytest.mark.parametrize("edit, says", [
    (lambda p: {**p, "index": p["index"] + 1}, "carries no inclusion proof"),
    (lambda p: {**p, "seq": p["seq"] - 1}, "out of log order"),
    (lambda p: {**p, "seq": p["seq"] + 1}, "carries no inclusion proof"),
    (lambda p: {**p, "tree_size": 7}, "its proof says 7"),
])
def test_a_wrong_field_in_a_proof_line_fails(whole, tmp_path, forger, edit, says):
    forged = resign(whole, tmp_path / "wrong.zip",
                    rewrite_proof(9, lambda p: json.dumps(edit(p), separators=(",", ":")).encode()), forger)
    assert says in problems(forged)["measurements"]


@pytest.mark.parametrize("position", [b"1e400", b"18446744073709551616", b"NaN"])
def test_a_position_no_integer_can_hold_is_a_failure_not_a_crash(whole, tmp_path, forger, position):
    def op(lines: list[bytes]) -> None:
        lines[9] = lines[9].replace(b'"seq":1', b'"seq":' + position)
    forged = resign(whole, tmp_path / "huge.zip", on_lines((names.PROOFS,), op), forger)
    assert "measurements" in problems(forged)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 35), st.data())
def test_any_changed_byte_of_a_proof_line_is_caught_or_means_the_same(whole, tmp_path, forger, line, data):
    with zipfile.ZipFile(whole) as z:
        original = z.read(names.PROOFS).split(b"\n")[line]
    position = data.draw(st.integers(0, len(original) - 1))
    byte = data.draw(st.integers(0x20, 0x7e))
    changed = original[:position] + bytes([byte]) + original[position + 1:]

    def op(lines: list[bytes]) -> None:
        lines[line] = changed
    forged = resign(whole, tmp_path / "byte.zip", on_lines((names.PROOFS,), op), forger)
    try:
        same = json.loads(changed) == json.loads(original)
    except ValueError:
        same = False
    assert (problems(forged) == {}) == same, changed


# ------------------------------------------------------------------------------------ the log's own check

@pytest.mark.parametrize("rewrite, says", [
    (lambda header: json.dumps(json.loads(header)).encode(), "its header is not in canonical form"),
    (lambda header: header.replace(b'"count":', b'"nan":NaN,"count":'), "its header is not in canonical form"),
    (lambda header: header[:-1], "its header is not JSON"),
])
def test_the_log_check_names_a_rehashed_header_that_is_not_canonical(tmp_path, rewrite, says):
    db = default_db_path(tmp_path / "log")
    with HistoryStore.open(db) as store:
        add_series(store, T0, MIN, [{}] * 4)
        header = rewrite(store.block(2).header_bytes)
        stored = packed(store, 2, header)
    tamper(db, "UPDATE blocks SET header = ?, hash = ? WHERE seq = 2", stored, hashlib.sha256(header).digest())
    with HistoryStore.open(db) as store:
        report = verify_log(store)
    assert report.broken_at == 2 and says in report.sentence, report.sentence
