"""Loads and validates the catalogue: the shipped platforms, the user's own targets and imported test lists.

Sources, read in this order and validated as a whole (any error stops the load; nothing is ever half-loaded):

1. ``resources/platforms.toml``, the shipped platforms and the connectivity checks (format described in the file).
2. ``<config dir>/targets.toml``, the user's own targets, if the file exists::

       format = 1                       # required

       [[target]]
       url = "https://example.org/"     # required: https://, http://, tcp://host:port or tls://host:port
       platform = "x"                   # optional: the platform to group under (see below)
       name = "Example"                 # optional: display name of a new platform
       throughput = true                # optional: this URL is the platform's throughput asset (at most one)

   A target whose ``platform`` is a built-in id joins that platform (its name cannot be changed there). Any
   other id, or no ``platform`` at all, makes or extends a user platform; without ``platform`` the id comes from
   the host's last two labels, so ``https://www.example.org/`` and ``https://example.org/x`` both land in
   ``example-org``. A user platform's ``domains`` are the last two labels of its hosts; that is a deliberate
   simplification of "registrable domain" (it is wrong for names like ``example.co.uk``, which only makes a
   redirect within such a site look foreign). A host added to a built-in platform outside its domains adds its
   last two labels to them. Targets get the role ``extra``. The ``control`` platform cannot be joined.
3. ``<config dir>/lists/*.csv`` in name order: Citizen Lab test lists (header
   ``url,category_code,category_description,date_added,source,notes``), one platform ``list-<file stem>`` each.
4. ``extra_files``, by suffix: ``.toml`` in the targets format, ``.csv`` as a test list.

A URL already in the catalogue from an earlier file is skipped; the same URL twice within one TOML file is an
error; repeated rows in a test list are skipped. Host names only: a literal IP address is refused in every file.
Errors are ``CatalogueError(file, entry, problem)``; CSV rows are counted as a spreadsheet shows them (header = row 1).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import ipaddress
import os
import re
import tempfile
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop_app.probes.catalogue.model import (
    CONTROL_ID,
    SCHEMES,
    Catalogue,
    CatalogueError,
    Endpoint,
    Expectation,
    Platform,
)
from desktop_app.system import paths

FORMAT = 1
BUILTIN_ROLES = ("web", "api", "media", "app", "control")
EXTRA_ROLE = "extra"
CSV_HEADER = ("url", "category_code", "category_description", "date_added", "source", "notes")
PLATFORM_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
RESERVED_IDS = ("connection", "list")  # the history's whole-connection row; the Citizen Lab list marker
_LABEL_RE = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_TOML_POSITION_RE = re.compile(r"\s*\(at (line (\d+), column (\d+)|end of document)\)$")
_PLATFORM_KEYS = ({"id", "name", "domains", "endpoints"}, {"default", "tone"})
_TONE_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ENDPOINT_KEYS = ({"url", "role"}, {"throughput", "expect"})
_EXPECT_KEYS = ({"status"}, {"body_equals", "body_contains"})
_TARGET_KEYS = ({"url"}, {"platform", "name", "throughput"})


# ------------------------------------------------------------------------------------------------ public API

def load_catalogue(path: Path | None = None, *, config_dir: Path | None = None,
                   extra_files: Sequence[Path] = ()) -> Catalogue:
    """The validated catalogue from the shipped file, the user's targets, imported lists and extra_files."""
    builtin = path if path is not None else paths.resources_dir() / "platforms.toml"
    config = config_dir if config_dir is not None else paths.config_dir()
    builder = _Builder()
    digest = hashlib.sha256()
    sources: list[str] = []
    for kind, source in _sources(builtin, config, extra_files):
        data = _read(source)
        digest.update(f"{source.name}\0{len(data)}\0".encode())
        digest.update(data)
        sources.append(str(source))
        if kind == "builtin":
            builder.add_builtin(_parse_builtin(data, source))
        elif kind == "targets":
            _add_targets(builder, data, source)
        else:
            _add_list(builder, data, source)
    return Catalogue(platforms=builder.platforms(), digest=digest.hexdigest(), sources=tuple(sources))


def parse_citizenlab_csv(path: Path) -> list[Endpoint]:
    """The URLs of a Citizen Lab test list, as endpoints of its platform ``list-<stem>``; raises CatalogueError."""
    return _parse_citizenlab(_read(path), path)


