"""RFC 9162 Merkle trees over a block's records: the root each header commits to, and inclusion proofs."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    """SHA-256(0x00 ‖ data): the domain prefix stops a leaf from passing for an inner node."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 ‖ left ‖ right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """k of RFC 9162 §2.1.1: the largest power of two smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def _root(hashes: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes, bottom-up: pairing left to right and carrying an odd last node up unchanged
    gives exactly the RFC's left-heavy split, without recursion."""
    level = list(hashes)
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of RFC 9162 §2.1.1 over the leaves' data; the empty tree's root is SHA-256 of nothing."""
    if not leaves:
        return EMPTY_ROOT
    return _root([leaf_hash(d) for d in leaves])


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf `index`, nearest sibling first."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf {index} is outside a tree of {len(leaves)} leaves")
    hashes = [leaf_hash(d) for d in leaves]
    path: list[bytes] = []
    lo, hi, m = 0, len(hashes), index
    while hi - lo > 1:  # descend from the root, collecting the sibling subtree's root at each split
        k = _split(hi - lo)
        if m < k:
            path.append(_root(hashes[lo + k:hi]))
            hi = lo + k
        else:
            path.append(_root(hashes[lo:lo + k]))
            lo, m = lo + k, m - k
    path.reverse()
    return path


def verify_inclusion(leaf_data: bytes, index: int, tree_size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does leaf_data sit at `index` of the tree of `tree_size` leaves whose root is `root`?"""
    if not 0 <= index < tree_size:
        return False
    fn, sn = index, tree_size - 1
    r = leaf_hash(leaf_data)
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(r, root)
