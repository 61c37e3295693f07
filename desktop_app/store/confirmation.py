"""Whether a platform's blocking verdict was confirmed by the platform's next observation, refuted, or is pending.

A new blocking verdict is probed again about a minute later on just its endpoints (app/session.py follow_up_for);
when that follow-up did not run (the app quit, or a regular sweep came first) the platform's next sweep serves.
The rule, one place for the store, the incidents, the live tiles and the notifications:

- A blocking observation is *confirmed* when the platform's next observation that says something about it also
  accuses someone (any blocking verdict: a censor may move from DNS to TLS), or when it is itself that next
  observation of an earlier blocking one.
- It is *unconfirmed* when that next observation found no interference (ok, or the platform's own servers down):
  a one-sweep blip. It stays in the history, is shown as unconfirmed, and never makes an incident or a notification.
- It is *pending* while no later observation says anything yet.

Offline and inconclusive observations say nothing about the platform: they are skipped when looking for the
neighbour (a shutdown in between neither confirms nor refutes).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.common.vocabulary import BLOCKING, INCONCLUSIVE, OFFLINE
from desktop_app.store.kinds import KIND_VERDICT, OK_VERDICT_ID
from desktop_app.store.log import HistoryStore

CONFIRMED, UNCONFIRMED, PENDING = "confirmed", "unconfirmed", "pending"
NEUTRAL = frozenset({OFFLINE, INCONCLUSIVE})  # observations that neither confirm nor refute
OK = "ok"

# What a view shows beside a verdict that is not (yet) confirmed.
STATUS_WORDS = {
    UNCONFIRMED: QT_TRANSLATE_NOOP("Confirmation", "unconfirmed: the check a minute later did not see it again"),
    PENDING: QT_TRANSLATE_NOOP("Confirmation", "unconfirmed: checking again"),
}


def says_something(verdict: str) -> bool:
    return verdict not in NEUTRAL


def classify(verdicts: Sequence[str], before: str | None = None, after: str | None = None) -> list[str | None]:
    """The status of each blocking verdict in one platform's observations, in order (None for the others).

    `before` is the last verdict that says something before the sequence, `after` the first one after it (None:
    there is none; at the end that makes a lone blocking verdict pending).
    """
    out: list[str | None] = [None] * len(verdicts)
    # the first verdict that says something after each one, from the end: one pass, not a scan per verdict (a
    # three-month block is some 100,000 observations in a row)
    followers: list[str | None] = [None] * len(verdicts)
    following: str | None = after
    for i in range(len(verdicts) - 1, -1, -1):
        followers[i] = following
        if says_something(verdicts[i]):
            following = verdicts[i]
    previous = before
    for i, verdict in enumerate(verdicts):
        if verdict in BLOCKING:
            following = followers[i]
            if previous in BLOCKING or following in BLOCKING:
                out[i] = CONFIRMED
            elif following is None:
                out[i] = PENDING
            else:
                out[i] = UNCONFIRMED
        if says_something(verdict):
            previous = verdict
    return out


def classify_rows(store: HistoryStore, pid: int, rows: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Status by seq of the blocking rows among a platform's not-ok rows (seq, verdict), given in seq order.

    The rows are the platform's not-ok observations over a stretch of the log; any ok observation between two
    of them is looked up (one index probe per gap), so the rule sees every observation in order.
    """
    if not any(v in BLOCKING for _, v in rows):
        return {}
    verdicts: list[str] = []
    seqs: list[int | None] = []
    for i, (seq, verdict) in enumerate(rows):
        if i and seq > rows[i - 1][0] + 1 and _ok_between(store, pid, rows[i - 1][0], seq):
            verdicts.append(OK)  # where exactly it lies does not matter: only that one lies between
            seqs.append(None)
        verdicts.append(verdict)
        seqs.append(seq)
    statuses = classify(verdicts, _neighbour(store, pid, rows[0][0], before=True),
                        _neighbour(store, pid, rows[-1][0], before=False))
    return {s: st for s, st in zip(seqs, statuses, strict=True) if s is not None and st is not None}


def _ok_between(store: HistoryStore, pid: int, lo: int, hi: int) -> bool:
    return store.connection.execute(
        f"SELECT 1 FROM sweep_platforms WHERE platform = ? AND seq > ? AND seq < ? AND verdict = {OK_VERDICT_ID} "
        "LIMIT 1", (pid, lo, hi)).fetchone() is not None


def _neutral_ids(store: HistoryStore) -> list[int]:
    return [i for i in (store.name_id(KIND_VERDICT, v) for v in sorted(NEUTRAL)) if i is not None]


def _neighbour(store: HistoryStore, pid: int, seq: int, before: bool) -> str | None:
    """The platform's nearest verdict that says something, before or after seq (None: there is none)."""
    neutral = _neutral_ids(store)
    skip = f"AND verdict NOT IN ({','.join('?' * len(neutral))}) " if neutral else ""
    order = "seq < ? " + skip + "ORDER BY seq DESC" if before else "seq > ? " + skip + "ORDER BY seq"
    row = store.connection.execute(f"SELECT verdict FROM sweep_platforms WHERE platform = ? AND {order} LIMIT 1",
                                   (pid, seq, *neutral)).fetchone()
    return None if row is None else store.name_text(row[0])
