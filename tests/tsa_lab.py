"""A local RFC 3161 timestamp authority for tests: its own CA made with openssl, answering on 127.0.0.1 only."""

from __future__ import annotations

import http.server
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

BEHAVIOURS = ("grant", "http-error", "garbage", "reject", "oversize", "other-request", "slow")
_MAX_QUERY = 64 * 1024
_REJECTION = bytes.fromhex("3003" + "020102")  # PKIStatusInfo { status rejection }

_TS_CONFIG = """\
[ tsa ]
default_tsa = tsa_config1

[ tsa_config1 ]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.crt
certs = $dir/tsa.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""
_TSA_EXTENSIONS = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def make_authority(directory: Path) -> Path:
    """Make a test CA (ca.pem) and a TSA key and certificate (tsa.key, tsa.crt) signed by it; returns ts.cnf."""
    directory.mkdir(parents=True, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    _openssl(directory, "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
             "-subj", "/O=Vantage tests/CN=Vantage Test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    _openssl(directory, "req", *ec, "-keyout", "tsa.key", "-out", "tsa.csr",
             "-subj", "/O=Vantage tests/CN=Vantage Test TSA")
    (directory / "tsa.ext").write_text(_TSA_EXTENSIONS)
    _openssl(directory, "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "2",
             "-out", "tsa.crt", "-days", "3650", "-extfile", "tsa.ext")
    (directory / "tsaserial").write_text("01\n")
    config = directory / "ts.cnf"
    config.write_text(_TS_CONFIG.format(dir=directory))
    return config


def reply(config: Path, query: bytes, *, token_only: bool = False) -> bytes:
    """Run `openssl ts -reply` on a DER query; returns the DER reply (or the bare token)."""
    directory = config.parent
    with tempfile.TemporaryDirectory(dir=directory) as work:
        query_file = Path(work) / "query.tsq"
        out = Path(work) / "reply.tsr"
        query_file.write_bytes(query)
        _openssl(directory, "ts", "-reply", "-config", str(config), "-queryfile", str(query_file),
                 "-out", str(out), *(["-token_out"] if token_only else []))
        return out.read_bytes()


def start_tsa(directory: Path, behaviour: str = "grant") -> tuple[str, Path, Callable[[], None]]:
    """Start a TSA on 127.0.0.1; returns (url, CA file, stop). `behaviour` picks a failure mode from BEHAVIOURS.

    tsa.crt (the signing certificate) sits next to the CA file. Call stop() to shut the server and its thread.
    """
    if behaviour not in BEHAVIOURS:
        raise ValueError(f"Unknown TSA behaviour {behaviour!r}; pick one of {', '.join(BEHAVIOURS)}.")
    config = make_authority(Path(directory))
    stopping = threading.Event()
    serial_lock = threading.Lock()  # openssl ts -reply bumps the serial file: one at a time

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length <= 0 or length > _MAX_QUERY or self.headers.get("Content-Type") != "application/timestamp-query":
                self._send(400, b"not a timestamp query", "text/plain")
                return
            query = self.rfile.read(length)
            if behaviour == "http-error":
                self._send(503, b"down for maintenance", "text/plain")
            elif behaviour == "garbage":
                self._send(200, b"<html>captive portal</html>", "application/timestamp-reply")
            elif behaviour == "reject":
                self._send(200, b"\x30" + bytes([len(_REJECTION)]) + _REJECTION, "application/timestamp-reply")
            elif behaviour == "oversize":
                self._send(200, b"\x30" * (200 * 1024), "application/timestamp-reply")
            elif behaviour == "other-request":
                with serial_lock:
                    answer = reply(config, _openssl_query(config, b"some other data"))
                self._send(200, answer, "application/timestamp-reply")
            else:
                if behaviour == "slow":
                    stopping.wait(5)  # longer than the client's timeout in the tests, cut short by stop()
                with serial_lock:
                    answer = reply(config, query)
                self._send(200, answer, "application/timestamp-reply")

        def _send(self, code: int, body: bytes, kind: str) -> None:
            try:
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = False
    server.block_on_close = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-tsa")
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/tsa"

    def stop() -> None:
        stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(10)

    return url, config.parent / "ca.pem", stop


def _openssl_query(config: Path, data: bytes) -> bytes:
    with tempfile.TemporaryDirectory(dir=config.parent) as work:
        (Path(work) / "data").write_bytes(data)
        out = Path(work) / "q.tsq"
        _openssl(config.parent, "ts", "-query", "-data", str(Path(work) / "data"), "-sha256", "-cert",
                 "-out", str(out))
        return out.read_bytes()


def _openssl(cwd: Path, *args: str) -> None:
    done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, timeout=30, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args[:2])} failed in {cwd}: {done.stderr.decode(errors='replace')}")
