"""What every `vantage` command shares: the common options, the session they describe, and plain-sentence errors."""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.app.session import ProbeOverrides, Session
from desktop_app.app.settings import LANGUAGE_CHOICES, Settings, SettingsError, load_settings
from desktop_app.common.timeutil import parse_when
from desktop_app.probes.config import ProbeConfig
from desktop_app.system import paths

EXIT_USAGE = 2
PROGRESS_EVERY_S = 1.0  # long exports and verifications report at most this often on stderr
MAX_TIMEOUT_S = 60.0  # as in Settings: a step longer than this is not a measurement but a wait
REPORT_LANGUAGES = tuple(code for code, _ in LANGUAGE_CHOICES if code)  # English and the languages Vantage ships


class UserError(Exception):
    """Something the person can fix; printed as one sentence, exit status 2."""


class Commands:
    """Where each command module declares its subcommands (every one takes the common options too)."""

    def __init__(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        self._sub = sub

    def add(self, name: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._sub.add_parser(name, help=help_text, description=help_text)
        add_common(parser, suppress=True)
        return parser

    @staticmethod
    def nested(parent: argparse.ArgumentParser, dest: str) -> Commands:
        """The actions under a command (`keys show`, `log verify`, ...)."""
        return Commands(parent.add_subparsers(dest=dest, metavar="ACTION", required=True))


def add_common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Options every command honours; given before or after the subcommand."""
    d = argparse.SUPPRESS if suppress else None
    g = parser.add_argument_group("common options")
    g.add_argument("--data-dir", default=d, help="where the history lives (default: the folder chosen in Settings, "
                                                 "else $VANTAGE_DATA_DIR, else the platform's data folder)")
    g.add_argument("--config-dir", default=d, help="where settings, extra targets and keys live")
    g.add_argument("--doh-url", action="append", default=argparse.SUPPRESS if suppress else [],
                   metavar="URL", help="DNS-over-HTTPS resolver (repeatable; replaces the ones in Settings)")
    g.add_argument("--resolver", action="append", default=argparse.SUPPRESS if suppress else [],
                   metavar="ADDR[:PORT]", help="use this resolver as 'the system resolver' (repeatable)")
    g.add_argument("--timeout", type=float, default=d, metavar="T",
                   help="seconds per network operation (default: as in Settings, 10); a sweep ends within 5×T")
    g.add_argument("--no-ip-lookup", action="store_true", default=d,
                   help="do not look up the public IP and its network (also off when Settings say so)")
    g.add_argument("--ip-lookup-url", default=d, metavar="URL",
                   help="JSON service giving the public IP, ASN, ISP and country (default: as in Settings)")
    g.add_argument("--platform", action="append", default=argparse.SUPPRESS if suppress else [], metavar="ID",
                   help="only these platforms (repeatable; the controls are always probed)")
    g.add_argument("--lab", default=d, metavar="FILE",
                   help="probe the project's lab described by FILE (written by `vantage lab serve`)")


def config_dir(args: argparse.Namespace) -> Path:
    where = paths.config_dir(args.config_dir)
    folder_in_reach(where, "settings folder", "--config-dir")
    return where


def folder_in_reach(path: Path, what: str, flag: str) -> None:
    """Refuse, in a sentence, a folder that is a file or lies under one (mkdir would raise a bare OSError)."""
    if path.exists() and not path.is_dir():
        raise UserError(f"The {what} {path} is a file, not a folder; give a folder with {flag}.")
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise UserError(f"The {what} {path} cannot be made: {blocker} is a file, not a folder; give another "
                        f"folder with {flag}.")


def person_settings(where: Path) -> Settings:
    try:
        return load_settings(where)
    except SettingsError as exc:
        raise UserError(f"Your settings could not be read ({exc}); fix or remove that file, or open the app "
                        f"to start from the defaults.") from None


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    """--language for a command that writes a report a person hands on (`export`, `collect report`)."""
    parser.add_argument("--language", choices=REPORT_LANGUAGES, default=None,
                        help=f"the language of {what} (default: the language chosen in Settings, else English)")


def report_language(args: argparse.Namespace, settings_language: str | None = None) -> str:
    """--language, else the language chosen in Settings (read from --config-dir when not given), else English (a
    terminal's locale is not followed: the report a person hands on should not change with the machine it was
    made on)."""
    chosen = getattr(args, "language", None)
    if not chosen:
        chosen = settings_language if settings_language is not None else person_settings(config_dir(args)).language
    return chosen if chosen in REPORT_LANGUAGES else "en"


def session(args: argparse.Namespace) -> Session:
    """The person's settings, with this command's flags on top: the same pipeline the app runs."""
    where = config_dir(args)
    settings = person_settings(where)
    wanted = overrides(args)  # bad values are refused before anything is opened
    made = Session(settings, config_dir=where, data_dir=Path(args.data_dir).expanduser() if args.data_dir else None,
                   overrides=wanted, check_store=True, announce=lambda text: print(text, file=sys.stderr))
    _data_dir_usable(made.data_dir)
    if getattr(args, "lab", None):
        made.lab = _lab_config(Path(args.lab))
    return made


def _data_dir_usable(path: Path) -> None:
    folder_in_reach(path, "data folder", "--data-dir (or in Settings)")
    if path.is_dir():
        return  # reading works without write access; the store says so if a write is refused
    try:
        paths.ensure_private_dir(path)
    except OSError as exc:
        raise UserError(f"The data folder {path} cannot be created ({exc.strerror or exc}); give a folder you can "
                        "write to with --data-dir (or in Settings).") from None


def overrides(args: argparse.Namespace) -> ProbeOverrides:
    if args.timeout is not None and not (math.isfinite(args.timeout) and 0.5 <= args.timeout <= MAX_TIMEOUT_S):
        raise UserError(f"--timeout must be between 0.5 and {MAX_TIMEOUT_S:.0f} seconds.")
    for url in args.doh_url:
        if not url.startswith("https://"):
            raise UserError(f"--doh-url {url} must be an https:// URL (RFC 8484).")
    if args.ip_lookup_url and not args.ip_lookup_url.startswith("https://"):
        raise UserError(f"--ip-lookup-url {args.ip_lookup_url} must be an https:// URL.")
    if args.resolver:
        from desktop_app.probes.dns import parse_nameserver
        for text in args.resolver:
            try:
                parse_nameserver(text)
            except ValueError as exc:
                raise UserError(f"Invalid option: {exc}.") from None
    return ProbeOverrides(timeout=args.timeout, doh_urls=tuple(args.doh_url) or None,
                          system_resolvers=tuple(args.resolver) or None,
                          ip_lookup=False if args.no_ip_lookup else None, ip_lookup_url=args.ip_lookup_url or None,
                          platforms=tuple(args.platform) or None)


def _lab_config(path: Path) -> ProbeConfig:
    from desktop_app.lab import config_from_descriptor, load_descriptor
    try:
        return config_from_descriptor(load_descriptor(path))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"The lab description {path} could not be read ({exc}); start the lab with "
                        f"`vantage lab serve --descriptor {path}` first.") from None


def time_range(args: argparse.Namespace, now: float) -> tuple[float | None, float | None]:
    try:
        since = parse_when(args.since, now) if args.since else None
        until = parse_when(args.until, now) if args.until else None
    except ValueError as exc:
        raise UserError(f"{exc}.") from None
    if since is not None and until is not None and until <= since:
        raise UserError("--until must be later than --since.")
    return since, until


def passphrase(args: argparse.Namespace) -> bytes | None:
    if not getattr(args, "passphrase_file", None):
        return None
    try:
        text = Path(args.passphrase_file).read_bytes().rstrip(b"\r\n")
    except OSError as exc:
        raise UserError(f"The passphrase file {args.passphrase_file} cannot be read ({exc.strerror}).") from None
    if not text:
        raise UserError(f"The passphrase file {args.passphrase_file} is empty; an empty passphrase protects nothing.")
    return text


def every_so_often(report: Callable[[int, int], None]) -> Callable[[int, int], None]:
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


def counted(n: int, noun: str) -> str:
    """'1 sweep', '2 sweeps': the CLI's English counts (the app's are translated with their plural forms)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
