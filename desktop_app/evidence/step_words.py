"""Each stored step in plain words (what was tried, what happened), and which step explains the verdict.

One Qt-free place for the evidence window and the report: `explain(record, words)` gives a `StepLine` per step of
a measurement record (its first tries, then its repeats). The sentences never show the raw step names and failure
strings (`tls_unverified`, `generic_timeout_error`); those stay in `detail`. `words` carries the caller's
translation call (the GUI's QCoreApplication.translate, the report's `Translator(lang).tr`) and its way of
isolating addresses in right-to-left text; the strings are marked with QT_TRANSLATE_NOOP under the context
"StepWords" so lupdate collects them.

The step that carries the ✖ is the one that explains the verdict: the first of the verdict's `decided_by` steps
(common/vocabulary.py, which the rules' basis is checked against) that shows what the verdict rests on. For forged
DNS that is the ISP's lookup, not the TLS handshake that failed because of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop_app.common.translatable import ENGLISH, QT_TRANSLATE_NOOP, Words
from desktop_app.common.vocabulary import info
from desktop_app.probes import failures as F
from desktop_app.store.records import MeasurementRecord, Step

CONTEXT = "StepWords"


# Who answered a DNS question.
ISP = QT_TRANSLATE_NOOP("StepWords", "The ISP's resolver")
INDEPENDENT = QT_TRANSLATE_NOOP("StepWords", "The independent resolver")
OWN = QT_TRANSLATE_NOOP("StepWords", "This computer's own lookup")

# What was tried, per step kind ({0}, {1}: address and port, or the server name).
LABELS: dict[str, str] = {
    "dns_system": QT_TRANSLATE_NOOP("StepWords", "DNS: the ISP's resolver"),
    "dns_doh": QT_TRANSLATE_NOOP("StepWords", "DNS: independent resolver ({0})"),
    "dns_os": QT_TRANSLATE_NOOP("StepWords", "DNS: this computer's own lookup"),
    "tcp": QT_TRANSLATE_NOOP("StepWords", "Connection to {0} port {1}"),
    "tcp_linger": QT_TRANSLATE_NOOP("StepWords", "Connection kept open"),
    "tls": QT_TRANSLATE_NOOP("StepWords", "Secure connection (TLS) for {0}"),
    "tls_unverified": QT_TRANSLATE_NOOP("StepWords", "Secure connection without checking the certificate"),
    "sni_swap": QT_TRANSLATE_NOOP("StepWords", "Secure connection with an innocuous name ({0})"),
    "http": QT_TRANSLATE_NOOP("StepWords", "Web page"),
    "http_unverified": QT_TRANSLATE_NOOP("StepWords", "Web page behind the invalid certificate"),
    "throughput": QT_TRANSLATE_NOOP("StepWords", "Download"),
}

# A failure, whatever the step; {0} is how long it waited, in seconds.
FAILURES: dict[str, str] = {
    F.TIMEOUT: QT_TRANSLATE_NOOP("StepWords", "No answer within {0} s."),
    F.REFUSED: QT_TRANSLATE_NOOP("StepWords", "The connection was refused."),
    F.RESET: QT_TRANSLATE_NOOP("StepWords", "The connection was reset."),
    F.EOF: QT_TRANSLATE_NOOP("StepWords", "The connection was closed before an answer came."),
    F.NXDOMAIN: QT_TRANSLATE_NOOP("StepWords", "The resolver said the name does not exist."),
    F.NO_ANSWER: QT_TRANSLATE_NOOP("StepWords", "The resolver gave no address for the name."),
    F.REFUSED_DNS: QT_TRANSLATE_NOOP("StepWords", "The resolver refused to answer."),
    F.SERVFAIL: QT_TRANSLATE_NOOP("StepWords", "The resolver could not answer (server failure)."),
    F.MISBEHAVING: QT_TRANSLATE_NOOP("StepWords", "The resolver's answer could not be read."),
    F.INVALID_HOSTNAME: QT_TRANSLATE_NOOP("StepWords", "The certificate presented is for another name."),
    F.UNKNOWN_AUTHORITY:
        QT_TRANSLATE_NOOP("StepWords", "The certificate presented was not issued by an authority trusted here."),
    F.INVALID_CERTIFICATE: QT_TRANSLATE_NOOP("StepWords", "The certificate presented is expired or otherwise invalid."),
    F.FAILED_HANDSHAKE: QT_TRANSLATE_NOOP("StepWords", "The secure connection could not be set up."),
    F.HOST_UNREACHABLE: QT_TRANSLATE_NOOP("StepWords", "The address could not be reached (no route to it)."),
    F.NETWORK_UNREACHABLE:
        QT_TRANSLATE_NOOP("StepWords", "The address could not be reached (no route to its network)."),
    F.TOO_MANY_REDIRECTS: QT_TRANSLATE_NOOP("StepWords", "The page redirected in a loop."),
    F.INVALID_RESPONSE: QT_TRANSLATE_NOOP("StepWords", "The server's answer was not valid HTTP."),
    F.NOT_ALLOWED:
        QT_TRANSLATE_NOOP("StepWords", "Not contacted: the address is outside the networks this app may probe."),
    F.BOGON_ONLY: QT_TRANSLATE_NOOP("StepWords", "Not contacted: the only answers were non-public addresses."),
    F.LOCAL_REFUSED: QT_TRANSLATE_NOOP("StepWords", "This computer itself refused to send it (its firewall)."),
    F.LOCAL_NO_ROUTE:
        QT_TRANSLATE_NOOP("StepWords", "This computer has no route to that address (for example, no IPv6 here)."),
}
UNKNOWN_FAILURE = QT_TRANSLATE_NOOP("StepWords", "It failed; the detail column names how.")
NO_ANSWER_IN_TIME = QT_TRANSLATE_NOOP("StepWords", "No answer in time.")

# A failure of one step that says more than the general sentence ({0}: seconds waited).
STEP_FAILURES: dict[tuple[str, str], str] = {
    ("tls", F.RESET):
        QT_TRANSLATE_NOOP("StepWords", "The secure connection was refused after the server name was sent."),
    ("tls", F.EOF): QT_TRANSLATE_NOOP("StepWords", "The secure connection was closed after the server name was sent."),
    ("tls", F.TIMEOUT): QT_TRANSLATE_NOOP("StepWords", "No answer within {0} s after the server name was sent."),
    ("sni_swap", F.RESET):
        QT_TRANSLATE_NOOP("StepWords", "With an innocuous name the secure connection was refused too."),
    ("sni_swap", F.EOF): QT_TRANSLATE_NOOP("StepWords", "With an innocuous name the secure connection was closed too."),
    ("sni_swap", F.TIMEOUT):
        QT_TRANSLATE_NOOP("StepWords", "With an innocuous name there was no answer within {0} s either."),
    ("tcp_linger", F.RESET): QT_TRANSLATE_NOOP("StepWords", "The connection was reset right after it opened."),
}

# DNS: {0} is who answered (ISP, INDEPENDENT, OWN), {1} the addresses, {2} the other resolver's.
DNS_ANSWERED = QT_TRANSLATE_NOOP("StepWords", "{0} answered {1}.")
DNS_DISAGREES = QT_TRANSLATE_NOOP("StepWords", "{0} answered {1}; the independent resolver answered {2}.")
DNS_AGREES = QT_TRANSLATE_NOOP("StepWords", "{0} answered {1}, as the independent resolver did.")
# Who, then the sentence of a failure that is not the resolver's own.
DNS_FAILED = QT_TRANSLATE_NOOP("StepWords", "{0}: {1}")
# The resolver's own failures: {0} is who, {1} the seconds waited.
DNS_FAILURES: dict[str, str] = {
    F.NXDOMAIN: QT_TRANSLATE_NOOP("StepWords", "{0} said the name does not exist."),
    F.NO_ANSWER: QT_TRANSLATE_NOOP("StepWords", "{0} gave no address for the name."),
    F.REFUSED_DNS: QT_TRANSLATE_NOOP("StepWords", "{0} refused to answer."),
    F.SERVFAIL: QT_TRANSLATE_NOOP("StepWords", "{0} could not answer (server failure)."),
    F.MISBEHAVING: QT_TRANSLATE_NOOP("StepWords", "{0} sent an answer that could not be read."),
    F.TIMEOUT: QT_TRANSLATE_NOOP("StepWords", "{0} gave no answer within {1} s."),
}

TCP_OK = QT_TRANSLATE_NOOP("StepWords", "Connected in {0} ms.")
LINGER_OK = QT_TRANSLATE_NOOP("StepWords", "The connection stayed open.")
TLS_OK = QT_TRANSLATE_NOOP("StepWords", "The secure connection was set up; the certificate is valid for {0}.")
UNVERIFIED_ISSUED = QT_TRANSLATE_NOOP("StepWords", "The certificate presented was issued by {0} for {1}.")
UNVERIFIED_OK = QT_TRANSLATE_NOOP("StepWords", "A secure connection was set up without checking the certificate.")
SWAP_OK = QT_TRANSLATE_NOOP("StepWords", "With an innocuous name the same address set up a secure connection.")
HTTP_OK = QT_TRANSLATE_NOOP("StepWords", "The page answered HTTP {0}.")
HTTP_TITLED = QT_TRANSLATE_NOOP("StepWords", "The page answered HTTP {0} ({1}).")
HTTP_BLOCKPAGE = QT_TRANSLATE_NOOP("StepWords", "The page is a known block page ({0}).")
HTTP_PARTIAL = QT_TRANSLATE_NOOP("StepWords", "The page answered HTTP {0} but did not finish within {1} s.")
UNVERIFIED_HTTP_OK = QT_TRANSLATE_NOOP("StepWords", "Behind the invalid certificate the page answered HTTP {0}.")
UNVERIFIED_BLOCKPAGE = QT_TRANSLATE_NOOP("StepWords", "Behind the invalid certificate is a known block page ({0}).")
DOWNLOADED = QT_TRANSLATE_NOOP("StepWords", "Downloaded {0} kB at {1} kB/s.")
DOWNLOAD_CUT = QT_TRANSLATE_NOOP("StepWords", "Downloaded {0} kB at {1} kB/s before the time limit stopped it.")


@dataclass(frozen=True)
class StepLine:
    """One step, as a person reads it."""

    step: Step
    label: str  # what was tried
    sentence: str  # what happened, in plain words
    detail: str  # the raw step name and failure: "tls · connection_reset"
    facts: str  # the step's raw facts (resolver, answers, address, SNI, issuer, status)
    explains: bool  # this step is what the verdict rests on: it carries the ✖
    repeat: bool = False  # one of the repeats of a step that failed


def seconds(t_ms: float | None) -> str:
    """A step's duration in seconds as shown in a sentence: 10, 2.5, 0.3 (whole seconds from 3 s on)."""
    if t_ms is None:
        return ""
    value = t_ms / 1000
    return f"{value:.0f}" if value >= 3 else f"{round(value, 1):g}"


