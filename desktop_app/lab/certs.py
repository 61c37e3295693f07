"""The lab's certificate authorities and the per-host server contexts they sign (EC P-256, made at start)."""

from __future__ import annotations

import datetime
import hashlib
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

LAB_CA_NAME = "Vantage Lab CA"
INTRUDER_CA_NAME = "Vantage Lab Intruder CA"
LEAF_DAYS = 30
EXPIRED_DAYS_AGO = 30


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass
class Authority:
    """A self-signed CA with the extensions strict verifiers (Python 3.13's VERIFY_X509_STRICT) require."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @classmethod
    def create(cls, common_name: str) -> Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Vantage lab")])
        now = _now()
        cert = (
            x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(key=key, cert=cert)

    def issue(self, server_name: str, key: ec.EllipticCurvePrivateKey, *, expired: bool = False) -> x509.Certificate:
        now = _now()
        if expired:
            start, end = now - datetime.timedelta(days=2 * EXPIRED_DAYS_AGO), now - datetime.timedelta(
                days=EXPIRED_DAYS_AGO)
        else:
            start, end = now - datetime.timedelta(days=1), now + datetime.timedelta(days=LEAF_DAYS)
        ski = self.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, server_name)]))
            .issuer_name(self.cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(server_name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
            .sign(self.key, hashes.SHA256())
        )

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class CertStore:
    """Writes the lab CA to workdir and builds server SSLContexts on demand, one per (name, issuer, expiry)."""

    workdir: Path
    lab: Authority
    intruder: Authority
    leaf_key: ec.EllipticCurvePrivateKey
    _contexts: dict[tuple[str, bool, bool], ssl.SSLContext] = field(default_factory=dict)

    @classmethod
    def create(cls, workdir: Path) -> CertStore:
        (workdir / "certs").mkdir(parents=True, exist_ok=True)
        store = cls(workdir=workdir, lab=Authority.create(LAB_CA_NAME), intruder=Authority.create(INTRUDER_CA_NAME),
                    leaf_key=ec.generate_private_key(ec.SECP256R1()))
        store.ca_file.write_bytes(store.lab.pem())
        return store

    @property
    def ca_file(self) -> Path:
        return self.workdir / "ca.pem"

    def context(self, server_name: str, *, intruder: bool = False, expired: bool = False) -> ssl.SSLContext:
        """A TLS server context presenting a certificate for server_name (cached)."""
        key = (server_name, intruder, expired)
        ctx = self._contexts.get(key)
        if ctx is None:
            authority = self.intruder if intruder else self.lab
            cert = authority.issue(server_name, self.leaf_key, expired=expired)
            digest = hashlib.sha256(repr(key).encode()).hexdigest()[:16]
            path = self.workdir / "certs" / f"{digest}.pem"
            # load_cert_chain reads files only; the key is a throwaway, still kept private to the user.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(cert.public_bytes(serialization.Encoding.PEM) + _pem_key(self.leaf_key))
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(path)
            ctx.set_alpn_protocols(["http/1.1"])  # the lab speaks HTTP/1.1 only; h2 clients fall back
            self._contexts[key] = ctx
        return ctx
