"""Incidents: spans in which a platform (or the whole connection) was not reachable, from the per-sweep index.

An incident is a run of a platform's not-ok sweeps in log order, where consecutive ones are at most `merge_gap`
apart in time: a short recovery or a short pause in measuring does not split it, a long one does. Sweeps in which
the whole connection was offline continue a platform's incident but do not make one alone: that is the
connection's incident (platform "connection"). Times are UTC epoch seconds; ordering is by log position, so a clock
set back or a DST switch cannot reorder or shorten anything.

A blocking verdict joins an incident only once it is confirmed (store/confirmation.py): by the follow-up a minute
later, or by the next sweep. A one-sweep blip that the next observation did not repeat, and the newest blocking
verdict while its follow-up is still to come, are kept apart as UnconfirmedVerdict: in the history, never an
incident. Each incident carries the scope and roles its sweeps recorded (e.g. partial, media only).

Reads only the partial index of not-ok rows, so a year of history takes well under a second (bench/history.py).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any

from desktop_app.common.timeutil import utc_iso
from desktop_app.common.vocabulary import ROLE_WORDS, SEVERITY
from desktop_app.store.confirmation import CONFIRMED, classify_rows
from desktop_app.store.kinds import KIND_PLATFORM, OK_VERDICT_ID
from desktop_app.store.log import HistoryStore
from desktop_app.store.records import PlatformSummary
from desktop_app.store.sweep_index import CONNECTION_ID, network_label

MERGE_GAP_S = 600.0  # not-ok sweeps at most this far apart belong to one incident
_OFFLINE = "offline"
_RANK = {v: i for i, v in enumerate(SEVERITY)}


@dataclass(frozen=True)
class Incident:
    platform: str
    start: float  # when the first failing sweep started
    last_seen: float  # when the last failing sweep started
    end: float | None  # when a sweep first found it reachable again; last_seen if measuring stopped; None if ongoing
    recovered: bool  # end is an observed recovery, not the last failing sweep before a pause in measuring
    technique: str  # the most common verdict (offline only when nothing else was seen)
    techniques: dict[str, int]
    sweeps: int  # failing sweeps of this platform: the measurements that support the incident
    measurements: int  # endpoint measurements in those sweeps
    ok_within: int  # sweeps inside the span that found it reachable (flapping)
    networks: tuple[str, ...]  # the networks (ASN/ISP/country) it was seen from, in order of first sight
    first_seq: int
    last_seq: int
    network_keys: tuple[str | None, ...] = field(default=(), compare=False, repr=False)
    scope: str | None = None  # "partial" when every sweep read found only some parts affected, else "whole"
    roles: tuple[str, ...] = ()  # the catalogue roles affected (web, api, media, app), e.g. ("media",)

    @property
    def network_details(self) -> list[dict[str, str]]:
        """ASN, ISP and country of each network, as the sweeps recorded them (empty when not looked up)."""
        return [json.loads(k) if k else {} for k in self.network_keys]

    @property
    def is_blip(self) -> bool:
        """One inconclusive or platform-down sweep: noise more often than interference; views may hide it."""
        return self.sweeps == 1 and self.technique in ("inconclusive", "platform_down")

    @property
    def ongoing(self) -> bool:
        return self.end is None

    @property
    def duration_s(self) -> float:
        return max(0.0, (self.last_seen if self.end is None else self.end) - self.start)

    def json(self) -> dict[str, Any]:
        return {
            "platform": self.platform, "start": utc_iso(self.start),
            "end": None if self.end is None else utc_iso(self.end), "ongoing": self.ongoing,
            "recovered": self.recovered, "last_seen": utc_iso(self.last_seen),
            "duration_s": round(self.duration_s, 3), "technique": self.technique, "techniques": self.techniques,
            "sweeps": self.sweeps, "measurements": self.measurements, "ok_within": self.ok_within,
            "networks": list(self.networks),
            "network_details": self.network_details, "first_seq": self.first_seq, "last_seq": self.last_seq,
            "scope": self.scope, "roles": list(self.roles), "confirmed": True,
        }


@dataclass(frozen=True)
class UnconfirmedVerdict:
    """A blocking verdict that made no incident: the next observation did not repeat it, or it is still pending."""

    platform: str
    seq: int
    started_at: float
    verdict: str
    status: str  # "unconfirmed" (refuted by the next observation) or "pending" (nothing later yet)
    network: str
    scope: str | None = None
    roles: tuple[str, ...] = ()

    def json(self) -> dict[str, Any]:
        return {"platform": self.platform, "seq": self.seq, "start": utc_iso(self.started_at),
                "verdict": self.verdict, "status": self.status, "network": self.network, "scope": self.scope,
                "roles": list(self.roles), "confirmed": False}


@dataclass(frozen=True)
class Findings:
    incidents: list[Incident]  # sorted by start
    unconfirmed: list[UnconfirmedVerdict]  # sorted by time: only those in the range asked for


@dataclass
class _Row:
    seq: int
    verdict: int
    count: int
    started_at: float
    network: int | None


class IncidentsCancelled(Exception):
    """The caller no longer wants these incidents (a newer range was chosen)."""


def find_incidents(store: HistoryStore, since: float | None = None, until: float | None = None,
                   platforms: Collection[str] | None = None, merge_gap: float = MERGE_GAP_S,
                   cancelled: Callable[[], bool] | None = None) -> list[Incident]:
    """Every incident that overlaps [since, until), whole (its start and end may lie outside), sorted by start.

    `cancelled` is polled now and then; when it returns True the search stops with IncidentsCancelled.
    """
    return find_findings(store, since, until, platforms, merge_gap, cancelled).incidents


def find_findings(store: HistoryStore, since: float | None = None, until: float | None = None,
                  platforms: Collection[str] | None = None, merge_gap: float = MERGE_GAP_S,
                  cancelled: Callable[[], bool] | None = None) -> Findings:
    """The incidents (as find_incidents) and the blocking verdicts in [since, until) that are not confirmed."""
    with store.snapshot():
        lo = _seq_at(store, since, default=0)
        hi = _seq_at(store, until, default=None)
        wanted = _platform_ids(store, platforms)
        if wanted is not None and not wanted:
            return Findings([], [])
        out: list[Incident] = []
        unconfirmed: list[UnconfirmedVerdict] = []
        for pid, rows in _rows_by_platform(store, lo, hi, wanted, since, until):
            name = store.name_text(pid)
            spans = list(_spans(rows, merge_gap))
            if not spans:
                continue
            spans[0] = _extend(store, pid, spans[0][0], merge_gap, before=True) + spans[0]
            spans[-1] = spans[-1] + _extend(store, pid, spans[-1][-1], merge_gap, before=False)
            flat = [r for span in spans for r in span]
            status = classify_rows(store, pid, [(r.seq, store.name_text(r.verdict)) for r in flat])
            unconfirmed.extend(_unconfirmed(store, name, r, status[r.seq]) for r in rows
                               if status.get(r.seq, CONFIRMED) != CONFIRMED)
            kept = [r for r in flat if status.get(r.seq, CONFIRMED) == CONFIRMED]
            for n, span in enumerate(_spans(kept, merge_gap) if kept else ()):
                if cancelled is not None and n % 256 == 0 and cancelled():
                    raise IncidentsCancelled()
                incident = _incident(store, pid, name, span, merge_gap)
                if incident is not None:
                    out.append(incident)
    out.sort(key=lambda i: (i.start, i.platform))
    unconfirmed.sort(key=lambda u: (u.started_at, u.platform))
    return Findings(out, unconfirmed)


def _seq_at(store: HistoryStore, when: float | None, default: int | None) -> int | None:
    if when is None:
        return default
    row = store.connection.execute("SELECT min(seq) FROM blocks WHERE started_at >= ?", (when,)).fetchone()
    if row[0] is None:  # nothing that late: past the end
        last = store.connection.execute("SELECT max(seq) FROM blocks").fetchone()[0]
        return -1 if last is None else last + 1
    return int(row[0])


def _platform_ids(store: HistoryStore, platforms: Collection[str] | None) -> list[int] | None:
    if platforms is None:
        return None
    return [i for i in (store.name_id(KIND_PLATFORM, p) for p in platforms) if i is not None]


# The connection's rows cover no endpoints of their own: they count the whole sweep's measurements instead.
_ROW_SQL = ("SELECT sp.platform, sp.seq, sp.verdict, CASE WHEN sp.first_idx < 0 THEN b.count ELSE sp.count END, "
            "b.started_at, b.network FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq ")


def _rows_by_platform(store: HistoryStore, lo: int | None, hi: int | None, wanted: list[int] | None,
                      since: float | None, until: float | None) -> Iterator[tuple[int, list[_Row]]]:
    # The seq bounds let the index do the work; the time bounds drop sweeps whose clock was set back or ahead.
    clauses = [f"sp.verdict <> {OK_VERDICT_ID}", "sp.seq >= ?"]
    args: list[float] = [lo or 0]
    for bound, op in ((since, ">="), (until, "<")):
        if bound is not None:
            clauses.append(f"b.started_at {op} ?")
            args.append(bound)
    if hi is not None:
        clauses.append("sp.seq < ?")
        args.append(hi)
    if wanted is not None:
        clauses.append(f"sp.platform IN ({','.join('?' * len(wanted))})")
        args.extend(wanted)
    sql = (_ROW_SQL + "WHERE " + " AND ".join(clauses)
           + " ORDER BY sp.platform, sp.seq")
    for pid, group in groupby(store.connection.execute(sql, args), key=itemgetter(0)):
        yield pid, [_Row(seq, verdict, count, started, network) for _, seq, verdict, count, started, network in group]


def _spans(rows: list[_Row], merge_gap: float) -> Iterator[list[_Row]]:
    span = [rows[0]]
    for row in rows[1:]:
        if row.started_at - span[-1].started_at > merge_gap:
            yield span
            span = []
        span.append(row)
    yield span


def _rows_beside(store: HistoryStore, pid: int, seq: int, before: bool) -> Iterator[_Row]:
    """A platform's not-ok rows moving away from seq: backwards when before, else forwards."""
    sql = (_ROW_SQL + f"WHERE sp.platform = ? AND sp.verdict <> {OK_VERDICT_ID} "
           + ("AND sp.seq < ? ORDER BY sp.seq DESC" if before else "AND sp.seq > ? ORDER BY sp.seq"))
    for _, s, verdict, count, started, network in store.connection.execute(sql, (pid, seq)):
        yield _Row(s, verdict, count, started, network)


