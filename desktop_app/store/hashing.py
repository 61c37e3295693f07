"""The exact bytes the log hashes (RFC 8785 canonical JSON), RFC 9162 Merkle trees, and salted commitments."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Mapping, Sequence
from typing import Any

import rfc8785

EMPTY_ROOT = hashlib.sha256(b"").digest()
SALT_BYTES = 16


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) bytes: the same object always gives the same bytes, on every platform."""
    return rfc8785.dumps(value)


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
    if len(hashes) == 1:
        return hashes[0]
    k = _split(len(hashes))
    return node_hash(_root_of_hashes(hashes[:k]), _root_of_hashes(hashes[k:]))


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of RFC 9162 over the leaves' data."""
    if not leaves:
        return EMPTY_ROOT
    return _root_of_hashes([leaf_hash(d) for d in leaves])


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
        return _path(m, hashes[:k]) + [_root_of_hashes(hashes[k:])]
    return _path(m - k, hashes[k:]) + [_root_of_hashes(hashes[:k])]


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
                [p + [right_root] for p in left_paths] + [p + [left_root] for p in right_paths])

    return build(0, len(hashes))
