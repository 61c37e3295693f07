"""SSH signatures (OpenSSH PROTOCOL.sshsig) made and checked in Python, compatible with `ssh-keygen -Y`."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.common.errors import EvidenceError

MAGIC = b"SSHSIG"
VERSION = 1
HASH_ALGORITHM = "sha512"  # what ssh-keygen -Y sign uses
KEY_TYPE = b"ssh-ed25519"
BEGIN = b"-----BEGIN SSH SIGNATURE-----"
END = b"-----END SSH SIGNATURE-----"
_HASHES = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}
_WRAP = 70  # ssh-keygen's line length inside the armor
_MAX_ARMORED = 16 * 1024


class SignatureProblem(EvidenceError):
    """An SSH signature is malformed or does not verify; the message is a sentence for the user."""


@dataclass(frozen=True)
class Envelope:
    """The fields of an SSHSIG blob, as read, before any check of the signature itself."""

    public_key: Ed25519PublicKey
    namespace: str
    reserved: bytes
    hash_algorithm: str
    signature: bytes  # the raw 64-byte Ed25519 signature


def sign(data: bytes, private_key: Ed25519PrivateKey, namespace: str) -> bytes:
    """The armored SSH signature of `data` in `namespace`, as `ssh-keygen -Y sign -n namespace` writes it."""
    if not namespace:
        raise ValueError("An SSH signature needs a namespace.")
    ns = namespace.encode("utf-8")
    digest = _HASHES[HASH_ALGORITHM](data).digest()
    signed = MAGIC + _string(ns) + _string(b"") + _string(HASH_ALGORITHM.encode()) + _string(digest)
    raw = private_key.sign(signed)
    public_raw = private_key.public_key().public_bytes_raw()
    blob = (MAGIC + VERSION.to_bytes(4, "big")
            + _string(_string(KEY_TYPE) + _string(public_raw))
            + _string(ns) + _string(b"") + _string(HASH_ALGORITHM.encode())
            + _string(_string(KEY_TYPE) + _string(raw)))
    text = base64.b64encode(blob)
    lines = [text[i:i + _WRAP] for i in range(0, len(text), _WRAP)]
    return b"\n".join([BEGIN, *lines, END]) + b"\n"


def verify(data: bytes, armored: bytes, namespace: str) -> Ed25519PublicKey:
    """Check that `armored` signs `data` in `namespace`; returns the signer's key, raises SignatureProblem if not."""
    envelope = parse(armored)
    if envelope.namespace != namespace:
        raise SignatureProblem(f"The signature is for the namespace '{envelope.namespace}', not '{namespace}': "
                               "it was made for another purpose.")
    digest = _HASHES[envelope.hash_algorithm](data).digest()
    signed = (MAGIC + _string(envelope.namespace.encode("utf-8")) + _string(envelope.reserved)
              + _string(envelope.hash_algorithm.encode()) + _string(digest))
    try:
        envelope.public_key.verify(envelope.signature, signed)
    except InvalidSignature:
        raise SignatureProblem("The signature does not match the data: the data was changed after it was signed, "
                               "or the signature belongs to other data.") from None
    return envelope.public_key


def public_key_of(armored: bytes) -> Ed25519PublicKey:
    """The key an armored SSH signature claims to be made with (not yet checked against any data)."""
    return parse(armored).public_key


def parse(armored: bytes) -> Envelope:
    """Read an armored SSHSIG into its fields; raises SignatureProblem if it is not a well-formed Ed25519 one."""
    blob = _dearmor(armored)
    if not blob.startswith(MAGIC):
        raise SignatureProblem("The signature does not start with the SSHSIG magic: it is not an SSH signature.")
    reader = _Reader(blob[len(MAGIC):])
    version = reader.u32()
    if version != VERSION:
        raise SignatureProblem(f"The signature has SSHSIG version {version}; only version {VERSION} is understood.")
    key_blob = _Reader(reader.string())
    key_type = key_blob.string()
    if key_type != KEY_TYPE:
        raise SignatureProblem(f"The signature was made with a {_show(key_type)} key; only ssh-ed25519 signatures "
                               "are accepted.")
    public_raw = key_blob.string()
    key_blob.end()
    if len(public_raw) != 32:
        raise SignatureProblem("The signature's Ed25519 key has the wrong length: the signature is damaged.")
    try:
        namespace = reader.string().decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureProblem("The signature's namespace is not UTF-8 text: the signature is damaged.") from None
    reserved = reader.string()
    hash_algorithm = reader.string().decode("ascii", "replace")
    if hash_algorithm not in _HASHES:
        raise SignatureProblem(f"The signature uses the hash '{hash_algorithm}'; only sha256 and sha512 are "
                               "allowed.")
    sig_blob = _Reader(reader.string())
    reader.end()
    sig_type = sig_blob.string()
    if sig_type != KEY_TYPE:
        raise SignatureProblem(f"The signature is of type {_show(sig_type)} but its key is ssh-ed25519: "
                               "the signature is damaged.")
    raw = sig_blob.string()
    sig_blob.end()
    if len(raw) != 64:
        raise SignatureProblem("The Ed25519 signature has the wrong length: the signature is damaged.")
    return Envelope(Ed25519PublicKey.from_public_bytes(public_raw), namespace, reserved, hash_algorithm, raw)


def _dearmor(armored: bytes) -> bytes:
    if not isinstance(armored, bytes):
        raise TypeError("The armored signature must be bytes.")
    if len(armored) > _MAX_ARMORED:
        raise SignatureProblem("The signature file is far too large to be an SSH signature.")
    text = armored.strip()
    if not text.startswith(BEGIN):
        raise SignatureProblem("The signature is not an SSH signature: it does not start with "
                               f"'{BEGIN.decode()}'.")
    if not text.endswith(END):
        raise SignatureProblem(f"The SSH signature is cut short: it does not end with '{END.decode()}'.")
    body = b"".join(text[len(BEGIN):-len(END)].split())
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureProblem("The SSH signature's base64 text is damaged.") from None


def _string(value: bytes) -> bytes:
    return len(value).to_bytes(4, "big") + value


def _show(value: bytes) -> str:
    return repr(value.decode("ascii", "replace")[:40])


class _Reader:
    """Reads SSH wire-format fields (uint32, length-prefixed strings) from a blob, refusing short data."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._at = 0

    def u32(self) -> int:
        if self._at + 4 > len(self._data):
            raise SignatureProblem("The SSH signature is cut short: it is damaged.")
        value = int.from_bytes(self._data[self._at:self._at + 4], "big")
        self._at += 4
        return value

    def string(self) -> bytes:
        n = self.u32()
        if self._at + n > len(self._data):
            raise SignatureProblem("The SSH signature is cut short: it is damaged.")
        value = self._data[self._at:self._at + n]
        self._at += n
        return value

    def end(self) -> None:
        if self._at != len(self._data):
            raise SignatureProblem("The SSH signature has extra bytes after its fields: it is damaged.")
