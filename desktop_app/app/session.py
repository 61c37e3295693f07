"""One pipeline for both faces: settings -> probe configuration, catalogue and data folder -> a sweep -> stored.

The CLI and the app's engine thread both call this, so `vantage probe` honours the person's settings (their
resolvers, timeout, platforms, data folder and, above all, the public-IP lookup when it is off) exactly as the
window does; the CLI's flags are overrides on top. A new blocking verdict is followed up about a minute later by
probing just the endpoints it concerns (see follow_up_for), so that an incident or a notification never rests
on one sweep.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.app.evidence_bytes import sweep_evidence
from desktop_app.app.settings import Settings
from desktop_app.common.errors import AppError
from desktop_app.common.vocabulary import BLOCKING
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue, CatalogueError
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.fingerprints import Fingerprint, load_fingerprints
from desktop_app.probes.inflight import Waiting
from desktop_app.probes.summary import SweepPoint
from desktop_app.probes.sweep import SweepResult, run_sweep
from desktop_app.probes.verdicts import PAST_DAYS, PastRate, Verdict
from desktop_app.store.errors import CommitFailed, StoreReadOnly
from desktop_app.store.log import HistoryStore, default_db_path
from desktop_app.system import paths

FOLLOW_UP_S = 60.0  # how soon a new blocking verdict is probed again, on just the endpoints it concerns
FOLLOW_UP_KEY = "follow_up"  # the context key naming the sweep (block) a follow-up checks
MAX_PENDING = 288  # sweeps kept in memory while the history cannot be written: a day at the default interval


class UnknownPlatform(AppError):
    """A platform id that is neither built in nor one of the person's own."""


@dataclass(frozen=True)
class ProbeOverrides:
    """What the CLI's flags change for one run; None keeps what Settings say."""

    timeout: float | None = None
    doh_urls: tuple[str, ...] | None = None
    system_resolvers: tuple[str, ...] | None = None
    ip_lookup: bool | None = None
    ip_lookup_url: str | None = None
    platforms: tuple[str, ...] | None = None  # built-in or own platform ids; the controls always run


@dataclass(frozen=True)
class FollowUp:
    """A quick second look at the endpoints whose verdict newly accuses someone."""

    after_seq: int
    urls: frozenset[str]
    due: float  # time.monotonic() instant
    # Per platform, the (role, verdict) of its endpoints left out, as the checked sweep found them: the
    # follow-up's scope still speaks of the whole platform (a media-only block stays partial).
    unprobed: tuple[tuple[str, tuple[tuple[str, Verdict], ...]], ...] = ()


@dataclass(frozen=True)
class Stored:
    """A sweep as it was stored, and the point the views show for it."""

    result: SweepResult
    seq: int
    point: SweepPoint