def _extend(store: HistoryStore, pid: int, edge: _Row, merge_gap: float, before: bool) -> list[_Row]:
    """Follow a span past its edge row, outside the range, while rows keep within the gap (reading stops there)."""
    taken: list[_Row] = []
    last = edge
    for row in _rows_beside(store, pid, edge.seq, before):
        if abs(row.started_at - last.started_at) > merge_gap:
            break
        taken.append(row)
        last = row
    return taken[::-1] if before else taken


def _incident(store: HistoryStore, pid: int, name: str, span: list[_Row], merge_gap: float) -> Incident | None:
    counts = Counter(store.name_text(r.verdict) for r in span)
    connection = name == CONNECTION_ID
    if not connection and set(counts) == {_OFFLINE}:
        return None  # the whole connection was down: that is the connection's incident, not this platform's
    blame = {v: n for v, n in counts.items() if v != _OFFLINE} or dict(counts)
    technique = min(blame, key=lambda v: (-blame[v], _RANK.get(v, len(_RANK))))
    first, last = span[0], span[-1]
    conn = store.connection
    ok_within = 0
    if last.seq - first.seq + 1 > len(span):
        ok_within = conn.execute("SELECT count(*) FROM sweep_platforms WHERE platform = ? AND seq BETWEEN ? AND ? "
                                 f"AND verdict = {OK_VERDICT_ID}", (pid, first.seq, last.seq)).fetchone()[0]
    after = conn.execute("SELECT sp.verdict, b.started_at FROM sweep_platforms sp JOIN blocks b ON b.seq = sp.seq "
                         "WHERE sp.platform = ? AND sp.seq > ? ORDER BY sp.seq LIMIT 1", (pid, last.seq)).fetchone()
    if after is None:
        end, recovered = None, False
    elif after[0] == OK_VERDICT_ID and after[1] - last.started_at <= merge_gap:
        end, recovered = max(after[1], last.started_at), True
    else:
        end, recovered = last.started_at, False
    keys: list[int | None] = []
    for r in span:
        if r.network not in keys:
            keys.append(r.network)
    texts = tuple(None if k is None else store.name_text(k) for k in keys)
    scope, roles = _scope(store, name, sorted({first.seq, last.seq})) if not connection else (None, ())
    return Incident(
        platform=name, start=first.started_at, last_seen=last.started_at, end=end, recovered=recovered,
        technique=technique, techniques=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        sweeps=len(span), measurements=sum(r.count for r in span), ok_within=ok_within,
        networks=tuple(network_label(t) for t in texts), first_seq=first.seq, last_seq=last.seq,
        network_keys=texts, scope=scope, roles=roles)


