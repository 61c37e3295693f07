"""From what an attempt observed to one verdict word and a plain reason: pure functions, no I/O.

The rules are documented in docs/methodology.md; change both together.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.common.vocabulary import (  # noqa: F401 - the verdict names, re-exported for the rules' readers
    BLOCKING,
    CAPTIVE_PORTAL,
    DNS_BLOCKED,
    DNS_TAMPERED,
    HTTP_BLOCKPAGE,
    INCONCLUSIVE,
    OFFLINE,
    OK,
    PLATFORM_DOWN,
    SEVERITY,
    TCP_BLOCKED,
    TCP_RESET,
    THROTTLED,
    TLS_BLOCKED,
    TLS_MITM,
    info,
    most_severe,
)
from desktop_app.common.vocabulary import NAMES as VERDICTS
from desktop_app.probes import failures
from desktop_app.probes.catalogue.model import Endpoint
from desktop_app.probes.observations import Attempt, DnsResult, HttpResult, TcpResult, TlsResult

# Throttling: the asset's rate must be below BOTH an absolute floor and a fraction of the sweep's reference.
THROTTLE_FLOOR_BPS = 125_000  # 1 Mbit/s: below this, video and images visibly stall
THROTTLE_RATIO = 0.25  # "far below": under a quarter of the median of the other platforms' assets
THROTTLE_MIN_BYTES = 8 * 1024  # less than this is not a transfer worth timing
THROTTLE_MIN_REFERENCES = 2  # other assets needed before a reference exists
# Throttling against the platform's own past on the same network (ASN): see docs/methodology.md.
PAST_RATIO = 0.25  # under a quarter of its own median over the last days
PAST_MIN_SAMPLES = 12  # sweeps with a measured rate before the past counts (an hour at one-minute interval)
PAST_DAYS = 7
OTHERS_USUAL = 0.5  # the other platforms must hold at least half their own usual rates (else: the link is slow)
STEADY_CV = 0.25  # a rate that varies less than this across the transfer is held, as a policer holds it


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")


def _addresses(result: DnsResult | None) -> set[str]:
    return set(result.answers) if result is not None and result.ok else set()


@dataclass(frozen=True)
class PastRate:
    """A throughput asset's usual rate on one network: the median of its recent measured rates."""

    median_bps: float
    samples: int


def throttle_against_past(rate: float, rate_cv: float | None, past: PastRate | None,
                          others_vs_usual: Sequence[float], host: str) -> Verdict | None:
    """Throttled when far under its own usual rate on this network while the other platforms hold theirs.

    `others_vs_usual` holds, for each other platform measured in this sweep, its rate now divided by its own
    usual rate. A held (steady) rate is what a policer produces; an unsteady one must be further below to count.
    """
    if past is None or past.samples < PAST_MIN_SAMPLES or past.median_bps <= 0:
        return None
    if len(others_vs_usual) < THROTTLE_MIN_REFERENCES or statistics.median(others_vs_usual) < OTHERS_USUAL:
        return None
    steady = rate_cv is not None and rate_cv <= STEADY_CV
    limit = PAST_RATIO * past.median_bps if steady else PAST_RATIO / 2 * past.median_bps
    if rate >= limit:
        return None
    held = f"; the rate was held steady (variation {rate_cv:.2f}), as a policer holds it" if steady else ""
    return Verdict(THROTTLED, f"{host} delivered {rate / 1000:.1f} kB/s, under {limit / past.median_bps:.0%} of its "
                              f"usual {past.median_bps / 1000:.0f} kB/s on this network ({past.samples} sweeps), "
                              f"while the other platforms held their usual rates{held}")


@dataclass(frozen=True)
class Basis:
    """What a blocking verdict rests on: the step whose failure decided it, and that failure's kind.

    Repeats of that step must show the same kind: twice when the kind is silence (loss can cause it), once
    otherwise.
    """

    step: str  # dns | tcp | tcp_linger | tls | http
    kind: str

    @property
    def repeats_needed(self) -> int:
        return 2 if self.kind in failures.LOSS_POSSIBLE or self.kind == SILENCE else 1


SILENCE = "silence"  # every connect timed out or was unreachable


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    basis: Basis | None = None

    def __post_init__(self) -> None:
        # The vocabulary declares which steps can decide each verdict (the evidence window marks that step): a
        # rule resting on another step must declare it there first.
        if self.basis is not None and self.basis.step not in info(self.verdict.verdict).decided_by:
            raise ValueError(f"{self.verdict.verdict} rests on the {self.basis.step} step, which "
                             f"common/vocabulary.py does not list in its decided_by")


