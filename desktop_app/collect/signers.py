"""The collection's registry of known signers: a fingerprint and the label its owner knows it by."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from desktop_app.collect.store import CollectionError

FINGERPRINT = re.compile(r"^SHA256:[A-Za-z0-9+/]{43}$")
MAX_LABEL = 200


def register(con: Any, fingerprint: str, label: str, now: float | None = None) -> bool:
    """Record (or relabel) a signer; True when it was new. Bundles it signed already count as registered now."""
    fingerprint, label = fingerprint.strip(), " ".join(label.split())
    if not FINGERPRINT.match(fingerprint):
        raise CollectionError(f"{fingerprint!r} is not a key fingerprint; give it as `vantage keys show` prints it "
                              "(SHA256: followed by 43 characters).")
    if not label or len(label) > MAX_LABEL:
        raise CollectionError(f"A signer's label must be between 1 and {MAX_LABEL} characters; give a short name "
                              "you know this person or place by.")
    known = con.execute("SELECT 1 FROM signers WHERE fingerprint = ?", [fingerprint]).fetchone() is not None
    con.execute("INSERT OR REPLACE INTO signers VALUES (?, ?, ?)",
                [fingerprint, label, time.time() if now is None else now])
    return not known


@dataclass(frozen=True)
class Signer:
    """A signer the collection knows: registered with a label, or only seen in the bundles it signed."""

    fingerprint: str
    label: str | None  # None: not registered
    bundles: int  # bundles accepted from it

    @property
    def registered(self) -> bool:
        return self.label is not None


def listed(con: Any) -> list[Signer]:
    """Every signer the collection knows, registered or seen, by fingerprint."""
    return [Signer(*r) for r in con.execute(
        "SELECT fingerprint, label, count(b.sha256) FROM (SELECT fingerprint, label FROM signers UNION "
        "SELECT DISTINCT signer, NULL FROM bundles WHERE signer NOT IN (SELECT fingerprint FROM signers)) "
        "LEFT JOIN bundles b ON b.signer = fingerprint GROUP BY ALL ORDER BY fingerprint").fetchall()]
