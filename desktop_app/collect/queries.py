"""The combined picture as SQL over the collection: verdicts per platform and network, incidents, agreement.

Everything here is one query to DuckDB each; Python only shapes the rows. A "confirmed observation" is a verdict
that accuses someone of interfering (vocabulary.BLOCKING): the engine gives those only after confirming them.
docs/collection-at-scale.md has the same summary and incident queries in ClickHouse SQL.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_app.collect.signers import Signer, listed
from desktop_app.collect.store import CELL_S, CELLS_OF, UNKNOWN_NETWORK
from desktop_app.common.vocabulary import BLOCKING, OK
from desktop_app.store.incidents import MERGE_GAP_S

HOUR = 3600.0
# Within one cell two observations are less than CELL_S apart, so they can never be split into two incidents: the
# islands found cell by cell are exactly the islands found row by row.
assert CELL_S <= MERGE_GAP_S


@dataclass(frozen=True)
class Window:
    since: float = -math.inf
    until: float = math.inf

    def params(self) -> list[float]:
        return [max(self.since, -1e18), min(self.until, 1e18)]

    def cells(self) -> tuple[str, list[Any]]:
        """A query (and its parameters) for the rollup's cells in this window: the cells wholly inside it, and
        for the part of a cell at either edge, cells made on the spot from those rows."""
        since, until = self.params()
        lo, hi = math.ceil(since / CELL_S), math.floor(until / CELL_S)  # cells lo .. hi-1 lie inside
        if lo >= hi:
            edges = [since, until, 0.0, 0.0]
            lo = hi = 0
        else:
            edges = [since, lo * CELL_S, hi * CELL_S, until]
        sql = ("SELECT platform, network, signer, verdict, bucket, n, first, last FROM cells "
               "WHERE bucket >= ? AND bucket < ?")
        params: list[Any] = [lo, hi]
        if edges[0] < edges[1] or edges[2] < edges[3]:
            sql += " UNION ALL " + CELLS_OF.format(
                source="measurements WHERE (measured_at >= ? AND measured_at < ?) OR "
                       "(measured_at >= ? AND measured_at < ?)")
            params += edges
        return sql, params


@dataclass(frozen=True)
class VerdictRow:
    """One platform and verdict (and network, in the per-network view) with what supports it."""

    platform: str
    verdict: str
    signers: int
    networks: int
    measurements: int
    first: float
    last: float
    network: str | None = None


@dataclass(frozen=True)
class NetworkSpan:
    network: str
    start: float  # the first confirmed observation from this network
    end: float  # the last
    people: int
    measurements: int


@dataclass(frozen=True)
class CollectionIncident:
    platform: str
    technique: str  # the verdict most of its confirmed observations gave
    start: float
    end: float
    people: int  # distinct signers who saw it
    networks: int
    measurements: int
    by_network: list[NetworkSpan] = field(default_factory=list)


@dataclass(frozen=True)
class Dissent:
    """A signer whose view of a platform on a network differed from every other signer's there, hour by hour."""

    platform: str
    network: str
    signer: str
    view: str  # "blocked" or "works"
    others: int  # the signers who saw it the other way in those hours
    hours: int
    first: float
    last: float


@dataclass(frozen=True)
class Agreement:
    platform: str
    network: str
    signers: int
    hours_compared: int  # hours in which two or more signers measured it there
    hours_agreed: int


_NET = f"coalesce(asn, '{UNKNOWN_NETWORK}')"
_WHERE = "measured_at >= ? AND measured_at < ?"
_BLOCKING_SQL = "(" + ", ".join(f"'{v}'" for v in sorted(BLOCKING)) + ")"


def summary(con: Any, window: Window = Window()) -> list[VerdictRow]:
    """For each platform and verdict: the signers, networks and measurements that support it, and its time span."""
    cells, params = window.cells()
    rows = con.execute(
        f"SELECT platform, verdict, count(DISTINCT signer), count(DISTINCT network), CAST(sum(n) AS BIGINT), "
        f"min(first), max(last) FROM ({cells}) GROUP BY platform, verdict ORDER BY platform, sum(n) DESC, verdict",
        params).fetchall()
    return [VerdictRow(*r) for r in rows]


