"""A line of proofs.jsonl exactly as the exporter writes it. The verifier reads a line equal to the one it expects
next by one comparison instead of a parse, so both take the bytes from here."""

from __future__ import annotations

from collections.abc import Sequence


def proof_line(index: int, seq: int, size: int, path: Sequence[bytes] = ()) -> bytes:
    """Measurement `index` of block `seq` (of `size`), with its inclusion proof; none for a block revealed whole."""
    hashes = b",".join(b'"%s"' % p.hex().encode() for p in path)
    return b'{"index":%d,"proof":[%s],"seq":%d,"tree_size":%d}' % (index, hashes, seq, size)
