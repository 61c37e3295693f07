"""What each lab host does (HostBehaviour), named sets of those (Scenario), and how global switches override them."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, fields, replace

from desktop_app.lab.pages import BLOCKPAGES

# Lab service names: served by the lab itself, resolvable through its DNS.
DOH_HOST = "doh.vantage.test"
IP_LOOKUP_HOST = "ip.vantage.test"
BLOCKPAGE_HOST = "blockpage.vantage.test"
PORTAL_HOST = "portal.vantage.test"
# Where an Indonesian-style injected redirect points; the lab serves that country's blockpage there.
INJECT_REDIRECT_HOST = "internetpositif.id"
SERVICE_HOSTS: tuple[str, ...] = (DOH_HOST, IP_LOOKUP_HOST, BLOCKPAGE_HOST, PORTAL_HOST, INJECT_REDIRECT_HOST)

BOGON_ADDRESS = "10.10.34.35"  # what a sinkholing resolver answers; the engine must never connect to it
OTHER_NAME = "other.vantage.test"  # the name on a `wrong_name` certificate
DEFAULT_ASSET_SIZE = 4 * 1024 * 1024
DEFAULT_THROTTLE_BPS = 16_000

# other_edge: the host's second genuine edge (same certificate and content), where DoH names the first.
DNS_MODES = ("ok", "nxdomain", "empty", "refused", "servfail", "timeout", "garbage", "forge", "bogon", "other_edge")
UNROUTED_V6 = "2001:db8::/32"  # documentation prefix: what ipv6_unrouted answers; no lab network routes it
DOH_MODES = ("ok", "nxdomain", "timeout")
TCP_MODES = ("ok", "blackhole", "refuse", "reset")
TLS_MODES = ("ok", "sni_reset", "sni_drop", "reset_any", "eof", "untrusted", "wrong_name", "expired")
HTTP_MODES = ("ok", "blockpage", "error_503", "inject_redirect", "redirect_loop", "endless_body", "slow_drip",
              "throttle", "captive", "garbage")
# TLS modes that only trigger when the ClientHello names a filtered server.
SNI_TRIGGERED = ("sni_reset", "sni_drop")

_MODES = {"dns": DNS_MODES, "doh": DOH_MODES, "tcp": TCP_MODES, "tls": TLS_MODES, "http": HTTP_MODES}


@dataclass(frozen=True)
class HostBehaviour:
    """How one host misbehaves at each layer; the default is a healthy, reachable host."""

    dns: str = "ok"  # the system (ISP) resolver's answer
    ipv6: bool = False  # with dns=ok, also answer AAAA ::1 and serve the host on [::1] (one host at a time)
    forge_to: str | None = None  # dns=forge: an address or lab host name; None means the blockpage host
    doh: str = "ok"  # the independent (DoH) resolver's answer
    tcp: str = "ok"
    tls: str = "ok"
    sni_names: tuple[str, ...] = ()  # extra server names that trigger sni_reset / sni_drop on this host
    other_name: str = OTHER_NAME  # the name on the certificate tls=wrong_name presents
    http: str = "ok"
    blockpage: str = "pk"  # which page http=blockpage serves: a key of pages.BLOCKPAGES ("pk", "id")
    asset_size: int = DEFAULT_ASSET_SIZE  # bytes of a throughput asset
    throttle_bps: int = DEFAULT_THROTTLE_BPS  # http=throttle: body bytes per second
    # A blip: misbehave for the first N events only (DNS queries per type, connections, TLS hellos naming the
    # host), then behave. 0 means for ever.
    heal_after: int = 0

    def __post_init__(self) -> None:
        for name, allowed in _MODES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"HostBehaviour.{name}: {value!r} is not one of {', '.join(allowed)}")
        if self.blockpage not in BLOCKPAGES:
            raise ValueError(f"HostBehaviour.blockpage: {self.blockpage!r} is not one of {', '.join(BLOCKPAGES)}")
        if self.asset_size < 0:
            raise ValueError(f"HostBehaviour.asset_size: must not be negative, got {self.asset_size!r}")
        if self.heal_after < 0:
            raise ValueError(f"HostBehaviour.heal_after: must not be negative, got {self.heal_after!r}")
        if self.throttle_bps < 1:
            raise ValueError(f"HostBehaviour.throttle_bps: must be at least 1, got {self.throttle_bps!r}")
        if isinstance(self.sni_names, str):
            raise ValueError(f"HostBehaviour.sni_names: must be a tuple of names, got the string {self.sni_names!r}")
        object.__setattr__(self, "sni_names", tuple(n.rstrip(".").lower() for n in self.sni_names))

    def changed(self) -> dict[str, object]:
        """The fields that differ from the healthy default (for logs and the demo)."""
        default = HostBehaviour()
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}


OK = HostBehaviour()


@dataclass(frozen=True)
class Scenario:
    """A named network condition: per-host behaviours plus switches that affect the whole lab."""

    name: str
    description: str = ""  # one plain sentence, shown by the demo
    hosts: dict[str, HostBehaviour] = field(default_factory=dict)
    resolver_dead: bool = False  # the plain DNS server never answers anything
    doh_dead: bool = False  # the DoH server's host is blackholed
    shutdown: bool = False  # every host blackholed; the resolver still answers
    captive_portal: bool = False  # hosts redirect to the portal over HTTP and present its certificate over TLS
    ipv6_unrouted: bool = False  # every AAAA answer names an IPv6 address, on a network with no IPv6 route

    def behaviour(self, host: str) -> HostBehaviour:
        """The host's behaviour with the global switches applied on top."""
        b = self.hosts.get(host, OK)
        if self.captive_portal and host != PORTAL_HOST:
            b = replace(b, tls="wrong_name", other_name=PORTAL_HOST, http="captive")
        if self.shutdown or (self.doh_dead and host == DOH_HOST):
            b = replace(b, tcp="blackhole")
        return b

    def ipv6_host(self) -> str | None:
        chosen = [h for h, b in self.hosts.items() if b.ipv6]
        return chosen[0] if chosen else None

    def validate(self, known_hosts: set[str] | frozenset[str]) -> None:
        """Raise ValueError naming the scenario and the entry when it cannot be applied to this lab."""
        unknown = sorted(set(self.hosts) - set(known_hosts))
        if unknown:
            raise ValueError(f"scenario {self.name!r}: hosts not in this lab: {', '.join(unknown)}")
        chosen = sorted(h for h, b in self.hosts.items() if b.ipv6)
        if len(chosen) > 1:
            raise ValueError(f"scenario {self.name!r}: ipv6 is served for one host at a time, got {', '.join(chosen)}")
        for host, b in self.hosts.items():
            if not isinstance(b, HostBehaviour):
                raise ValueError(f"scenario {self.name!r}: {host}: expected a HostBehaviour, got {type(b).__name__}")
            if b.forge_to is not None:
                try:
                    ipaddress.ip_address(b.forge_to)
                except ValueError:
                    if b.forge_to not in known_hosts:
                        raise ValueError(f"scenario {self.name!r}: {host}: forge_to {b.forge_to!r} is neither an "
                                         f"address nor a lab host") from None