def summary_rows(con: Any, window: Window = Window()) -> list[VerdictRow]:
    """summary() read from every row instead of the rollup: the reference the tests hold the rollup to."""
    rows = con.execute(
        f"SELECT platform, verdict, count(DISTINCT signer), count(DISTINCT {_NET}), count(*), min(measured_at), "
        f"max(measured_at) FROM measurements WHERE {_WHERE} GROUP BY platform, verdict "
        "ORDER BY platform, count(*) DESC, verdict", window.params()).fetchall()
    return [VerdictRow(*r) for r in rows]


def by_network(con: Any, window: Window = Window()) -> list[VerdictRow]:
    """The summary split by network (ASN): what each network's signers saw of each platform."""
    cells, params = window.cells()
    rows = con.execute(
        f"SELECT platform, verdict, count(DISTINCT signer), 1, CAST(sum(n) AS BIGINT), min(first), max(last), "
        f"network FROM ({cells}) GROUP BY platform, network, verdict "
        "ORDER BY platform, network, sum(n) DESC, verdict", params).fetchall()
    return [VerdictRow(*r) for r in rows]


def timeline(con: Any, window: Window = Window(), bucket: float = HOUR) -> list[tuple[str, str, float, str, int, int]]:
    """(platform, network, bucket start, verdict, measurements, signers) over time, for charts. `bucket` is a
    whole number of the rollup's cells (an hour by default)."""
    if bucket % CELL_S:
        raise ValueError(f"a timeline's bucket must be a multiple of {CELL_S} s")
    cells, params = window.cells()
    return [tuple(r) for r in con.execute(
        f"SELECT platform, network, floor(bucket * {CELL_S} / ?) * ? AS t, verdict, CAST(sum(n) AS BIGINT), "
        f"count(DISTINCT signer) FROM ({cells}) GROUP BY ALL ORDER BY platform, network, t, verdict",
        [bucket, bucket, *params]).fetchall()]


@dataclass(frozen=True)
class NetworkCell:
    """What one network (None: every network together) saw of the chosen platform (or of every platform) in one
    bucket of time, for one verdict: how many independent signers, networks and measurements support it."""

    network: str | None
    start: float  # the bucket's start; it ends at start + the timeline's bucket
    verdict: str
    signers: int
    networks: int
    measurements: int
    first: float  # the first and last measurement behind it
    last: float


@dataclass(frozen=True)
class NetworkTimeline:
    """Per network over time, for one platform (None: all of them): the cells, and the rows to draw them in."""

    platform: str | None
    bucket: float  # seconds, a whole number of the rollup's cells
    span: tuple[float, float] | None  # the first and last measurement in the window; None when it holds none
    networks: list[str]  # the networks measured, most measurements first
    cells: list[NetworkCell]


# Buckets a timeline may use (seconds): the smallest that keeps the range within MAX_BUCKETS of them.
BUCKETS = (CELL_S, 1800, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 7 * 24 * HOUR)
MAX_BUCKETS = 300


def bucket_for(span: tuple[float, float] | None, max_buckets: int = MAX_BUCKETS) -> float:
    """A bucket that draws `span` in at most `max_buckets` columns (whole weeks beyond the largest preset)."""
    if span is None:
        return HOUR
    length = max(span[1] - span[0], 1.0)
    for bucket in BUCKETS:
        if length / bucket <= max_buckets:
            return float(bucket)
    return float(BUCKETS[-1] * math.ceil(length / BUCKETS[-1] / max_buckets))


def span(con: Any, window: Window = Window(), platform: str | None = None) -> tuple[float, float] | None:
    """The first and last measurement in the window (of one platform, when given), from the rollup."""
    cells, params = window.cells()
    where, extra = _platform_filter(platform)
    first, last = con.execute(f"SELECT min(first), max(last) FROM ({cells}) {where}", [*params, *extra]).fetchone()
    return None if first is None else (first, last)


