"""The verdicts, declared once: name, severity, whether it accuses, colour, symbol, words, banner phrase, OONI key.

Everything that shows or exports a verdict reads this table: the engine's rules (probes/verdicts.py), the tiles,
charts and banner, the report's SVG charts, incidents and the OONI export. Adding a verdict means adding one
entry here (plus its rule, the docs and the translations); tests check that every entry has all it needs.
No Qt: the words are marked for translation and translated by the GUI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.common.translatable import QT_TRANSLATE_NOOP

OK = "ok"
DNS_BLOCKED = "dns_blocked"
DNS_TAMPERED = "dns_tampered"
TCP_BLOCKED = "tcp_blocked"
TCP_RESET = "tcp_reset"
TLS_BLOCKED = "tls_blocked"
TLS_MITM = "tls_mitm"
HTTP_BLOCKPAGE = "http_blockpage"
THROTTLED = "throttled"
OFFLINE = "offline"
CAPTIVE_PORTAL = "captive_portal"
PLATFORM_DOWN = "platform_down"
INCONCLUSIVE = "inconclusive"

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies; a symbol always goes with them.
_OK_COLOUR = "#009E73"  # bluish green
_BLOCK_COLOUR = "#D55E00"  # vermillion
_TAMPER_COLOUR = "#CC79A7"  # reddish purple
_SLOW_COLOUR = "#E69F00"  # orange
_DOWN_COLOUR = "#56B4E9"  # sky blue
_UNKNOWN_COLOUR = "#999999"  # grey
_OFFLINE_COLOUR = "#000000"
_PORTAL_COLOUR = "#0072B2"  # blue


@dataclass(frozen=True)
class VerdictInfo:
    name: str
    accuses: bool  # says someone interferes: confirmed before it is given, withheld behind a VPN, an incident
    colour: str  # hex
    symbol: str  # a shape that carries the meaning without colour
    words: str  # what it means, for a person (context "Verdict")
    how: str | None  # the banner's "… is blocked {how}" phrase (context "Banner"), for verdicts that accuse
    # web_connectivity's `blocking` key (ts-017) for this verdict: "dns", "tcp_ip", "http-failure", "http-diff",
    # False for a reachable site, None when OONI has no word for it.
    ooni_blocking: str | bool | None
    about_connection: bool = False  # describes the whole connection, not one platform (offline, captive portal)
    # The steps (a record's step kinds) whose outcome can decide this verdict: the rules' basis (probes/verdicts.py,
    # Basis.step) is always one of them, and the evidence window marks that step, not the failures it led to.
    decided_by: tuple[str, ...] = ()


# Most severe first: a platform takes the first of these that its endpoints have (see summarise_platform).
VERDICTS: tuple[VerdictInfo, ...] = (
    VerdictInfo(OFFLINE, False, _OFFLINE_COLOUR, "○", QT_TRANSLATE_NOOP("Verdict", "Offline"), None, None,
                about_connection=True),
    VerdictInfo(CAPTIVE_PORTAL, False, _PORTAL_COLOUR, "⚑", QT_TRANSLATE_NOOP("Verdict", "Captive portal"), None,
                None, about_connection=True),
    VerdictInfo(DNS_BLOCKED, True, _BLOCK_COLOUR, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (DNS)"),
                QT_TRANSLATE_NOOP("Banner", "by DNS (your resolver does not give its address)"), "dns",
                decided_by=("dns",)),
    VerdictInfo(DNS_TAMPERED, True, _TAMPER_COLOUR, "◆", QT_TRANSLATE_NOOP("Verdict", "Blocked (forged DNS)"),
                QT_TRANSLATE_NOOP("Banner", "by forged DNS answers"), "dns", decided_by=("dns",)),
    VerdictInfo(TCP_BLOCKED, True, _BLOCK_COLOUR, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (IP)"),
                QT_TRANSLATE_NOOP("Banner", "by IP blocking (connections time out)"), "tcp_ip", decided_by=("tcp",)),
    VerdictInfo(TCP_RESET, True, _BLOCK_COLOUR, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (connection reset)"),
                QT_TRANSLATE_NOOP("Banner", "by connection resets"), "tcp_ip",
                decided_by=("tcp", "tcp_linger", "tls", "http")),  # a reset as the connection opens or data flows
    VerdictInfo(TLS_BLOCKED, True, _BLOCK_COLOUR, "✖", QT_TRANSLATE_NOOP("Verdict", "Blocked (SNI filtering)"),
                QT_TRANSLATE_NOOP("Banner", "by a reset during the TLS handshake (SNI filtering)"), "http-failure",
                decided_by=("tls",)),
    VerdictInfo(TLS_MITM, True, _TAMPER_COLOUR, "◆", QT_TRANSLATE_NOOP("Verdict", "Intercepted (certificate)"),
                QT_TRANSLATE_NOOP("Banner", "by interception (a certificate not valid for it)"), "http-failure",
                decided_by=("tls",)),
    VerdictInfo(HTTP_BLOCKPAGE, True, _TAMPER_COLOUR, "◆", QT_TRANSLATE_NOOP("Verdict", "Blocked (blockpage)"),
                QT_TRANSLATE_NOOP("Banner", "with a blockpage"), "http-diff",
                decided_by=("http", "http_unverified", "tls")),  # a blockpage, or one behind a certificate not valid
    VerdictInfo(THROTTLED, True, _SLOW_COLOUR, "▼", QT_TRANSLATE_NOOP("Verdict", "Throttled"),
                QT_TRANSLATE_NOOP("Banner", "by throttling (it loads far slower than other platforms)"), None,
                decided_by=("throughput",)),
    VerdictInfo(PLATFORM_DOWN, False, _DOWN_COLOUR, "▲", QT_TRANSLATE_NOOP("Verdict", "Platform down"), None, None),
    VerdictInfo(INCONCLUSIVE, False, _UNKNOWN_COLOUR, "?", QT_TRANSLATE_NOOP("Verdict", "Unclear"), None, None),
    VerdictInfo(OK, False, _OK_COLOUR, "✔", QT_TRANSLATE_NOOP("Verdict", "Works"), None, False),
)
BY_NAME: dict[str, VerdictInfo] = {v.name: v for v in VERDICTS}
SEVERITY: tuple[str, ...] = tuple(v.name for v in VERDICTS)
NAMES = frozenset(SEVERITY)
# Verdicts that accuse someone of interfering: confirmed before they are given, withheld behind a VPN.
BLOCKING = frozenset(v.name for v in VERDICTS if v.accuses)
ABOUT_CONNECTION = frozenset(v.name for v in VERDICTS if v.about_connection)
RANK: dict[str, int] = {name: i for i, name in enumerate(SEVERITY)}  # 0 = most severe


def info(name: str) -> VerdictInfo:
    """The entry for a verdict name; an unknown name (from a newer version's record) reads as inconclusive."""
    return BY_NAME.get(name, BY_NAME[INCONCLUSIVE])


def most_severe(names: Iterable[str]) -> str:
    """The most severe of some verdict names (ok when there are none)."""
    present = set(names)
    return next((v for v in SEVERITY if v in present), OK)


# What each catalogue role of an endpoint is, in words: a partial block says which parts are affected (the
# banner's context, since the banner and the tiles both say it).
ROLE_WORDS: dict[str, str] = {
    "web": QT_TRANSLATE_NOOP("Banner", "web site"),
    "api": QT_TRANSLATE_NOOP("Banner", "API"),
    "media": QT_TRANSLATE_NOOP("Banner", "media"),
    "app": QT_TRANSLATE_NOOP("Banner", "app connections"),
    "extra": QT_TRANSLATE_NOOP("Banner", "other hosts"),
}
