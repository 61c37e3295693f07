"""The `vantage` command: the scriptable face of the same core the desktop app uses."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.common.timeutil import parse_when, utc_iso
from desktop_app.probes.catalogue.model import Catalogue, CatalogueError
from desktop_app.probes.config import ProbeConfig
from desktop_app.store.migrations import StoreError
from desktop_app.system import paths

if TYPE_CHECKING:  # the store loads only for the commands that open it
    from desktop_app.store.log import HistoryStore

EXIT_USAGE = 2
PROGRESS_EVERY_S = 1.0  # long exports and verifications report at most this often on stderr


class UserError(Exception):
    """Something the person can fix; printed as one sentence, exit status 2."""


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Options every command honours; given before or after the subcommand."""
    d = argparse.SUPPRESS if suppress else None
    g = parser.add_argument_group("common options")
    g.add_argument("--data-dir", default=d, help="where the history lives (default: the platform's data dir, "
                                                 "or $VANTAGE_DATA_DIR)")
    g.add_argument("--config-dir", default=d, help="where settings, extra targets and keys live")
    g.add_argument("--doh-url", action="append", default=argparse.SUPPRESS if suppress else [],
                   metavar="URL", help="DNS-over-HTTPS resolver (repeatable; replaces the defaults)")
    g.add_argument("--resolver", action="append", default=argparse.SUPPRESS if suppress else [],
                   metavar="ADDR[:PORT]", help="use this resolver as 'the system resolver' (repeatable)")
    g.add_argument("--timeout", type=float, default=d, metavar="T",
                   help="seconds per network operation (default 10); a sweep ends within 5×T")
    g.add_argument("--no-ip-lookup", action="store_true", default=d,
                   help="do not look up the public IP and its network")
    g.add_argument("--ip-lookup-url", default=d, metavar="URL",
                   help="JSON service giving the public IP, ASN, ISP and country (default https://ifconfig.co/json)")
    g.add_argument("--platform", action="append", default=argparse.SUPPRESS if suppress else [], metavar="ID",
                   help="only these platforms (repeatable; the controls are always probed)")
    g.add_argument("--lab", default=d, metavar="FILE",
                   help="probe the project's lab described by FILE (written by `vantage lab serve`)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vantage",
        description="See, measure and prove when the internet is cut or filtered around you. "
                    "Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"vantage {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app against the built-in lab")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        return p

    probe = add("probe", "probe every platform now and store the results")
    probe.add_argument("--once", action="store_true", help="one sweep (the default without --interval)")
    probe.add_argument("--interval", type=float, metavar="S", help="keep sweeping every S seconds")
    probe.add_argument("--json", action="store_true", help="one JSON object per platform and line")

    history = add("history", "read stored measurements back")
    history.add_argument("--since", metavar="WHEN", help="e.g. 2h, 7d or 2026-11-28T19:00 (local time)")
    history.add_argument("--until", metavar="WHEN")
    history.add_argument("--json", action="store_true", help="one stored measurement record per line")

    incidents = add("incidents", "list the spans in which a platform, or the whole connection, was not reachable")
    incidents.add_argument("--since", metavar="WHEN", help="e.g. 30d or 2026-11-01 (default: everything)")
    incidents.add_argument("--until", metavar="WHEN")
    incidents.add_argument("--merge-gap", type=float, metavar="S", default=None,
                           help="failing sweeps at most S seconds apart are one incident (default 600)")
    incidents.add_argument("--json", action="store_true", help="one JSON document with every incident")

    export = add("export", "write a signed evidence bundle (zip) of what was measured")
    export.add_argument("--since", metavar="WHEN", default="24h", help="start of the range (default: 24h ago)")
    export.add_argument("--until", metavar="WHEN", default="now", help="end of the range (default: now)")
    ip = export.add_mutually_exclusive_group()
    ip.add_argument("--redact-ip", dest="redact_ip", action="store_true", default=True,
                    help="withhold your public IP and resolver address (the default); ASN and country stay")
    ip.add_argument("--include-ip", dest="redact_ip", action="store_false",
                    help="disclose your public IP and resolver address in the bundle")
    export.add_argument("-o", "--output", metavar="FILE.zip", required=True)
    export.add_argument("--timestamp-url", metavar="URL",
                        help="ask this RFC 3161 timestamp authority to timestamp the signature")
    export.add_argument("--passphrase-file", metavar="FILE", help="the signing key's passphrase, for scripts")

    verify_bundle = add("verify", "check an evidence bundle: signature, every file, the chain, every proof")
    verify_bundle.add_argument("bundle", metavar="FILE.zip")
    verify_bundle.add_argument("--expect-key", metavar="SHA256:…",
                               help="fail unless the bundle was signed by this key (as `keys show` prints it)")
    verify_bundle.add_argument("--tsa-ca", metavar="FILE", help="CA certificate(s) of the timestamp authority")

    stamp = add("timestamp", "add an RFC 3161 timestamp to an existing bundle")
    stamp.add_argument("bundle", metavar="FILE.zip")
    stamp.add_argument("--url", metavar="URL", help="the timestamp authority (default: the one in settings)")

    keys_cmd = add("keys", "the key that signs evidence bundles")
    keys_sub = keys_cmd.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    for name, text in (("show", "print the key's fingerprint (give it to recipients beforehand)"),
                       ("export-public", "print the public key and an allowed_signers line"),
                       ("rotate", "make a new key (the old one is kept, so older bundles stay attributable)")):
        action = keys_sub.add_parser(name, help=text, description=text)
        _common(action, suppress=True)
        action.add_argument("--passphrase-file", metavar="FILE",
                            help="protect a new key with this passphrase (rotate), or unlock it")

    cat = add("catalogue", "list the platforms and endpoints that are probed")
    cat.add_argument("--json", action="store_true")
    cat.add_argument("--import-csv", metavar="FILE", help="add a Citizen Lab test list (CSV) as extra targets")

    log = add("log", "check the tamper-evident history log")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = log_sub.add_parser("verify", help="re-check every block, hash and Merkle root of the log")
    _common(verify, suppress=True)

    lab = add("lab", "run the project's censorship lab on loopback (no internet needed)")
    lab_sub = lab.add_subparsers(dest="lab_command", metavar="ACTION", required=True)
    serve = lab_sub.add_parser("serve", help="serve the lab until interrupted")
    _common(serve, suppress=True)
    serve.add_argument("--scenario", default="all_ok")
    serve.add_argument("--descriptor", metavar="FILE", required=True,
                       help="write how to reach the lab here (pass it to --lab)")
    serve.add_argument("--real-ports", action="store_true", help="bind the real ports (root, network namespace)")
    demo = lab_sub.add_parser("demo", help="start the lab, run one sweep against it and print the table")
    _common(demo, suppress=True)
    demo.add_argument("--scenario", default="x_sni")
    demo.add_argument("--json", action="store_true")
    lab_sub.add_parser("scenarios", help="list the lab's scenarios")
    return parser


# ----------------------------------------------------------------------------------------------- configuration

def probe_config(args: argparse.Namespace) -> ProbeConfig:
    config = ProbeConfig()
    if getattr(args, "lab", None):
        config = _lab_config(Path(args.lab), config)
    changes: dict[str, Any] = {}
    if args.timeout is not None:
        if not args.timeout > 0:
            raise UserError("--timeout must be a positive number of seconds.")
        changes["timeout"] = args.timeout
    if args.doh_url:
        for url in args.doh_url:
            if not url.startswith("https://"):
                raise UserError(f"--doh-url {url} must be an https:// URL (RFC 8484).")
        changes["doh_urls"] = tuple(args.doh_url)
    if args.resolver:
        changes["system_resolvers"] = tuple(args.resolver)
    if args.no_ip_lookup:
        changes["ip_lookup"] = False
    if args.ip_lookup_url:
        if not args.ip_lookup_url.startswith("https://"):
            raise UserError(f"--ip-lookup-url {args.ip_lookup_url} must be an https:// URL.")
        changes["ip_lookup_url"] = args.ip_lookup_url
    try:
        config = replace(config, **changes)
        if config.system_resolvers:
            from desktop_app.probes.dns import parse_nameserver
            for text in config.system_resolvers:
                parse_nameserver(text)
    except ValueError as exc:
        raise UserError(f"Invalid option: {exc}.") from None
    return config


def _lab_config(path: Path, base: ProbeConfig) -> ProbeConfig:
    from desktop_app.lab import config_from_descriptor, load_descriptor
    try:
        return config_from_descriptor(load_descriptor(path), timeout=base.timeout)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"The lab description {path} could not be read ({exc}); start the lab with "
                        f"`vantage lab serve --descriptor {path}` first.") from None


def load_targets(args: argparse.Namespace) -> Catalogue:
    from desktop_app.probes.catalogue.loader import load_catalogue
    catalogue = load_catalogue(config_dir=paths.config_dir(args.config_dir))
    if args.platform:
        unknown = sorted(set(args.platform) - set(catalogue.ids))
        if unknown:
            raise UserError(f"Unknown platform {', '.join(unknown)}; known: {', '.join(catalogue.ids)}.")
        catalogue = catalogue.only(set(args.platform))
    return catalogue


def open_store(args: argparse.Namespace) -> HistoryStore:
    from desktop_app.store.log import HistoryStore, default_db_path
    return HistoryStore.open(default_db_path(paths.data_dir(args.data_dir)))


# ----------------------------------------------------------------------------------------------------- commands

def cmd_probe(args: argparse.Namespace) -> int:
    from desktop_app.cli.textview import sweep_table
    from desktop_app.probes.fingerprints import load_fingerprints
    from desktop_app.probes.sweep import run_sweep

    if args.interval is not None and args.interval < 1:
        raise UserError("--interval must be at least 1 second.")
    config, catalogue, fingerprints = probe_config(args), load_targets(args), load_fingerprints()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with open_store(args) as store:
        while True:
            started = time.monotonic()
            result = run_sweep(catalogue, config, fingerprints)
            store.append_sweep(result.context, result.records(), result.sensitive)
            if args.json:
                for p in result.platforms:
                    print(json.dumps(p.json(result.started_at), ensure_ascii=False), flush=True)
            else:
                print(sweep_table(result), flush=True)
            if args.interval is None or stop.is_set():
                return 0
            if stop.wait(max(0.0, args.interval - (time.monotonic() - started))):
                return 0


def cmd_history(args: argparse.Namespace) -> int:
    from desktop_app.cli.textview import history_table

    now = time.time()
    try:
        since = parse_when(args.since, now) if args.since else None
        until = parse_when(args.until, now) if args.until else None
    except ValueError as exc:
        raise UserError(f"{exc}.") from None
    platforms = set(args.platform) if args.platform else None
    with open_store(args) as store:
        if args.json:
            for m in store.measurements(since=since, until=until, platforms=platforms):
                sys.stdout.write(m.record_bytes.decode("utf-8") + "\n")
            return 0
        print(history_table(store.blocks(since=since, until=until), platforms))
    return 0


def _range(args: argparse.Namespace, now: float) -> tuple[float | None, float | None]:
    try:
        since = parse_when(args.since, now) if args.since else None
        until = parse_when(args.until, now) if args.until else None
    except ValueError as exc:
        raise UserError(f"{exc}.") from None
    if since is not None and until is not None and until <= since:
        raise UserError("--until must be later than --since.")
    return since, until


def cmd_incidents(args: argparse.Namespace) -> int:
    from desktop_app.cli.textview import incidents_table
    from desktop_app.store.incidents import MERGE_GAP_S, find_incidents

    since, until = _range(args, time.time())
    gap = MERGE_GAP_S if args.merge_gap is None else args.merge_gap
    if gap < 0:
        raise UserError("--merge-gap cannot be negative.")
    with open_store(args) as store:
        found = find_incidents(store, since, until, set(args.platform) or None, merge_gap=gap)
    if args.json:
        doc = {"since": None if since is None else utc_iso(since), "until": None if until is None else utc_iso(until),
               "merge_gap_s": gap, "incidents": [i.json() for i in found]}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(incidents_table(found))
    return 0


def _passphrase(args: argparse.Namespace) -> bytes | None:
    if not getattr(args, "passphrase_file", None):
        return None
    try:
        text = Path(args.passphrase_file).read_bytes().rstrip(b"\r\n")
    except OSError as exc:
        raise UserError(f"The passphrase file {args.passphrase_file} cannot be read ({exc.strerror}).") from None
    if not text:
        raise UserError(f"The passphrase file {args.passphrase_file} is empty; an empty passphrase protects nothing.")
    return text


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.evidence.crypto.keys import KeyProblem
    from desktop_app.evidence.export.bundle import ExportCancelled, ExportError, ExportRequest, export_bundle, preview

    since, until = _range(args, time.time())
    assert since is not None and until is not None
    request = ExportRequest(since, until, tuple(args.platform) or None, args.redact_ip)
    output = Path(args.output)
    if output.suffix.lower() != ".zip":
        raise UserError(f"{output} should end in .zip: the bundle is a zip file.")
    with open_store(args) as store:
        shown = preview(store, request)
        carried = ", ".join(k for k, v in shown.carries.items() if v)
        withheld = ", ".join(k for k, v in shown.carries.items() if not v) or "nothing"
        print(f"Exporting {shown.measurements} measurements from {shown.sweeps} sweeps "
              f"({'all platforms' if request.platforms is None else ', '.join(request.platforms)}).\n"
              f"The bundle carries: {carried}. Withheld: {withheld}.", file=sys.stderr)
        progress = _every_so_often(lambda done, total: print(f"  {done}/{total} sweeps", file=sys.stderr))
        try:
            result = export_bundle(store, request, output, paths.config_dir(args.config_dir),
                                   passphrase=_passphrase(args), progress=progress, timestamp_url=args.timestamp_url)
        except ExportError as exc:
            raise UserError(str(exc)) from None
        except KeyProblem as exc:
            raise UserError(str(exc)) from None
        except ExportCancelled:
            print("Cancelled; nothing was written.", file=sys.stderr)
            return 130
    for note in result.notes:
        print(note, file=sys.stderr)
    print(f"Wrote {result.path} ({result.measurements} measurements, signed"
          f"{' and timestamped' if result.timestamped else ''}).")
    return 0


def _every_so_often(report: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """A progress callback that passes on at most one report per PROGRESS_EVERY_S, and the last one (done ==
    total): long work shows it is alive without flooding the terminal."""
    last, finished = -float("inf"), False

    def progress(done: int, total: int) -> None:
        nonlocal last, finished
        now = time.monotonic()
        if finished or not (now - last >= PROGRESS_EVERY_S or done == total):
            return
        last, finished = now, done == total
        report(done, total)

    return progress


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.evidence.verify.verifier import verify_bundle

    bundle = Path(args.bundle)
    if not bundle.is_file():
        raise UserError(f"{bundle} does not exist or is not a file.")
    progress = _every_so_often(lambda done, total: print(f"  checked {done * 100 // max(total, 1)}% of the bundle",
                                                         file=sys.stderr))
    result = verify_bundle(bundle, args.expect_key, Path(args.tsa_ca) if args.tsa_ca else None, progress=progress)
    for check in result.checks:
        print(f"{'PASS' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if result.ok:
        print(f"The bundle is intact and was signed by {result.fingerprint}.")
        return 0
    print("The bundle FAILED verification: do not rely on it.")
    return 1


def cmd_timestamp(args: argparse.Namespace) -> int:
    from desktop_app.app.settings import load_settings
    from desktop_app.evidence.crypto.stamp import add_timestamp
    from desktop_app.evidence.crypto.timestamp import TimestampError

    url = args.url or load_settings(paths.config_dir(args.config_dir)).tsa_url
    if not url:
        raise UserError("No timestamp authority: give --url URL, or set one in Settings.")
    try:
        when = add_timestamp(Path(args.bundle), url)
    except (TimestampError, ValueError) as exc:
        raise UserError(str(exc)) from None
    print(f"Timestamped {args.bundle}: the signature existed by {when}.")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from desktop_app.evidence.crypto import keys
    where = paths.config_dir(args.config_dir)
    try:
        if args.keys_command == "rotate":
            key = keys.rotate(where, _passphrase(args))
            print(f"New signing key {key.fingerprint} ({key.path}); the old key is kept next to it.")
            return 0
        if not keys.exists(where):
            raise UserError(f"No signing key yet in {where}; one is made on the first export "
                            "(or now with `vantage keys rotate`).")
        key = keys.load(where, _passphrase(args))
    except keys.KeyProblem as exc:
        raise UserError(str(exc)) from None
    if args.keys_command == "show":
        print(key.fingerprint)
        print(f"  key file: {key.path}")
    else:
        print(key.public_line)
        print(keys.allowed_signers_line(keys.IDENTITY, key.public_line))
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    if args.import_csv:
        from desktop_app.probes.catalogue.loader import import_citizenlab_csv
        dest = import_citizenlab_csv(Path(args.import_csv), paths.config_dir(args.config_dir))
        print(f"Imported {args.import_csv} as extra targets ({dest}).")
        return 0
    catalogue = load_targets(args)
    if args.json:
        for p in catalogue.platforms:
            print(json.dumps({"platform": p.id, "name": p.name, "domains": list(p.domains),
                              "endpoints": [{"url": e.url, "role": e.role, "throughput": e.throughput}
                                            for e in p.endpoints]}))
        return 0
    for p in catalogue.platforms:
        print(f"{p.id}  {p.name}  ({len(p.endpoints)} endpoints)")
        for e in p.endpoints:
            print(f"    {e.url}{'  [throughput asset]' if e.throughput else ''}")
    print(f"catalogue digest {catalogue.digest}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from desktop_app.store.integrity import verify_log
    with open_store(args) as store:
        report = verify_log(store)
    print(report.sentence)
    return 0 if report.ok else 1


def cmd_lab(args: argparse.Namespace) -> int:
    from desktop_app.lab import scenarios as lab_scenarios
    if args.lab_command == "scenarios":
        for name in lab_scenarios.SCENARIOS:
            print(f"{name}")
        return 0
    from desktop_app.probes.catalogue.loader import load_catalogue
    catalogue = load_catalogue(config_dir=paths.config_dir(args.config_dir))
    if args.scenario not in lab_scenarios.SCENARIOS:
        raise UserError(f"Unknown scenario {args.scenario}; known: {', '.join(lab_scenarios.SCENARIOS)}.")
    if args.lab_command == "serve":
        return _lab_serve(args, catalogue)
    return _lab_demo(args, catalogue)


def _lab_serve(args: argparse.Namespace, catalogue: Catalogue) -> int:
    import tempfile

    from desktop_app.lab import Lab
    from desktop_app.lab import scenarios as lab_scenarios
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with (tempfile.TemporaryDirectory(prefix="vantage-lab-") as work,
          Lab(catalogue, Path(work), real_ports=args.real_ports) as lab):
        lab.apply(lab_scenarios.SCENARIOS[args.scenario](catalogue))
        lab.write_descriptor(Path(args.descriptor))
        print(f"Lab serving scenario {args.scenario}; probe it with --lab {args.descriptor}", flush=True)
        stop.wait()
    return 0


def _lab_demo(args: argparse.Namespace, catalogue: Catalogue) -> int:
    import tempfile

    from desktop_app.cli.textview import sweep_table
    from desktop_app.lab import Lab
    from desktop_app.lab import scenarios as lab_scenarios
    from desktop_app.probes.fingerprints import load_fingerprints
    from desktop_app.probes.sweep import run_sweep
    with tempfile.TemporaryDirectory(prefix="vantage-lab-") as work, Lab(catalogue, Path(work)) as lab:
        scenario = lab_scenarios.SCENARIOS[args.scenario](catalogue)
        lab.apply(scenario)
        config = lab.probe_config(timeout=args.timeout or 2.0)
        if args.platform:
            catalogue = catalogue.only(set(args.platform))
        result = run_sweep(catalogue, config, load_fingerprints())
    if args.json:
        for p in result.platforms:
            print(json.dumps(p.json(result.started_at), ensure_ascii=False))
    else:
        print(f"Lab scenario {args.scenario}: {scenario.description}\n")
        print(sweep_table(result))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run_app
    return run_app(demo=args.demo, data_dir=args.data_dir, config_dir=args.config_dir)


COMMANDS = {"probe": cmd_probe, "history": cmd_history, "incidents": cmd_incidents, "export": cmd_export,
            "verify": cmd_verify, "timestamp": cmd_timestamp, "keys": cmd_keys, "catalogue": cmd_catalogue,
            "log": cmd_log, "lab": cmd_lab}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for name in ("doh_url", "resolver", "platform"):
        if not hasattr(args, name):
            setattr(args, name, [])
    handler = COMMANDS.get(args.command or "", cmd_gui)
    try:
        return handler(args)
    except UserError as exc:
        print(f"vantage: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogueError as exc:
        print(f"vantage: the catalogue could not be loaded: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"vantage: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Someone piped us into `head`: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