def step_facts(step: Step) -> str:
    """The few raw facts of a step, as the record holds them."""
    kind = step.kind
    if kind == "dns":
        answers = ", ".join(step.answers) or "—"
        return f"{step.resolver or ''}: {step.rcode or ''} {answers}"
    if kind.startswith("tcp"):
        return f"{step.address or ''}:{'' if step.port is None else step.port}"
    if kind in ("tls", "tls_unverified", "sni_swap"):
        return " ".join(str(x) for x in (step.address, f"SNI {step.sni}", step.version, step.issuer) if x)
    if kind.startswith("http"):
        return " ".join(str(x) for x in (step.status, step.title, step.blockpage) if x)
    if kind == "throughput":
        return f"{step.bytes or 0} bytes at {(step.bytes_per_s or 0) / 1000:.0f} kB/s"
    return ""


def _resolver_of(step: Step) -> str:
    resolver = step.resolver or "system"
    if resolver == "system":
        return "system"
    return "os" if resolver.startswith("getaddrinfo") else "doh"


def _independent(steps: Sequence[Step]) -> Step | None:
    return next((s for s in steps if s.kind == "dns" and _resolver_of(s) == "doh" and not s.failure and s.answers),
                None)


def failure_sentence(kind: str, failure: str, t_ms: float | None, words: Words = ENGLISH) -> str:
    """What a failure of a step means, in a sentence (never the raw failure string)."""
    template = STEP_FAILURES.get((kind, failure)) or FAILURES.get(failure)
    if template is None:
        return words.say(CONTEXT, UNKNOWN_FAILURE)
    if "{0}" in template and t_ms is None:
        return words.say(CONTEXT, NO_ANSWER_IN_TIME)
    return words.say(CONTEXT, template, seconds(t_ms))


