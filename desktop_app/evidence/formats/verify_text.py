"""VERIFY.txt: the exact commands a recipient runs, with stock tools, on Linux, macOS and Windows."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.evidence import names
from desktop_app.evidence.crypto.keys import IDENTITY, NAMESPACE


def verify_text(files: Sequence[str]) -> str:
    """The instructions; `files` are the files SHA256SUMS lists (for Windows, which has no sha256sum -c)."""
    listed = sorted(set(files) | {names.VERIFY})
    certutil = "\n".join(f'  cmd /c "certutil -hashfile {f.replace("/", chr(92))} SHA256"' for f in listed)
    signature_check = (f"ssh-keygen -Y verify -f {names.ALLOWED_SIGNERS} -I {IDENTITY} -n {NAMESPACE} "
                       f"-s {names.SIGNATURE} < {names.SUMS}")
    return f"""How to check this evidence bundle without Vantage
=================================================

Unpack the zip into an empty folder and run these commands inside it. Each must succeed.
The signer's key fingerprint is in manifest.json ("signer"); compare it with the one the
person who measured gave you beforehand (`ssh-keygen -l -f {names.SIGNER_PUB}` prints it).

1. The signature over the list of files (OpenSSH 8.1 or newer):

  {signature_check}

   It prints: Good "{NAMESPACE}" signature for {IDENTITY} with ED25519 key SHA256:...

2. Every file against the list:

  Linux:    sha256sum -c --strict {names.SUMS}
  macOS:    shasum -a 256 -c --strict {names.SUMS}
  Windows:  run the signature check through cmd, not PowerShell (PowerShell pipes alter bytes):
  cmd /c "{signature_check}"
  and compare each file's hash with its line in {names.SUMS}:
{certutil}

   Also check that the folder holds no file that {names.SUMS} does not list, other than
   {names.SUMS}, {names.SIGNATURE} and {names.TIMESTAMP}.

3. If {names.TIMESTAMP} is present, it is an RFC 3161 token from a timestamp authority over the
   signature's bytes, proving the bundle existed by the time it states. With the authority's CA
   certificate (and its signing certificate, if the token does not include it):

  openssl ts -verify -data {names.SIGNATURE} -in {names.TIMESTAMP} -token_in -CAfile tsa-ca.pem
  openssl ts -reply -in {names.TIMESTAMP} -token_in -text      (shows the time)

4. With Vantage installed, `vantage verify bundle.zip --expect-key SHA256:...` makes every check
   above and more: the hash chain of {names.BLOCKS}, each block's Merkle root, every measurement's
   inclusion proof ({names.PROOFS}), the disclosed values against their commitments
   ({names.DISCLOSURES}), and the log checkpoint in {names.MANIFEST}.

What the files are
------------------
{_file_list()}
"""


# Each file of the bundle and what it is (a description may run over several lines).
FILES: tuple[tuple[str, str], ...] = (
    (names.MEASUREMENTS, "every revealed measurement, as the exact bytes the log hashed"),
    (names.PROOFS, ("for each, its block and position, with a Merkle inclusion proof when only part\n"
                   "of its block is revealed (a whole block is checked against its root instead)")),
    (names.BLOCKS, ("the header of every block in range and the one before (one JSON line each,\n"
                   "exactly the bytes whose SHA-256 is the block's hash)")),
    (names.DISCLOSURES, "salts and values behind the commitments that were revealed (public IP, resolver)"),
    (names.CSV, "a flat summary for spreadsheets"),
    (names.INCIDENTS, "the incidents in range, as the History view computes them"),
    (names.OONI, ("the same measurements in OONI's data format (urlgetter-style, as measured:\n"
                 "no test helper's control unless one was asked), gzipped JSONL as OONI publishes\n"
                 "its own (read it with zcat or gunzip)")),
    (names.BLOBS, "the certificates and bodies the measurements name, each under its SHA-256"),
    (f"{names.REPORT_HTML}, {names.REPORT_PDF}", "the human-readable report"),
    (names.MANIFEST, "what, when, from which software and log checkpoint, and what was withheld"),
)


def _file_list() -> str:
    """The files and their descriptions in two aligned columns; a name too long for the column gets its own line."""
    width = 22
    lines = []
    for name, what in FILES:
        first, *rest = what.split("\n")
        if len(name) < width - 1:
            lines.append(f"{name:<{width}}{first}")
        else:
            lines += [name, " " * width + first]
        lines += [" " * width + more for more in rest]
    return "\n".join(lines)