class Session:
    """Everything one face needs to measure: built from settings, a config folder and optional overrides.

    `lab` is the configuration of the project's own lab (the demo, tests): its resolvers and lookup service
    replace the real ones, so nothing leaves loopback.
    """

    def __init__(self, settings: Settings, *, config_dir: Path, data_dir: Path | None = None,
                 lab: ProbeConfig | None = None, overrides: ProbeOverrides | None = None,
                 check_store: bool = False, announce: Callable[[str], None] | None = None) -> None:
        self.settings = settings
        self.check_store = check_store  # SQLite's quick check on every open (the CLI: one open per command)
        self.announce = announce  # where a face shows a notice, such as a new history being created
        self.config_dir = config_dir
        self._data_dir = data_dir
        self.lab = lab
        self.overrides = overrides or ProbeOverrides()
        self._fingerprints: tuple[Fingerprint, ...] | None = None
        self._catalogue: Catalogue | None = None
        self.catalogue_problem: CatalogueError | None = None  # set when the last read failed and the previous is used
        self._pending: list[SweepResult] = []  # measured, not yet stored: retried with the next sweep

    def with_settings(self, settings: Settings) -> Session:
        """The same session after the person changed Settings (the catalogue read so far is kept)."""
        changed = Session(settings, config_dir=self.config_dir, data_dir=self._data_dir, lab=self.lab,
                          overrides=self.overrides, check_store=self.check_store, announce=self.announce)
        changed._fingerprints, changed._catalogue = self._fingerprints, self._catalogue
        changed._pending = self._pending  # sweeps waiting for a writable disk are not dropped by a settings change
        return changed

    @property
    def data_dir(self) -> Path:
        """The data folder: an explicit choice (--data-dir), else the one in Settings, else the standard one."""
        return self._data_dir if self._data_dir is not None else paths.data_dir(self.settings.data_dir or None)

    def probe_config(self) -> ProbeConfig:
        s, o = self.settings, self.overrides
        if self.lab is None:
            config = replace(ProbeConfig(), timeout=s.timeout_s, ip_lookup=s.ip_lookup, doh_urls=s.doh_urls,
                             ip_lookup_url=s.ip_lookup_url,
                             control_url=s.ooni_helper_url if s.ooni_control else None)
        else:  # the lab's resolvers, lookup service and timeout: it answers on loopback
            config = replace(self.lab, ip_lookup=s.ip_lookup)
        changes: dict[str, object] = {}
        for key in ("timeout", "doh_urls", "system_resolvers", "ip_lookup", "ip_lookup_url"):
            value = getattr(o, key)
            if value is not None:
                changes[key] = value
        return replace(config, **changes)  # type: ignore[arg-type]  # keys are ProbeConfig fields

    def fingerprints(self) -> tuple[Fingerprint, ...]:
        if self._fingerprints is None:
            self._fingerprints = load_fingerprints()
        return self._fingerprints

    def catalogue(self) -> Catalogue:
        """Read at every sweep, so added targets take effect; a broken file keeps the last good catalogue.

        The built-in platforms the person chose (Settings, or --platform), every platform of their own, and the
        connectivity checks. Raises CatalogueError only when no good catalogue was ever read.
        """
        try:
            full = load_catalogue(config_dir=self.config_dir)
        except CatalogueError as exc:
            if self._catalogue is None:
                raise
            self.catalogue_problem = exc
            return self._catalogue
        self.catalogue_problem = None
        if self.overrides.platforms is not None:
            chosen = set(self.overrides.platforms)
            unknown = sorted(chosen - set(full.ids))
            if unknown:
                raise UnknownPlatform(f"Unknown platform {', '.join(unknown)}; known: {', '.join(full.ids)}.")
        else:
            chosen = set(self.settings.platforms or full.default_ids) | set(full.own_ids)
        self._catalogue = full.only(chosen & set(full.ids))
        return self._catalogue

    def open_store(self) -> HistoryStore:
        """The history (refused with a sentence when damaged or foreign); the config folder is tightened too."""
        if self.config_dir.is_dir():
            with contextlib.suppress(OSError):
                paths.ensure_private_dir(self.config_dir)
        store = HistoryStore.open(default_db_path(self.data_dir))
        if self.check_store:
            try:
                store.check_pages()
            except BaseException:
                store.close()
                raise
        if store.created and self.announce is not None:
            self.announce(f"A new history was created at {store.path}.")
        return store

    def sweep(self, store: HistoryStore, *, progress: Callable[[int, int], None] | None = None,
              cancel: threading.Event | None = None, follow_up: FollowUp | None = None,
              waiting: Callable[[Waiting], None] | None = None) -> Stored:
        """Probe (everything, or the endpoints a follow-up names), store the sweep, and return what was stored.

        `waiting` hears what the sweep still waits for while it runs (probes/inflight.py).
        """
        catalogue = self.catalogue()
        if follow_up is not None:
            catalogue = catalogue.restricted(follow_up.urls)
        config = replace(self.probe_config(),
                         measure_throughput=follow_up is not None or throughput_due(self.settings, store))
        result = run_sweep(catalogue, config, self.fingerprints(), progress=progress, cancel=cancel, waiting=waiting,
                           past_rates=lambda asn: past_rates(store, asn),
                           unprobed=dict(follow_up.unprobed) if follow_up is not None else None)
        if follow_up is not None:
            result.context[FOLLOW_UP_KEY] = follow_up.after_seq
        self._pending.append(result)
        del self._pending[:-MAX_PENDING]
        return self._store_pending(store)

    @property
    def pending(self) -> int:
        """Sweeps measured but not yet stored (the disk was full or the file could not be written)."""
        return len(self._pending)

    def _store_pending(self, store: HistoryStore) -> Stored:
        """Store every sweep kept since a failed commit, oldest first, then the newest; on failure keep them all."""
        info = None
        while self._pending:
            result = self._pending[0]
            try:
                store.keep_evidence(sweep_evidence(result))  # first: a record never names bytes the store lacks
                info = store.append_sweep(result.context, result.records(), result.sensitive)
            except (CommitFailed, StoreReadOnly) as exc:
                raise CommitFailed(f"{exc} The last {len(self._pending)} sweep(s) are kept in memory and saved with "
                                   f"the next sweep.") from exc
            self._pending.pop(0)
        assert info is not None
        return Stored(result, info.seq, SweepPoint.from_result(result, info.seq))


def throughput_due(settings: Settings, store: HistoryStore, now: float | None = None) -> bool:
    """Whether this sweep downloads the throughput assets: at most once per `throughput_every_min` (0: always).

    A follow-up always measures, so a throttling verdict is confirmed by a second download.
    """
    every = settings.throughput_every_min * 60
    last = store.last_rate_at()
    # The margin lets a sweep every 5 minutes measure at every twelfth sweep, not the thirteenth.
    return every <= 0 or last is None or (now if now is not None else time.time()) - last >= every - 30


def past_rates(store: HistoryStore, asn: str | None, now: float | None = None) -> Mapping[str, PastRate]:
    """Each platform's usual throughput on this network over the last days, from the store."""
    since = (now if now is not None else time.time()) - PAST_DAYS * 86400
    return {platform: PastRate(median, samples)
            for platform, (median, samples) in store.throughput_medians(asn, since).items()}


def follow_up_for(stored: Stored, previous: Mapping[str, str], now: float | None = None) -> FollowUp | None:
    """The endpoints to look at again soon: those accusing someone on a platform that did not accuse before.

    `previous` maps a platform to its verdict in the observation before this one. A follow-up sweep is itself
    never followed up: the next regular sweep confirms or clears what it saw.
    """
    if FOLLOW_UP_KEY in stored.result.context:
        return None
    urls = frozenset(m.endpoint.url for p in stored.result.platforms
                     if p.summary.verdict in BLOCKING and previous.get(p.platform) not in BLOCKING
                     for m in p.measurements if m.verdict.verdict in BLOCKING)
    if not urls:
        return None
    unprobed = tuple((p.platform, tuple((m.endpoint.role, m.verdict) for m in p.measurements
                                        if m.endpoint.url not in urls))
                     for p in stored.result.platforms if any(m.endpoint.url in urls for m in p.measurements))
    return FollowUp(stored.seq, urls, (now if now is not None else time.monotonic()) + FOLLOW_UP_S, unprobed)
