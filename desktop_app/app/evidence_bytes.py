"""Gathers a sweep's evidence bytes (certificate chains, response bodies) for the store's content-addressed blobs."""

from __future__ import annotations

from typing import Any

from desktop_app.probes.observations import Attempt, HttpResult, TlsResult
from desktop_app.probes.sweep import SweepResult
from desktop_app.store.blobs import Evidence


def _results(attempt: Attempt) -> list[Any]:
    found: list[Any] = [attempt.tls, attempt.tls_unverified, attempt.sni_swap, attempt.http, attempt.http_unverified]
    for confirmation in attempt.confirmations:
        found.extend(confirmation.results)
    return [r for r in found if r is not None]


def sweep_evidence(result: SweepResult) -> list[Evidence]:
    """One Evidence per measurement that holds any bytes: every chain presented, every body read."""
    out: list[Evidence] = []
    for measurement in result.measurements:
        results = _results(measurement.attempt)
        certs = tuple(der for r in results if isinstance(r, TlsResult) for der in r.chain_der)
        bodies = tuple(r.body for r in results if isinstance(r, HttpResult) and r.body)
        if certs or bodies:
            out.append(Evidence(measurement.endpoint.url, int(measurement.measured_at // 86400),
                                measurement.verdict.verdict == "ok", certs, bodies,
                                reference=not measurement.endpoint.throughput))
    return out
