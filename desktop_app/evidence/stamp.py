"""Adds an RFC 3161 timestamp to a bundle made earlier (offline at the time): a new zip, renamed into place."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from desktop_app.evidence import names
from desktop_app.evidence.bundle import _info
from desktop_app.evidence.timestamp import request_token, verify_token


def add_timestamp(bundle: Path, url: str, timeout: float = 20.0) -> str:
    """Timestamp the bundle's signature; returns when the authority says it saw it. Nothing else changes."""
    bundle = Path(bundle)
    try:
        with zipfile.ZipFile(bundle) as archive:
            signature = archive.read(names.SIGNATURE)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"{bundle} is not a readable evidence bundle ({exc}).") from None
    token = request_token(url, signature, timeout=timeout)
    info = verify_token(token, signature, None)
    partial = bundle.with_name(f".{bundle.name}.partial")
    try:
        with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(partial, "w") as target:
            for item in source.infolist():
                if item.filename == names.TIMESTAMP:
                    continue  # a newer token replaces an older one
                with source.open(item) as src, target.open(item, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            target.writestr(_info(names.TIMESTAMP), token)
        os.chmod(partial, 0o600)
        os.replace(partial, bundle)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return info.time.isoformat()
