"""Inside network namespaces the test creates: kernel-level filtering (iptables) and a VPN default route.

These check that what the userland lab emulates is what real packet filters produce, and that a tunnel
interface as the default route withholds blocking verdicts. They need root, `ip` and `iptables`.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("ip"), reason="needs root and iproute2"),
]


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=check, timeout=60)


class Namespace:
    def __init__(self) -> None:
        self.name = f"vantage-{secrets.token_hex(4)}"
        run("ip", "netns", "add", self.name)
        self.exec("ip", "link", "set", "lo", "up")
        self.procs: list[subprocess.Popen[str]] = []

    def exec(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run("ip", "netns", "exec", self.name, *args, check=check)

    def python(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.name, sys.executable, "-m", "desktop_app", *args],
                              capture_output=True, text=True, timeout=120, env=env)

    def serve_lab(self, scenario: str, descriptor: Path) -> dict:
        proc = subprocess.Popen(["ip", "netns", "exec", self.name, sys.executable, "-m", "desktop_app", "lab",
                                 "serve", "--real-ports", "--scenario", scenario, "--descriptor", str(descriptor)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "Lab serving" in line, proc.stderr.read() if proc.stderr else line
        return json.loads(descriptor.read_text())

    def close(self) -> None:
        for proc in self.procs:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        run("ip", "netns", "del", self.name, check=False)


@pytest.fixture
def netns():
    ns = Namespace()
    try:
        yield ns
    finally:
        ns.close()


def probe(ns: Namespace, descriptor: Path, data_dir: Path, *platforms: str) -> dict[str, dict]:
    env = dict(os.environ, VANTAGE_DATA_DIR=str(data_dir))
    args = ["probe", "--once", "--json", "--lab", str(descriptor), "--no-ip-lookup", "--timeout", "1"]
    for p in platforms:
        args += ["--platform", p]
    done = ns.python(*args, env=env)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return {line["platform"]: line for line in lines}


@pytest.mark.skipif(not shutil.which("iptables"), reason="needs iptables")
@pytest.mark.parametrize("rule,expected,failure", [
    (["-j", "DROP"], "tcp_blocked", "generic_timeout_error"),
    (["-p", "tcp", "-j", "REJECT", "--reject-with", "tcp-reset"], "tcp_reset", "connection_refused"),
])
def test_kernel_packet_filter_gives_the_same_verdicts(netns, tmp_path, rule, expected, failure):
    descriptor = tmp_path / "lab.json"
    lab = netns.serve_lab("all_ok", descriptor)
    target = lab["addresses"]["e1.whatsapp.net"]
    netns.exec("iptables", "-A", "OUTPUT", "-d", target, *rule)
    result = probe(netns, descriptor, tmp_path / "data", "whatsapp")
    assert result["control"]["verdict"] == "ok"
    endpoints = {e["url"]: e for e in result["whatsapp"]["endpoints"]}
    blocked = endpoints["tcp://e1.whatsapp.net:5222"]
    assert blocked["verdict"] == expected
    assert next(s["failure"] for s in blocked["steps"] if s["step"] == "tcp") == failure
    assert endpoints["tcp://e2.whatsapp.net:5222"]["verdict"] == "ok"
    assert result["whatsapp"]["verdict"] == expected and result["whatsapp"]["affected"] == 2  # :443 and :5222


@pytest.mark.skipif(not shutil.which("iptables"), reason="needs iptables")
def test_kernel_blackhole_of_everything_but_the_resolver_is_a_shutdown(netns, tmp_path):
    descriptor = tmp_path / "lab.json"
    lab = netns.serve_lab("all_ok", descriptor)
    resolver = lab["resolver"].split(":")[0]
    netns.exec("iptables", "-A", "OUTPUT", "-p", "tcp", "!", "-d", resolver, "-j", "DROP")
    result = probe(netns, descriptor, tmp_path / "data", "x")
    assert result["x"]["verdict"] == "offline" and result["control"]["verdict"] == "offline"
    assert "beyond" in result["x"]["reason"] or "no route" in result["x"]["reason"]


def test_a_tunnel_as_default_route_withholds_blocking_verdicts(netns, tmp_path):
    netns.exec("ip", "tuntap", "add", "dev", "tun0", "mode", "tun")
    netns.exec("ip", "addr", "add", "10.99.0.2/24", "dev", "tun0")
    netns.exec("ip", "link", "set", "tun0", "up")
    netns.exec("ip", "route", "add", "default", "dev", "tun0")
    descriptor = tmp_path / "lab.json"
    netns.serve_lab("x_sni", descriptor)
    result = probe(netns, descriptor, tmp_path / "data", "x")
    assert result["x"]["verdict"] == "inconclusive"
    assert "VPN" in result["x"]["reason"] and "tun0" in result["x"]["reason"]
    assert result["control"]["verdict"] == "ok"


def test_without_a_tunnel_the_same_lab_gives_the_blocking_verdict(netns, tmp_path):
    descriptor = tmp_path / "lab.json"
    netns.serve_lab("x_sni", descriptor)
    result = probe(netns, descriptor, tmp_path / "data", "x")
    assert result["x"]["verdict"] == "tls_blocked"
