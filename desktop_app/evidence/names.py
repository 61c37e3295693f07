"""The names of the files inside an evidence bundle, in one place for the exporter, the verifier and the docs."""

from __future__ import annotations

MANIFEST = "manifest.json"
MEASUREMENTS = "measurements.jsonl"
PROOFS = "proofs.jsonl"
BLOCKS = "blocks.jsonl"
DISCLOSURES = "disclosures.json"
CSV = "measurements.csv"
INCIDENTS = "incidents.json"
OONI = "ooni/measurements.jsonl.gz"  # OONI publishes its raw measurements as gzipped JSONL too
REPORT_HTML = "report.html"
REPORT_PDF = "report.pdf"
VERIFY = "VERIFY.txt"
ALLOWED_SIGNERS = "allowed_signers"
SIGNER_PUB = "signer.pub"
SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.sig"
TIMESTAMP = "SHA256SUMS.sig.tsr"
BLOBS = "blobs/"  # the evidence bytes (certificates, bodies) the measurements name, each under its SHA-256


def blob(sha256: str) -> str:
    return f"{BLOBS}{sha256}"


# Not listed in SHA256SUMS: the list itself, its signature, and the token over that signature.
UNLISTED = (SUMS, SIGNATURE, TIMESTAMP)
