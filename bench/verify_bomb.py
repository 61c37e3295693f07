"""How long `verify` takes to reject a zip bomb of newlines (issue 15: 33 s, growing with the unpacked size).

Three bundles, each with measurements.jsonl replaced by newlines: (1) 1 GiB deflated to about 1 MiB, the signature
untouched; (2) the same, re-signed by a forger whose manifest states the 1 GiB; (3) 256 MiB stored uncompressed and
re-signed, so neither sizes nor ratio refuse it and the line checks must stop at the first empty line. Prints the
seconds each takes to FAIL and the check that failed it. Written to a temporary folder, streamed (no GiB in memory).
Usage: .venv/bin/python bench/verify_bomb.py
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.evidence import names
from desktop_app.evidence.crypto import keys, sshsig
from desktop_app.evidence.export.bundle import ExportRequest, export_bundle
from desktop_app.evidence.verify.verifier import verify_bundle
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series

T0 = 1_780_000_020.0
CHUNK = b"\n" * (1 << 20)


def honest(tmp: Path) -> Path:
    out = tmp / "honest.zip"
    with HistoryStore.open(default_db_path(tmp / "data")) as store:
        add_series(store, T0, 60.0, [{}] * 5)
        export_bundle(store, ExportRequest(T0 - 1, T0 + 300, None, redact_ip=True), out, tmp / "cfg")
    return out


def bomb(src: Path, dest: Path, mib: int, method: int, forger: keys.SigningKey | None) -> Path:
    """`src` with measurements.jsonl as `mib` MiB of newlines; re-signed by `forger` with sizes to match."""
    with zipfile.ZipFile(src) as a:
        files = {n: a.read(n) for n in a.namelist() if n != names.MEASUREMENTS}
    digest = hashlib.sha256()
    for _ in range(mib):
        digest.update(CHUNK)
    if forger is not None:
        files[names.SIGNER_PUB] = (forger.public_line + "\n").encode()
        files[names.ALLOWED_SIGNERS] = (keys.allowed_signers_line(keys.IDENTITY, forger.public_line) + "\n").encode()
        manifest = json.loads(files[names.MANIFEST])
        for n, d in files.items():
            if n in manifest["files"]:
                manifest["files"][n]["size"] = len(d)
        manifest["files"][names.MEASUREMENTS]["size"] = mib << 20
        files[names.MANIFEST] = json.dumps(manifest).encode()
        listed = {n: hashlib.sha256(d).hexdigest() for n, d in files.items() if n not in names.UNLISTED}
        listed[names.MEASUREMENTS] = digest.hexdigest()
        files[names.SUMS] = "".join(f"{h}  {n}\n" for n, h in sorted(listed.items())).encode()
        files[names.SIGNATURE] = sshsig.sign(files[names.SUMS], forger.private_key, keys.NAMESPACE)
    with zipfile.ZipFile(dest, "w", method, allowZip64=True) as z:
        for n, d in files.items():
            z.writestr(n, d)
        with z.open(names.MEASUREMENTS, "w", force_zip64=True) as f:
            for _ in range(mib):
                f.write(CHUNK)
    return dest


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="vantage-bomb-") as name:
        tmp = Path(name)
        src = honest(tmp)
        forger = keys.load_or_create(tmp / "forger")
        cases = [("1 GiB deflated, signature untouched", 1024, zipfile.ZIP_DEFLATED, None),
                 ("1 GiB deflated, re-signed with its size", 1024, zipfile.ZIP_DEFLATED, forger),
                 ("256 MiB stored, re-signed with its size", 256, zipfile.ZIP_STORED, forger)]
        print(f"{'bundle':<42} {'zip MiB':>8} {'reject s':>9}  failed by")
        for label, mib, method, signer in cases:
            path = bomb(src, tmp / "bomb.zip", mib, method, signer)
            started = time.perf_counter()
            result = verify_bundle(path)
            took = time.perf_counter() - started
            failed = [c for c in result.checks if not c.ok]
            assert failed and not result.ok, label
            print(f"{label:<42} {path.stat().st_size / (1 << 20):>8.1f} {took:>9.2f}  {failed[0].name}: "
                  f"{failed[0].detail[:70]}", flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
