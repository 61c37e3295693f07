"""The bodies the lab serves: ordinary pages, the controls' documented answers, blockpages and the captive portal."""

from __future__ import annotations

import html

from desktop_app.probes.catalogue.model import Endpoint

# Blockpages as censors serve them. Their distinctive strings match resources/blockpages.toml (the engine's
# fingerprints: pk-pta-prohibited, id-internet-positif-title, id-internetpositif-redirect); tests/test_lab.py checks.
PK_BLOCKPAGE_MARKER = ("The site you are trying to access contains content that is prohibited for viewership from "
                       "within Pakistan")
ID_BLOCKPAGE_MARKER = "Internet Positif"
INJECT_REDIRECT_URL = "http://internetpositif.id/"
PORTAL_URL = "http://portal.vantage.test/login"

BLOCKPAGES: dict[str, bytes] = {
    "pk": (
        "<html><head><title>Site Blocked</title></head><body>"
        f"<p>{PK_BLOCKPAGE_MARKER}.</p>"
        "<p>Pakistan Telecommunication Authority</p></body></html>\n"
    ).encode(),
    "id": (
        f"<html><head><title>{ID_BLOCKPAGE_MARKER}</title></head><body>"
        "<h1>Internet Positif</h1><p>Situs yang Anda tuju tidak dapat diakses.</p></body></html>\n"
    ).encode(),
}

PORTAL_PAGE = (
    b"<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>"
    b"<h1>Sign in to the network</h1><form method=\"post\" action=\"/login\">"
    b"<input name=\"room\"><button>Connect</button></form></body></html>\n"
)

# The connectivity checks' answers, byte for byte as their vendors serve them.
CONTROL_BODIES: dict[str, bytes] = {
    "http://connectivitycheck.gstatic.com/generate_204": b"",
    "http://detectportal.firefox.com/success.txt": b"success\n",
    "http://www.msftconnecttest.com/connecttest.txt": b"Microsoft Connect Test",
    "http://captive.apple.com/hotspot-detect.html":
        b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
}


def control_body(endpoint: Endpoint) -> bytes:
    """The body a connectivity check answers: the vendor's own when known, else built from its expectation."""
    known = CONTROL_BODIES.get(endpoint.url)
    if known is not None:
        return known
    expect = endpoint.expect
    if expect is None or expect.status == 204:
        return b""
    if expect.body_equals is not None:
        return expect.body_equals.encode()
    if expect.body_contains is not None:
        text = html.escape(expect.body_contains)
        return f"<HTML><HEAD><TITLE>{text}</TITLE></HEAD><BODY>{text}</BODY></HTML>".encode()
    return b""


def host_page(host: str) -> bytes:
    name = html.escape(host)
    return (f"<!DOCTYPE html><html><head><title>{name}</title></head><body><h1>{name}</h1>"
            f"<p>This is the lab's copy of {name}.</p></body></html>\n").encode()


def not_found_page(path: str) -> bytes:
    return f"<html><head><title>404 Not Found</title></head><body>{html.escape(path[:200])}</body></html>\n".encode()


UNAVAILABLE_PAGE = b"<html><head><title>503 Service Unavailable</title></head><body>Try again later.</body></html>\n"
