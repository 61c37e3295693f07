"""From what an attempt observed to one verdict word and a plain reason: pure functions, no I/O.

The rules are documented in docs/methodology.md; change both together.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop_app.probes import failures
from desktop_app.probes.observations import Attempt, DnsResult
from desktop_app.probes.catalogue.model import Endpoint

OK = "ok"
DNS_BLOCKED = "dns_blocked"
DNS_TAMPERED = "dns_tampered"
TCP_BLOCKED = "tcp_blocked"
TCP_RESET = "tcp_reset"
TLS_BLOCKED = "tls_blocked"
TLS_MITM = "tls_mitm"
HTTP_BLOCKPAGE = "http_blockpage"
THROTTLED = "throttled"
OFFLINE = "offline"
CAPTIVE_PORTAL = "captive_portal"
PLATFORM_DOWN = "platform_down"
INCONCLUSIVE = "inconclusive"

# Most severe first: a platform takes the first of these that any of its endpoints has.
SEVERITY: tuple[str, ...] = (
    OFFLINE, CAPTIVE_PORTAL, DNS_BLOCKED, DNS_TAMPERED, TCP_BLOCKED, TCP_RESET, TLS_BLOCKED, TLS_MITM,
    HTTP_BLOCKPAGE, THROTTLED, PLATFORM_DOWN, INCONCLUSIVE, OK,
)
VERDICTS = frozenset(SEVERITY)
# Verdicts that accuse someone of interfering: re-tested before they are given, withheld behind a VPN.
BLOCKING = frozenset({DNS_BLOCKED, DNS_TAMPERED, TCP_BLOCKED, TCP_RESET, TLS_BLOCKED, TLS_MITM, HTTP_BLOCKPAGE,
                      THROTTLED})

# Throttling: the asset's rate must be below BOTH an absolute floor and a fraction of the sweep's reference.
THROTTLE_FLOOR_BPS = 125_000  # 1 Mbit/s: below this, video and images visibly stall
THROTTLE_RATIO = 0.25  # "far below": under a quarter of the median of the other platforms' assets
THROTTLE_MIN_BYTES = 8 * 1024  # less than this is not a transfer worth timing
THROTTLE_MIN_REFERENCES = 2  # other assets needed before a reference exists


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")


def most_severe(verdicts: Iterable[str]) -> str:
    present = set(verdicts)
    return next((v for v in SEVERITY if v in present), OK)


def _addresses(result: DnsResult | None) -> set[str]:
    return set(result.answers) if result is not None and result.ok else set()


def classify(endpoint: Endpoint, attempt: Attempt, is_bogon: Callable[[str], bool]) -> Verdict:
    """The verdict for one attempt at one endpoint, before sweep-wide context (offline, VPN, throttling)."""
    if attempt.cut_short:
        return Verdict(INCONCLUSIVE, "the sweep's time limit ended this measurement before it finished")
    host = endpoint.host
    system, doh = attempt.dns_system, attempt.dns_doh
    doh_ok = doh is not None and doh.ok
    if system is None:
        return Verdict(INCONCLUSIVE, "no DNS lookup was made")

    # 1. DNS through the system resolver.
    if not system.ok:
        if doh_ok:
            return Verdict(DNS_BLOCKED, f"the system resolver answered {system.failure} for {host} while "
                                        f"{doh.resolver} resolved it")
        if doh is not None and doh.failure == failures.NXDOMAIN and system.failure == failures.NXDOMAIN:
            return Verdict(INCONCLUSIVE, f"{host} does not exist according to every resolver")
        return Verdict(INCONCLUSIVE, f"the system resolver failed for {host} ({system.failure}) and no "
                                     f"independent resolver answered to compare")
    sys_addrs, doh_addrs = _addresses(system), _addresses(doh)
    if all(is_bogon(a) for a in sys_addrs):
        shown = ", ".join(sorted(sys_addrs))
        if doh_ok and not all(is_bogon(a) for a in doh_addrs):
            return Verdict(DNS_TAMPERED, f"the system resolver answered {host} with a non-public address "
                                         f"({shown}) while {doh.resolver} gave public ones")
        return Verdict(INCONCLUSIVE, f"{host} resolves only to non-public addresses ({shown}), which are "
                                     f"never contacted")
    disagree = doh_ok and not (sys_addrs & doh_addrs)
    checkable = endpoint.uses_tls  # only a certificate can prove a differing DNS answer genuine

    # 2. TCP connect.
    if not attempt.tcp:
        return Verdict(INCONCLUSIVE, "no address could be tried")
    if attempt.connected is None:
        if disagree and checkable:
            return Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with {doh.resolver} "
                                         f"and leads nowhere ({_tcp_failures(attempt)})")
        found = {t.failure for t in attempt.tcp}
        if found & {failures.REFUSED, failures.RESET}:
            return Verdict(TCP_RESET, f"connections to {host} are refused or reset ({_tcp_failures(attempt)})")
        if found <= {failures.TIMEOUT, failures.HOST_UNREACHABLE, failures.NETWORK_UNREACHABLE}:
            return Verdict(TCP_BLOCKED, f"connections to {host} time out or cannot be routed "
                                        f"({_tcp_failures(attempt)})")
        return Verdict(INCONCLUSIVE, f"connecting to {host} failed ({_tcp_failures(attempt)})")
    if attempt.linger is not None:
        if attempt.linger.failure == failures.RESET:
            return Verdict(TCP_RESET, f"the connection to {host}:{endpoint.port} is reset right after it opens")
        if attempt.linger.failure is not None:
            return Verdict(INCONCLUSIVE, f"the connection to {host}:{endpoint.port} closed right after it "
                                         f"opened ({attempt.linger.failure})")
        return Verdict(OK)

    # 3. TLS.
    tls = attempt.tls
    if tls is not None and tls.failure is not None:
        return _classify_tls(endpoint, attempt, disagree, doh_ok)

    # 4. HTTP.
    http = attempt.http
    if http is None:
        return Verdict(OK) if endpoint.scheme == "tls" else Verdict(INCONCLUSIVE, "no HTTP request was made")
    if http.blockpage is not None:
        return Verdict(HTTP_BLOCKPAGE, _blockpage_reason(host, http.blockpage, http.redirects))
    if http.failure is not None:
        return _classify_http_failure(endpoint, attempt)
    status = http.status or 0
    if endpoint.expect is not None and not endpoint.expect.matches(status, http.body):
        if status >= 500:
            return Verdict(PLATFORM_DOWN, f"{host} answered HTTP {status}")
        return Verdict(CAPTIVE_PORTAL, f"{host} did not give its expected answer (HTTP {status}"
                                       f"{', redirected to ' + http.redirects[-1]['location'] if http.redirects else ''})")
    if status >= 500:
        return Verdict(PLATFORM_DOWN, f"{host}'s own server answered HTTP {status}")
    return Verdict(OK)


def _tcp_failures(attempt: Attempt) -> str:
    return "; ".join(f"{t.address}: {t.failure}" for t in attempt.tcp if t.failure)


def _blockpage_reason(host: str, fingerprint: str, redirects: list[dict]) -> str:  # type: ignore[type-arg]
    if redirects:
        return f"{host} was redirected to {redirects[-1]['location']} (blockpage {fingerprint})"
    return f"{host} answered with a known blockpage ({fingerprint})"


def _classify_tls(endpoint: Endpoint, attempt: Attempt, disagree: bool, doh_ok: bool) -> Verdict:
    host = endpoint.host
    tls = attempt.tls
    assert tls is not None and tls.failure is not None
    failure = tls.failure
    if failure in failures.CERTIFICATE_FAILURES:
        seen = attempt.tls_unverified
        issuer = f", issued by {seen.issuer}" if seen is not None and seen.issuer else ""
        unverified = attempt.http_unverified
        page = unverified.blockpage if unverified is not None else None
        if disagree:
            # The technique is the forged answer; the blockpage it leads to is part of the reason.
            served = f"; it serves a known blockpage ({page})" if page else ""
            return Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with the independent "
                                         f"resolver and serves a certificate not valid for it ({failure}{issuer})"
                                         f"{served}")
        if page is not None:
            assert unverified is not None
            return Verdict(HTTP_BLOCKPAGE, _blockpage_reason(host, page, unverified.redirects)
                           + " behind a certificate not valid for it")
        if not doh_ok:
            return Verdict(INCONCLUSIVE, f"the certificate presented for {host} is not valid ({failure}{issuer}) "
                                         f"and DNS could not be cross-checked")
        if failure == failures.INVALID_CERTIFICATE:
            return Verdict(INCONCLUSIVE, f"the certificate for {host} is expired or otherwise invalid "
                                         f"({tls.detail or failure}); check that this computer's clock is right")
        return Verdict(TLS_MITM, f"DNS for {host} agrees with the independent resolver, yet the certificate "
                                 f"presented is not valid for it ({failure}{issuer})")
    swap = attempt.sni_swap
    if swap is not None and swap.ok:
        return Verdict(TLS_BLOCKED, f"the TLS handshake for {host} failed ({failure}) while the same address "
                                    f"completed one for {swap.sni}: the server name is being filtered (SNI)")
    if swap is not None and failure == failures.RESET and swap.failure == failures.RESET:
        return Verdict(TCP_RESET, f"connections to {host}'s address are reset as soon as data flows, whatever "
                                  f"the server name")
    if disagree:
        return Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with the independent "
                                     f"resolver and no valid TLS handshake is possible there ({failure})")
    return Verdict(INCONCLUSIVE, f"the TLS handshake for {host} failed ({failure}) for any server name at this "
                                 f"address: the server may be down, or the address blocked")


def _classify_http_failure(endpoint: Endpoint, attempt: Attempt) -> Verdict:
    http = attempt.http
    assert http is not None and http.failure is not None
    host, failure = endpoint.host, http.failure
    if failure == failures.TOO_MANY_REDIRECTS:
        if endpoint.scheme == "https":
            return Verdict(PLATFORM_DOWN, f"{host}'s own server redirects in a loop")
        return Verdict(INCONCLUSIVE, f"{host} redirects in a loop")
    if endpoint.scheme == "http" and failure in (failures.RESET, failures.EOF):
        return Verdict(TCP_RESET, f"the connection to {host} was cut ({failure}) after the HTTP request was sent")
    if failure == failures.TIMEOUT and http.status is not None:
        return Verdict(INCONCLUSIVE, f"{host} answered but the page did not finish loading in time "
                                     f"({http.body_length} bytes received)")
    return Verdict(INCONCLUSIVE, f"the HTTP request to {host} failed ({failure})")


def combine_attempts(first: Verdict, retest: Verdict | None) -> Verdict:
    """A blocking verdict stands only when the re-test repeats it; a failure that does not repeat was a blip."""
    if first.verdict not in BLOCKING or retest is None:
        return first
    if retest.verdict == first.verdict:
        return first
    if retest.verdict == OK:
        return Verdict(OK, f"a first attempt failed ({first.verdict}) but the re-test succeeded")
    return Verdict(INCONCLUSIVE, f"the two attempts disagree ({first.verdict}, then {retest.verdict}): "
                                 f"{first.reason}; then {retest.reason}")


def throttle_verdict(rate: float, others: Sequence[float], host: str) -> Verdict | None:
    """Throttled when the asset's rate is under the absolute floor AND far under the other platforms' median."""
    if len(others) < THROTTLE_MIN_REFERENCES:
        return None
    reference = statistics.median(others)
    if rate < THROTTLE_FLOOR_BPS and rate < THROTTLE_RATIO * reference:
        return Verdict(THROTTLED, f"{host} delivered {rate / 1000:.1f} kB/s while other platforms' assets came "
                                  f"at a median of {reference / 1000:.0f} kB/s")
    return None


@dataclass(frozen=True)
class PlatformSummary:
    verdict: str
    reason: str | None
    affected: int
    total: int
    counts: dict[str, int]


def summarise_platform(verdicts: Sequence[Verdict]) -> PlatformSummary:
    """A platform takes its most severe endpoint verdict and says how many endpoints were affected."""
    words = [v.verdict for v in verdicts]
    worst = most_severe(words)
    reason = next((v.reason for v in verdicts if v.verdict == worst), None)
    affected = sum(1 for w in words if w != OK)
    return PlatformSummary(verdict=worst, reason=reason, affected=affected, total=len(words),
                           counts=dict(sorted(Counter(words).items())))