def label(step: Step, words: Words = ENGLISH) -> str:
    """What was tried at a step, in a few words."""
    kind = step.kind
    if kind == "dns":
        resolver = _resolver_of(step)
        host = urlsplit(step.resolver or "").hostname or step.resolver or ""
        return words.say(CONTEXT, LABELS[f"dns_{resolver}"], host)
    if kind in ("tls", "sni_swap"):
        return words.say(CONTEXT, LABELS[kind], step.sni or "")
    if kind == "tcp":
        return words.say(CONTEXT, LABELS[kind], step.address or "", "" if step.port is None else step.port)
    return words.say(CONTEXT, LABELS[kind]) if kind in LABELS else kind


def sentence(step: Step, siblings: Sequence[Step] = (), words: Words = ENGLISH) -> str:
    """What happened at a step; `siblings` are the record's first tries (a DNS answer is compared with DoH's)."""
    kind, failure = step.kind, step.failure
    if kind == "dns":
        who = words.word(CONTEXT, {"system": ISP, "doh": INDEPENDENT, "os": OWN}[_resolver_of(step)])
        if failure or not step.answers:
            failure = failure or F.NO_ANSWER
            own = DNS_FAILURES.get(failure)
            if own is not None and not (failure == F.TIMEOUT and step.t_ms is None):
                return words.say(CONTEXT, own, who, seconds(step.t_ms))
            return words.say(CONTEXT, DNS_FAILED, who, failure_sentence(kind, failure, step.t_ms, words))
        answers = ", ".join(step.answers)
        other = _independent(siblings) if _resolver_of(step) != "doh" else None
        if other is None:
            return words.say(CONTEXT, DNS_ANSWERED, who, answers)
        if set(other.answers) & set(step.answers):
            return words.say(CONTEXT, DNS_AGREES, who, answers)
        return words.say(CONTEXT, DNS_DISAGREES, who, answers, ", ".join(other.answers))
    if kind.startswith("http") and step.blockpage:
        template = UNVERIFIED_BLOCKPAGE if kind == "http_unverified" else HTTP_BLOCKPAGE
        return words.say(CONTEXT, template, step.blockpage)
    if kind.startswith("http") and failure == F.TIMEOUT and step.status is not None:
        return words.say(CONTEXT, HTTP_PARTIAL, step.status, seconds(step.t_ms))
    if failure:
        return failure_sentence(kind, failure, step.t_ms, words)
    if kind == "tcp":
        return words.say(CONTEXT, TCP_OK, f"{step.t_ms or 0:g}")
    if kind == "tcp_linger":
        return words.say(CONTEXT, LINGER_OK)
    if kind == "tls":
        return words.say(CONTEXT, TLS_OK, step.sni or "")
    if kind == "tls_unverified":
        if step.issuer:
            return words.say(CONTEXT, UNVERIFIED_ISSUED, step.issuer, step.subject or step.sni or "")
        return words.say(CONTEXT, UNVERIFIED_OK)
    if kind == "sni_swap":
        return words.say(CONTEXT, SWAP_OK)
    if kind == "http":
        if step.title:
            return words.say(CONTEXT, HTTP_TITLED, step.status, step.title)
        return words.say(CONTEXT, HTTP_OK, step.status)
    if kind == "http_unverified":
        return words.say(CONTEXT, UNVERIFIED_HTTP_OK, step.status)
    if kind == "throughput":
        template = DOWNLOADED if step.complete is not False else DOWNLOAD_CUT
        return words.say(CONTEXT, template, f"{(step.bytes or 0) / 1000:.0f}", f"{(step.bytes_per_s or 0) / 1000:.0f}")
    return ""


