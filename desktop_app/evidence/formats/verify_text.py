"""VERIFY.txt: the exact commands a recipient runs, with stock tools, on Linux, macOS and Windows.

Written in the language chosen at export; the commands, file names and fingerprints stay as they are, isolated
left to right inside an Urdu or Persian sentence so they never reorder.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.common.i18n import Translator, translator
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.evidence import names
from desktop_app.evidence.crypto.keys import IDENTITY, NAMESPACE

CONTEXT = "VerifyText"
TITLE = QT_TRANSLATE_NOOP("VerifyText", "How to check this evidence bundle without Vantage")
INTRO = QT_TRANSLATE_NOOP("VerifyText", "Unpack the zip into an empty folder and run these commands inside it. Each "
                          "must succeed.\nThe signer's key fingerprint is in {0} (\"signer\"); compare it with the "
                          "one the\nperson who measured gave you beforehand ({1} prints it).")
STEP_SIGNATURE = QT_TRANSLATE_NOOP("VerifyText", "1. The signature over the list of files (OpenSSH 8.1 or newer):")
IT_PRINTS = QT_TRANSLATE_NOOP("VerifyText", "It prints: {0}")
STEP_FILES = QT_TRANSLATE_NOOP("VerifyText", "2. Every file against the list:")
WINDOWS = QT_TRANSLATE_NOOP("VerifyText", "run the signature check through cmd, not PowerShell (PowerShell pipes "
                            "alter bytes):")
COMPARE = QT_TRANSLATE_NOOP("VerifyText", "and compare each file's hash with its line in {0}:")
NOTHING_ELSE = QT_TRANSLATE_NOOP("VerifyText", "Also check that the folder holds no file that {0} does not list, "
                                 "other than\n{0}, {1} and {2}.")
STEP_TIMESTAMP = QT_TRANSLATE_NOOP("VerifyText", "3. If {0} is present, it is an RFC 3161 token from a timestamp "
                                   "authority over the\nsignature's bytes, proving the bundle existed by the time it "
                                   "states. With the authority's CA\ncertificate (and its signing certificate, if "
                                   "the token does not include it):")
SHOWS_TIME = QT_TRANSLATE_NOOP("VerifyText", "(shows the time)")
STEP_VANTAGE = QT_TRANSLATE_NOOP("VerifyText", "4. With Vantage installed, {0} makes every check\nabove and more: "
                                 "the hash chain of {1}, each block's Merkle root, every measurement's\ninclusion "
                                 "proof ({2}), the disclosed values against their commitments\n({3}), and the log "
                                 "checkpoint in {4}.")
FILES_HEADING = QT_TRANSLATE_NOOP("VerifyText", "What the files are")


def _indented(text: str, rest: str = "   ", first: str = "") -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0], *(rest + line for line in lines[1:])])


def verify_text(files: Sequence[str], i18n: Translator | None = None) -> str:
    """The instructions; `files` are the files SHA256SUMS lists (for Windows, which has no sha256sum -c)."""
    t = i18n or translator("en")
    ltr = t.ltr

    def say(text: str, *values: str) -> str:
        return t.tr(CONTEXT, text).format(*(ltr(v) for v in values))

    listed = sorted(set(files) | {names.VERIFY})
    certutil = "\n".join(f'  cmd /c "certutil -hashfile {f.replace("/", chr(92))} SHA256"' for f in listed)
    signature_check = (f"ssh-keygen -Y verify -f {names.ALLOWED_SIGNERS} -I {IDENTITY} -n {NAMESPACE} "
                       f"-s {names.SIGNATURE} < {names.SUMS}")
    title = t.tr(CONTEXT, TITLE)
    files_heading = t.tr(CONTEXT, FILES_HEADING)
    good = f'Good "{NAMESPACE}" signature for {IDENTITY} with ED25519 key SHA256:...'
    return f"""{title}
{"=" * len(title)}

{say(INTRO, names.MANIFEST, f"`ssh-keygen -l -f {names.SIGNER_PUB}`")}

{say(STEP_SIGNATURE)}

  {signature_check}

{_indented(say(IT_PRINTS, good), first="   ")}

{say(STEP_FILES)}

  Linux:    sha256sum -c --strict {names.SUMS}
  macOS:    shasum -a 256 -c --strict {names.SUMS}
  Windows:  {say(WINDOWS)}
  cmd /c "{signature_check}"
  {say(COMPARE, names.SUMS)}
{certutil}

{_indented(say(NOTHING_ELSE, names.SUMS, names.SIGNATURE, names.TIMESTAMP), first="   ")}

{_indented(say(STEP_TIMESTAMP, names.TIMESTAMP))}

  openssl ts -verify -data {names.SIGNATURE} -in {names.TIMESTAMP} -token_in -CAfile tsa-ca.pem
  openssl ts -reply -in {names.TIMESTAMP} -token_in -text      {say(SHOWS_TIME)}

{_indented(say(STEP_VANTAGE, "`vantage verify bundle.zip --expect-key SHA256:...`", names.BLOCKS, names.PROOFS,
               names.DISCLOSURES, names.MANIFEST))}

{files_heading}
{"-" * len(files_heading)}
{_file_list(t)}
"""


# Each file of the bundle and what it is (a description may run over several lines).
FILES: tuple[tuple[str, str], ...] = (
    (names.MEASUREMENTS, QT_TRANSLATE_NOOP("VerifyText", "every revealed measurement, as the exact bytes the log "
                                                         "hashed")),
    (names.PROOFS, QT_TRANSLATE_NOOP("VerifyText", "for each, its block and position, with a Merkle inclusion proof "
                                                   "when only part\nof its block is revealed (a whole block is "
                                                   "checked against its root instead)")),
    (names.BLOCKS, QT_TRANSLATE_NOOP("VerifyText", "the header of every block in range and the one before (one JSON "
                                                   "line each,\nexactly the bytes whose SHA-256 is the block's "
                                                   "hash)")),
    (names.DISCLOSURES, QT_TRANSLATE_NOOP("VerifyText", "salts and values behind the commitments that were revealed "
                                                        "(public IP, resolver)")),
    (names.CSV, QT_TRANSLATE_NOOP("VerifyText", "a flat summary for spreadsheets")),
    (names.INCIDENTS, QT_TRANSLATE_NOOP("VerifyText", "the incidents in range, as the History view computes them")),
    (names.OONI, QT_TRANSLATE_NOOP("VerifyText", "the same measurements in OONI's data format (urlgetter-style, as "
                                                 "measured:\nno test helper's control unless one was asked), gzipped "
                                                 "JSONL as OONI publishes\nits own (read it with zcat or gunzip)")),
    (names.BLOBS, QT_TRANSLATE_NOOP("VerifyText", "the certificates and bodies the measurements name, each under its "
                                                  "SHA-256")),
    (f"{names.REPORT_HTML}, {names.REPORT_PDF}", QT_TRANSLATE_NOOP("VerifyText", "the human-readable report")),
    (names.MANIFEST, QT_TRANSLATE_NOOP("VerifyText", "what, when, from which software and log checkpoint, and what "
                                                     "was withheld")),
)


def _file_list(i18n: Translator | None = None) -> str:
    """The files and their descriptions in two aligned columns; a name too long for the column gets its own line."""
    t = i18n or translator("en")
    width = 22
    lines = []
    for name, what in FILES:
        first, *rest = t.tr(CONTEXT, what).split("\n")
        if len(name) < width - 1:
            lines.append(f"{name:<{width}}{first}")
        else:
            lines += [name, " " * width + first]
        lines += [" " * width + more for more in rest]
    return "\n".join(lines)
