"""Links to OONI Explorer's search for the same country, network and days as an incident (opened by the browser).

Vantage itself sends nothing: the link is shown, and only a click hands it to the person's browser.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from desktop_app.store.incidents import Incident

EXPLORER_SEARCH = "https://explorer.ooni.org/search"


def _day(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d")


def compare_url(incident: Incident, domain: str | None = None, now: float | None = None) -> str:
    """Explorer's search over the incident's UTC days (until is exclusive there, so one day more)."""
    details = next((d for d in incident.network_details if d), {})
    end = incident.end if incident.end is not None else (now if now is not None else incident.last_seen)
    params = {"since": _day(incident.start),
              "until": (datetime.fromtimestamp(end, tz=UTC) + timedelta(days=1)).strftime("%Y-%m-%d")}
    if details.get("country"):
        params["probe_cc"] = details["country"]
    if details.get("asn"):
        params["probe_asn"] = details["asn"]
    if domain:
        params["test_name"] = "web_connectivity"
        params["domain"] = domain
    return f"{EXPLORER_SEARCH}?{urlencode(params)}"