def _platform_filter(platform: str | None) -> tuple[str, list[Any]]:
    return ("", []) if platform is None else ("WHERE platform = ?", [platform])


def network_timeline(con: Any, window: Window = Window(), platform: str | None = None,
                     bucket: float | None = None) -> NetworkTimeline:
    """Per network (and for every network together) over time, one row per bucket and verdict with the signers,
    networks and measurements that support it: one query over the rollup. Without `bucket`, one is chosen from the
    span of the data in the window (bucket_for)."""
    found = span(con, window, platform)
    bucket = bucket_for(found) if bucket is None else bucket
    if bucket <= 0 or bucket % CELL_S:
        raise ValueError(f"a timeline's bucket must be a positive multiple of {CELL_S} s")
    cells, params = window.cells()
    where, extra = _platform_filter(platform)
    rows = con.execute(
        f"SELECT network, floor(bucket * {CELL_S} / ?) * ? AS t, verdict, count(DISTINCT signer), "
        f"count(DISTINCT network), CAST(sum(n) AS BIGINT), min(first), max(last) FROM ({cells}) {where} "
        "GROUP BY GROUPING SETS ((network, t, verdict), (t, verdict)) ORDER BY network NULLS FIRST, t, verdict",
        [bucket, bucket, *params, *extra]).fetchall()
    timeline = [NetworkCell(*r) for r in rows]
    totals: dict[str, int] = {}
    for cell in timeline:
        if cell.network is not None:
            totals[cell.network] = totals.get(cell.network, 0) + cell.measurements
    return NetworkTimeline(platform, bucket, found, sorted(totals, key=lambda n: (-totals[n], n)), timeline)


def network_timeline_rows(con: Any, window: Window, platform: str | None, bucket: float) -> list[NetworkCell]:
    """network_timeline()'s cells read from every row instead of the rollup: the reference the tests hold it to."""
    where = _WHERE + ("" if platform is None else " AND platform = ?")
    rows = con.execute(
        f"SELECT {_NET} AS network, floor(measured_at / ?) * ? AS t, verdict, count(DISTINCT signer), "
        f"count(DISTINCT {_NET}), count(*), min(measured_at), max(measured_at) FROM measurements WHERE {where} "
        "GROUP BY GROUPING SETS ((network, t, verdict), (t, verdict)) ORDER BY network NULLS FIRST, t, verdict",
        [bucket, bucket, *window.params(), *([] if platform is None else [platform])]).fetchall()
    return [NetworkCell(*r) for r in rows]


def platforms(con: Any) -> list[str]:
    """The platforms the collection holds measurements of."""
    return [r[0] for r in con.execute("SELECT DISTINCT platform FROM cells ORDER BY platform").fetchall()]


# Islands of confirmed observations of a platform, from all networks together: a gap longer than MERGE_GAP_S
# between one observation and the next starts a new incident.
_ISLANDS = f"""
WITH obs AS (
  SELECT platform, verdict, signer, {_NET} AS network, measured_at FROM measurements
  WHERE verdict IN {_BLOCKING_SQL} AND {_WHERE}),
marked AS (
  SELECT *, CASE WHEN measured_at - lag(measured_at) OVER (PARTITION BY platform ORDER BY measured_at) <= {MERGE_GAP_S}
                 THEN 0 ELSE 1 END AS fresh FROM obs),
islands AS (
  SELECT *, sum(fresh) OVER (PARTITION BY platform ORDER BY measured_at ROWS UNBOUNDED PRECEDING) AS island
  FROM marked)
"""
# What follows the islands (from rows or from cells): each incident, and its span on each network. {first},
# {last} and {count} are an observation's earliest and latest time and how many measurements it stands for.
INCIDENTS_SQL = """
, techniques AS (SELECT platform, island, verdict, {count} AS n FROM islands GROUP BY ALL)
SELECT i.platform, first(t.verdict ORDER BY t.n DESC, t.verdict DESC) AS technique, i.start, i.end, i.people,
       i.networks, i.measurements, i.island
FROM (SELECT platform, island, min({first}) AS start, max({last}) AS end, count(DISTINCT signer) AS people,
             count(DISTINCT network) AS networks, CAST({count} AS BIGINT) AS measurements FROM islands
      GROUP BY platform, island) i
JOIN techniques t USING (platform, island)
GROUP BY i.platform, i.island, i.start, i.end, i.people, i.networks, i.measurements
ORDER BY i.start, i.platform
"""
INCIDENT_NETWORKS_SQL = """
SELECT platform, island, network, min({first}), max({last}), count(DISTINCT signer), CAST({count} AS BIGINT)
FROM islands GROUP BY platform, island, network ORDER BY platform, island, min({first}), network
"""


