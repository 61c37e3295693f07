"""Adds an RFC 3161 timestamp to a bundle made earlier (offline at the time): a new zip, renamed into place."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from desktop_app.evidence import names
from desktop_app.evidence.crypto.timestamp import request_token, verify_token
from desktop_app.evidence.export.bundle import ZIP_TIME


def add_timestamp(bundle: Path, url: str, timeout: float = 20.0) -> str:
    """Timestamp the bundle's signature; returns when the authority says it saw it. Nothing else changes."""
    bundle = Path(bundle)
    try:
        with zipfile.ZipFile(bundle) as archive:
            signature = archive.read(names.SIGNATURE)
            stamped = names.TIMESTAMP in archive.namelist()
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"{bundle} is not a readable evidence bundle ({exc}).") from None
    token = request_token(url, signature, timeout=timeout)
    info = verify_token(token, signature, None)
    partial = bundle.with_name(f".{bundle.name}.partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # private before any byte lands
        if stamped:
            _rewrite_without_token(bundle, partial)
        else:  # the usual case: copy the file as it is and add one entry; no member is decompressed again
            shutil.copyfile(bundle, partial)
        with zipfile.ZipFile(partial, "a") as target:
            target.writestr(_info(names.TIMESTAMP), token)
        with open(partial, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(partial, bundle)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return info.time.isoformat()


def _rewrite_without_token(bundle: Path, partial: Path) -> None:
    """A copy of the bundle without its old token (zip has no way to drop an entry in place)."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(partial, "w") as target:
        for item in source.infolist():
            if item.filename == names.TIMESTAMP:
                continue  # a newer token replaces an older one
            with source.open(item) as src, target.open(item, "w", force_zip64=True) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)


def _info(name: str) -> zipfile.ZipInfo:
    """The token's entry: the bundle's fixed time and mode 0644, like every other entry."""
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, so the mode above is read back the same everywhere
    return info