def import_citizenlab_csv(src: Path, config_dir: Path | None = None) -> Path:
    """Validate a Citizen Lab test list and copy it into ``<config dir>/lists/``, atomically; returns the copy.

    A list of the same name is replaced. The bytes written are the bytes validated, so the copy can be trusted.
    """
    data = _read(src)
    if not _parse_citizenlab(data, src):
        raise CatalogueError(str(src), "file", "holds no URLs; a test list needs at least one row after the header")
    lists = paths.ensure_private_dir((config_dir if config_dir is not None else paths.config_dir()) / "lists")
    dest = lists / f"{src.stem}.csv"
    try:
        _atomic_write(dest, data)
    except OSError as exc:
        raise CatalogueError(str(src), "import", f"could not be copied to {dest} ({exc})") from None
    return dest


def list_platform_id(path: Path) -> str:
    """The platform id of a test list file: ``list-`` and the slug of its stem."""
    return ("list-" + _slug(path.stem))[:40].rstrip("-")


def read_toml(path: Path) -> tuple[bytes, dict[str, Any]]:
    """The bytes of a TOML file and its parsed document; errors become CatalogueError naming the line."""
    data = _read(path)
    return data, _toml(data, path)


def check_keys(table: Mapping[str, Any], required: set[str], optional: set[str], file: Path, entry: str) -> None:
    """Refuse a table with a missing or unknown key, listing what is expected."""
    missing = sorted(required - table.keys())
    if missing:
        raise CatalogueError(str(file), entry, f"is missing {_names(missing)}; required: {_names(sorted(required))}")
    unknown = sorted(table.keys() - required - optional)
    if unknown:
        allowed = _names(sorted(required | optional))
        raise CatalogueError(str(file), entry, f"has unknown key {_names(unknown)}; allowed: {allowed}")


def check_format(doc: Mapping[str, Any], file: Path) -> None:
    """Every Vantage TOML file starts with ``format = 1`` so a future layout can be told apart."""
    if "format" not in doc:
        raise CatalogueError(str(file), "format", f"is missing; add `format = {FORMAT}` at the top of the file")
    if type(doc["format"]) is not int or doc["format"] != FORMAT:
        raise CatalogueError(str(file), "format", f"is {doc['format']!r}; this version of Vantage reads "
                                                  f"format {FORMAT}")


