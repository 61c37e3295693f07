"""What a running sweep is still waiting for: the endpoints and steps in flight, reported a few times a second.

The flow of each endpoint notes the step it begins (`InFlight.begin`) and the end of its attempt (`end`); a
ticker in the sweep's event loop reports a `Waiting` snapshot to the caller's callback when it changed, at most
`EVERY_S` apart. Only endpoints in flight for `SLOW_S` or more are listed, each with the step it waits for: a
healthy sweep reports nothing, a sweep during a shutdown says which hosts hold it and for how long at most.
No Qt: the GUI's worker forwards the snapshots as a signal, the CLI prints them; `waiting_line` gives both the
same sentence.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop_app.common.translatable import ENGLISH, QT_TRANSLATE_NOOP, Words

EVERY_S = 0.25  # at most four reports a second
SLOW_S = 1.0  # a step is listed once it has been awaited this long
SHOWN = 2  # hosts named in the line; the rest are counted

# What a step is called in the line: the flow's step names (and their repeats') fold into the four layers.
STEP_WORDS: dict[str, str] = {
    "dns": QT_TRANSLATE_NOOP("Waiting", "DNS"),
    "tcp": QT_TRANSLATE_NOOP("Waiting", "TCP"),
    "tls": QT_TRANSLATE_NOOP("Waiting", "TLS"),
    "http": QT_TRANSLATE_NOOP("Waiting", "HTTP"),
    "ip_lookup": QT_TRANSLATE_NOOP("Waiting", "IP lookup"),
    "control": QT_TRANSLATE_NOOP("Waiting", "control"),
}
_LAYER = {"doh": "dns", "tcp_linger": "tcp", "sni_swap": "tls", "tls_unverified": "tls", "http_unverified": "http",
          "throughput": "http"}

def layer_of(step: str) -> str:
    """The layer a flow step (or one of its repeats) belongs to: dns, tcp, tls or http (other names unchanged)."""
    return _LAYER.get(step, step)


@dataclass(frozen=True)
class Awaited:
    """One host whose step the sweep is waiting for."""

    host: str
    step: str  # a key of STEP_WORDS
    since: float  # time.monotonic() when this endpoint's first step began
    ends_by: float  # time.monotonic() by which it ends at the latest (its timeout, or the sweep's budget)


@dataclass(frozen=True)
class Waiting:
    """A snapshot: the endpoints in flight for SLOW_S or more, longest first (empty: none, or the sweep ended)."""

    items: tuple[Awaited, ...]
    at: float  # time.monotonic() of the snapshot

    @property
    def up_to_s(self) -> int:
        """Whole seconds, rounded up (at least 1), until the last of their steps ends at the latest (0: none)."""
        return max((max(1, math.ceil(a.ends_by - self.at)) for a in self.items), default=0)

    def names(self) -> list[tuple[str, str]]:
        """(host, step) pairs, each once, longest awaited first."""
        return list(dict.fromkeys((a.host, a.step) for a in self.items))

    def key(self) -> tuple[object, ...]:
        """What a person would see change: the pairs and the seconds left."""
        return (tuple(self.names()), self.up_to_s)


_ONE = QT_TRANSLATE_NOOP("Waiting", "{0} ({1})")  # a host and its step: "x.com (TLS)"
_MORE = QT_TRANSLATE_NOOP("Waiting", "{0} and {1} more")
_LINE = QT_TRANSLATE_NOOP("Waiting", "Waiting for: {0} — up to {1} s")


def _one(host: str, step: str, words: Words) -> str:
    return words.isolate(words.say("Waiting", _ONE, host, words.word("Waiting", STEP_WORDS.get(step, step))))


def waiting_line(waiting: Waiting, words: Words = ENGLISH) -> str:
    """'Waiting for: x.com (TLS), youtube.com (DNS) and 3 more — up to 8 s'; empty when nothing is awaited.

    Each host (and each host with its step) is isolated for right-to-left text, so a Latin name and its
    parenthesis keep their order in Urdu.
    """
    names = waiting.names()
    if not names:
        return ""
    shown = ", ".join(_one(host, step, words) for host, step in names[:SHOWN])
    if len(names) > SHOWN:
        shown = words.translate("Waiting", _MORE).format(shown, words.isolate(str(len(names) - SHOWN)))
    return words.translate("Waiting", _LINE).format(shown, words.isolate(str(waiting.up_to_s)))


def waiting_list(waiting: Waiting, words: Words = ENGLISH) -> str:
    """Every host and step awaited, one a line (the line's tooltip)."""
    return "\n".join(_one(host, step, words) for host, step in waiting.names())


Report = Callable[[Waiting], None]


class InFlight:
    """The steps in flight in one sweep, keyed by an object that stands for one endpoint (its attempt).

    Keys are told apart by identity (an attempt is a mutable dataclass, not hashable), so a key must stay alive
    while its entry is: `end` it when its work ends.
    """

    def __init__(self, report: Report | None, *, every: float = EVERY_S, slow: float = SLOW_S) -> None:
        self.report = report
        self.every = every
        self.slow = slow
        self._now: dict[int, Awaited] = {}
        self._last: tuple[object, ...] = ((), 0)

    def begin(self, key: object, host: str, step: str, timeout: float) -> None:
        """key's flow begins step (or repeats it), which ends within timeout seconds."""
        now = time.monotonic()
        layer = layer_of(step)
        before = self._now.get(id(key))
        since = before.since if before is not None else now  # kept across steps: the line does not flicker
        self._now[id(key)] = Awaited(host, layer, since, now + max(0.0, timeout))

    def end(self, key: object) -> None:
        self._now.pop(id(key), None)

    @contextlib.contextmanager
    def awaiting(self, key: object, host: str, step: str, timeout: float) -> Iterator[None]:
        """begin(...) for the duration of a block, which ends key's entry."""
        self.begin(key, host, step, timeout)
        try:
            yield
        finally:
            self.end(key)

    def snapshot(self, now: float | None = None) -> Waiting:
        now = time.monotonic() if now is None else now
        slow = sorted((a for a in self._now.values() if now - a.since >= self.slow), key=lambda a: a.since)
        return Waiting(tuple(slow), now)

    def tick(self) -> None:
        """Report the snapshot when what it shows changed."""
        if self.report is None:
            return
        waiting = self.snapshot()
        if waiting.key() != self._last:
            self._last = waiting.key()
            self.report(waiting)

    async def run(self) -> None:
        """Tick every `every` seconds until cancelled."""
        while True:
            await asyncio.sleep(self.every)
            self.tick()

    def finish(self) -> None:
        """The sweep ended: say once that nothing is awaited any more (when anything was said)."""
        self._now.clear()
        self.tick()
