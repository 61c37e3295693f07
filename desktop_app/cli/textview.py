"""Plain-text tables for the terminal: a sweep's verdicts and the history of sweeps."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from desktop_app.common.timeutil import local_text, utc_epoch
from desktop_app.probes.sweep import SweepResult

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


def history_table(blocks: Iterable[Any], platforms: Collection[str] | None) -> str:
    """One row per sweep: when, the network state, and each platform's verdict."""
    rows: list[list[str]] | None = None
    ids: list[str] = []
    count = 0
    for block in blocks:
        context = block.header["context"]
        verdicts = context.get("platforms", {})
        if rows is None:
            ids = [p for p in verdicts if platforms is None or p in platforms]
            rows = [["SWEEP", "TIME", "NETWORK", *[p.upper() for p in ids]]]
        rows.append([str(block.seq), local_text(utc_epoch(context["started_at"])),
                     context.get("network", {}).get("state", "?"),
                     *[verdicts.get(p, {}).get("verdict", "-") for p in ids]])
        count += 1
    if rows is None:
        return "No measurements stored in that range."
    return _table(rows) + f"\n\n{count} sweeps"


def duration_text(seconds: float) -> str:
    """"3 d 4 h", "2 h 5 min", "4 min", "40 s": the two largest units, which is what a person compares."""
    seconds = round(seconds)
    parts = [(seconds // 86400, "d"), (seconds % 86400 // 3600, "h"), (seconds % 3600 // 60, "min"),
             (seconds % 60, "s")]
    shown = [f"{n} {unit}" for n, unit in parts if n][:2]
    return " ".join(shown) or "0 s"


def incidents_table(incidents: Iterable[Any]) -> str:
    """One row per incident, oldest first."""
    rows = [["PLATFORM", "START", "END", "DURATION", "TECHNIQUE", "SWEEPS", "NETWORK"]]
    for i in incidents:
        end = "ongoing" if i.end is None else local_text(i.end) + ("" if i.recovered else " (last seen)")
        rows.append([i.platform, local_text(i.start), end, duration_text(i.duration_s), i.technique, str(i.sweeps),
                     ", ".join(i.networks)])
    if len(rows) == 1:
        return "No incidents in that range: every platform was reachable whenever it was measured."
    return _table(rows)