def url_problem(url: str, schemes: Iterable[str] = SCHEMES) -> str | None:
    """What is wrong with an endpoint URL, or None when it is acceptable."""
    schemes = tuple(schemes)
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return "must be a non-empty URL without spaces"
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed [ in an IPv6 host
        return f"cannot be parsed ({exc})"
    if parts.scheme not in schemes:
        expected = ", ".join(f"{s}://" for s in schemes)
        return f"has scheme {parts.scheme + '://' if parts.scheme else 'none'}; expected one of {expected}"
    host = parts.hostname
    if not host:
        return "has no host name"
    if parts.username is not None or parts.password is not None:
        return "must not contain a user name or password"
    if is_ip_literal(host):
        return f"names the literal IP address {host}; use a host name (addresses change, names are what is blocked)"
    bad_host = host_problem(host)
    if bad_host:
        return bad_host
    try:
        port = parts.port
    except ValueError:
        return "has a port that is not a number between 1 and 65535"
    if port == 0:
        return "has port 0; expected a port between 1 and 65535"
    if parts.scheme in ("tcp", "tls"):
        if port is None:
            return f"needs an explicit port, e.g. {parts.scheme}://{host}:443"
        if parts.path or parts.query or parts.fragment:
            return f"must not have a path, query or fragment; expected {parts.scheme}://host:port"
    elif parts.fragment:
        return "must not have a #fragment (it is never sent to the server)"
    return None


def host_problem(host: str) -> str | None:
    """What is wrong with a DNS host name, or None."""
    if not host.isascii():
        return f"host {host} must be written in ASCII (use its xn-- punycode form)"
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or not all(_LABEL_RE.match(label) for label in labels):
        return f"host {host} is not a valid host name"
    if labels[-1].isdigit():
        return f"host {host} looks like a numeric address; use a host name"
    return None


def is_ip_literal(host: str) -> bool:
    """True for an IPv4 or IPv6 address (with or without brackets or a zone), however a URL spells it."""
    candidate = host.strip("[]").split("%", 1)[0]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------------------------------------- sources

def _sources(builtin: Path, config: Path, extra_files: Sequence[Path]) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = [("builtin", builtin)]
    targets = config / "targets.toml"
    if targets.is_file():
        found.append(("targets", targets))
    elif targets.exists():  # a folder (or a device) where the file belongs: say so rather than probe less
        raise CatalogueError(str(targets), "file", "is not a file; remove it or move it aside, and write your own "
                                                   "targets in a file of that name")
    lists = config / "lists"
    if lists.is_dir():
        found.extend(("list", p) for p in sorted(lists.glob("*.csv")) if p.is_file())
    for extra in extra_files:
        suffix = extra.suffix.lower()
        if suffix not in (".toml", ".csv"):
            raise CatalogueError(str(extra), "file", "has an unknown type; expected a .toml targets file or a "
                                                     ".csv list")
        found.append(("targets" if suffix == ".toml" else "list", extra))
    return found


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(str(path), "file", f"cannot be read ({exc.strerror or exc})") from None


def _toml(data: bytes, path: Path) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogueError(str(path), f"byte {exc.start}", "is not UTF-8 text; save the file as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_POSITION_RE.search(message)
        if where is None:
            entry = "TOML syntax"
        elif where.group(2):
            entry = f"line {where.group(2)}, column {where.group(3)}"
        else:
            entry = "end of file"
        problem = _TOML_POSITION_RE.sub("", message)
        raise CatalogueError(str(path), entry, f"is not valid TOML: {problem}") from None


def _atomic_write(dest: Path, data: bytes) -> None:
    """Write to a hidden temporary file beside dest, then rename: dest is either complete or untouched."""
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# ------------------------------------------------------------------------------------------- built-in file

def _parse_builtin(data: bytes, path: Path) -> list[Platform]:
    doc = _toml(data, path)
    check_format(doc, path)
    check_keys(doc, {"format", "platform"}, set(), path, "top level")
    tables = _list_of_tables(doc["platform"], path, "platform", "[[platform]] tables")
    platforms: list[Platform] = []
    for index, table in enumerate(tables, start=1):
        platform = _parse_platform(table, path, index)
        if any(p.id == platform.id for p in platforms):
            raise CatalogueError(str(path), f'platform {index} ("{platform.id}")',
                                 "repeats an id used earlier in the file")
        platforms.append(platform)
    if not any(p.id == CONTROL_ID for p in platforms):
        raise CatalogueError(str(path), "platforms", f'lack the required platform "{CONTROL_ID}" (the connectivity '
                                                     "checks)")
    return platforms


def _parse_platform(table: Any, path: Path, index: int) -> Platform:
    entry = f"platform {index}"
    check_keys(table, *_PLATFORM_KEYS, path, entry)
    platform_id = _platform_id(table["id"], path, entry)
    entry = f'platform "{platform_id}"'
    name = _text(table["name"], path, f"{entry} name")
    domains = _domains(table["domains"], path, entry)
    raw = _list_of_tables(table["endpoints"], path, f"{entry} endpoints", "a list of endpoint tables")
    if not raw:
        raise CatalogueError(str(path), f"{entry} endpoints", "is empty; a platform needs at least one endpoint")
    endpoints: list[Endpoint] = []
    for number, item in enumerate(raw, start=1):
        endpoint = _parse_endpoint(item, platform_id, path, f"{entry} endpoint {number}")
        where = f"{entry} endpoint {number} ({endpoint.url})"
        if not any(endpoint.host == d or endpoint.host.endswith("." + d) for d in domains):
            raise CatalogueError(str(path), where, f"has host {endpoint.host}, outside the platform's domains "
                                                   f"({', '.join(domains)}); add its domain to `domains`")
        if any(_url_key(e.url) == _url_key(endpoint.url) for e in endpoints):
            raise CatalogueError(str(path), where, "repeats a URL listed earlier for this platform")
        endpoints.append(endpoint)
    _check_builtin_roles(platform_id, endpoints, path, entry)
    default_on = table.get("default", False)
    if not isinstance(default_on, bool):
        raise CatalogueError(str(path), f"{entry} default", "must be true or false")
    tone = table.get("tone")
    if tone is not None and (not isinstance(tone, str) or not _TONE_RE.match(tone)):
        raise CatalogueError(str(path), f"{entry} tone", 'must be a colour written "#RRGGBB"')
    return Platform(id=platform_id, name=name, endpoints=tuple(endpoints), domains=domains, builtin=True,
                    default_on=default_on and platform_id != CONTROL_ID, tone=tone)


def _parse_endpoint(item: Mapping[str, Any], platform_id: str, path: Path, entry: str) -> Endpoint:
    url = item.get("url")
    if isinstance(url, str):
        entry = f"{entry} ({url})"
    check_keys(item, *_ENDPOINT_KEYS, path, entry)
    url = _url(item["url"], path, entry)
    role = item["role"]
    if role not in BUILTIN_ROLES:
        raise CatalogueError(str(path), entry, f"has role {role!r}; expected one of {', '.join(BUILTIN_ROLES)}")
    throughput = _flag(item.get("throughput", False), path, f"{entry} throughput")
    if throughput and urlsplit(url).scheme not in ("https", "http"):
        raise CatalogueError(str(path), entry, "is a throughput asset but not an https:// or http:// URL")
    expect = _expectation(item["expect"], path, f"{entry} expect") if "expect" in item else None
    return Endpoint(platform=platform_id, url=url, role=role, throughput=throughput, expect=expect)


def _check_builtin_roles(platform_id: str, endpoints: list[Endpoint], path: Path, entry: str) -> None:
    control = platform_id == CONTROL_ID
    for number, e in enumerate(endpoints, start=1):
        where = f"{entry} endpoint {number} ({e.url})"
        if control and (e.role != "control" or e.expect is None):
            raise CatalogueError(str(path), where, 'is a connectivity check: it needs role = "control" and an '
                                                   "`expect` table with the vendor's documented answer")
        if not control and (e.role == "control" or e.expect is not None):
            raise CatalogueError(str(path), where, f'uses role "control" or `expect`, which belong to the '
                                                   f'"{CONTROL_ID}" platform only')
    assets = [e for e in endpoints if e.throughput]
    if control and assets:
        raise CatalogueError(str(path), entry, "is the connectivity checks; they have no throughput asset")
    if not control and len(assets) != 1:
        raise CatalogueError(str(path), entry, f"has {len(assets)} throughput assets; a built-in platform needs "
                                               "exactly one (`throughput = true` on a static file of its CDN)")


def _expectation(value: Any, path: Path, entry: str) -> Expectation:
    if not isinstance(value, dict):
        raise CatalogueError(str(path), entry, "must be a table, e.g. { status = 200, body_equals = \"success\" }")
    check_keys(value, *_EXPECT_KEYS, path, entry)
    status = value["status"]
    if type(status) is not int or not 100 <= status <= 599:
        raise CatalogueError(str(path), f"{entry} status", f"is {status!r}; expected an HTTP status from 100 to 599")
    texts = {k: value[k] for k in ("body_equals", "body_contains") if k in value}
    for key, text in texts.items():
        if not isinstance(text, str):
            raise CatalogueError(str(path), f"{entry} {key}", f"is {text!r}; expected a string")
    return Expectation(status=status, body_equals=texts.get("body_equals"), body_contains=texts.get("body_contains"))


# --------------------------------------------------------------------------------------------- user targets

def _add_targets(builder: _Builder, data: bytes, path: Path) -> None:
    doc = _toml(data, path)
    check_format(doc, path)
    check_keys(doc, {"format"}, {"target"}, path, "top level")
    tables = _list_of_tables(doc.get("target", []), path, "target", "[[target]] tables")
    seen: set[tuple[str, tuple[str, str, int, str]]] = set()
    for index, table in enumerate(tables, start=1):
        url = table.get("url")
        entry = f"target {index} ({url})" if isinstance(url, str) else f"target {index}"
        check_keys(table, *_TARGET_KEYS, path, entry)
        url = _url(table["url"], path, entry)
        host = urlsplit(url).hostname or ""
        explicit = "platform" in table
        platform_id = _platform_id(table["platform"], path, f"{entry} platform") if explicit else _slug_id(host)
        name = _text(table["name"], path, f"{entry} name") if "name" in table else None
        throughput = _flag(table.get("throughput", False), path, f"{entry} throughput")
        if throughput and urlsplit(url).scheme not in ("https", "http"):
            raise CatalogueError(str(path), entry, "is a throughput asset but not an https:// or http:// URL")
        key = (platform_id, _url_key(url))
        if key in seen:
            raise CatalogueError(str(path), entry, f'repeats a URL listed earlier in this file for "{platform_id}"')
        seen.add(key)
        default_name = platform_id if explicit else _suffix(host)
        draft = builder.draft(platform_id, default_name, name, path, entry)
        builder.add(draft, Endpoint(platform=platform_id, url=url, role=EXTRA_ROLE, throughput=throughput), path, entry)


# ---------------------------------------------------------------------------------------- Citizen Lab lists

def _add_list(builder: _Builder, data: bytes, path: Path) -> None:
    endpoints = _parse_citizenlab(data, path)
    if not endpoints:
        return
    platform_id = endpoints[0].platform
    draft = builder.draft(platform_id, f"Test list: {path.stem}", None, path, "file")
    for endpoint in endpoints:
        builder.add(draft, endpoint, path, f"row with {endpoint.url}")


def _parse_citizenlab(data: bytes, path: Path) -> list[Endpoint]:
    file = str(path)
    platform_id = list_platform_id(path)
    if not PLATFORM_ID_RE.match(platform_id) or platform_id in RESERVED_IDS:
        raise CatalogueError(file, "file name", "has no letters or digits to name the list's platform after")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogueError(file, f"byte {exc.start}", "is not UTF-8 text; save the list as UTF-8 CSV") from None
    rows = iter(_csv_rows(text, file))
    header = next(rows, (1, []))[1]
    if tuple(header) != CSV_HEADER:
        raise CatalogueError(file, "row 1", f"is {','.join(header) or 'empty'}; a Citizen Lab test list starts "
                                            f"with the header {','.join(CSV_HEADER)}")
    endpoints: list[Endpoint] = []
    keys: set[tuple[str, str, int, str]] = set()
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(CSV_HEADER):
            raise CatalogueError(file, f"row {number}", f"has {len(row)} fields; expected {len(CSV_HEADER)} "
                                                        f"({','.join(CSV_HEADER)})")
        url = row[0].strip()
        problem = url_problem(url, ("https", "http"))
        if problem:
            raise CatalogueError(file, f"row {number}", f"URL {url!r} {problem}")
        if _url_key(url) not in keys:
            keys.add(_url_key(url))
            endpoints.append(Endpoint(platform=platform_id, url=url, role=EXTRA_ROLE))
    return endpoints


def _csv_rows(text: str, file: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CatalogueError(file, f"row {number + 1}", f"is not valid CSV ({exc})") from None
        number += 1
        yield number, row


# ------------------------------------------------------------------------------------------------- merging

@dataclass
class _Draft:
    id: str
    name: str
    builtin: bool
    named: bool = False
    domains: list[str] = field(default_factory=list)
    endpoints: list[Endpoint] = field(default_factory=list)
    source: Platform | None = None  # the shipped platform this draft extends (its facts are kept)
    urls: set[tuple[str, str, int, str]] = field(default_factory=set)  # _url_key of each endpoint: a set, so
    domain_set: set[str] = field(default_factory=set)  # that a 100,000-row list loads in linear time
    throughput: Endpoint | None = None


class _Builder:
    """Platforms in the order they first appear; later files add endpoints, never change what came before."""

    def __init__(self) -> None:
        self._drafts: dict[str, _Draft] = {}

    def add_builtin(self, platforms: list[Platform]) -> None:
        for p in platforms:
            self._drafts[p.id] = _Draft(p.id, p.name, builtin=True, named=True, domains=list(p.domains),
                                        endpoints=list(p.endpoints), source=p,
                                        urls={_url_key(e.url) for e in p.endpoints}, domain_set=set(p.domains),
                                        throughput=next((e for e in p.endpoints if e.throughput), None))

    def draft(self, platform_id: str, default_name: str, name: str | None, path: Path, entry: str) -> _Draft:
        if platform_id == CONTROL_ID:
            raise CatalogueError(str(path), entry, f'cannot join "{CONTROL_ID}", which holds the built-in '
                                                   "connectivity checks; choose another platform id")
        draft = self._drafts.get(platform_id)
        if draft is None:
            draft = self._drafts[platform_id] = _Draft(platform_id, name or default_name, builtin=False,
                                                       named=name is not None)
        elif name is not None and draft.builtin:
            raise CatalogueError(str(path), entry, f'sets a name for the built-in platform "{platform_id}"; '
                                                   "remove `name` (names apply to new platforms only)")
        elif name is not None and draft.named and name != draft.name:
            raise CatalogueError(str(path), entry, f'names platform "{platform_id}" {name!r}, but it is already '
                                                   f"named {draft.name!r}")
        elif name is not None:
            draft.name, draft.named = name, True
        return draft

    def add(self, draft: _Draft, endpoint: Endpoint, path: Path, entry: str) -> None:
        key = _url_key(endpoint.url)
        if key in draft.urls:
            return
        if endpoint.throughput:
            current = draft.throughput
            if current is not None:
                raise CatalogueError(str(path), entry, f'is a second throughput asset for "{draft.id}" (it has '
                                                       f"{current.url}); a platform has at most one")
            draft.throughput = endpoint
        if not _under(endpoint.host, draft.domain_set):
            suffix = _suffix(endpoint.host)
            draft.domains.append(suffix)
            draft.domain_set.add(suffix)
        draft.urls.add(key)
        draft.endpoints.append(endpoint)

    def platforms(self) -> tuple[Platform, ...]:
        return tuple(replace(d.source, endpoints=tuple(d.endpoints), domains=tuple(d.domains)) if d.source else
                     Platform(id=d.id, name=d.name, endpoints=tuple(d.endpoints), domains=tuple(d.domains))
                     for d in self._drafts.values())


def _under(host: str, domains: set[str]) -> bool:
    """True when host is one of domains or under one, looked up label by label (not by scanning every domain)."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))


# ------------------------------------------------------------------------------------------ small checkers

def _list_of_tables(value: Any, path: Path, entry: str, expected: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CatalogueError(str(path), entry, f"must be {expected}")
    return value


def _platform_id(value: Any, path: Path, entry: str) -> str:
    if not isinstance(value, str) or not PLATFORM_ID_RE.match(value):
        raise CatalogueError(str(path), entry, f"has id {value!r}; an id is 1-40 lowercase letters, digits or "
                                               "hyphens, starting with a letter or digit")
    if value in RESERVED_IDS:
        raise CatalogueError(str(path), entry, f"has id {value!r}, which Vantage reserves for the connection as a "
                                               "whole; choose another id")
    return value


def _text(value: Any, path: Path, entry: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(str(path), entry, f"is {value!r}; expected a non-empty string")
    return value


def _flag(value: Any, path: Path, entry: str) -> bool:
    if type(value) is not bool:
        raise CatalogueError(str(path), entry, f"is {value!r}; expected true or false")
    return value


def _url(value: Any, path: Path, entry: str) -> str:
    if not isinstance(value, str):
        raise CatalogueError(str(path), entry, f"has url {value!r}; expected a string")
    problem = url_problem(value)
    if problem:
        raise CatalogueError(str(path), entry, f"URL {problem}")
    return value


def _domains(value: Any, path: Path, entry: str) -> tuple[str, ...]:
    where = f"{entry} domains"
    if not isinstance(value, list) or not value or not all(isinstance(d, str) for d in value):
        raise CatalogueError(str(path), where, "must be a non-empty list of domain names, e.g. [\"example.org\"]")
    for domain in value:
        if is_ip_literal(domain):
            raise CatalogueError(str(path), where, f"lists the literal IP address {domain}; list domain names")
        problem = host_problem(domain)
        if problem or domain != domain.lower() or "." not in domain:
            raise CatalogueError(str(path), where, f"lists {domain!r}; expected lowercase domain names like "
                                                   "example.org")
    if len(set(value)) != len(value):
        raise CatalogueError(str(path), where, "lists a domain twice")
    return tuple(value)


def _url_key(url: str) -> tuple[str, str, int, str]:
    """What makes two URLs the same endpoint: scheme, host (any case), effective port, path and query."""
    parts = urlsplit(url)
    port = parts.port or {"https": 443, "http": 80}.get(parts.scheme, 0)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, (parts.hostname or "").rstrip("."), port, path


def _suffix(host: str) -> str:
    """The host's last two labels: a stand-in for its registrable domain (see the module docstring)."""
    return ".".join(host.rstrip(".").split(".")[-2:])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _slug_id(host: str) -> str:
    return _slug(_suffix(host))[:40].rstrip("-")


def _names(items: Sequence[str]) -> str:
    return ", ".join(items)
