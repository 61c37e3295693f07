"""The sentence the banner shows for the current state, and what the person can do next (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.common.vocabulary import ROLE_WORDS, VERDICTS
from desktop_app.gui.live_state import LiveState
from desktop_app.gui.localtext import clock_text, number, plural
from desktop_app.probes.network import OFFLINE_SENTENCES

INFO, WARNING, ALERT = "info", "warning", "alert"

# Whole sentences with placeholders, so each language can order the words its own way.
# "… is blocked {how}": each accusing verdict's phrase, from the one table in common/vocabulary.py.
HOW = {v.name: v.how for v in VERDICTS if v.how}
UNSAVED = QT_TRANSLATE_NOOP("Banner", "The history could not be written: {0} sweep(s) waiting in memory will be saved "
                                      "with the next sweep. Free some disk space or check the data folder; quitting "
                                      "now loses them.")
ONE_BLOCKED = QT_TRANSLATE_NOOP("Banner", "{names} is blocked {how} since {time}")
# A partial block (issue 12: Pakistan's 2024 WhatsApp media block while messages still went through).
PART_BLOCKED = QT_TRANSLATE_NOOP("Banner", "{names}: its {parts} blocked {how} since {time}; the rest still works")
MANY_BLOCKED = QT_TRANSLATE_NOOP("Banner", "{names} are blocked {how} since {time}")
ONE_THROTTLED = QT_TRANSLATE_NOOP("Banner", "{names} is throttled since {time}: it loads far slower than other "
                                            "platforms")
MANY_THROTTLED = QT_TRANSLATE_NOOP("Banner", "{names} are throttled since {time}: they load far slower than other "
                                             "platforms")
# A new block that the follow-up a minute later has yet to confirm (store/confirmation.py).
CHECKING = QT_TRANSLATE_NOOP("Banner", "{names}: one measurement suggests a block. Vantage checks again in about a "
                                       "minute and reports it only if that check sees it too.")
ALSO = QT_TRANSLATE_NOOP("Banner", "{sentence}; also affected: {others}.")
END = QT_TRANSLATE_NOOP("Banner", "{sentence}.")
AND = QT_TRANSLATE_NOOP("Banner", "{first} and {last}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Banner", ", ")


@dataclass(frozen=True)
class Banner:
    level: str  # info | warning | alert
    text: str
    action: str | None = None  # "export" | "settings" | None
    platform: str | None = None  # the platform the action is about


def clock(epoch: float) -> str:
    return clock_text(epoch)


def _join(names: list[str], tr: Callable[[str], str]) -> str:
    if len(names) == 1:
        return names[0]
    return tr(AND).format(first=tr(LIST_SEPARATOR).join(names[:-1]), last=names[-1])


def roles_text(roles: tuple[str, ...], tr: Callable[[str], str] = lambda s: s) -> str:
    """ "media", "web site and media": the parts of a platform a partial verdict is about, in words."""
    return _join([tr(ROLE_WORDS.get(r, r)) for r in roles], tr)


def banner_for(state: LiveState, names: Mapping[str, str], tr: Callable[[str], str] = lambda s: s,
               unconfirmed: Collection[str] = ()) -> Banner | None:
    """None when there is nothing to say (everything works). `unconfirmed`: platforms whose block awaits its
    follow-up; they are not announced as blocked until it confirms them."""
    latest = state.latest
    if latest is None:
        return Banner(INFO, tr(QT_TRANSLATE_NOOP("Banner", "Waiting for the first measurement…")))
    if latest.network_state == "offline":
        detail = OFFLINE_SENTENCES.get(latest.network_detail or "", "")
        text = (tr(QT_TRANSLATE_NOOP("Banner", "Your connection is offline: {detail}.")).format(detail=tr(detail))
                if detail else tr(QT_TRANSLATE_NOOP("Banner", "Your connection is offline.")))
        return Banner(ALERT, text + " " + tr(QT_TRANSLATE_NOOP("Banner", "Vantage keeps measuring and records when "
                                                                         "it comes back.")), "export")
    if latest.network_state == "captive_portal":
        return Banner(WARNING, tr(QT_TRANSLATE_NOOP("Banner", "Captive portal: sign in to the network first. Results "
                                                           "resume after that.")))
    if latest.vpn:
        return Banner(INFO, tr(QT_TRANSLATE_NOOP("Banner", "A VPN is active ({vpn}): results describe the VPN's "
                                                        "network, not yours.")).format(vpn=latest.vpn))
    accused = [pid for pid in state.affected() if state.platforms[pid].point.verdict in HOW]
    blocked = [pid for pid in accused if pid not in unconfirmed]
    if accused and not blocked:
        return Banner(INFO, tr(CHECKING).format(names=_join([names.get(pid, pid) for pid in accused], tr)))
    if blocked:
        first = blocked[0]
        s = state.platforms[first]
        verdict = s.point.verdict
        same = [pid for pid in blocked if state.platforms[pid].point.verdict == verdict]
        names_of = _join([names.get(pid, pid) for pid in same], tr)
        since = min(state.platforms[pid].since for pid in same)
        partial = len(same) == 1 and s.point.scope == "partial" and s.point.roles and verdict != "throttled"
        if verdict == "throttled":
            template = ONE_THROTTLED if len(same) == 1 else MANY_THROTTLED
        else:
            template = ONE_BLOCKED if len(same) == 1 else MANY_BLOCKED
        if partial:
            sentence = tr(PART_BLOCKED).format(names=names_of, parts=roles_text(s.point.roles, tr),
                                               how=tr(HOW[verdict]), time=clock(since))
        else:
            sentence = tr(template).format(names=names_of, how=tr(HOW[verdict]), time=clock(since))
        others = [pid for pid in blocked if pid not in same]
        if others:
            text = tr(ALSO).format(sentence=sentence, others=_join([names.get(pid, pid) for pid in others], tr))
        else:
            text = tr(END).format(sentence=sentence)
        return Banner(ALERT, text, "export", first)
    down = [pid for pid in state.affected() if state.platforms[pid].point.verdict == "platform_down"]
    if down:
        return Banner(INFO, tr(QT_TRANSLATE_NOOP("Banner", "{names}: the platform's own servers are failing. This is "
                                                        "not censorship.")).format(
            names=_join([names.get(p, p) for p in down], tr)))
    unclear = state.affected()
    if unclear:
        return Banner(INFO, tr(QT_TRANSLATE_NOOP("Banner", "{names}: results are unclear right now; Vantage re-checks "
                                                        "at every sweep.")).format(
            names=_join([names.get(p, p) for p in unclear], tr)), None, unclear[0])
    return None


def unsaved_banner(count: int, tr: Callable[[str], str] = lambda s: s) -> Banner:
    """Sweeps measured but not yet in the history (a full disk, a file that cannot be written): say so first,
    since nothing else on screen shows that evidence is waiting."""
    return Banner(ALERT, plural(tr(UNSAVED).format(number(count)), count), action="settings")
