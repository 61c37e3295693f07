"""The evidence bytes (certificate chains, blockpage bodies): kept once each, named by hash, carried and checked."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zipfile

import pytest
from cryptography import x509

from desktop_app.app.evidence_bytes import sweep_evidence
from desktop_app.evidence import names
from desktop_app.evidence.crypto import keys
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.evidence.verify.verifier import verify_bundle
from desktop_app.lab import HostBehaviour, Lab, Scenario
from desktop_app.probes.fingerprints import load_fingerprints
from desktop_app.probes.network import Route
from desktop_app.probes.sweep import run_sweep
from desktop_app.store import blobs
from desktop_app.store.log import HistoryStore, default_db_path
from tests.lab_catalogue import small_catalogue
from tests.test_evidence_bundle import resign

ROUTE = Route(has_route=True, interface="eth0", local_address="192.0.2.10")
BLOCKING = {"news.example": HostBehaviour(http="blockpage"), "edge-mqtt.facebook.com": HostBehaviour(tls="wrong_name")}
SWEEPS = 3


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """Three lab sweeps stored the way the session stores them: evidence bytes first, then the block."""
    catalogue = small_catalogue()
    data = tmp_path_factory.mktemp("data")
    results = []
    with Lab(catalogue, tmp_path_factory.mktemp("lab")) as lab, HistoryStore.open(default_db_path(data)) as store:
        lab.apply(Scenario(name="blocked", hosts=BLOCKING))
        for _ in range(SWEEPS):
            result = run_sweep(catalogue, lab.probe_config(timeout=1.0), load_fingerprints(), route=ROUTE)
            blobs.keep(store.connection, sweep_evidence(result))
            store.append_sweep(result.context, result.records(), result.sensitive)
            results.append(result)
    return data, results


def test_every_handshake_names_its_chain_and_the_store_holds_each_certificate_once(stored):
    data, results = stored
    with HistoryStore.open(default_db_path(data)) as store:
        conn = store.connection
        certs = blobs.kept(conn, blobs.CERT)
        for record in results[0].records():
            for step in record["steps"]:
                if step["step"] in ("tls", "tls_unverified", "sni_swap") and not step.get("failure"):
                    assert step["chain"] and step["chain"][0] == step["leaf_sha256"]
                    assert set(step["chain"]) <= certs
                    leaf = x509.load_der_x509_certificate(blobs.get(conn, step["chain"][0]) or b"")
                    assert leaf.subject.rfc4514_string() == step["subject"]
        # the same certificates every sweep: stored once
        named = {h for r in results for rec in r.records() for s in rec["steps"] for h in s.get("chain", ())}
        assert named == certs


def test_a_blockpage_is_kept_once_and_ok_bodies_once_a_day(stored):
    data, results = stored
    with HistoryStore.open(default_db_path(data)) as store:
        conn = store.connection
        bodies = blobs.kept(conn, blobs.BODY)
        pages = set()
        for result in results:
            for record in result.records():
                for step in record["steps"]:
                    if step["step"] == "http" and step.get("body_sha256") and record["verdict"] != "ok":
                        assert step["body_sha256"] in bodies
                        pages.add(step["body_sha256"])
        assert len(pages) == 1  # the blockpage, seen in every sweep, is one blob
        blockpage = blobs.get(conn, pages.pop())
        assert blockpage is not None and b"Pakistan Telecommunication Authority" in blockpage
        ok_urls = {r["url"] for r in results[0].records() if r["verdict"] == "ok"
                   and any(s.get("body_sha256") for s in r["steps"]) and not r["url"].endswith("asset.bin")}
        days = {u for (u,) in conn.execute("SELECT url FROM blob_days")}
        assert days == ok_urls  # one reference per endpoint for today, not one per sweep; no throughput assets
        assert blobs.get(conn, "00" * 32) is None and blobs.get(conn, "not hex") is None


def test_bundle_carries_the_bytes_and_verify_checks_them(stored, tmp_path):
    data, _ = stored
    out = tmp_path / "evidence.zip"
    with HistoryStore.open(default_db_path(data)) as store:
        export_bundle(store, ExportRequest(0, 4e9, None, redact_ip=True), out, tmp_path / "keys")
        kept = blobs.kept(store.connection)
    result = verify_bundle(out)
    assert result.ok, [c.detail for c in result.checks if not c.ok]
    with zipfile.ZipFile(out) as z:
        carried = {n[len(names.BLOBS):] for n in z.namelist() if n.startswith(names.BLOBS)}
        assert carried and carried <= kept
        for sha in carried:
            assert hashlib.sha256(z.read(names.blob(sha))).hexdigest() == sha
        ooni = [json.loads(line) for line in gzip.decompress(z.read(names.OONI)).splitlines()]
    page = next(m for m in ooni if m["input"] == "http://news.example/")
    assert "Pakistan Telecommunication Authority" in page["test_keys"]["requests"][0]["response"]["body"]
    mitm = next(m for m in ooni if m["input"] == "tlshandshake://edge-mqtt.facebook.com:443")
    shown = next(h for h in mitm["test_keys"]["tls_handshakes"] if "tls_unverified" in h["tags"])
    der = base64.b64decode(shown["peer_certificates"][0]["data"])
    assert hashlib.sha256(der).hexdigest() == shown["x_leaf_sha256"]
    nettests = pytest.importorskip("oonidata.models.nettests")
    typed = nettests.UrlGetter.from_dict(page)
    assert typed.test_keys.requests[0].response.body
    assert nettests.UrlGetter.from_dict(mitm).test_keys.tls_handshakes[1].peer_certificates

    # A blob swapped for other bytes, the sums re-made and signed again with the same key: caught by its name
    victim = sorted(carried)[0]
    signer = keys.load_or_create(tmp_path / "keys")
    forged = resign(out, tmp_path / "tampered.zip", lambda n, d: b"forged" + d if n == names.blob(victim) else d,
                    signer)
    checks = {c.name: c.ok for c in verify_bundle(forged).checks}
    assert checks["signature"] is True and checks["evidence bytes"] is False


def test_a_daily_reference_page_is_stored_against_the_previous_day(tmp_path):
    base = b"".join(b"<p>paragraph %d of the lab's front page, with its ordinary words</p>" % i for i in range(3000))
    with HistoryStore.open(default_db_path(tmp_path)) as store:
        conn = store.connection
        pages = [base.replace(b"paragraph 7 ", b"paragraph %d " % (9000 + day)) for day in range(10)]
        for day, page in enumerate(pages):
            for _ in range(3):  # several sweeps a day: the first ok one is the day's reference
                blobs.keep(conn, [blobs.Evidence("https://x.com/", 20000 + day, True, (), (page,))])
        rows = conn.execute("SELECT depth, length(data) FROM blobs ORDER BY depth").fetchall()
        assert len(rows) == 10 and [d for d, _ in rows].count(0) == 2  # stored alone every MAX_DEPTH + 1 days
        alone = max(n for d, n in rows if d == 0)
        assert all(n < alone / 5 for d, n in rows if d > 0)  # a day's change costs little
        for page in pages:
            assert blobs.get(conn, hashlib.sha256(page).hexdigest()) == page