def dns_kind(result: DnsResult, doh: DnsResult | None, is_bogon: Callable[[str], bool]) -> str | None:
    """How a system answer fails, compared with DoH's; None when it is an ordinary, usable answer."""
    if not result.ok:
        return result.failure or failures.NO_ANSWER
    if all(is_bogon(a) for a in result.answers):
        return "bogon"
    if doh is not None and doh.ok and not set(result.answers) & set(doh.answers):
        return "disagree"
    return None


def tcp_kind(results: Sequence[TcpResult]) -> str | None:
    if any(t.ok for t in results):
        return None
    found = {t.failure for t in results if t.failure and t.failure not in failures.LOCAL_FAILURES}
    if not found:
        return None
    if found <= {failures.TIMEOUT, failures.HOST_UNREACHABLE, failures.NETWORK_UNREACHABLE}:
        return SILENCE
    if found & {failures.REFUSED, failures.RESET}:
        return failures.RESET
    return sorted(found)[0]


def http_kind(result: HttpResult) -> str | None:
    if result.blockpage is not None:
        return f"blockpage:{result.blockpage}"
    return result.failure


def repeat_kind(step: str, result_set: Sequence[object], doh: DnsResult | None,
                is_bogon: Callable[[str], bool]) -> str | None:
    """The failure kind one repeat of step observed (None: it succeeded)."""
    if step == "dns":
        return dns_kind(result_set[0], doh, is_bogon)  # type: ignore[arg-type]  # a DNS repeat holds one DnsResult
    if step == "tcp":
        return tcp_kind(result_set)  # type: ignore[arg-type]  # a TCP repeat holds TcpResults
    if step == "http":
        return http_kind(result_set[0])  # type: ignore[arg-type]
    return getattr(result_set[0], "failure", None)


_STEP_WORDS = {"dns": "the DNS lookup", "doh": "the independent (DoH) lookup", "tcp": "the TCP connection",
               "tcp_linger": "the connection", "tls": "the TLS handshake", "sni_swap": "the SNI swap",
               "http": "the HTTP request", "http_unverified": "the HTTP request behind the invalid certificate"}


def classify(endpoint: Endpoint, attempt: Attempt, is_bogon: Callable[[str], bool], *,
             confirm: bool = True) -> Verdict:
    """The verdict for one attempt at one endpoint, before sweep-wide context (offline, VPN, throttling).

    A blocking verdict stands only when the repeats of the step it rests on show the same failure (twice for
    silence, once otherwise); a repeat that succeeded made the flow go on, and its success is noted.
    """
    finding = judge(endpoint, attempt, is_bogon)
    verdict, basis = finding.verdict, finding.basis
    if verdict.verdict in BLOCKING and basis is not None and confirm:
        return _confirmed(verdict, basis, attempt, is_bogon)
    if attempt.cut_short and verdict.verdict == INCONCLUSIVE:
        return Verdict(INCONCLUSIVE, "the sweep's time limit ended this measurement before it finished "
                                     f"({verdict.reason})")
    if verdict.verdict == OK and attempt.recovered:
        notes = [f"a first try at {_STEP_WORDS.get(step, step)} failed but a repeat succeeded"
                 for step in attempt.recovered]
        return Verdict(OK, "; ".join(notes))
    return verdict


def _confirmed(verdict: Verdict, basis: Basis, attempt: Attempt, is_bogon: Callable[[str], bool]) -> Verdict:
    repeats = attempt.repeats(basis.step)
    kinds = [repeat_kind(basis.step, c.results, attempt.doh, is_bogon) for c in repeats]
    differing = [k for k in kinds if k != basis.kind]
    if differing:
        shown = ", ".join(k or "success" for k in kinds)
        return Verdict(INCONCLUSIVE, f"{verdict.reason}; but repeats of {_STEP_WORDS[basis.step]} disagree "
                                     f"({basis.kind}, then {shown}): would have been {verdict.verdict}")
    if len(kinds) < basis.repeats_needed:
        return Verdict(INCONCLUSIVE, f"{verdict.reason}; it could not be confirmed in time "
                                     f"(would have been {verdict.verdict})")
    return verdict


