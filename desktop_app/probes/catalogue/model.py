"""The records that say what to probe: platforms, their endpoints and the controls' expected answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from desktop_app.common.errors import ProbeError
from desktop_app.common.i18n import PLATFORM
from desktop_app.common.translatable import QT_TRANSLATE_NOOP

CONTROL_ID = "control"
# The shipped control's name (resources/platforms.toml): a description rather than a name, so it is translated.
CONTROL_NAME = QT_TRANSLATE_NOOP("Platform", "Connectivity checks")
SCHEMES = ("https", "http", "tcp", "tls")
DEFAULT_PORTS = {"https": 443, "http": 80}


def platform_name(name: str, translate: Callable[[str, str], str]) -> str:
    """A platform's name as shown: its own (X, YouTube) as it is, the connectivity checks' in the reader's language
    (translate is QCoreApplication.translate in the GUI, Translator.tr in the core)."""
    return translate(PLATFORM, name) if name == CONTROL_NAME else name


class CatalogueError(ProbeError, ValueError):
    """A catalogue or target file is invalid; the message names the file, the entry and the problem."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        super().__init__(f"{file}: {entry}: {problem}")


@dataclass(frozen=True)
class Expectation:
    """What a connectivity check answers when the network is open (documented by each OS vendor)."""

    status: int
    body_equals: str | None = None  # compared after stripping surrounding whitespace
    body_contains: str | None = None

    def matches(self, status: int | None, body: bytes | None) -> bool:
        if status != self.status:
            return False
        text = (body or b"").decode("utf-8", errors="replace")
        if self.body_equals is not None and text.strip() != self.body_equals:
            return False
        return self.body_contains is None or self.body_contains in text


@dataclass(frozen=True)
class Endpoint:
    """One thing a user depends on: an https/http URL, or a tcp:// / tls:// host:port an app speaks to."""

    platform: str
    url: str
    role: str = "web"  # web | api | media | app | control | extra
    throughput: bool = False
    expect: Expectation | None = None

    @property
    def scheme(self) -> str:
        return urlsplit(self.url).scheme

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").rstrip(".").lower()

    @property
    def port(self) -> int:
        parts = urlsplit(self.url)
        return parts.port or DEFAULT_PORTS[parts.scheme]

    @property
    def path(self) -> str:
        parts = urlsplit(self.url)
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    @property
    def uses_tls(self) -> bool:
        return self.scheme in ("https", "tls")



@dataclass(frozen=True)
class Platform:
    """A service people use (or the controls), with the endpoints it needs and the domains it owns."""

    id: str
    name: str
    endpoints: tuple[Endpoint, ...]
    domains: tuple[str, ...] = ()
    builtin: bool = False  # shipped in resources/platforms.toml (not one of the person's own targets)
    default_on: bool = False  # probed unless the person unticks it
    tone: str | None = None  # the colour of its letter mark

    @property
    def is_control(self) -> bool:
        return self.id == CONTROL_ID

    def owns(self, host: str) -> bool:
        """True when host is one of the platform's domains or a subdomain of one."""
        host = host.rstrip(".").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


@dataclass(frozen=True)
class Catalogue:
    """Everything one sweep probes, loaded and validated as a whole (never half-loaded)."""

    platforms: tuple[Platform, ...]
    digest: str = ""  # SHA-256 over the source files, so a manifest can name the exact catalogue
    sources: tuple[str, ...] = field(default=())

    def platform(self, platform_id: str) -> Platform:
        for p in self.platforms:
            if p.id == platform_id:
                return p
        raise KeyError(platform_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.platforms)

    @property
    def default_ids(self) -> tuple[str, ...]:
        """The built-in platforms probed unless the person unticks them."""
        return tuple(p.id for p in self.platforms if p.default_on)

    @property
    def own_ids(self) -> tuple[str, ...]:
        """The person's own platforms (from targets and imported lists): always probed."""
        return tuple(p.id for p in self.platforms if not p.builtin and not p.is_control)

    def endpoints(self) -> tuple[Endpoint, ...]:
        return tuple(e for p in self.platforms for e in p.endpoints)

    def hosts(self) -> tuple[str, ...]:
        """Every host name the catalogue touches, sorted and unique."""
        return tuple(sorted({e.host for e in self.endpoints()}))

    def restricted(self, urls: frozenset[str] | set[str]) -> Catalogue:
        """Only the endpoints with these URLs (a follow-up), plus the controls, which say whether we are online."""
        kept = []
        for p in self.platforms:
            endpoints = p.endpoints if p.is_control else tuple(e for e in p.endpoints if e.url in urls)
            if endpoints:
                kept.append(replace(p, endpoints=endpoints))
        return Catalogue(platforms=tuple(kept), digest=self.digest, sources=self.sources)

    def only(self, platform_ids: set[str] | frozenset[str]) -> Catalogue:
        """The same catalogue restricted to some platforms; the controls always stay in."""
        unknown = set(platform_ids) - set(self.ids)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        kept = tuple(p for p in self.platforms if p.id in platform_ids or p.is_control)
        return Catalogue(platforms=kept, digest=self.digest, sources=self.sources)
