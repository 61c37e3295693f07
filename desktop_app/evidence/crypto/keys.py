"""The Ed25519 key that signs evidence bundles: made on first use, kept as an OpenSSH key file, rotated on request."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import SSHPublicKeyTypes

from desktop_app.common.errors import EvidenceError

NAMESPACE = "vantage-evidence-v1"
IDENTITY = "vantage-evidence"
COMMENT = "vantage-evidence"  # neutral on purpose: ssh-keygen's default would be user@host
KEY_FILE = "signing_key"
PUB_SUFFIX = ".pub"
OLD_PREFIX = KEY_FILE + ".old-"
KDF_ROUNDS = 64  # bcrypt rounds for a passphrase; OpenSSH's default is 16
_ARMOR_BEGIN = b"-----BEGIN OPENSSH PRIVATE KEY-----"
_ARMOR_END = b"-----END OPENSSH PRIVATE KEY-----"
_KEY_MAGIC = b"openssh-key-v1\x00"
_MAX_KEY_FILE = 64 * 1024


class KeyProblem(EvidenceError):
    """The signing key cannot be used; the message is a sentence for the user."""


@dataclass(frozen=True)
class SigningKey:
    """The unlocked signing key and what identifies it."""

    private_key: Ed25519PrivateKey
    public_line: str  # "ssh-ed25519 AAAA… vantage-evidence", as in signing_key.pub
    fingerprint: str  # "SHA256:…", as `ssh-keygen -l` prints it
    path: Path  # the private key file


@dataclass(frozen=True)
class KeyFileInfo:
    """What a key file tells without its passphrase: its public key and how it is protected."""

    path: Path
    public_line: str
    fingerprint: str
    protected: bool  # encrypted with a passphrase
    kdf_rounds: int | None  # bcrypt rounds when protected


def key_path(directory: Path) -> Path:
    """The private key file in `directory`."""
    return Path(directory) / KEY_FILE


def exists(directory: Path) -> bool:
    """Whether `directory` holds a signing key file."""
    return key_path(directory).is_file()


def fingerprint(public_key: SSHPublicKeyTypes) -> str:
    """The key's fingerprint exactly as `ssh-keygen -l` prints it: SHA256 of the wire-format key, base64 unpadded."""
    wire = _wire_blob(public_key)
    return "SHA256:" + base64.b64encode(hashlib.sha256(wire).digest()).decode("ascii").rstrip("=")


def public_line(public_key: Ed25519PublicKey, comment: str = COMMENT) -> str:
    """The OpenSSH public key line for `public_key`: key type, base64 key and comment."""
    raw = public_key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")
    return f"{raw} {comment}" if comment else raw


def allowed_signers_line(identity: str, public_line: str) -> str:
    """A line for ssh-keygen's ALLOWED SIGNERS file trusting `public_line` as `identity` in our namespace only."""
    if not identity or any(c.isspace() or c in "\"," for c in identity):
        raise ValueError(f"The signer identity {identity!r} must be one word without quotes or commas.")
    fields = public_line.split()
    if len(fields) < 2:
        raise ValueError(f"{public_line!r} is not an OpenSSH public key line (key type, then base64 key).")
    return f'{identity} namespaces="{NAMESPACE}" {fields[0]} {fields[1]}'


def inspect(directory: Path) -> KeyFileInfo:
    """Describe the key file in `directory` without unlocking it (whether it needs a passphrase, its fingerprint)."""
    return _inspect_file(key_path(directory))


def is_encrypted(directory: Path) -> bool:
    """Whether the key in `directory` needs a passphrase; False when there is none or it is damaged (load says why)."""
    try:
        return inspect(directory).protected
    except KeyProblem:
        return False


def previous(directory: Path) -> list[KeyFileInfo]:
    """The keys that `rotate` retired in `directory`, oldest first, so older bundles' signer stays known."""
    found = []
    for path in sorted(Path(directory).glob(OLD_PREFIX + "*")):
        if path.name.endswith(PUB_SUFFIX) or not path.is_file():
            continue
        try:
            found.append(_inspect_file(path))
        except KeyProblem:
            continue
    return found


