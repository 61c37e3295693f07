"""The state of the user's own network: is there a route, does it go through a VPN, and what the controls say."""

from __future__ import annotations

import re
import socket
from collections.abc import Sequence
from dataclasses import dataclass

import psutil

from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.probes.catalogue.model import Endpoint
from desktop_app.probes.observations import Attempt
from desktop_app.probes.verdicts import CAPTIVE_PORTAL, OK, Verdict

# A documentation address (RFC 5737 TEST-NET-2). Connecting a UDP socket to it sends no packet; it only asks the
# kernel which route and source address ordinary traffic would use, policy routing (WireGuard, OpenVPN) included.
ROUTE_QUESTION_V4 = "198.51.100.1"
ROUTE_QUESTION_V6 = "2001:db8::1"  # RFC 3849 documentation prefix, same purpose

VPN_INTERFACE = re.compile(
    r"^(tun|tap|wg|utun|ppp|ipsec|gpd|zt|tailscale|nordlynx|proton|mullvad|wireguard)\d*|vpn|wireguard|openvpn"
    r"|tap-windows|wintun|cisco anyconnect|globalprotect",
    re.IGNORECASE,
)

ONLINE = "online"
OFFLINE_STATE = "offline"
CAPTIVE_STATE = "captive_portal"

NO_ROUTE = "no_route"
RESOLVER_UNREACHABLE = "resolver_unreachable"
BEYOND_RESOLVER_DOWN = "beyond_resolver_down"
NOTHING_REACHABLE = "nothing_reachable"

OFFLINE_SENTENCES = {
    NO_ROUTE: QT_TRANSLATE_NOOP("Banner", "this computer has no route to the internet: the local network is down"),
    RESOLVER_UNREACHABLE: QT_TRANSLATE_NOOP("Banner", "the system resolver does not answer: the local network or "
                                                      "its resolver is down"),
    BEYOND_RESOLVER_DOWN: QT_TRANSLATE_NOOP("Banner", "the resolver answers but nothing beyond it can be reached: "
                                                      "the internet is cut past the local network"),
    NOTHING_REACHABLE: QT_TRANSLATE_NOOP("Banner", "no connectivity check and no platform could be reached"),
}


@dataclass(frozen=True)
class Route:
    has_route: bool
    interface: str | None = None
    local_address: str | None = None

    @property
    def vpn_interface(self) -> str | None:
        return self.interface if self.interface and is_vpn_interface(self.interface) else None


def is_vpn_interface(name: str) -> bool:
    return bool(VPN_INTERFACE.search(name))


def _source_address(family: socket.AddressFamily, question: str) -> str | None:
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect((question, 9))
            return str(sock.getsockname()[0])
    except OSError:
        return None


def interface_of(local_address: str) -> str | None:
    for name, addrs in psutil.net_if_addrs().items():
        if any(a.address.split("%")[0] == local_address for a in addrs):
            return name
    return None


def default_route() -> Route:
    """Which interface carries ordinary traffic; no packet is sent to find out."""
    for family, question in ((socket.AF_INET, ROUTE_QUESTION_V4), (socket.AF_INET6, ROUTE_QUESTION_V6)):
        local = _source_address(family, question)
        if local is not None:
            return Route(has_route=True, interface=interface_of(local), local_address=local)
    return Route(has_route=False)


@dataclass(frozen=True)
class NetworkState:
    state: str  # online | offline | captive_portal
    detail: str | None = None  # for offline: which part of the path is down
    vpn_interface: str | None = None

    @property
    def sentence(self) -> str | None:
        if self.state == OFFLINE_STATE and self.detail:
            return OFFLINE_SENTENCES[self.detail]
        return None

    def json(self) -> dict[str, str]:
        out = {"state": self.state}
        if self.detail:
            out["detail"] = self.detail
        return out


def _reached(endpoint: Endpoint, attempt: Attempt, verdict: Verdict) -> bool:
    """Proof the internet works here: a control gave its expected answer or a certificate validated."""
    if endpoint.expect is not None:
        return verdict.verdict == OK
    return attempt.tls is not None and attempt.tls.ok


def assess_network(results: Sequence[tuple[Endpoint, Attempt, Verdict]], route: Route) -> NetworkState:
    vpn = route.vpn_interface
    if any(_reached(e, a, v) for e, a, v in results):
        return NetworkState(ONLINE, vpn_interface=vpn)
    if any(e.expect is not None and v.verdict == CAPTIVE_PORTAL for e, a, v in results):
        return NetworkState(CAPTIVE_STATE, vpn_interface=vpn)
    if not route.has_route:
        return NetworkState(OFFLINE_STATE, NO_ROUTE, vpn)
    dns_answered = any(a.dns_system is not None and a.dns_system.rcode is not None for _, a, _ in results)
    if not dns_answered:
        return NetworkState(OFFLINE_STATE, RESOLVER_UNREACHABLE, vpn)
    connected = any(a.connected is not None for _, a, _ in results)
    if not connected:
        return NetworkState(OFFLINE_STATE, BEYOND_RESOLVER_DOWN, vpn)
    return NetworkState(OFFLINE_STATE, NOTHING_REACHABLE, vpn)
