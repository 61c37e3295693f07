"""The exact bytes the log hashes: RFC 8785 (JCS) canonical JSON, the same on every platform and version."""

from __future__ import annotations

import json
import math
from typing import Any

import rfc8785

_FAST = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


class _NotFast(Exception):
    """A number the standard library would write differently from RFC 8785: check the slow, exact way."""


def canonical(value: Any) -> bytes:
    """RFC 8785 bytes of a JSON-able value; raises ValueError (rfc8785.CanonicalizationError) or TypeError."""
    return rfc8785.dumps(value)


def is_canonical(data: bytes) -> bool:
    """True when data is UTF-8 JSON already in RFC 8785 form: parsing and re-serialising changes nothing.

    Canonical JSON escapes every control character and has no whitespace between tokens, so it never holds a
    raw newline; the store relies on that to keep a block's records apart.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    try:
        if text.isascii():  # ASCII keys sort the same by code point (Python) as by UTF-16 unit (RFC 8785)
            try:
                value = json.loads(text, parse_float=_plain_float, parse_int=_plain_int, parse_constant=_no_nan)
            except _NotFast:
                pass
            else:
                # The C encoder writes such values exactly as RFC 8785 does, in a fifth of the time.
                return _FAST.encode(value) == text
        return rfc8785.dumps(json.loads(text, parse_constant=_no_nan)) == data
    except (ValueError, TypeError, RecursionError):  # not JSON, integers past 2^53, lone surrogates
        return False


def _plain_float(literal: str) -> float:
    """Floats Python's repr writes as RFC 8785 does: finite, not integral (2.0), no exponent (1e-05, 1e+16)."""
    value = float(literal)
    if not math.isfinite(value) or value.is_integer() or not 1e-4 <= abs(value) < 1e16:
        raise _NotFast
    return value


def _plain_int(literal: str) -> int:
    if len(literal) > 15:  # past 2^53 RFC 8785 refuses the number; near it, let the exact path decide
        raise _NotFast
    return int(literal)


def _no_nan(literal: str) -> float:
    raise ValueError(f"{literal} is not JSON")
