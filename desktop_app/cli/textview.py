"""Plain-text tables for the terminal: a sweep's verdicts and the history of sweeps."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from desktop_app.cli.common import counted
from desktop_app.common.timeutil import local_text
from desktop_app.probes.sweep import SweepResult
from desktop_app.store.log import StoredBlock

REASON_WIDTH = 90


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _clip(text: str | None, width: int = REASON_WIDTH) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def sweep_table(result: SweepResult) -> str:
    rows = [["PLATFORM", "VERDICT", "AFFECTED", "WHY"]]
    for p in result.platforms:
        s = p.summary
        rows.append([p.platform, s.verdict, f"{s.affected}/{s.total}", _clip(s.reason)])
    head = [(f"Sweep {local_text(result.started_at)} ({result.ended_at - result.started_at:.1f} s), "
             f"network: {result.network.state}")]
    if result.network.sentence:
        head.append(f"  {result.network.sentence}")
    if result.network.vpn_interface:
        head.append(f"  A VPN is active ({result.network.vpn_interface}): results describe the VPN's network.")
    if result.identity is not None and not result.identity.failure:
        where = ", ".join(x for x in (result.identity.asn, result.identity.isp, result.identity.country) if x)
        head.append(f"  network: {where}")
    return "\n".join(head) + "\n\n" + _table(rows)


def history_table(blocks: Iterable[StoredBlock], platforms: Collection[str] | None,
                  doubtful: Mapping[tuple[str, int], str] | None = None) -> str:
    """One row per sweep: when, the network state, and each platform's verdict.

    `doubtful` maps (platform, seq) to "unconfirmed" or "pending" for blocking verdicts that made no incident
    (store/confirmation.py); they are marked, and a follow-up sweep says which sweep it checked.
    """
    doubtful = doubtful or {}
    rows: list[list[str]] | None = None
    ids: list[str] = []
    count = 0
    for block in blocks:
        context = block.context
        verdicts = context.platforms
        if rows is None:
            ids = [p for p in verdicts if platforms is None or p in platforms]
            rows = [["SWEEP", "TIME", "NETWORK", *[p.upper() for p in ids]]]
        checked = context.follow_up
        rows.append([str(block.seq) if checked is None else f"{block.seq} (follow-up of {checked})",
                     local_text(context.started_at), context.network_state,
                     *[_marked(verdicts[p].verdict if p in verdicts else "-", doubtful.get((p, block.seq)))
                       for p in ids]])
        count += 1
    if rows is None:
        return "No measurements stored in that range."
    note = ("\n(unconfirmed): the next look at that platform did not see the block again, so it is no incident; "
            "(pending): that look is still to come." if doubtful else "")
    return _table(rows) + f"\n\n{counted(count, 'sweep')}" + note


def _marked(verdict: str, status: str | None) -> str:
    return verdict if status is None else f"{verdict} ({status})"


def duration_text(seconds: float) -> str:
    """"3 d 4 h", "2 h 5 min", "4 min", "40 s": the two largest units, which is what a person compares."""
    seconds = round(seconds)
    parts = [(seconds // 86400, "d"), (seconds % 86400 // 3600, "h"), (seconds % 3600 // 60, "min"),
             (seconds % 60, "s")]
    shown = [f"{n} {unit}" for n, unit in parts if n][:2]
    return " ".join(shown) or "0 s"


def incidents_table(incidents: Iterable[Any], unconfirmed: Sequence[Any] = ()) -> str:
    """One row per incident, oldest first; then the blocking verdicts that made none (not confirmed)."""
    rows = [["PLATFORM", "START", "END", "DURATION", "TECHNIQUE", "SWEEPS", "NETWORK"]]
    for i in incidents:
        end = "ongoing" if i.end is None else local_text(i.end) + ("" if i.recovered else " (last seen)")
        rows.append([i.platform, local_text(i.start), end, duration_text(i.duration_s), _only(i.technique, i),
                     str(i.sweeps),
                     ", ".join(i.networks)])
    after = _unconfirmed_text(unconfirmed)
    if len(rows) == 1:
        if unconfirmed:
            return "No incidents in that range." + after
        return "No incidents in that range: every platform was reachable whenever it was measured."
    return _table(rows) + after


def _only(verdict: str, found: Any) -> str:
    """ "dns_blocked (only media)" for a partial block: which parts of the platform it is about."""
    return f"{verdict} (only {', '.join(found.roles)})" if found.scope == "partial" and found.roles else verdict


def _unconfirmed_text(unconfirmed: Sequence[Any]) -> str:
    if not unconfirmed:
        return ""
    rows = [["PLATFORM", "TIME", "VERDICT", "STATUS", "NETWORK"]]
    rows.extend([u.platform, local_text(u.started_at), _only(u.verdict, u), u.status, u.network] for u in unconfirmed)
    return ("\n\nNot incidents: blocking verdicts of one sweep that the next look did not repeat (unconfirmed) or "
            "that wait for it (pending).\n" + _table(rows))
