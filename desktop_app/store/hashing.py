"""The exact bytes the log hashes (RFC 8785 canonical JSON), RFC 9162 Merkle trees, and salted commitments."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

import orjson
import rfc8785

EMPTY_ROOT = hashlib.sha256(b"").digest()
SALT_BYTES = 16
JCS_INT_MAX = 2**53 - 1  # RFC 8785 refuses integers an IEEE 754 double cannot hold exactly


class NotCanonical(ValueError):
    """Valid JSON, but not the RFC 8785 bytes of its value."""


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) bytes: the same object always gives the same bytes, on every platform."""
    return rfc8785.dumps(value)


def parse_canonical(raw: bytes) -> Any:
    """The JSON value whose RFC 8785 bytes are exactly raw; NotCanonical (a ValueError) when they are not.

    Bytes that are not JSON raise what json.loads raises (also a ValueError). JSON that RFC 8785 has no bytes for
    (NaN, integers past 2**53, lone surrogates) is not canonical either: NotCanonical, with rfc8785's reason.

    Same verdict and value as `json.loads(raw)` followed by `canonical(value) == raw`, several times faster on
    the usual input: orjson parses and re-serialises with sorted keys, and where that reproduces raw byte for byte
    and orjson's bytes are provably JCS's (ASCII keys, so UTF-8 and UTF-16 key order agree; integers within
    JCS's range; every float written alike by both), raw is canonical. Anything else takes the RFC 8785 path.
    Strings need no check: both escape exactly '"', '\\' and U+0000-U+001F, alike, and write the rest as UTF-8.
    """
    try:
        value = orjson.loads(raw)
        # orjson writes every non-ASCII character as UTF-8, never escaped: ASCII bytes it reproduces hold ASCII keys
        if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) == raw and (
                _numbers_written_alike(raw) or _orjson_writes_jcs(value, check_keys=not raw.isascii())):
            return value
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):  # NaN, nesting past orjson's limits: JCS judges
        pass
    value = json.loads(raw)
    try:
        same = canonical(value) == raw
    except rfc8785.CanonicalizationError as exc:
        raise NotCanonical(str(exc)) from exc
    if not same:
        raise NotCanonical("not canonical")
    return value


_STRUCTURE = bytes.maketrans(b"{}[]:", b",,,,,")  # what separates the values of compact JSON, read as commas
_NOT_NUMBERS = frozenset({b"", b"true", b"false", b"null"})


def _numbers_written_alike(raw: bytes) -> bool:
    """_orjson_writes_jcs's verdict read off orjson's bytes of the value (`raw`) without walking the parsed value:
    True only when the keys are ASCII and every number token in raw is one orjson and RFC 8785 write alike; False
    also means "not decided here" (escapes in strings, a bare scalar, a token that fails).

    With no backslash in raw, every '"' opens or closes a string, so splitting at them leaves the structure (the
    even parts); separators read as commas split it into its scalar tokens. Each token is judged as the walk would
    judge the number it is (orjson reads numbers context-free), once per process for the common ones."""
    if not raw.isascii() or raw[:1] not in (b"{", b"[") or b"\\" in raw:
        return False
    tokens = set(b"".join(raw.split(b'"')[::2]).translate(_STRUCTURE).split(b","))
    return all(_number_written_alike(token) for token in tokens - _NOT_NUMBERS)


@functools.lru_cache(maxsize=1 << 16)  # a month's records repeat a few thousand number tokens
def _number_written_alike(token: bytes) -> bool:
    try:
        number = orjson.loads(token)
    except orjson.JSONDecodeError:
        return False
    if type(number) is int:
        return -JCS_INT_MAX <= number <= JCS_INT_MAX and orjson.dumps(number) == token
    return type(number) is float and orjson.dumps(number) == token == _jcs_float(number)


def _orjson_writes_jcs(value: Any, check_keys: bool = True) -> bool:
    """Does orjson serialise this parsed value exactly as RFC 8785 does (given sorted keys)?"""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            if check_keys and not all(key.isascii() for key in item):
                return False
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        elif ((kind is float and orjson.dumps(item) != _jcs_float(item))
              or (kind is int and not -JCS_INT_MAX <= item <= JCS_INT_MAX)):
            return False
    return True


def _jcs_float(number: float) -> bytes:
    """rfc8785's bytes for a finite float (b"" for inf and nan, which it refuses), its common case short-cut: where
    repr has no exponent and no ".0" (so the float is neither zero nor whole), its algorithm returns repr as is."""
    text = repr(number)
    if "n" in text:
        return b""
    if "e" in text or text.endswith(".0"):
        return rfc8785.dumps(number)
    return text.encode()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (RFC 9162 §2.1.1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def _root_of_hashes(hashes: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes, bottom up: pair neighbours level by level, carrying an odd last node up unchanged.

    The same root as RFC 9162's recursive split at the largest power of two k < n: the first k leaves form a
    perfect subtree that pairing completes on its own, and the carried node meets the rest's root only at the top.
    """
    sha256 = hashlib.sha256  # node_hash, inlined: a month's bundle has 1.7M nodes
    level = list(hashes)
    while len(level) > 1:
        paired = [sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) & 1:
            paired.append(level[-1])
        level = paired
    return level[0]


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of RFC 9162 over the leaves' data."""
    if not leaves:
        return EMPTY_ROOT
    sha256 = hashlib.sha256
    return _root_of_hashes([sha256(b"\x00" + d).digest() for d in leaves])  # leaf_hash, inlined: a month is 1.7M


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path for leaf `index`."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf {index} is outside a tree of {len(leaves)}")
    return _path(index, [leaf_hash(d) for d in leaves])


def _path(m: int, hashes: Sequence[bytes]) -> list[bytes]:
    n = len(hashes)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*_path(m, hashes[:k]), _root_of_hashes(hashes[k:])]
    return [*_path(m - k, hashes[k:]), _root_of_hashes(hashes[:k])]


def verify_inclusion(leaf_data: bytes, index: int, tree_size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does leaf_data sit at index in the tree of tree_size leaves whose root is root?"""
    if not 0 <= index < tree_size:
        return False
    fn, sn = index, tree_size - 1
    r = leaf_hash(leaf_data)
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(r, root)


def commitment(salt: bytes, value: str) -> str:
    """SHA-256(salt ‖ value): reveals nothing without the salt, proves the value once it is disclosed."""
    return hashlib.sha256(salt + value.encode("utf-8")).hexdigest()


def commit_all(values: Mapping[str, str]) -> tuple[dict[str, str], dict[str, tuple[bytes, str]]]:
    """Fresh random salts for each value: (commitments by name, (salt, value) by name)."""
    disclosures = {name: (os.urandom(SALT_BYTES), value) for name, value in sorted(values.items())}
    return {name: commitment(salt, value) for name, (salt, value) in disclosures.items()}, disclosures


def all_inclusion_proofs(leaves: Sequence[bytes]) -> tuple[bytes, list[list[bytes]]]:
    """The root and every leaf's audit path at once, in O(n log n) (one inclusion_proof each would be O(n²))."""
    if not leaves:
        return EMPTY_ROOT, []
    hashes = [leaf_hash(d) for d in leaves]

    def build(lo: int, hi: int) -> tuple[bytes, list[list[bytes]]]:
        if hi - lo == 1:
            return hashes[lo], [[]]
        k = _split(hi - lo)
        left_root, left_paths = build(lo, lo + k)
        right_root, right_paths = build(lo + k, hi)
        return (node_hash(left_root, right_root),
                [[*p, right_root] for p in left_paths] + [[*p, left_root] for p in right_paths])

    return build(0, len(hashes))
