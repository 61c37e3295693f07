"""Salted commitments: a header can bind a value (public IP, resolver) without holding it in clear.

The header keeps SHA-256(salt ‖ value); the salt and value sit in a separate table, so an export can
withhold them and every hash in the log still checks, or disclose them and prove what was measured where.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping

SALT_BYTES = 16


def commitment(salt: bytes, value: str) -> str:
    """Hex SHA-256(salt ‖ UTF-8 value)."""
    return hashlib.sha256(salt + value.encode("utf-8")).hexdigest()


def matches(salt: bytes, value: str, committed: str) -> bool:
    """Does (salt, value) open the commitment `committed` (hex)?"""
    if not isinstance(committed, str):
        return False
    return hmac.compare_digest(commitment(salt, value).encode("ascii"), committed.encode("utf-8"))


def commit_all(values: Mapping[str, str]) -> tuple[dict[str, str], dict[str, tuple[bytes, str]]]:
    """A fresh random salt per value: (hex commitment by name, (salt, value) by name)."""
    disclosures: dict[str, tuple[bytes, str]] = {}
    for name, value in sorted(values.items()):
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"sensitive value {name!r}: names and values must be strings, got {value!r}")
        disclosures[name] = (secrets.token_bytes(SALT_BYTES), value)
    return {name: commitment(salt, value) for name, (salt, value) in disclosures.items()}, disclosures