def load(directory: Path, passphrase: bytes | None = None) -> SigningKey:
    """Unlock the signing key in `directory`; raises KeyProblem with a sentence if that cannot be done."""
    path = key_path(directory)
    blob = _read_key_file(path)
    info = _parse_header(path, blob)
    if info.protected and not passphrase:
        raise KeyProblem(f"The signing key {path} is protected by a passphrase; give the passphrase to use it.")
    if not info.protected and passphrase:
        raise KeyProblem(f"The signing key {path} is not protected by a passphrase, so none should be given. "
                         "To protect it, make a new key with a passphrase (`vantage keys rotate`).")
    try:
        key = serialization.load_ssh_private_key(blob, passphrase or None)
    except UnsupportedAlgorithm:
        raise KeyProblem(f"The signing key {path} cannot be opened here: a passphrase-protected key needs the "
                         "bcrypt package, which is not installed.") from None
    except (ValueError, TypeError) as exc:
        if info.protected and "checksum" in str(exc):
            raise KeyProblem(f"The passphrase for the signing key {path} is wrong.") from None
        raise _damaged(path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"The signing key {path} is not an Ed25519 key; Vantage signs only with Ed25519 keys.")
    signing = _signing_key(key, path)
    if signing.fingerprint != info.fingerprint:
        raise _damaged(path)
    _tighten(path, 0o600)
    _ensure_pub(path, signing.public_line)
    return signing


def create(directory: Path, passphrase: bytes | None = None) -> SigningKey:
    """Make a new signing key in `directory`; raises FileExistsError if one is already there."""
    _check_new_passphrase(passphrase)
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    _tighten(directory, 0o700)
    key = Ed25519PrivateKey.generate()
    if passphrase:
        encryption = serialization.PrivateFormat.OpenSSH.encryption_builder().kdf_rounds(KDF_ROUNDS).build(passphrase)
    else:
        encryption = serialization.NoEncryption()
    try:
        blob = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, encryption)
    except UnsupportedAlgorithm:
        raise KeyProblem("A passphrase-protected key cannot be made here: that needs the bcrypt package, "
                         "which is not installed.") from None
    path = key_path(directory)
    signing = _signing_key(key, path)
    _write_exclusive(path, blob, 0o600)
    _write_replace(_pub_path(path), (signing.public_line + "\n").encode("ascii"), 0o644)
    return signing


def load_or_create(directory: Path, passphrase: bytes | None = None) -> SigningKey:
    """The signing key in `directory`, made there (protected by `passphrase` if given) when there is none yet."""
    if not exists(directory):
        try:
            return create(directory, passphrase)
        except FileExistsError:
            pass  # another process made it first: use theirs
    return load(directory, passphrase)


def rotate(directory: Path, passphrase: bytes | None = None, *, unprotected_ok: bool = False) -> SigningKey:
    """Retire the current key as signing_key.old-<UTC time> (with its .pub) and make a new one.

    A protected key is never silently replaced by an unprotected one: without a passphrase, that takes
    `unprotected_ok` (the person said so)."""
    _check_new_passphrase(passphrase)
    path = key_path(directory)
    if passphrase is None and not unprotected_ok and is_encrypted(directory):
        raise KeyProblem(f"The signing key {path} is protected by a passphrase, and the new key would have none. "
                         "Give a passphrase for the new key, or say explicitly that it needs none "
                         "(`vantage keys rotate --no-passphrase`).")
    if path.is_file():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        old = path.with_name(OLD_PREFIX + stamp)
        n = 1
        while old.exists() or _pub_path(old).exists():
            n += 1
            old = path.with_name(f"{OLD_PREFIX}{stamp}-{n}")
        try:
            old_pub = _inspect_file(path).public_line
        except KeyProblem:
            old_pub = None  # a damaged key is still moved aside, never deleted
        os.rename(path, old)
        if _pub_path(path).is_file():
            os.replace(_pub_path(path), _pub_path(old))
        elif old_pub is not None:
            _write_replace(_pub_path(old), (old_pub + "\n").encode("ascii"), 0o644)
    return create(directory, passphrase)


def _signing_key(key: Ed25519PrivateKey, path: Path) -> SigningKey:
    public = key.public_key()
    return SigningKey(key, public_line(public), fingerprint(public), path)


def _wire_blob(public_key: SSHPublicKeyTypes) -> bytes:
    line = public_key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return base64.b64decode(line.split()[1])


def _pub_path(path: Path) -> Path:
    return path.with_name(path.name + PUB_SUFFIX)


