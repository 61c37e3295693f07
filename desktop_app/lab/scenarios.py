"""Named lab scenarios built from a catalogue (the demo cycles through some of them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.common import vocabulary as W
from desktop_app.lab.behaviour import HostBehaviour, Scenario
from desktop_app.probes.catalogue.model import Catalogue

# Platform ids as the catalogue names them; a scenario for a platform the catalogue lacks changes nothing.
X = "x"
YOUTUBE = "youtube"
WHATSAPP = "whatsapp"
FACEBOOK = "facebook"
INSTAGRAM = "instagram"
TIKTOK = "tiktok"
TELEGRAM = "telegram"
SIGNAL = "signal"
WIKIPEDIA = "wikipedia"


def platform_hosts(catalogue: Catalogue, platform_id: str) -> tuple[str, ...]:
    """The hosts of the platform's endpoints, or () when the catalogue has no such platform."""
    try:
        platform = catalogue.platform(platform_id)
    except KeyError:
        return ()
    return tuple(sorted({e.host for e in platform.endpoints}))


def _throughput_hosts(catalogue: Catalogue, platform_id: str) -> tuple[str, ...]:
    try:
        platform = catalogue.platform(platform_id)
    except KeyError:
        return ()
    return tuple(sorted({e.host for e in platform.endpoints if e.throughput}))


def _role_only_hosts(catalogue: Catalogue, platform_id: str, role: str) -> tuple[str, ...]:
    """The platform's hosts whose every endpoint has this role (a media-only host, say)."""
    try:
        platform = catalogue.platform(platform_id)
    except KeyError:
        return ()
    hosts = {e.host for e in platform.endpoints}
    return tuple(sorted(h for h in hosts if all(e.role == role for e in platform.endpoints if e.host == h)))


def _all(hosts: tuple[str, ...], behaviour: HostBehaviour) -> dict[str, HostBehaviour]:
    return {h: behaviour for h in hosts}


def all_ok(catalogue: Catalogue) -> Scenario:
    return Scenario("all_ok", "Every platform is reachable: nothing interferes with the connection.")


def recovery(catalogue: Catalogue) -> Scenario:
    return Scenario("recovery", "The connection is restored and every platform is reachable again.")


def x_sni(catalogue: Catalogue) -> Scenario:
    return Scenario("x_sni", "X is blocked by its server name: connections naming it are reset during the handshake.",
                    _all(platform_hosts(catalogue, X), HostBehaviour(tls="sni_reset")))


def youtube_dns_tampered(catalogue: Catalogue) -> Scenario:
    return Scenario("youtube_dns_tampered",
                    "The internet provider's resolver sends YouTube's names to a blockpage server.",
                    _all(platform_hosts(catalogue, YOUTUBE), HostBehaviour(dns="forge")))


def shutdown(catalogue: Catalogue) -> Scenario:
    return Scenario("shutdown", "The internet is shut down: the resolver answers but nothing beyond it can be reached.",
                    shutdown=True)


def whatsapp_tcp_blocked(catalogue: Catalogue) -> Scenario:
    return Scenario("whatsapp_tcp_blocked", "Connections to WhatsApp's servers are silently dropped.",
                    _all(platform_hosts(catalogue, WHATSAPP), HostBehaviour(tcp="blackhole")))


def captive_portal(catalogue: Catalogue) -> Scenario:
    return Scenario("captive_portal", "A captive portal intercepts every connection until you sign in.",
                    captive_portal=True)


def facebook_dns_blocked(catalogue: Catalogue) -> Scenario:
    return Scenario("facebook_dns_blocked", "The internet provider's resolver says Facebook's names do not exist.",
                    _all(platform_hosts(catalogue, FACEBOOK), HostBehaviour(dns="nxdomain")))


def instagram_throttled(catalogue: Catalogue) -> Scenario:
    return Scenario("instagram_throttled", "Instagram's media is slowed to a trickle.",
                    _all(_throughput_hosts(catalogue, INSTAGRAM), HostBehaviour(http="throttle")))


def tiktok_down(catalogue: Catalogue) -> Scenario:
    return Scenario("tiktok_down", "TikTok's own servers are failing and answer with errors.",
                    _all(platform_hosts(catalogue, TIKTOK), HostBehaviour(http="error_503")))


def telegram_tcp_reset(catalogue: Catalogue) -> Scenario:
    return Scenario("telegram_tcp_reset", "Connections to Telegram's servers are reset as soon as they open.",
                    _all(platform_hosts(catalogue, TELEGRAM), HostBehaviour(tcp="reset")))