def incidents(con: Any, window: Window = Window()) -> list[CollectionIncident]:
    """Incidents across the collection, each with its span on every network that saw it (read from the rollup)."""
    cells, params = window.cells()
    islands = f"""
WITH obs AS (SELECT * FROM ({cells}) WHERE verdict IN {_BLOCKING_SQL}),
per_cell AS (SELECT platform, bucket, min(first) AS first, max(last) AS last FROM obs GROUP BY platform, bucket),
marked AS (
  SELECT *, CASE WHEN first - lag(last) OVER (PARTITION BY platform ORDER BY bucket) <= {MERGE_GAP_S}
                 THEN 0 ELSE 1 END AS fresh FROM per_cell),
numbered AS (
  SELECT platform, bucket, sum(fresh) OVER (PARTITION BY platform ORDER BY bucket ROWS UNBOUNDED PRECEDING) AS island
  FROM marked),
islands AS (SELECT o.*, i.island FROM obs o JOIN numbered i USING (platform, bucket))
"""
    return _incidents(con, islands, params, "first", "last", "sum(n)")


def incidents_rows(con: Any, window: Window = Window()) -> list[CollectionIncident]:
    """incidents() read from every row instead of the rollup: the reference the tests hold the rollup to."""
    return _incidents(con, _ISLANDS, window.params(), "measured_at", "measured_at", "count(*)")


def _incidents(con: Any, islands: str, params: list[Any], first: str, last: str,
               count: str) -> list[CollectionIncident]:
    shape = {"first": first, "last": last, "count": count}
    spans: dict[tuple[str, int], list[NetworkSpan]] = {}
    for platform, island, network, start, end, people, n in con.execute(
            islands + INCIDENT_NETWORKS_SQL.format(**shape), params).fetchall():
        spans.setdefault((platform, island), []).append(NetworkSpan(network, start, end, people, n))
    return [CollectionIncident(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                               spans.get((row[0], row[7]), []))
            for row in con.execute(islands + INCIDENTS_SQL.format(**shape), params).fetchall()]


# Each signer's view of a platform on a network in each hour: "blocked" when most of its measurements were
# confirmed blocking, "works" when most were ok, nothing otherwise.
_VIEWS = f"""
WITH views AS (
  SELECT platform, {_NET} AS network, floor(measured_at / {HOUR}) AS hour, signer,
         CASE WHEN avg(CASE WHEN verdict IN {_BLOCKING_SQL} THEN 1 ELSE 0 END) > 0.5 THEN 'blocked'
              WHEN avg(CASE WHEN verdict = '{OK}' THEN 1 ELSE 0 END) > 0.5 THEN 'works' END AS view
  FROM measurements WHERE {_WHERE} GROUP BY ALL),
hours AS (
  SELECT platform, network, hour, count(*) FILTER (WHERE view = 'blocked') AS blocked,
         count(*) FILTER (WHERE view = 'works') AS works FROM views WHERE view IS NOT NULL GROUP BY ALL)
"""


def agreement(con: Any, window: Window = Window()) -> list[Agreement]:
    """Per platform and network: how often the signers measuring it at the same time saw the same thing."""
    rows = con.execute(_VIEWS + """
        SELECT h.platform, h.network, s.signers, count(*) FILTER (WHERE blocked + works >= 2),
               count(*) FILTER (WHERE blocked + works >= 2 AND (blocked = 0 OR works = 0))
        FROM hours h JOIN (SELECT platform, network, count(DISTINCT signer) AS signers FROM views GROUP BY ALL) s
        USING (platform, network) GROUP BY ALL ORDER BY h.platform, h.network""", window.params()).fetchall()
    return [Agreement(*r) for r in rows]


