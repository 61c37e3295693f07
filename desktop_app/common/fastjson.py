"""JSON read the standard library's way, by orjson (several times faster) wherever the two are known to agree."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

# An integer literal past 64 bits, which orjson reads as a float where the standard parser keeps an int. Every JSON
# number starts the text or follows one of "[,:" or whitespace; a false match only costs a slower parse.
_LONG_INTEGER = re.compile(rb"(?:^|[\[,:\s])-?[0-9]{19}")


def loads(raw: bytes) -> Any:
    """json.loads(raw), by way of orjson where the two agree."""
    if _LONG_INTEGER.search(raw) is None:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:  # NaN, Infinity, lone surrogates, UTF-16: the standard parser decides
            pass
    return json.loads(raw)


def loads_logged(raw: bytes) -> Any:
    """A record the log wrote: RFC 8785 allows no NaN and no integer past 2**53, so orjson reads it exactly, and
    the guard loads() needs (a regular expression over every byte, several times orjson's own cost) is skipped."""
    return orjson.loads(raw)


def dumps_compact(value: Any) -> bytes:
    """Compact UTF-8 JSON; orjson's, or the standard library's for what orjson cannot write (integers past 64 bits)."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
