"""A small catalogue for engine tests: a few platforms of each endpoint kind, plus the four real controls."""

from __future__ import annotations

from desktop_app.probes.catalogue.model import Catalogue, Endpoint, Expectation, Platform


def _controls() -> Platform:
    checks = (
        ("http://connectivitycheck.gstatic.com/generate_204", Expectation(204, body_equals="")),
        ("http://detectportal.firefox.com/success.txt", Expectation(200, body_equals="success")),
        ("http://www.msftconnecttest.com/connecttest.txt", Expectation(200, body_equals="Microsoft Connect Test")),
        ("http://captive.apple.com/hotspot-detect.html", Expectation(200, body_contains="Success")),
    )
    return Platform("control", "Connectivity checks",
                    tuple(Endpoint("control", url, role="control", expect=e) for url, e in checks))


def small_catalogue() -> Catalogue:
    return Catalogue(platforms=(
        Platform("x", "X", (Endpoint("x", "https://x.com/"), Endpoint("x", "https://api.x.com/1.1/", role="api"),
                            Endpoint("x", "https://pbs.twimg.com/asset.bin", role="media", throughput=True)),
                 domains=("x.com", "twimg.com")),
        Platform("whatsapp", "WhatsApp", (Endpoint("whatsapp", "https://web.whatsapp.com/"),
                                          Endpoint("whatsapp", "tcp://e1.whatsapp.net:5222", role="app"),
                                          Endpoint("whatsapp", "https://mmg.whatsapp.net/asset.bin", role="media",
                                                   throughput=True)),
                 domains=("whatsapp.com", "whatsapp.net")),
        Platform("facebook", "Facebook", (Endpoint("facebook", "https://www.facebook.com/"),
                                          Endpoint("facebook", "tls://edge-mqtt.facebook.com:443", role="app"),
                                          Endpoint("facebook", "https://static.xx.fbcdn.net/asset.bin",
                                                   role="media", throughput=True)),
                 domains=("facebook.com", "fbcdn.net")),
        Platform("news", "A news site", (Endpoint("news", "http://news.example/", role="extra"),),
                 domains=("news.example",)),
        _controls(),
    ), digest="test")
