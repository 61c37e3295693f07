"""The public IP and its network (ASN, ISP, country), from a configurable lookup service; optional."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass

import httpx

from desktop_app.probes import failures

MAX_BODY = 16 * 1024


@dataclass(frozen=True)
class NetworkIdentity:
    ip: str | None = None
    asn: str | None = None
    isp: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 when the service gives it
    failure: str | None = None


def parse_identity(data: object) -> NetworkIdentity:
    """Read ifconfig.co's fields (ip, asn, asn_org, country_iso) or ipinfo.io's (ip, org "AS123 Name", country)."""
    if not isinstance(data, dict):
        return NetworkIdentity(failure="ip_lookup_invalid_response")
    ip = data.get("ip")
    asn = data.get("asn")
    isp = data.get("asn_org") or data.get("isp")
    org = data.get("org")
    if isinstance(org, str) and org.startswith("AS") and " " in org:
        asn = asn or org.split(" ", 1)[0]
        isp = isp or org.split(" ", 1)[1]
    if isinstance(asn, int):
        asn = f"AS{asn}"
    country = data.get("country_iso") or data.get("country")
    fields = [ip, asn, isp, country]
    if not all(f is None or isinstance(f, str) for f in fields):
        return NetworkIdentity(failure="ip_lookup_invalid_response")
    if isinstance(country, str) and len(country) != 2:
        country = None
    return NetworkIdentity(ip=ip, asn=asn, isp=isp, country=country)


async def lookup_identity(client: httpx.AsyncClient, url: str, timeout: float) -> NetworkIdentity:
    try:
        async with asyncio.timeout(timeout):
            async with client.stream("GET", url, headers={"accept": "application/json"}) as response:
                if response.status_code != 200:
                    return NetworkIdentity(failure=f"ip_lookup_http_{response.status_code}")
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body += chunk
                    if len(body) > MAX_BODY:
                        return NetworkIdentity(failure="ip_lookup_invalid_response")
        return parse_identity(json.loads(bytes(body)))
    except (ValueError, UnicodeDecodeError):
        return NetworkIdentity(failure="ip_lookup_invalid_response")
    except Exception as exc:  # noqa: BLE001 - the lookup is context, never a reason to fail a sweep
        return NetworkIdentity(failure=failures.classify_exception(exc))