def judge(endpoint: Endpoint, attempt: Attempt, is_bogon: Callable[[str], bool]) -> Finding:
    """The rules of docs/methodology.md on the flow as it went (repeats that succeeded included)."""
    host = endpoint.host
    system, doh = attempt.system, attempt.doh
    doh_ok = doh is not None and doh.ok
    if system is None:
        return Finding(Verdict(INCONCLUSIVE, "no DNS lookup was made"))

    # 1. DNS through the system resolver.
    if not system.ok:
        if system.failure in failures.LOCAL_FAILURES:
            return Finding(Verdict(INCONCLUSIVE, f"this computer itself refused to send the DNS query for {host} "
                                                 f"({system.failure}): its firewall, or no route; not the network"))
        if doh_ok:
            assert doh is not None
            return Finding(Verdict(DNS_BLOCKED, f"the system resolver answered {system.failure} for {host} while "
                                                f"{doh.resolver} resolved it"),
                           Basis("dns", system.failure or failures.NO_ANSWER))
        if doh is not None and doh.failure == failures.NXDOMAIN and system.failure == failures.NXDOMAIN:
            return Finding(Verdict(INCONCLUSIVE, f"{host} does not exist according to every resolver"))
        return Finding(Verdict(INCONCLUSIVE, f"the system resolver failed for {host} ({system.failure}) and no "
                                             f"independent resolver answered to compare"))
    sys_addrs, doh_addrs = _addresses(system), _addresses(doh)
    if all(is_bogon(a) for a in sys_addrs):
        shown = ", ".join(sorted(sys_addrs))
        if doh_ok and not all(is_bogon(a) for a in doh_addrs):
            assert doh is not None
            return Finding(Verdict(DNS_TAMPERED, f"the system resolver answered {host} with a non-public address "
                                                 f"({shown}) while {doh.resolver} gave public ones"),
                           Basis("dns", "bogon"))
        return Finding(Verdict(INCONCLUSIVE, f"{host} resolves only to non-public addresses ({shown}), which are "
                                             f"never contacted"))
    disagree = doh_ok and not (sys_addrs & doh_addrs)
    checkable = endpoint.uses_tls  # only a certificate can prove a differing DNS answer genuine
    tampered = Basis("dns", "disagree")

    # 2. TCP connect.
    if not attempt.tcp:
        return Finding(Verdict(INCONCLUSIVE, "no address could be tried"))
    if attempt.connected is None:
        tried = _tcp_failures(attempt)
        kind = tcp_kind(attempt.tcp)
        if kind is None:
            return Finding(Verdict(INCONCLUSIVE, f"this computer itself refused every connection to {host} "
                                                 f"({tried}): its firewall, or no route; not the network"))
        if disagree and checkable:
            assert doh is not None
            return Finding(Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with "
                                                 f"{doh.resolver} and leads nowhere ({tried})"), tampered)
        if kind == failures.RESET:
            return Finding(Verdict(TCP_RESET, f"connections to {host} are refused or reset ({tried})"),
                           Basis("tcp", kind))
        if kind == SILENCE:
            return Finding(Verdict(TCP_BLOCKED, f"connections to {host} time out or cannot be routed ({tried})"),
                           Basis("tcp", kind))
        return Finding(Verdict(INCONCLUSIVE, f"connecting to {host} failed ({tried})"))
    linger = attempt.final_linger
    if linger is not None:
        if linger.failure == failures.RESET:
            return Finding(Verdict(TCP_RESET, f"the connection to {host}:{endpoint.port} is reset right after it "
                                              f"opens"), Basis("tcp_linger", failures.RESET))
        if linger.failure is not None:
            return Finding(Verdict(INCONCLUSIVE, f"the connection to {host}:{endpoint.port} closed right after it "
                                                 f"opened ({linger.failure})"))
        return Finding(Verdict(OK))

    # 3. TLS.
    tls = attempt.final_tls
    if tls is not None and tls.failure is not None:
        return _classify_tls(endpoint, attempt, disagree, doh_ok)

    # 4. HTTP.
    http = attempt.final_http
    if http is None:
        if endpoint.scheme == "tls":
            return Finding(Verdict(OK))
        return Finding(Verdict(INCONCLUSIVE, "no HTTP request was made"))
    if http.blockpage is not None:
        return Finding(Verdict(HTTP_BLOCKPAGE, _blockpage_reason(host, http.blockpage, http.redirects)),
                       Basis("http", f"blockpage:{http.blockpage}"))
    if http.failure is not None:
        return _classify_http_failure(endpoint, http)
    status = http.status or 0
    if endpoint.expect is not None and not endpoint.expect.matches(status, http.body):
        if status >= 500:
            return Finding(Verdict(PLATFORM_DOWN, f"{host} answered HTTP {status}"))
        where = f", redirected to {http.redirects[-1]['location']}" if http.redirects else ""
        return Finding(Verdict(CAPTIVE_PORTAL, f"{host} did not give its expected answer (HTTP {status}{where})"))
    if status >= 500:
        return Finding(Verdict(PLATFORM_DOWN, f"{host}'s own server answered HTTP {status}"))
    return Finding(Verdict(OK))


