"""Known blockpage fingerprints: loading resources/blockpages.toml and matching HTTP answers and redirects against it.

Matching rules (documented for the people who add fingerprints):
- ``body_contains``: case-sensitive substring of the body, decoded as UTF-8 with undecodable bytes replaced.
- ``title_contains``: case-sensitive substring of the page title the HTTP step extracted.
- ``header`` + ``header_contains``: case-sensitive substring of that header's value; header names ignore case.
- ``location_contains``: case-insensitive substring of a redirect target (host names ignore case).
The first matching fingerprint in file order wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.probes.catalogue.loader import check_format, check_keys, read_toml
from desktop_app.probes.catalogue.model import CatalogueError
from desktop_app.system import paths

MATCHERS = ("body_contains", "title_contains", "header_contains", "location_contains")
MIN_PATTERN = 4  # shorter patterns would match ordinary pages
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_HEADER_RE = re.compile(r"^[A-Za-z0-9-]+$")
_KEYS = ({"id", "country", "description", "source"}, {"header", *MATCHERS})


@dataclass(frozen=True)
class Fingerprint:
    """One documented blockpage: where it was seen and the single string that gives it away."""

    id: str
    country: str  # ISO 3166-1 alpha-2
    description: str
    source: str
    body_contains: str | None = None
    title_contains: str | None = None
    header: str | None = None  # lowercase header name, with header_contains
    header_contains: str | None = None
    location_contains: str | None = None

    @property
    def matcher(self) -> str:
        """Which part of an answer this fingerprint looks at: body, title, header or location."""
        for key in MATCHERS:
            if getattr(self, key) is not None:
                return key.removesuffix("_contains")
        raise AssertionError(f"fingerprint {self.id} has no matcher")  # the loader never builds one

    @property
    def pattern(self) -> str:
        return getattr(self, f"{self.matcher}_contains")


def load_fingerprints(path: Path | None = None) -> tuple[Fingerprint, ...]:
    """The validated fingerprints of path (default: the shipped resources/blockpages.toml); raises CatalogueError."""
    path = path if path is not None else paths.resources_dir() / "blockpages.toml"
    _, doc = read_toml(path)
    check_format(doc, path)
    check_keys(doc, {"format", "fingerprint"}, set(), path, "top level")
    tables = doc["fingerprint"]
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise CatalogueError(str(path), "fingerprint", "must be [[fingerprint]] tables")
    loaded: list[Fingerprint] = []
    for index, table in enumerate(tables, start=1):
        fp = _parse(table, path, index)
        if any(f.id == fp.id for f in loaded):
            raise CatalogueError(str(path), f'fingerprint {index} ("{fp.id}")', "repeats an id used earlier")
        loaded.append(fp)
    return tuple(loaded)


def match_blockpage(fingerprints: Sequence[Fingerprint], *, status: int | None, headers: Mapping[str, str],
                    body: bytes, title: str | None) -> Fingerprint | None:
    """The first fingerprint the answer matches, or None.

    A location fingerprint matches here too when the answer is a redirect (3xx) whose Location header carries it,
    so a whole response can be checked in one call.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    text = body.decode("utf-8", errors="replace")
    location = lowered.get("location") if status is not None and 300 <= status < 400 else None
    return next((fp for fp in fingerprints if _matches(fp, text, title, lowered, location)), None)


def match_location(fingerprints: Sequence[Fingerprint], location: str) -> Fingerprint | None:
    """The first location fingerprint a redirect target matches, or None."""
    for fp in fingerprints:
        if fp.location_contains is not None and _in_location(fp.location_contains, location):
            return fp
    return None


def _matches(fp: Fingerprint, text: str, title: str | None, headers: Mapping[str, str], location: str | None) -> bool:
    if fp.body_contains is not None:
        return fp.body_contains in text
    if fp.title_contains is not None:
        return title is not None and fp.title_contains in title
    if fp.header is not None and fp.header_contains is not None:
        return fp.header_contains in headers.get(fp.header, "")
    return fp.location_contains is not None and location is not None and _in_location(fp.location_contains, location)


def _in_location(pattern: str, location: str) -> bool:
    return pattern.casefold() in location.casefold()


def _parse(table: Mapping[str, Any], path: Path, index: int) -> Fingerprint:
    raw_id = table.get("id")
    entry = f'fingerprint {index} ("{raw_id}")' if isinstance(raw_id, str) else f"fingerprint {index}"
    check_keys(table, *_KEYS, path, entry)
    for key in table:
        if not isinstance(table[key], str) or not table[key].strip():
            raise CatalogueError(str(path), f"{entry} {key}", f"is {table[key]!r}; expected a non-empty string")
    if not _ID_RE.match(table["id"]):
        raise CatalogueError(str(path), entry, "has an invalid id; use 1-64 lowercase letters, digits, '.', '_' or "
                                               "'-', starting with a letter or digit")
    if not _COUNTRY_RE.match(table["country"]):
        raise CatalogueError(str(path), f"{entry} country", f"is {table['country']!r}; expected an ISO 3166-1 "
                                                            "alpha-2 code in capitals, e.g. PK")
    _check_matcher(table, path, entry)
    header = table.get("header")
    return Fingerprint(id=table["id"], country=table["country"], description=table["description"],
                       source=table["source"], body_contains=table.get("body_contains"),
                       title_contains=table.get("title_contains"), header=header.lower() if header else None,
                       header_contains=table.get("header_contains"), location_contains=table.get("location_contains"))


def _check_matcher(table: Mapping[str, Any], path: Path, entry: str) -> None:
    present = [k for k in MATCHERS if k in table]
    if len(present) != 1:
        found = ", ".join(present) or "none"
        raise CatalogueError(str(path), entry, f"has matchers {found}; expected exactly one of body_contains, "
                                               "title_contains, header + header_contains, location_contains")
    key = present[0]
    if ("header" in table) != (key == "header_contains"):
        raise CatalogueError(str(path), entry, "needs `header` and `header_contains` together (and `header` only "
                                               "with `header_contains`)")
    if "header" in table:
        if not _HEADER_RE.match(table["header"]):
            raise CatalogueError(str(path), f"{entry} header", f"is {table['header']!r}; expected a header name")
        if table["header"].lower() == "location":
            raise CatalogueError(str(path), f"{entry} header", "is Location; use location_contains, which also "
                                                               "catches redirects the HTTP step follows")
    if len(table[key]) < MIN_PATTERN:
        raise CatalogueError(str(path), f"{entry} {key}", f"is {table[key]!r}; a pattern needs at least "
                                                          f"{MIN_PATTERN} characters or it matches ordinary pages")
