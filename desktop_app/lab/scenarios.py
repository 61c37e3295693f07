"""Named lab scenarios built from a catalogue (the demo cycles through some of them)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.lab.behaviour import HostBehaviour, Scenario
from desktop_app.probes.catalogue.model import Catalogue

# Platform ids as the catalogue names them; a scenario for a platform the catalogue lacks changes nothing.
X = "x"
YOUTUBE = "youtube"
WHATSAPP = "whatsapp"
FACEBOOK = "facebook"
INSTAGRAM = "instagram"
TIKTOK = "tiktok"


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
}

DEMO_CYCLE: tuple[str, ...] = ("all_ok", "x_sni", "youtube_dns_tampered", "shutdown", "recovery")


def build(name: str, catalogue: Catalogue) -> Scenario:
    """The named scenario for catalogue; KeyError names the unknown scenario and the known ones."""
    try:
        factory = SCENARIOS[name]
    except KeyError:
        raise KeyError(f"unknown lab scenario {name!r}; known: {', '.join(SCENARIOS)}") from None
    return factory(catalogue)