def _tcp_failures(attempt: Attempt) -> str:
    return "; ".join(f"{t.address}: {t.failure}" for t in attempt.tcp if t.failure)


def _blockpage_reason(host: str, fingerprint: str, redirects: list[dict[str, object]]) -> str:
    if redirects:
        return f"{host} was redirected to {redirects[-1]['location']} (blockpage {fingerprint})"
    return f"{host} answered with a known blockpage ({fingerprint})"


def _classify_tls(endpoint: Endpoint, attempt: Attempt, disagree: bool, doh_ok: bool) -> Finding:
    host = endpoint.host
    tls = attempt.final_tls
    assert tls is not None and tls.failure is not None
    failure = tls.failure
    on_tls = Basis("tls", failure)
    if failure in failures.CERTIFICATE_FAILURES:
        seen = attempt.tls_unverified
        issuer = f", issued by {seen.issuer}" if seen is not None and seen.issuer else ""
        recovered = attempt.recovered.get("http_unverified")
        unverified = recovered if isinstance(recovered, HttpResult) else attempt.http_unverified
        page = unverified.blockpage if unverified is not None else None
        if disagree:
            # The technique is the forged answer; the blockpage it leads to is part of the reason.
            served = f"; it serves a known blockpage ({page})" if page else ""
            return Finding(Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with the "
                                                 f"independent resolver and serves a certificate not valid for it "
                                                 f"({failure}{issuer}){served}"), Basis("dns", "disagree"))
        if page is not None:
            assert unverified is not None
            return Finding(Verdict(HTTP_BLOCKPAGE, _blockpage_reason(host, page, unverified.redirects)
                                   + " behind a certificate not valid for it"), on_tls)
        if not doh_ok:
            return Finding(Verdict(INCONCLUSIVE, f"the certificate presented for {host} is not valid ({failure}"
                                                 f"{issuer}) and DNS could not be cross-checked"))
        if failure == failures.INVALID_CERTIFICATE:
            return Finding(Verdict(INCONCLUSIVE, f"the certificate for {host} is expired or otherwise invalid "
                                                 f"({tls.detail or failure}); check that this computer's clock is "
                                                 f"right"))
        return Finding(Verdict(TLS_MITM, f"DNS for {host} agrees with the independent resolver, yet the "
                                         f"certificate presented is not valid for it ({failure}{issuer})"), on_tls)
    if failure in failures.LOCAL_FAILURES:
        return Finding(Verdict(INCONCLUSIVE, f"this computer itself refused the connection for the TLS handshake "
                                             f"with {host} ({failure}); not the network"))
    swaps = [s for s in (attempt.sni_swap, *(c.results[0] for c in attempt.repeats("sni_swap")))
             if isinstance(s, TlsResult)]
    swap = next((s for s in swaps if s.ok), swaps[-1] if swaps else None)
    if swap is not None and swap.ok:
        return Finding(Verdict(TLS_BLOCKED, f"the TLS handshake for {host} failed ({failure}) while the same "
                                            f"address completed one for {swap.sni}: the server name is being "
                                            f"filtered (SNI)"), on_tls)
    if swap is not None and failure == failures.RESET and swap.failure == failures.RESET:
        return Finding(Verdict(TCP_RESET, f"connections to {host}'s address are reset as soon as data flows, "
                                          f"whatever the server name"), on_tls)
    if disagree:
        return Finding(Verdict(DNS_TAMPERED, f"the system resolver's answer for {host} disagrees with the "
                                             f"independent resolver and no valid TLS handshake is possible there "
                                             f"({failure})"), Basis("dns", "disagree"))
    return Finding(Verdict(INCONCLUSIVE, f"the TLS handshake for {host} failed ({failure}) for any server name at "
                                         f"this address: the server may be down, or the address blocked"))


