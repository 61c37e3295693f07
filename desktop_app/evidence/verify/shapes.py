"""The declared shape of every JSON file and line a bundle holds, checked before the verifier uses any of it.

A bundle is hostile input: its signature only says who made it, so a forger with a key of their own can put any
JSON where a manifest, a disclosure or a proof belongs. Each value the verifier reads is checked here first, and a
mismatch becomes one sentence naming the file and the field, never an exception deep inside a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.common.errors import EvidenceError

# A shape looks at a value found at `where` (a dotted field path) and says what is wrong with it, or None.
Shape = Callable[[Any, str], "str | None"]

_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_HEX = re.compile(r"(?:[0-9a-f]{2})*")
_SEQ = re.compile(r"0|[1-9][0-9]{0,17}")  # a block number as JSON object keys carry it: ASCII digits, no sign
MAX_ITEMS = 1 << 20  # more entries than any list of ours holds: a longer one is not ours


class ShapeError(EvidenceError, ValueError):
    """A file of the bundle does not have the shape its format declares; str() names the file and the field."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file, self.problem = file, problem


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _field(where: str) -> str:
    return f"field {where}" if where else "the file"


def integer(minimum: int = 0) -> Shape:
    """A JSON integer (not a boolean, not a float) of at least `minimum`."""
    def check(value: Any, where: str) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_field(where)} must be a whole number, not {_show(value)}"
        if value < minimum:
            return f"{_field(where)} must be at least {minimum}, not {value}"
        return None
    return check


def number(value: Any, where: str) -> str | None:
    """A JSON number, whole or not (not a boolean)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None
    return f"{_field(where)} must be a number, not {_show(value)}"


def text(value: Any, where: str) -> str | None:
    return None if isinstance(value, str) else f"{_field(where)} must be text, not {_show(value)}"


def boolean(value: Any, where: str) -> str | None:
    return None if isinstance(value, bool) else f"{_field(where)} must be true or false, not {_show(value)}"


def digest(value: Any, where: str) -> str | None:
    """A SHA-256 digest in lower-case hex, as every hash of ours is written."""
    if isinstance(value, str) and _HEX_DIGEST.fullmatch(value):
        return None
    return f"{_field(where)} must be a SHA-256 digest (64 lower-case hex digits), not {_show(value)}"


def hex_bytes(value: Any, where: str) -> str | None:
    if isinstance(value, str) and _HEX.fullmatch(value):
        return None
    return f"{_field(where)} must be lower-case hex bytes, not {_show(value)}"


def seq_key(value: Any, where: str) -> str | None:
    if isinstance(value, str) and _SEQ.fullmatch(value):
        return None
    return f"{where or 'a key'} {_show(value)} is not a block number"


def exactly(expected: Any) -> Shape:
    def check(value: Any, where: str) -> str | None:
        same = type(value) is type(expected) and value == expected
        return None if same else f"{_field(where)} must be {expected!r}, not {_show(value)}"
    return check


def nullable(shape: Shape) -> Shape:
    return lambda value, where: None if value is None else shape(value, where)


def list_of(shape: Shape) -> Shape:
    def check(value: Any, where: str) -> str | None:
        if not isinstance(value, list):
            return f"{_field(where)} must be a list, not {_show(value)}"
        if len(value) > MAX_ITEMS:
            return f"{_field(where)} lists {len(value):,} items, far more than any bundle writes"
        for i, item in enumerate(value):
            if (problem := shape(item, f"{where}[{i}]")) is not None:
                return problem
        return None
    return check


def mapping(key: Shape, value_shape: Shape) -> Shape:
    """A JSON object whose keys are all `key` and whose values are all `value_shape` (a dict keyed by data)."""
    def check(value: Any, where: str) -> str | None:
        if not isinstance(value, dict):
            return f"{_field(where)} must be an object, not {_show(value)}"
        if len(value) > MAX_ITEMS:
            return f"{_field(where)} has {len(value):,} entries, far more than any bundle writes"
        for k, item in value.items():
            inner = f"{where}.{k}" if where else str(k)
            if (problem := key(k, where) or value_shape(item, inner)) is not None:
                return problem
        return None
    return check


def record(required: Mapping[str, Shape], optional: Mapping[str, Shape] | None = None) -> Shape:
    """A JSON object with these fields (others are allowed: a newer exporter may add some)."""
    optional = optional or {}

    def check(value: Any, where: str) -> str | None:
        if not isinstance(value, dict):
            return f"{_field(where)} must be an object, not {_show(value)}"
        for name, shape in required.items():
            inner = f"{where}.{name}" if where else name
            if name not in value:
                return f"field {inner} is missing"
            if (problem := shape(value[name], inner)) is not None:
                return problem
        for name, shape in optional.items():
            inner = f"{where}.{name}" if where else name
            if name in value and (problem := shape(value[name], inner)) is not None:
                return problem
        return None
    return check


def require(file: str, shape: Shape, value: Any) -> Any:
    """`value` itself when it has `shape`; else ShapeError naming `file` and the first field that is wrong."""
    problem = shape(value, "")
    if problem is not None:
        raise ShapeError(file, problem)
    return value


# ------------------------------------------------------------------------------------ the bundle's files

CHECKPOINT = record({
    "origin": text, "size": integer(1), "root": digest,
    "anchors": list_of(record({"seq": integer(), "hash": digest, "proof": list_of(digest)})),
})

MANIFEST = record({
    "format": text, "format_version": integer(),
    "range": record({"since": text, "until": text}),
    "platforms": nullable(list_of(text)),
    "measurements": integer(),
    "blocks": record({"first": integer(), "last": integer()}, {"with_previous": boolean, "in_range": integer()}),
    "checkpoint": CHECKPOINT,
    "redacted": list_of(text),
    "files": mapping(text, record({"size": integer()})),
}, {"created_at": text})

DISCLOSURES = mapping(seq_key, mapping(text, record({"salt": hex_bytes, "value": text})))

PROOF = record({"seq": integer(), "index": integer(), "tree_size": integer(1), "proof": list_of(digest)})

BLOCK_HEADER = record({
    "seq": integer(), "count": integer(), "merkle_root": digest,
    # What the verifier reads of a context, as store/records.py's PlatformSummary declares it.
    "context": record({}, {"platforms": mapping(text, record({}, {
        "verdict": text, "affected": integer(), "total": integer(), "latency_ms": nullable(number),
        "reason": nullable(text), "scope": nullable(text), "roles": list_of(text)})),
                           "commitments": mapping(text, text)}),
}, {"prev": text})

RECORD = record({"platform": text})
