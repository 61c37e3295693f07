"""Which addresses the engine may contact, and which count as bogons (never contacted, evidence of tampering)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.failures import AddressNotAllowed

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


@dataclass(frozen=True)
class AddressPolicy:
    """Built once per sweep from the config; every socket the engine opens asks it first."""

    allowed: tuple[IPNetwork, ...] | None
    public: tuple[IPNetwork, ...]

    @classmethod
    def from_config(cls, config: ProbeConfig) -> AddressPolicy:
        allowed = None
        if config.allowed_networks is not None:
            allowed = tuple(ipaddress.ip_network(n) for n in config.allowed_networks)
        public = tuple(ipaddress.ip_network(n) for n in config.public_networks)
        return cls(allowed=allowed, public=public)

    def is_allowed(self, address: str) -> bool:
        if self.allowed is None:
            return True
        ip = parse_address(address)
        return ip is not None and any(ip in net for net in self.allowed)

    def check(self, address: str) -> None:
        """Raise AddressNotAllowed before a packet could leave for an address outside the allowed networks."""
        if not self.is_allowed(address):
            raise AddressNotAllowed(f"refusing to contact {address}: outside the allowed networks")

    def is_bogon(self, address: str) -> bool:
        """Private, loopback, link-local, reserved or otherwise non-global: a censor's sinkhole, not a platform."""
        ip = parse_address(address)
        if ip is None:
            return True
        if any(ip in net for net in self.public):
            return False
        return not ip.is_global
