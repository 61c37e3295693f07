"""The log checkpoint a bundle is anchored to: how many blocks the log held and the Merkle root of their hashes.

Signed inside the manifest, it fixes the whole log as it stood at export time; the proofs that the bundle's first
and last blocks sit in that tree let a recipient check the anchor without seeing any other block, and a later
bundle from the same log must show a tree that extends this one.
"""

from __future__ import annotations

from typing import Any

from desktop_app.store.hashing import inclusion_proof, merkle_root, verify_inclusion
from desktop_app.store.log import HistoryStore

ORIGIN_PREFIX = "vantage-log/"


def make(store: HistoryStore, first_seq: int, last_seq: int) -> dict[str, Any]:
    """The checkpoint of the whole log now, with inclusion proofs of the bundle's first and last blocks."""
    hashes = store.block_hashes()
    origin = ORIGIN_PREFIX + hashes[0].hex()[:32]  # the log's first block names it
    first = max(0, first_seq - 1)  # the block before the range, which the bundle carries too
    return {"origin": origin, "size": len(hashes), "root": merkle_root(hashes).hex(),
            "anchors": [{"seq": seq, "hash": hashes[seq].hex(),
                         "proof": [p.hex() for p in inclusion_proof(hashes, seq)]}
                        for seq in sorted({first, last_seq})]}


def check(head: dict[str, Any], block_hashes: dict[int, str]) -> str | None:
    """None when every anchor is a block of the bundle and sits in the checkpoint's tree; else what is wrong."""
    try:
        size, root = int(head["size"]), bytes.fromhex(head["root"])
        anchors = head["anchors"]
        if not anchors:
            return "the checkpoint anchors no block"
        for anchor in anchors:
            seq = int(anchor["seq"])
            if block_hashes.get(seq) != anchor["hash"]:
                return f"anchor block {seq} is not the bundle's block {seq}"
            proof = [bytes.fromhex(p) for p in anchor["proof"]]
            if not verify_inclusion(bytes.fromhex(anchor["hash"]), seq, size, proof, root):
                return f"block {seq} is not in the log of {size} blocks whose root the manifest states"
    except (KeyError, TypeError, ValueError) as exc:
        return f"the checkpoint cannot be read ({exc})"
    return None
