"""The operating system's lookup beside the direct UDP query, and how OONI's export shows it."""

from __future__ import annotations

import asyncio
import socket

from desktop_app.evidence.formats import ooni
from desktop_app.lab import HostBehaviour, Lab, Scenario
from desktop_app.probes.addresses import AddressPolicy
from desktop_app.probes.config import ProbeConfig
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep
from desktop_app.probes.system_lookup import gai_failure, getaddrinfo_lookup, os_lookup
from tests.lab_catalogue import small_catalogue

ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")


def test_getaddrinfo_reads_what_applications_get():
    # "localhost" comes from the hosts file: no packet leaves this computer.
    result = asyncio.run(getaddrinfo_lookup("localhost", timeout=5.0, origin=0.0))
    assert result.resolver == "getaddrinfo" and result.failure is None
    assert set(result.answers) & {"127.0.0.1", "::1"} and len(result.answers) == len(set(result.answers))


def test_getaddrinfo_errors_map_onto_oonis_failures():
    assert gai_failure(socket.gaierror(socket.EAI_NONAME, "Name or service not known")) == "dns_nxdomain_error"
    assert gai_failure(socket.gaierror(socket.EAI_AGAIN, "Temporary failure")) == "dns_temporary_failure"
    assert gai_failure(TimeoutError()) == "generic_timeout_error"


def test_the_real_getaddrinfo_is_never_asked_where_the_engine_is_restricted():
    policy = AddressPolicy.from_config(ProbeConfig(allowed_networks=("127.0.0.0/8",)))
    for mode, restricted in (("getaddrinfo", True), ("off", False), ("off", True)):
        found = asyncio.run(os_lookup("example.org", mode, restricted=restricted, nameservers=(), policy=policy,
                                      timeout=1.0, origin=0.0))
        assert found is None


def test_the_lab_stub_lookup_is_exported_as_oonis_getaddrinfo(tmp_path):
    catalogue = small_catalogue()
    with Lab(catalogue, tmp_path) as lab:
        lab.apply(Scenario(name="dns", hosts={"web.whatsapp.com": HostBehaviour(dns="nxdomain")}))
        config = lab.probe_config(timeout=1.0, os_lookup="stub")
        result = run_sweep(catalogue, config, load_fingerprints(), route=ROUTE)
    records = {r["url"]: r for r in result.records()}
    blocked, fine = records["https://web.whatsapp.com/"], records["https://www.facebook.com/"]
    assert blocked["verdict"] == "dns_blocked" and fine["verdict"] == "ok"
    os_step = next(s for s in blocked["steps"] if s.get("resolver") == "getaddrinfo_lab")
    assert os_step["failure"] == "dns_nxdomain_error"
    m = ooni.to_ooni(blocked, result.context, seed="s", redact_ip=True)
    gai = [q for q in m["test_keys"]["queries"] if q["engine"] == "getaddrinfo"]
    assert len(gai) == 1 and gai[0]["query_type"] == "ANY" and gai[0]["failure"] == "dns_nxdomain_error"
    assert "classic" in gai[0]["tags"] and gai[0]["rcode"] == 3
    ok = ooni.to_ooni(fine, result.context, seed="s", redact_ip=True)
    gai_ok = next(q for q in ok["test_keys"]["queries"] if q["engine"] == "getaddrinfo")
    assert gai_ok["failure"] is None and gai_ok["answers"]