def detail(step: Step) -> str:
    return f"{step.kind} · {step.failure}" if step.failure else step.kind


def _shows_basis(step: Step, kind: str, steps: Sequence[Step]) -> bool:
    """Whether step (of kind) shows what a verdict decided by kind rests on."""
    if step.kind != kind:
        return False
    if kind == "dns":
        return _resolver_of(step) == "system"  # the ISP's answer decides a DNS verdict, not DoH's
    if kind == "throughput":
        return True
    if step.blockpage:
        return True
    if not step.failure or step.failure in F.LOCAL_FAILURES:
        return False
    # A connect decides only when none succeeded (an IPv6 timeout beside an IPv4 connection decides nothing).
    return kind != "tcp" or not any(s.kind == "tcp" and not s.failure for s in steps)


def explaining(verdict: str, steps: Sequence[Step]) -> set[int]:
    """The indexes of the steps that carry the ✖: those the verdict rests on, else every failed step."""
    for kind in info(verdict).decided_by:
        found = {i for i, s in enumerate(steps) if _shows_basis(s, kind, steps)}
        if found:
            return found
    return {i for i, s in enumerate(steps) if s.failure}


def _decided_kind(verdict: str, steps: Sequence[Step]) -> str | None:
    return next((k for k in info(verdict).decided_by if any(_shows_basis(s, k, steps) for s in steps)), None)


def explain(record: MeasurementRecord, words: Words = ENGLISH) -> list[StepLine]:
    """Every step of a record in plain words, first tries then repeats, with the ✖ on what explains the verdict."""
    first, repeats = record.steps, record.confirm
    marked = explaining(record.verdict, first)
    kind = _decided_kind(record.verdict, first)
    if kind is not None:  # the repeats of the deciding step confirm it: they carry the ✖ too
        marked_repeats = {i for i, s in enumerate(repeats) if _shows_basis(s, kind, repeats)}
    else:
        marked_repeats = explaining(record.verdict, repeats)

    def line(step: Step, explains: bool, repeat: bool) -> StepLine:
        return StepLine(step, label(step, words), sentence(step, first, words), detail(step), step_facts(step),
                        explains, repeat)

    return ([line(s, i in marked, False) for i, s in enumerate(first)]
            + [line(s, i in marked_repeats, True) for i, s in enumerate(repeats)])