def _unconfirmed(store: HistoryStore, name: str, row: _Row, status: str) -> UnconfirmedVerdict:
    scope, roles = _scope(store, name, [row.seq])
    network = network_label(None if row.network is None else store.name_text(row.network))
    return UnconfirmedVerdict(name, row.seq, row.started_at, store.name_text(row.verdict), status, network,
                              scope, roles)


def _scope(store: HistoryStore, name: str, seqs: list[int]) -> tuple[str | None, tuple[str, ...]]:
    """Whole or partial, and the roles affected, from the sweeps' own summaries (older sweeps have neither)."""
    # only the one platform's summary is typed: the rest of the header is not needed here (thousands of incidents
    # in a year read two headers each)
    found = ((store.block(seq).header.get("context") or {}).get("platforms", {}).get(name) for seq in seqs)
    return merge_scopes((info.scope, info.roles) for info in map(_summary, found) if info is not None)


def _summary(raw: Any) -> PlatformSummary | None:
    return PlatformSummary.from_json(raw) if isinstance(raw, Mapping) else None


def merge_scopes(parts: Iterable[tuple[str | None, Iterable[str]]]) -> tuple[str | None, tuple[str, ...]]:
    """The scope of several observations together: whole when any was whole, else partial when any said so, else
    None (none recorded it); with every role named, in the catalogue's order."""
    scopes: set[str] = set()
    roles: set[str] = set()
    for scope, named in parts:
        if scope:
            scopes.add(scope)
        roles.update(named)
    scope = "whole" if "whole" in scopes else ("partial" if scopes else None)
    order = list(ROLE_WORDS)
    return scope, tuple(sorted(roles, key=lambda r: (order.index(r) if r in order else len(order), r)))