def dissents(con: Any, window: Window = Window()) -> list[Dissent]:
    """Signers alone in their view: in an hour where others measured the same platform on the same network, the
    only one to see it blocked (or working). Shown, never hidden: one person may be the first to see a block."""
    rows = con.execute(_VIEWS + """
        SELECT v.platform, v.network, v.signer, v.view,
               max(CASE WHEN v.view = 'blocked' THEN h.works ELSE h.blocked END), count(*),
               min(v.hour) * 3600, (max(v.hour) + 1) * 3600
        FROM views v JOIN hours h USING (platform, network, hour)
        WHERE (v.view = 'blocked' AND h.blocked = 1 AND h.works >= 1)
           OR (v.view = 'works' AND h.works = 1 AND h.blocked >= 1)
        GROUP BY v.platform, v.network, v.signer, v.view ORDER BY v.platform, v.network, min(v.hour)""",
        window.params()).fetchall()
    return [Dissent(*r) for r in rows]


def signer_names(con: Any, pseudonymise: bool) -> dict[str, str]:
    """What to call each signer: its fingerprint (and label); or, for publication, its label or a pseudonym
    numbered by when its first bundle arrived (never derived from the key, which anyone holding it could match)."""
    rows = con.execute(
        "SELECT f.fingerprint, s.label FROM (SELECT signer AS fingerprint, min(received_at) AS first FROM bundles "
        "GROUP BY signer) f LEFT JOIN signers s USING (fingerprint) ORDER BY f.first, f.fingerprint").fetchall()
    names = {}
    for number, (fingerprint, label) in enumerate(rows, 1):
        if pseudonymise:
            names[fingerprint] = label or f"vantage point {number}"
        else:
            names[fingerprint] = f"{label} ({fingerprint})" if label else fingerprint
    return names


@dataclass(frozen=True)
class Custody:
    accepted: int
    rejected: int
    measurements: int  # distinct measurements in the collection
    signers: int
    unregistered: int
    reasons: list[tuple[str, int]]  # first failing check -> bundles rejected for it


def custody(con: Any) -> Custody:
    accepted, signers = con.execute("SELECT count(*), count(DISTINCT signer) FROM bundles").fetchone()
    unregistered = con.execute("SELECT count(DISTINCT signer) FROM bundles WHERE signer NOT IN "
                               "(SELECT fingerprint FROM signers)").fetchone()[0]
    rejected = con.execute("SELECT count(DISTINCT sha256) FROM rejections WHERE sha256 NOT IN "
                           "(SELECT sha256 FROM bundles)").fetchone()[0]
    reasons = con.execute("SELECT check_name, count(DISTINCT sha256) FROM rejections WHERE sha256 NOT IN "
                          "(SELECT sha256 FROM bundles) GROUP BY check_name ORDER BY 2 DESC, 1").fetchall()
    measurements = con.execute("SELECT count(*) FROM measurements").fetchone()[0]
    return Custody(accepted, rejected, measurements, signers, unregistered, [tuple(r) for r in reasons])


def as_json(value: Any) -> Any:
    """Dataclass rows as plain JSON values."""
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return asdict(value)


@dataclass(frozen=True)
class Picture:
    """Everything the Collection window shows, read in one go off the GUI thread."""

    custody: Custody
    networks: list[VerdictRow]
    incidents: list[CollectionIncident]
    dissents: list[Dissent]
    names: dict[str, str]
    timeline: NetworkTimeline
    platforms: list[str]
    signers: list[Signer]
    span: tuple[float, float] | None  # of the whole collection, whatever the window


def picture(con: Any, window: Window | None = None, platform: str | None = None) -> Picture:
    window = window or Window()
    return Picture(custody(con), by_network(con, window), incidents(con, window), dissents(con, window),
                   signer_names(con, pseudonymise=False), network_timeline(con, window, platform), platforms(con),
                   listed(con), span(con))
