"""Everything a sweep needs to know about how to probe, in one immutable record passed in explicitly."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace

# Independent resolvers, named by host name only (no literal addresses in defaults).
DEFAULT_DOH_URLS: tuple[str, ...] = (
    "https://dns.google/dns-query",
    "https://cloudflare-dns.com/dns-query",
    "https://dns.quad9.net/dns-query",
)
# Answers JSON with ip, country, country_iso, asn and asn_org (ifconfig.co's format; ipinfo.io's is read too).
DEFAULT_IP_LOOKUP_URL = "https://ifconfig.co/json"
# A name that no censor has reason to filter, sent as SNI to the same address to tell SNI filtering apart.
DEFAULT_SNI_SWAP_NAME = "example.org"
# OONI's own test helper, asked only when the person turns the control on (it learns what was tested).
DEFAULT_CONTROL_URL = "https://0.th.ooni.org/"
# A common browser's User-Agent, so a probe does not single the user out to an observer on the path.
DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)


@dataclass(frozen=True)
class ProbeConfig:
    """How to probe. Tests and the lab build one of these; nothing is read from globals during a sweep."""

    timeout: float = 10.0  # per network operation, seconds
    doh_urls: tuple[str, ...] = DEFAULT_DOH_URLS
    # "host" or "host:port" (IPv6 as "[addr]:port"); None means the operating system's resolver configuration.
    system_resolvers: tuple[str, ...] | None = None
    ca_file: str | None = None  # PEM bundle trusted for all TLS (DoH included); None means certifi's bundle
    ip_lookup: bool = True
    ip_lookup_url: str = DEFAULT_IP_LOOKUP_URL
    # Destination port rewriting (443 -> 18443, ...), used by the unprivileged lab on loopback only.
    port_map: dict[int, int] = field(default_factory=dict)
    # When set, the engine refuses to send a packet to any address outside these networks (the lab sets loopback).
    allowed_networks: tuple[str, ...] | None = None
    # Networks treated as ordinary public addresses although they are bogons (the lab's loopback hosts).
    public_networks: tuple[str, ...] = ()
    concurrency: int = 48  # endpoints probed at once
    addresses_per_family: int = 2  # TCP connects tried per address family before giving up
    max_redirects: int = 5
    # Bytes of an HTTP body read for its hash, title and blockpage fingerprints: blockpages and portals are a
    # few kilobytes, so more would only cost the person data (a title past 16 KiB is not recorded).
    body_cap: int = 16 * 1024
    throughput_cap: int = 256 * 1024  # bytes downloaded at most for a throughput asset, when throughput is measured
    # Download the throughput assets in full (up to throughput_cap) to judge throttling. Off, each asset is fetched
    # like any page (body_cap): blocking is still seen, throttling is not. The session turns it on once an hour.
    measure_throughput: bool = True
    confirm: bool = True  # repeat a failed step before a blocking verdict may rest on it
    sni_swap_name: str = DEFAULT_SNI_SWAP_NAME
    user_agent: str = DEFAULT_USER_AGENT
    # An OONI-compatible test helper (oohelperd's protocol) asked for a control of each endpoint; None: never asked.
    control_url: str | None = None
    # The operating system's own lookup beside the direct query: "getaddrinfo" (only where the system's resolvers are
    # used and every network may be reached), "stub" (the lab: its resolver asked as a stub resolver would) or "off".
    os_lookup: str = "getaddrinfo"

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ValueError(f"timeout must be positive, got {self.timeout!r}")
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {self.concurrency!r}")
        for net in (*(self.allowed_networks or ()), *self.public_networks):
            ipaddress.ip_network(net)  # raises ValueError naming the bad network

    @property
    def sweep_budget(self) -> float:
        """The wall-time bound of a whole sweep: 5×timeout, whatever is blocked."""
        return 5 * self.timeout

    def with_environment(self) -> ProbeConfig:
        """Honour SSL_CERT_FILE (so a lab CA works) unless a CA file was chosen explicitly."""
        if self.ca_file is None and os.environ.get("SSL_CERT_FILE"):
            return replace(self, ca_file=os.environ["SSL_CERT_FILE"])
        return self

    def mapped_port(self, port: int) -> int:
        return self.port_map.get(port, port)
