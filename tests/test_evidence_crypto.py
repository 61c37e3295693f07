"""The signing key, SSH signatures and RFC 3161 timestamps, checked against the real ssh-keygen and openssl."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import socket
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_ssh_public_key

from desktop_app.evidence.crypto import keys, sshsig, timestamp
from desktop_app.evidence.crypto.keys import KeyProblem
from desktop_app.evidence.crypto.sshsig import SignatureProblem
from desktop_app.evidence.crypto.timestamp import TimestampError
from tests.tsa_lab import make_authority, reply, start_tsa

needs_ssh_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen (openssh-client)")
needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
PASSPHRASE = b"correct horse battery staple"
DATA = b"0f1e2d3c  manifest.json\n4b5a6978  measurements.jsonl\n"


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(list(args), input=stdin, capture_output=True, timeout=30, check=False, env=env, cwd=cwd)


def ssh_verify(tmp: Path, data: bytes, signature: bytes, public_line: str, namespace: str = keys.NAMESPACE
               ) -> subprocess.CompletedProcess[bytes]:
    (tmp / "allowed_signers").write_text(keys.allowed_signers_line(keys.IDENTITY, public_line) + "\n")
    (tmp / "file.sig").write_bytes(signature)
    return run("ssh-keygen", "-Y", "verify", "-f", str(tmp / "allowed_signers"), "-I", keys.IDENTITY,
               "-n", namespace, "-s", str(tmp / "file.sig"), stdin=data)


def ssh_sign(key_file: Path, data: bytes, namespace: str, passphrase: bytes | None = None) -> bytes:
    target = key_file.parent / "to-sign"
    target.write_bytes(data)
    env = dict(os.environ)
    if passphrase is not None:  # ssh-keygen -Y sign reads a passphrase only through askpass
        askpass = key_file.parent / "askpass.sh"
        askpass.write_text(f"#!/bin/sh\nprintf '%s\\n' '{passphrase.decode()}'\n")
        askpass.chmod(0o700)
        env.update(SSH_ASKPASS=str(askpass), SSH_ASKPASS_REQUIRE="force")
    done = run("ssh-keygen", "-Y", "sign", "-f", str(key_file), "-n", namespace, str(target), env=env)
    assert done.returncode == 0, done.stderr
    return (key_file.parent / "to-sign.sig").read_bytes()


def kdf_rounds_in(key_file: Path) -> tuple[bytes, bytes, int]:
    """(cipher, kdf, rounds) read straight from an OpenSSH private key file, independently of keys.py."""
    lines = key_file.read_text().strip().splitlines()
    raw = base64.b64decode("".join(lines[1:-1]))
    assert raw.startswith(b"openssh-key-v1\0")
    at = 15
    fields = []
    for _ in range(3):
        n = int.from_bytes(raw[at:at + 4], "big")
        fields.append(raw[at + 4:at + 4 + n])
        at += 4 + n
    cipher, kdf, options = fields
    salt_len = int.from_bytes(options[:4], "big")
    return cipher, kdf, int.from_bytes(options[4 + salt_len:8 + salt_len], "big")


# ---------------------------------------------------------------- keys


@needs_ssh_keygen
def test_first_use_makes_a_private_openssh_key_that_ssh_keygen_reads(tmp_path):
    where = tmp_path / "config"
    assert not keys.exists(where)
    key = keys.load_or_create(where)
    assert keys.exists(where) and key.path == where / "signing_key"
    assert stat.S_IMODE(where.stat().st_mode) == 0o700
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    pub = (where / "signing_key.pub").read_text()
    assert pub == key.public_line + "\n"
    assert pub.startswith("ssh-ed25519 ") and pub.split()[2:] == ["vantage-evidence"] and "@" not in pub
    assert key.path.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----")

    listed = run("ssh-keygen", "-l", "-f", str(where / "signing_key.pub"))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.decode().split() == ["256", key.fingerprint, "vantage-evidence", "(ED25519)"]
    derived = run("ssh-keygen", "-y", "-f", str(key.path))
    assert derived.returncode == 0, derived.stderr
    assert derived.stdout.decode().split()[:2] == key.public_line.split()[:2]

    again = keys.load_or_create(where)
    assert again.fingerprint == key.fingerprint and again.public_line == key.public_line
    assert keys.inspect(where).protected is False


@needs_ssh_keygen
def test_fingerprint_is_the_one_ssh_keygen_prints_for_any_key(tmp_path):
    for i in range(3):
        made = tmp_path / f"k{i}"
        assert run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "", "-f", str(made)).returncode == 0
        printed = run("ssh-keygen", "-l", "-f", str(made)).stdout.decode().split()[1]
        public = load_ssh_public_key(Path(str(made) + ".pub").read_bytes())
        assert keys.fingerprint(public) == printed


@needs_ssh_keygen
def test_passphrase_protected_key_uses_bcrypt_and_opens_only_with_its_passphrase(tmp_path):
    where = tmp_path / "config"
    key = keys.load_or_create(where, PASSPHRASE)
    cipher, kdf, rounds = kdf_rounds_in(key.path)
    assert (cipher, kdf) == (b"aes256-ctr", b"bcrypt") and rounds >= 64
    info = keys.inspect(where)
    assert info.protected and info.kdf_rounds == rounds and info.fingerprint == key.fingerprint

    opened = run("ssh-keygen", "-y", "-P", PASSPHRASE.decode(), "-f", str(key.path))
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.decode().split()[:2] == key.public_line.split()[:2]
    assert run("ssh-keygen", "-y", "-P", "not it", "-f", str(key.path)).returncode != 0

    with pytest.raises(KeyProblem, match="protected by a passphrase"):
        keys.load(where)
    with pytest.raises(KeyProblem, match=r"passphrase for the signing key .* is wrong"):
        keys.load(where, b"not it")
    assert keys.load(where, PASSPHRASE).fingerprint == key.fingerprint


@needs_ssh_keygen
def test_ssh_keygen_signs_with_our_passphrase_protected_key_and_we_verify_it(tmp_path):
    key = keys.load_or_create(tmp_path / "config", PASSPHRASE)
    signature = ssh_sign(key.path, DATA, keys.NAMESPACE, PASSPHRASE)
    signer = sshsig.verify(DATA, signature, keys.NAMESPACE)
    assert keys.fingerprint(signer) == key.fingerprint
    # Ed25519 is deterministic, so our signature with the same key is the same bytes as ssh-keygen's.
    assert sshsig.sign(DATA, key.private_key, keys.NAMESPACE) == signature


def test_no_empty_passphrase_and_no_passphrase_for_an_open_key(tmp_path):
    where = tmp_path / "config"
    with pytest.raises(KeyProblem, match="empty passphrase"):
        keys.load_or_create(where, b"")
    assert not keys.exists(where)
    keys.load_or_create(where)
    with pytest.raises(KeyProblem, match="not protected by a passphrase"):
        keys.load(where, PASSPHRASE)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_a_damaged_key_file_is_a_sentence_not_a_traceback(tmp_path, damage):
    where = tmp_path / "config"
    key = keys.load_or_create(where)
    text = key.path.read_bytes()
    lines = text.splitlines(keepends=True)
    damaged = {
        "garbage": b"this is not a key\n",
        "truncated": b"".join(lines[:2] + lines[-1:]),
        "flipped": text.replace(lines[2], lines[2][:10] + (b"A" if lines[2][10:11] != b"A" else b"B")
                                + lines[2][11:]),
        "empty": b"",
    }[damage]
    key.path.write_bytes(damaged)
    with pytest.raises(KeyProblem, match=r"^The signing key file .* is damaged\..*rotate"):
        keys.load(where)


def test_missing_key_and_regenerated_public_file(tmp_path):
    where = tmp_path / "config"
    with pytest.raises(KeyProblem, match="no signing key"):
        keys.load(where)
    key = keys.load_or_create(where)
    (where / "signing_key.pub").unlink()
    keys.load(where)
    assert (where / "signing_key.pub").read_text() == key.public_line + "\n"


def test_rotate_keeps_the_old_key_and_its_public_half(tmp_path):
    where = tmp_path / "config"
    first = keys.load_or_create(where)
    second = keys.rotate(where, PASSPHRASE)
    with pytest.raises(KeyProblem, match="protected by a passphrase, and the new key would have none"):
        keys.rotate(where)  # never silently trade a protected key for an unprotected one
    assert keys.load(where, PASSPHRASE).fingerprint == second.fingerprint
    third = keys.rotate(where, unprotected_ok=True)  # within the same second: still a distinct name
    assert len({first.fingerprint, second.fingerprint, third.fingerprint}) == 3
    assert keys.load(where).fingerprint == third.fingerprint
    old = keys.previous(where)
    assert [o.fingerprint for o in old] == [first.fingerprint, second.fingerprint]
    assert [o.protected for o in old] == [False, True]
    for o in old:
        assert o.path.name.startswith("signing_key.old-") and o.path.name[16:24].isdigit()
        assert Path(str(o.path) + ".pub").read_text().split()[:2] == o.public_line.split()[:2]
        assert stat.S_IMODE(o.path.stat().st_mode) == 0o600
    with pytest.raises(KeyProblem, match="empty passphrase"):
        keys.rotate(where, b"")
    assert keys.load(where).fingerprint == third.fingerprint  # a refused rotation leaves the key alone


def test_allowed_signers_line_format(tmp_path):
    key = keys.load_or_create(tmp_path / "config")
    line = keys.allowed_signers_line(keys.IDENTITY, key.public_line)
    assert line == f'vantage-evidence namespaces="vantage-evidence-v1" {" ".join(key.public_line.split()[:2])}'
    for bad in ("two words", 'qu"ote', "a,b", ""):
        with pytest.raises(ValueError):
            keys.allowed_signers_line(bad, key.public_line)


def test_is_encrypted_tells_whether_to_ask_for_a_passphrase(tmp_path):
    open_dir, locked_dir = tmp_path / "open", tmp_path / "locked"
    assert not keys.is_encrypted(open_dir)  # no key yet
    keys.load_or_create(open_dir)
    keys.load_or_create(locked_dir, PASSPHRASE)
    assert not keys.is_encrypted(open_dir) and keys.is_encrypted(locked_dir)
    (open_dir / "signing_key").write_bytes(b"damaged")
    assert not keys.is_encrypted(open_dir)  # load() is the one that explains the damage


# ---------------------------------------------------------------- SSH signatures


@pytest.fixture
def signer(tmp_path):
    return keys.load_or_create(tmp_path / "config")


@needs_ssh_keygen
def test_our_signature_verifies_with_ssh_keygen(tmp_path, signer):
    signature = sshsig.sign(DATA, signer.private_key, keys.NAMESPACE)
    assert signature.startswith(b"-----BEGIN SSH SIGNATURE-----\n")
    assert signature.endswith(b"\n-----END SSH SIGNATURE-----\n")
    assert max(len(line) for line in signature.splitlines()) <= 70
    done = ssh_verify(tmp_path, DATA, signature, signer.public_line)
    assert done.returncode == 0, done.stderr
    assert f'Good "{keys.NAMESPACE}" signature for {keys.IDENTITY} with ED25519 key {signer.fingerprint}' \
        in done.stdout.decode()
    assert keys.fingerprint(sshsig.verify(DATA, signature, keys.NAMESPACE)) == signer.fingerprint
    assert keys.fingerprint(sshsig.public_key_of(signature)) == signer.fingerprint


@needs_ssh_keygen
def test_ssh_keygen_signature_with_our_key_file_verifies_with_ours(signer):
    signature = ssh_sign(signer.path, DATA, keys.NAMESPACE)
    assert keys.fingerprint(sshsig.verify(DATA, signature, keys.NAMESPACE)) == signer.fingerprint


@needs_ssh_keygen
def test_both_reject_wrong_namespace_changed_data_and_another_key(tmp_path, signer):
    ours = sshsig.sign(DATA, signer.private_key, keys.NAMESPACE)
    theirs = ssh_sign(signer.path, DATA, keys.NAMESPACE)
    changed = bytes([DATA[0] ^ 1]) + DATA[1:]
    other = keys.load_or_create(tmp_path / "other")
    for signature in (ours, theirs):
        assert ssh_verify(tmp_path, DATA, signature, signer.public_line).returncode == 0
        assert ssh_verify(tmp_path, DATA, signature, signer.public_line, namespace="file").returncode != 0
        assert ssh_verify(tmp_path, changed, signature, signer.public_line).returncode != 0
        assert ssh_verify(tmp_path, DATA, signature, other.public_line).returncode != 0
        with pytest.raises(SignatureProblem, match="namespace 'vantage-evidence-v1', not 'file'"):
            sshsig.verify(DATA, signature, "file")
        with pytest.raises(SignatureProblem, match="does not match the data"):
            sshsig.verify(changed, signature, keys.NAMESPACE)
        # The same signature presented as if made by the other key: ours rejects it, and so does ssh-keygen.
        swapped = _swap_key(signature, other.private_key)
        with pytest.raises(SignatureProblem, match="does not match the data"):
            sshsig.verify(DATA, swapped, keys.NAMESPACE)
        assert ssh_verify(tmp_path, DATA, swapped, other.public_line).returncode != 0
    other_signature = sshsig.sign(DATA, other.private_key, keys.NAMESPACE)
    assert ssh_verify(tmp_path, DATA, other_signature, signer.public_line).returncode != 0
    assert keys.fingerprint(sshsig.verify(DATA, other_signature, keys.NAMESPACE)) == other.fingerprint


def _swap_key(armored: bytes, other: Ed25519PrivateKey) -> bytes:
    blob = base64.b64decode(b"".join(armored.splitlines()[1:-1]))
    ours = sshsig.public_key_of(armored).public_bytes_raw()
    blob = blob.replace(ours, other.public_key().public_bytes_raw())
    return _armor(blob)


def _armor(blob: bytes) -> bytes:
    text = base64.b64encode(blob)
    return b"-----BEGIN SSH SIGNATURE-----\n" + b"\n".join(text[i:i + 70] for i in range(0, len(text), 70)) \
        + b"\n-----END SSH SIGNATURE-----\n"


def _s(value: bytes) -> bytes:
    return len(value).to_bytes(4, "big") + value


def _blob(*, magic=b"SSHSIG", version=1, key_type=b"ssh-ed25519", key=bytes(32), namespace=b"vantage-evidence-v1",
          hash_algorithm=b"sha512", sig_type=b"ssh-ed25519", sig=bytes(64), tail=b"") -> bytes:
    return (magic + version.to_bytes(4, "big") + _s(_s(key_type) + _s(key)) + _s(namespace) + _s(b"")
            + _s(hash_algorithm) + _s(_s(sig_type) + _s(sig)) + tail)


@pytest.mark.parametrize(("armored", "message"), [
    (b"hello", "does not start with '-----BEGIN SSH SIGNATURE-----'"),
    (b"-----BEGIN SSH SIGNATURE-----\nU1NI\n", "cut short"),
    (b"-----BEGIN SSH SIGNATURE-----\nU1N*SUc=\n-----END SSH SIGNATURE-----\n", "base64 text is damaged"),
    (_armor(_blob(magic=b"SSHSIH")), "SSHSIG magic"),
    (_armor(_blob(version=2)), "version 2"),
    (_armor(_blob(key_type=b"ssh-rsa")), "'ssh-rsa' key"),
    (_armor(_blob(key_type=b"sk-ssh-ed25519@openssh.com")), "only ssh-ed25519"),
    (_armor(_blob(key=bytes(31))), "wrong length"),
    (_armor(_blob(hash_algorithm=b"sha1")), "hash 'sha1'"),
    (_armor(_blob(sig_type=b"rsa-sha2-512")), "of type 'rsa-sha2-512'"),
    (_armor(_blob(sig=bytes(63))), "wrong length"),
    (_armor(_blob(tail=b"\0")), "extra bytes"),
    (_armor(_blob()[:-10]), "cut short"),
    (_armor(_blob()), "does not match the data"),
])
def test_malformed_signatures_are_refused_with_a_sentence(armored, message):
    with pytest.raises(SignatureProblem, match=message) as caught:
        sshsig.verify(DATA, armored, keys.NAMESPACE)
    assert str(caught.value)[0].isupper() and str(caught.value).endswith(".")


def test_sha256_signatures_are_accepted_and_crlf_armor_too(signer):
    digest = hashlib.sha256(DATA).digest()
    signed = b"SSHSIG" + _s(keys.NAMESPACE.encode()) + _s(b"") + _s(b"sha256") + _s(digest)
    raw = signer.private_key.sign(signed)
    blob = _blob(key=signer.private_key.public_key().public_bytes_raw(), hash_algorithm=b"sha256", sig=raw)
    armored = _armor(blob).replace(b"\n", b"\r\n")
    assert keys.fingerprint(sshsig.verify(DATA, armored, keys.NAMESPACE)) == signer.fingerprint


# ---------------------------------------------------------------- RFC 3161 timestamps


@pytest.fixture
def tsa(tmp_path):
    url, ca_file, stop = start_tsa(tmp_path / "tsa")
    yield url, ca_file
    stop()


@needs_openssl
def test_request_is_a_sha256_query_with_nonce_and_cert_request(tmp_path):
    first, second = timestamp.make_request(DATA), timestamp.make_request(DATA)
    (tmp_path / "req.tsq").write_bytes(first)
    shown = run("openssl", "ts", "-query", "-in", str(tmp_path / "req.tsq"), "-text")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert "Hash Algorithm: sha256" in text and "Certificate required: yes" in text and "Nonce: 0x" in text
    assert hashlib.sha256(DATA).digest() in first
    assert first != second  # the nonces differ


@needs_openssl
def test_token_from_a_local_authority_verifies_here_and_with_openssl(tmp_path, tsa):
    url, ca_file = tsa
    token = timestamp.request_token(url, DATA, timeout=10)
    info = timestamp.verify_token(token, DATA, ca_file)
    assert info.trusted and info.hash_algorithm == "SHA-256" and info.policy == "1.3.6.1.4.1.99999.1"
    assert "CN=Vantage Test TSA" in info.tsa_name
    assert info.time.tzinfo is not None
    assert abs(info.time - datetime.now(UTC)) < timedelta(minutes=2)
    assert info.accuracy_seconds == 1
    assert timestamp.verify_token(token, DATA, None).trusted is False

    (tmp_path / "data").write_bytes(DATA)
    (tmp_path / "altered").write_bytes(DATA + b" ")
    (tmp_path / "token.tsr").write_bytes(token)
    base = ["openssl", "ts", "-verify", "-in", str(tmp_path / "token.tsr"), "-token_in", "-CAfile", str(ca_file),
            "-untrusted", str(ca_file.parent / "tsa.crt")]
    good = run(*base, "-data", str(tmp_path / "data"))
    assert good.returncode == 0 and b"Verification: OK" in good.stdout, good.stderr
    bad = run(*base, "-data", str(tmp_path / "altered"))
    assert bad.returncode != 0 and b"Verification: OK" not in bad.stdout
    with pytest.raises(TimestampError, match="made for other data"):
        timestamp.verify_token(token, DATA + b" ", ca_file)
    with pytest.raises(TimestampError, match="made for other data"):
        timestamp.verify_token(token, DATA + b" ", None)


@needs_openssl
def test_a_token_from_an_authority_the_ca_does_not_vouch_for_is_refused(tmp_path, tsa):
    url, _ca_file = tsa
    token = timestamp.request_token(url, DATA, timeout=10)
    stranger = make_authority(tmp_path / "stranger").parent / "ca.pem"
    with pytest.raises(TimestampError, match=re.escape("not vouched for by ca.pem: its signature does not chain")):
        timestamp.verify_token(token, DATA, stranger)
    with pytest.raises(TimestampError, match="holds no certificate"):
        (tmp_path / "empty.pem").write_bytes(b"")
        timestamp.verify_token(token, DATA, tmp_path / "empty.pem")
    with pytest.raises(TimestampError, match="cannot be read"):
        timestamp.verify_token(token, DATA, tmp_path / "missing.pem")


@needs_openssl
def test_tampered_or_foreign_tokens_are_refused(tmp_path, tsa):
    url, ca_file = tsa
    token = timestamp.request_token(url, DATA, timeout=10)
    when = token.find(b"\x18\x0f")  # the GeneralizedTime of genTime
    assert when > 0
    year = when + 2 + 3  # last digit of the year
    later = token[:year] + bytes([token[year] ^ 1]) + token[year + 1:]
    assert timestamp.verify_token(later, DATA, None).time != timestamp.verify_token(token, DATA, None).time
    with pytest.raises(TimestampError, match="not vouched for"):
        timestamp.verify_token(later, DATA, ca_file)
    for junk in (b"", b"not a token", token[:-40]):
        with pytest.raises(TimestampError, match="damaged"):
            timestamp.verify_token(junk, DATA, ca_file)


@needs_openssl
def test_a_full_reply_is_accepted_as_well_as_a_bare_token(tmp_path):
    config = make_authority(tmp_path / "tsa")
    query = timestamp.make_request(DATA)
    full = reply(config, query)
    bare = reply(config, query, token_only=True)
    for token in (full, bare):
        info = timestamp.verify_token(token, DATA, config.parent / "ca.pem")
        assert info.trusted and info.serial_number >= 1


@needs_openssl
@pytest.mark.parametrize(("behaviour", "message"), [
    ("http-error", r"answered HTTP 503 Service Unavailable instead of a timestamp\."),
    ("garbage", r"sent an answer that is not a timestamp reply\."),
    ("reject", r"refused the request \(status rejection\)\."),
    ("oversize", r"sent more than 64 KiB"),
    ("other-request", r"answered a different request"),
])
def test_authority_failures_are_sentences(tmp_path, behaviour, message):
    url, _ca, stop = start_tsa(tmp_path / "tsa", behaviour)
    try:
        with pytest.raises(TimestampError, match=r"^The timestamp authority at 127\.0\.0\.1 " + message):
            timestamp.request_token(url, DATA, timeout=10)
    finally:
        stop()


@needs_openssl
def test_unreachable_slow_and_invalid_authorities(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(TimestampError, match=r"^The timestamp authority at 127\.0\.0\.1 could not be reached"):
        timestamp.request_token(f"http://127.0.0.1:{port}/", DATA, timeout=5)
    url, _ca, stop = start_tsa(tmp_path / "tsa", "slow")
    try:
        with pytest.raises(TimestampError, match=r"did not answer within 0\.3 seconds\.$"):
            timestamp.request_token(url, DATA, timeout=0.3)
    finally:
        stop()
    for bad in ("ftp://127.0.0.1/tsa", "127.0.0.1/tsa", "http://"):
        with pytest.raises(TimestampError, match=r"should start with http:// or https://|not a valid URL"):
            timestamp.request_token(bad, DATA)