def _classify_http_failure(endpoint: Endpoint, http: HttpResult) -> Finding:
    assert http.failure is not None
    host, failure = endpoint.host, http.failure
    if failure == failures.TOO_MANY_REDIRECTS:
        if endpoint.scheme == "https":
            return Finding(Verdict(PLATFORM_DOWN, f"{host}'s own server redirects in a loop"))
        return Finding(Verdict(INCONCLUSIVE, f"{host} redirects in a loop"))
    if endpoint.scheme == "http" and failure in (failures.RESET, failures.EOF):
        return Finding(Verdict(TCP_RESET, f"the connection to {host} was cut ({failure}) after the HTTP request was "
                                          f"sent"), Basis("http", failure))
    if failure == failures.TIMEOUT and http.status is not None:
        return Finding(Verdict(INCONCLUSIVE, f"{host} answered but the page did not finish loading in time "
                                             f"({http.body_length} bytes received)"))
    return Finding(Verdict(INCONCLUSIVE, f"the HTTP request to {host} failed ({failure})"))


def throttle_verdict(rate: float, others: Sequence[float], host: str, rate_cv: float | None = None) -> Verdict | None:
    """Throttled when the asset's rate is under the absolute floor AND far under the other platforms' median.

    A policer holds its rate; a transfer slowed by loss stalls and recovers. An unsteady rate (or one whose
    steadiness is unknown) must therefore be twice as far below the others: at 8 % loss a loss-slowed asset was
    otherwise once called throttled (bench/accuracy.py).
    """
    if len(others) < THROTTLE_MIN_REFERENCES:
        return None
    reference = statistics.median(others)
    steady = rate_cv is not None and rate_cv <= STEADY_CV
    ratio = THROTTLE_RATIO if steady else THROTTLE_RATIO / 2
    if rate < THROTTLE_FLOOR_BPS and rate < ratio * reference:
        return Verdict(THROTTLED, f"{host} delivered {rate / 1000:.1f} kB/s while other platforms' assets came "
                                  f"at a median of {reference / 1000:.0f} kB/s")
    return None


# Endpoint roles a platform's scope speaks of. A platform is blocked as a whole when its front doors (its web
# site and its app's own hosts) are blocked; otherwise a block is partial, and `roles` says which parts.
ROLES = ("web", "api", "media", "app", "extra")
FRONT_DOORS = frozenset({"web", "app"})
WHOLE = "whole"
PARTIAL = "partial"


@dataclass(frozen=True)
class PlatformSummary:
    verdict: str
    reason: str | None
    affected: int  # endpoints not ok
    total: int
    counts: dict[str, int]
    scope: str | None = None  # whole | partial, for a verdict that is not ok or inconclusive
    roles: tuple[str, ...] = ()  # the roles of the endpoints the verdict is about, in ROLES order


def summarise_platform(results: Sequence[tuple[str, Verdict]]) -> PlatformSummary:
    """A platform's headline verdict from its endpoints' (role, verdict), how many were affected, and the scope.

    The headline is the most severe verdict among the endpoints that reached one; endpoints that are
    inconclusive do not change it while they are fewer than half of the platform (one flaky host among many
    that work is no news). See docs/methodology.md, "Verdicts, per platform".
    """
    words = [v.verdict for _, v in results]
    conclusive = [w for w in words if w != INCONCLUSIVE]
    accusing = [w for w in words if w in BLOCKING]
    if accusing:
        worst = most_severe(accusing)
    elif conclusive and 2 * (len(words) - len(conclusive)) < len(words):
        worst = most_severe(conclusive)
    else:
        worst = most_severe(words)
    reason = next((v.reason for _, v in results if v.verdict == worst), None)
    affected = sum(1 for w in words if w != OK)
    scope, roles = _scope(results, worst)
    return PlatformSummary(verdict=worst, reason=reason, affected=affected, total=len(words),
                           counts=dict(sorted(Counter(words).items())), scope=scope, roles=roles)


def _scope(results: Sequence[tuple[str, Verdict]], worst: str) -> tuple[str | None, tuple[str, ...]]:
    if worst in (OK, INCONCLUSIVE):
        return None, ()

    def hit(v: Verdict) -> bool:
        return v.verdict in BLOCKING if worst in BLOCKING else v.verdict == worst

    roles = {role for role, v in results if hit(v)}
    present = {role for role, _ in results if role in ROLES}
    doors = (present & FRONT_DOORS) or present
    whole = all(
        all(hit(v) for role, v in results if role == door and v.verdict != INCONCLUSIVE)
        and any(hit(v) for role, v in results if role == door)
        for door in doors)
    return (WHOLE if whole else PARTIAL), tuple(r for r in ROLES if r in roles)
