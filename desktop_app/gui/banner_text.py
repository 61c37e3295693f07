"""The sentence the banner shows for the current state, and what the person can do next (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop_app.gui.live_state import LiveState
from desktop_app.probes.network import OFFLINE_SENTENCES

INFO, WARNING, ALERT = "info", "warning", "alert"

HOW = {
    "dns_blocked": "by DNS (your resolver does not give its address)",
    "dns_tampered": "by forged DNS answers",
    "tcp_blocked": "by IP blocking (connections time out)",
    "tcp_reset": "by connection resets",
    "tls_blocked": "by a reset during the TLS handshake (SNI filtering)",
    "tls_mitm": "by interception (a certificate not valid for it)",
    "http_blockpage": "with a blockpage",
    "throttled": "by throttling (it loads far slower than other platforms)",
}


@dataclass(frozen=True)
class Banner:
    level: str  # info | warning | alert
    text: str
    action: str | None = None  # "export" | "settings" | None
    platform: str | None = None  # the platform the action is about


def clock(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).strftime("%H:%M")


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def banner_for(state: LiveState, names: Mapping[str, str], tr: Callable[[str], str] = lambda s: s) -> Banner | None:
    """None when there is nothing to say (everything works)."""
    latest = state.latest
    if latest is None:
        return Banner(INFO, tr("Waiting for the first measurement…"))
    if latest.network_state == "offline":
        detail = OFFLINE_SENTENCES.get(latest.network_detail or "", "")
        return Banner(ALERT, tr("Your connection is offline") + (f": {tr(detail)}." if detail else ".")
                      + " " + tr("Vantage keeps measuring and records when it comes back."), "export")
    if latest.network_state == "captive_portal":
        return Banner(WARNING, tr("Captive portal: sign in to the network first. Results resume after that."))
    if latest.vpn:
        return Banner(INFO, tr("A VPN is active: results describe the VPN's network, not yours.")
                      + f" ({latest.vpn})")
    blocked = [pid for pid in state.affected() if state.platforms[pid].point.verdict in HOW]
    if blocked:
        first = blocked[0]
        s = state.platforms[first]
        verdict = s.point.verdict
        same = [pid for pid in blocked if state.platforms[pid].point.verdict == verdict]
        names_of = _join([names.get(pid, pid) for pid in same])
        verb = tr("are") if len(same) > 1 else tr("is")
        since = min(state.platforms[pid].since for pid in same)
        if verdict == "throttled":
            text = f"{names_of} {verb} {tr('throttled')}: {tr('it loads far slower than other platforms')}"
        else:
            text = f"{names_of} {verb} {tr('blocked')} {tr(HOW[verdict])}"
        text += f" {tr('since')} {clock(since)}"
        others = [pid for pid in blocked if pid not in same]
        if others:
            text += "; " + tr("also affected:") + " " + _join([names.get(pid, pid) for pid in others])
        return Banner(ALERT, text + ".", "export", first)
    down = [pid for pid in state.affected() if state.platforms[pid].point.verdict == "platform_down"]
    if down:
        return Banner(INFO, f"{_join([names.get(p, p) for p in down])}: "
                      + tr("the platform's own servers are failing. This is not censorship."))
    unclear = state.affected()
    if unclear:
        return Banner(INFO, f"{_join([names.get(p, p) for p in unclear])}: "
                      + tr("results are unclear right now; Vantage re-checks at every sweep."), None, unclear[0])
    return None
