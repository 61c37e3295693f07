"""`vantage export`, `verify`, `timestamp` and `keys`: signed evidence bundles, made and checked."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_app.cli.common import (
    Commands,
    UserError,
    add_language_option,
    config_dir,
    counted,
    every_so_often,
    folder_in_reach,
    passphrase,
    report_language,
    session,
    time_range,
)


def add_parser(commands: Commands) -> None:
    export = commands.add("export", "write a signed evidence bundle (zip) of what was measured")
    export.add_argument("--since", metavar="WHEN", default="24h", help="start of the range (default: 24h ago)")
    export.add_argument("--until", metavar="WHEN", default="now", help="end of the range (default: now)")
    ip = export.add_mutually_exclusive_group()
    ip.add_argument("--redact-ip", dest="redact_ip", action="store_true", default=True,
                    help="withhold your public IP and resolver address (the default); ASN and country stay")
    ip.add_argument("--include-ip", dest="redact_ip", action="store_false",
                    help="disclose your public IP and resolver address in the bundle")
    export.add_argument("-o", "--output", metavar="FILE.zip", required=True)
    export.add_argument("--force", action="store_true", help="replace FILE.zip if it already exists")
    export.add_argument("--timestamp-url", metavar="URL",
                        help="ask this RFC 3161 timestamp authority to timestamp the signature")
    export.add_argument("--passphrase-file", metavar="FILE", help="the signing key's passphrase, for scripts")
    add_language_option(export, "the bundle's report and VERIFY.txt, and of this command's error sentences")

    verify_bundle = commands.add("verify", "check an evidence bundle: signature, every file, the chain, every proof")
    verify_bundle.add_argument("bundle", metavar="FILE.zip")
    verify_bundle.add_argument("--expect-key", metavar="SHA256:…",
                               help="fail unless the bundle was signed by this key (as `keys show` prints it)")
    verify_bundle.add_argument("--tsa-ca", metavar="FILE", help="CA certificate(s) of the timestamp authority")

    stamp = commands.add("timestamp", "add an RFC 3161 timestamp to an existing bundle")
    stamp.add_argument("bundle", metavar="FILE.zip")
    stamp.add_argument("--url", metavar="URL", help="the timestamp authority (default: the one in settings)")

    keys_cmd = commands.add("keys", "the key that signs evidence bundles")
    actions = Commands.nested(keys_cmd, "keys_command")
    for name, text in (("show", "print the key's fingerprint (give it to recipients beforehand)"),
                       ("export-public", "print the public key and an allowed_signers line"),
                       ("rotate", "make a new key (the old one is kept, so older bundles stay attributable)")):
        action = actions.add(name, text)
        if name == "rotate":
            new = action.add_mutually_exclusive_group()
            new.add_argument("--passphrase-file", metavar="FILE", help="protect the new key with this passphrase")
            new.add_argument("--no-passphrase", action="store_true",
                             help="the new key needs no passphrase, even if the current one has one")


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.app.error_words import sentence_in
    from desktop_app.common.i18n import translator
    from desktop_app.evidence.crypto.keys import KeyProblem
    from desktop_app.evidence.export.bundle import ExportCancelled, ExportError, ExportRequest, export_bundle, preview

    since, until = time_range(args, time.time())
    assert since is not None and until is not None
    output = Path(args.output)
    if output.suffix.lower() != ".zip":
        raise UserError(f"{output} should end in .zip: the bundle is a zip file.")
    _check_output(output, args.force)
    made = session(args)
    language = report_language(args, made.settings.language)
    request = ExportRequest(since, until, tuple(args.platform) or None, args.redact_ip, language=language)
    with made.open_store() as store:
        shown = preview(store, request)
        carried = ", ".join(k for k, v in shown.carries.items() if v)
        withheld = ", ".join(k for k, v in shown.carries.items() if not v) or "nothing"
        print(f"Exporting {counted(shown.measurements, 'measurement')} from {counted(shown.sweeps, 'sweep')} "
              f"({'all platforms' if request.platforms is None else ', '.join(request.platforms)}).\n"
              f"The bundle carries: {carried}. Withheld: {withheld}.", file=sys.stderr)
        progress = every_so_often(lambda done, total: print(f"  {done}/{total} sweeps", file=sys.stderr))
        try:
            result = export_bundle(store, request, output, config_dir(args), passphrase=passphrase(args),
                                   progress=progress, timestamp_url=args.timestamp_url)
        except (ExportError, KeyProblem) as exc:
            raise UserError(sentence_in(exc, translator(language))) from None
        except ExportCancelled:
            print("Cancelled; nothing was written.", file=sys.stderr)
            return 130
    for note in result.notes:
        print(note, file=sys.stderr)
    print(f"Wrote {result.path} ({result.measurements} measurements, signed"
          f"{' and timestamped' if result.timestamped else ''}).")
    return 0


def _check_output(output: Path, force: bool) -> None:
    """Never overwrite without being asked, and say why a path cannot take the bundle before any work is done."""
    if output.is_dir():
        raise UserError(f"{output} is a folder; give the bundle a file name inside it, e.g. "
                        f"{output / 'vantage-evidence.zip'}.")
    if output.exists() and not force:
        raise UserError(f"{output} already exists; choose another name, or give --force to replace it.")
    folder_in_reach(output.parent, "output folder", "-o")


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.evidence.verify.verifier import verify_bundle

    bundle = Path(args.bundle)
    if not bundle.is_file():
        raise UserError(f"{bundle} does not exist or is not a file.")
    progress = every_so_often(lambda done, total: print(f"  checked {done * 100 // max(total, 1)}% of the bundle",
                                                        file=sys.stderr))
    result = verify_bundle(bundle, args.expect_key, Path(args.tsa_ca) if args.tsa_ca else None, progress=progress)
    for check in result.checks:
        print(f"{'PASS' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if result.ok:
        print(f"The bundle is intact and was signed by {result.fingerprint}.")
        return 0
    print("The bundle FAILED verification: do not rely on it.")
    return 1


def run_timestamp(args: argparse.Namespace) -> int:
    from desktop_app.evidence.crypto.stamp import add_timestamp
    from desktop_app.evidence.crypto.timestamp import TimestampError

    url = args.url or session(args).settings.tsa_url
    if not url:
        raise UserError("No timestamp authority: give --url URL, or set one in Settings.")
    try:
        when = add_timestamp(Path(args.bundle), url)
    except (TimestampError, ValueError) as exc:
        raise UserError(str(exc)) from None
    print(f"Timestamped {args.bundle}: the signature existed by {when}.")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from desktop_app.evidence.crypto import keys

    where = config_dir(args)
    try:
        if args.keys_command == "rotate":
            new_passphrase = passphrase(args)
            if new_passphrase is None and not args.no_passphrase and keys.is_encrypted(where):
                new_passphrase = _ask_new_passphrase(keys.key_path(where))
            key = keys.rotate(where, new_passphrase, unprotected_ok=args.no_passphrase)
            print(f"New signing key {key.fingerprint} ({key.path}"
                  f"{', protected by a passphrase' if new_passphrase else ', no passphrase'}); "
                  "the old key is kept next to it.")
            return 0
        if not keys.exists(where):
            raise UserError(f"No signing key yet in {where}; one is made on the first export "
                            "(or now with `vantage keys rotate`).")
        info = keys.inspect(where)  # the public half is readable without the passphrase: none is asked
    except keys.KeyProblem as exc:
        raise UserError(str(exc)) from None
    if args.keys_command == "show":
        print(info.fingerprint)
        print(f"  key file: {info.path}{' (protected by a passphrase)' if info.protected else ''}")
    else:
        print(info.public_line)
        print(keys.allowed_signers_line(keys.IDENTITY, info.public_line))
    return 0


def _ask_new_passphrase(current: Path) -> bytes | None:
    """At a terminal, the passphrase for the key that replaces a protected one (typed twice); elsewhere None, and
    rotate refuses rather than leave the person with an unprotected key they did not ask for."""
    import getpass

    if not sys.stdin.isatty():
        return None
    print(f"The current key {current} is protected by a passphrase; the new one will be too.", file=sys.stderr)
    first = getpass.getpass("Passphrase for the new key: ").encode("utf-8")
    if not first:
        raise UserError("No passphrase was typed, so no key was made; to make one without a passphrase, give "
                        "--no-passphrase.")
    if getpass.getpass("The same passphrase again: ").encode("utf-8") != first:
        raise UserError("The two passphrases differ, so no key was made; run `vantage keys rotate` again.")
    return first