def signal_tls_mitm(catalogue: Catalogue) -> Scenario:
    return Scenario("signal_tls_mitm", "A middlebox intercepts Signal's connections with a certificate of its own.",
                    _all(platform_hosts(catalogue, SIGNAL), HostBehaviour(tls="untrusted")))


def wikipedia_blockpage(catalogue: Catalogue) -> Scenario:
    return Scenario("wikipedia_blockpage", "Wikipedia's connections are intercepted and answered with a blockpage.",
                    _all(platform_hosts(catalogue, WIKIPEDIA), HostBehaviour(tls="wrong_name", http="blockpage")))


def whatsapp_media_dns(catalogue: Catalogue) -> Scenario:
    return Scenario("whatsapp_media_dns", "WhatsApp's media servers do not resolve; its chat and web front still "
                                          "work (as in Pakistan in July 2024).",
                    _all(_role_only_hosts(catalogue, WHATSAPP, "media"), HostBehaviour(dns="nxdomain")))


def ipv6_unrouted(catalogue: Catalogue) -> Scenario:
    return Scenario("ipv6_unrouted", "Every name also resolves to an IPv6 address, on a network without IPv6.",
                    ipv6_unrouted=True)


def youtube_other_edge(catalogue: Catalogue) -> Scenario:
    return Scenario("youtube_other_edge", "The internet provider's resolver sends YouTube's names to other "
                                          "genuine edges of its network than the independent resolver does.",
                    _all(platform_hosts(catalogue, YOUTUBE), HostBehaviour(dns="other_edge")))


SCENARIOS: dict[str, Callable[[Catalogue], Scenario]] = {
    "all_ok": all_ok,
    "x_sni": x_sni,
    "youtube_dns_tampered": youtube_dns_tampered,
    "shutdown": shutdown,
    "recovery": recovery,
    "whatsapp_tcp_blocked": whatsapp_tcp_blocked,
    "captive_portal": captive_portal,
    "facebook_dns_blocked": facebook_dns_blocked,
    "instagram_throttled": instagram_throttled,
    "tiktok_down": tiktok_down,
    "telegram_tcp_reset": telegram_tcp_reset,
    "signal_tls_mitm": signal_tls_mitm,
    "wikipedia_blockpage": wikipedia_blockpage,
    "whatsapp_media_dns": whatsapp_media_dns,
    "ipv6_unrouted": ipv6_unrouted,
    "youtube_other_edge": youtube_other_edge,
}


@dataclass(frozen=True)
class Technique:
    """A blocking scenario and what the engine must say about it: the platform, the verdict word, the scope."""

    scenario: str
    platform: str
    verdict: str
    scope: str = "whole"
    roles: tuple[str, ...] = ()  # the affected roles a partial block must name
    references: bool = False  # judged against the other platforms in the same sweep: sweep the whole catalogue


# Every blocking technique the lab can apply, one scenario each (bench/accuracy.py and its CI test use these).
TECHNIQUES: tuple[Technique, ...] = (
    Technique("facebook_dns_blocked", FACEBOOK, W.DNS_BLOCKED),
    Technique("youtube_dns_tampered", YOUTUBE, W.DNS_TAMPERED),
    Technique("whatsapp_tcp_blocked", WHATSAPP, W.TCP_BLOCKED),
    Technique("telegram_tcp_reset", TELEGRAM, W.TCP_RESET),
    Technique("x_sni", X, W.TLS_BLOCKED),
    Technique("signal_tls_mitm", SIGNAL, W.TLS_MITM),
    Technique("wikipedia_blockpage", WIKIPEDIA, W.HTTP_BLOCKPAGE),
    Technique("instagram_throttled", INSTAGRAM, W.THROTTLED, "partial", ("media",), references=True),
    Technique("whatsapp_media_dns", WHATSAPP, W.DNS_BLOCKED, "partial", ("media",)),
)

DEMO_CYCLE: tuple[str, ...] = ("all_ok", "x_sni", "youtube_dns_tampered", "shutdown", "recovery")


def build(name: str, catalogue: Catalogue) -> Scenario:
    """The named scenario for catalogue; KeyError names the unknown scenario and the known ones."""
    try:
        factory = SCENARIOS[name]
    except KeyError:
        raise KeyError(f"unknown lab scenario {name!r}; known: {', '.join(SCENARIOS)}") from None
    return factory(catalogue)