def _check_new_passphrase(passphrase: bytes | None) -> None:
    if passphrase is not None and not isinstance(passphrase, bytes):
        raise TypeError("The passphrase must be bytes or None.")
    if passphrase is not None and not passphrase:
        raise KeyProblem("An empty passphrase protects nothing; give a real passphrase or none at all.")


def _damaged(path: Path) -> KeyProblem:
    return KeyProblem(f"The signing key file {path} is damaged. Restore it from a backup, or make a new key with "
                      "`vantage keys rotate` (bundles signed with the old key can still be checked with its "
                      "fingerprint).")


def _read_key_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            blob = f.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise KeyProblem(f"There is no signing key at {path}; one is made on the first export.") from None
    except OSError as exc:
        raise KeyProblem(f"The signing key {path} cannot be read ({exc.strerror}).") from None
    if len(blob) > _MAX_KEY_FILE:
        raise _damaged(path)
    return blob


def _inspect_file(path: Path) -> KeyFileInfo:
    return _parse_header(path, _read_key_file(path))


def _parse_header(path: Path, blob: bytes) -> KeyFileInfo:
    """Read the unencrypted part of an OpenSSH private key file: cipher, KDF rounds and the public key."""
    text = blob.strip()
    if not (text.startswith(_ARMOR_BEGIN) and text.endswith(_ARMOR_END)):
        raise _damaged(path)
    try:
        raw = base64.b64decode(b"".join(text[len(_ARMOR_BEGIN):-len(_ARMOR_END)].split()), validate=True)
        if not raw.startswith(_KEY_MAGIC):
            raise ValueError("magic")
        at = len(_KEY_MAGIC)
        cipher, at = _take_string(raw, at)
        kdf, at = _take_string(raw, at)
        kdf_options, at = _take_string(raw, at)
        count, at = int.from_bytes(raw[at:at + 4], "big"), at + 4
        public_blob, at = _take_string(raw, at)
        if count != 1:
            raise ValueError("key count")
        rounds = None
        if kdf == b"bcrypt":
            _salt, k = _take_string(kdf_options, 0)
            rounds = int.from_bytes(kdf_options[k:k + 4], "big")
        key_type, _ = _take_string(public_blob, 0)
        public_key = serialization.load_ssh_public_key(
            key_type + b" " + base64.b64encode(public_blob))
    except (ValueError, binascii.Error, UnsupportedAlgorithm):
        raise _damaged(path) from None
    if not isinstance(public_key, Ed25519PublicKey):
        raise KeyProblem(f"The signing key {path} is not an Ed25519 key; Vantage signs only with Ed25519 keys.")
    protected = cipher != b"none"
    return KeyFileInfo(path, public_line(public_key), fingerprint(public_key), protected,
                       rounds if protected else None)


def _take_string(buf: bytes, at: int) -> tuple[bytes, int]:
    if at + 4 > len(buf):
        raise ValueError("short")
    n = int.from_bytes(buf[at:at + 4], "big")
    if at + 4 + n > len(buf):
        raise ValueError("short")
    return buf[at + 4:at + 4 + n], at + 4 + n


def _ensure_pub(path: Path, line: str) -> None:
    """Rewrite signing_key.pub if it is missing or holds another key (it is derived from the private key)."""
    pub = _pub_path(path)
    try:
        current = pub.read_text("ascii", "replace").split()
    except OSError:
        current = []
    if current[:2] != line.split()[:2]:
        with contextlib.suppress(OSError):  # a read-only directory still lets us sign
            _write_replace(pub, (line + "\n").encode("ascii"), 0o644)


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass


def _temp_write(path: Path, data: bytes, mode: int) -> Path:
    tmp = path.with_name(f".{path.name}.tmp-{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)  # the umask may have taken bits away from a .pub
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _write_exclusive(path: Path, data: bytes, mode: int) -> None:
    """Write `path` in one step, failing with FileExistsError if it appeared meanwhile (never overwrite a key)."""
    tmp = _temp_write(path, data, mode)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(tmp, path)  # no hard links on this file system
    finally:
        tmp.unlink(missing_ok=True)


def _write_replace(path: Path, data: bytes, mode: int) -> None:
    tmp = _temp_write(path, data, mode)
    try:
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)

