"""Two network namespaces joined by an impaired link (lab/link.py): the client's and the lab's, torn down always.

The client namespace reaches the lab's network (LAB_NETWORK, an RFC 2544 benchmarking range) only through the
link, and has no other route at all: no IPv6 route, no default route, nothing leaves for the real internet. The
lab namespace owns every address of LAB_NETWORK (an AnyIP local route on lo), so the lab binds its hosts there.
A thread enters a namespace with `inside()`; sockets it creates there stay there. Needs root and iproute2.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from desktop_app.lab.link import CLONE_NEWNET, enter_netns

LAB_NETWORK = "198.18.0.0/16"
CLIENT_ADDRESS = "198.19.255.1"
DEVICE = "vlink"
PREFIX = "vantage-lab-"
COMMAND_TIMEOUT = 20.0


class NetnsUnavailable(RuntimeError):
    """This machine cannot make the namespaces (not root, no iproute2, no /dev/net/tun); the message says which."""


def unavailable_reason() -> str | None:
    """Why LinkedNamespaces cannot work here, or None when it can (tests skip with this sentence)."""
    if os.geteuid() != 0:
        return "needs root to create network namespaces"
    if not shutil.which("ip"):
        return "needs iproute2 (the ip command)"
    if not os.path.exists("/dev/net/tun"):
        return "needs /dev/net/tun for the impaired link"
    return None


def _run(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False)
    if done.returncode != 0:
        raise NetnsUnavailable(f"{' '.join(args)} failed: {done.stderr.strip() or done.returncode}")


def remove_stale() -> list[str]:
    """Delete namespaces this module made for a process that no longer runs (a test killed half-way)."""
    removed = []
    base = Path("/run/netns")
    for entry in sorted(base.iterdir()) if base.is_dir() else ():
        if not entry.name.startswith(PREFIX):
            continue
        pid = entry.name[len(PREFIX):].split("-")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            subprocess.run(["ip", "netns", "del", entry.name], capture_output=True, timeout=COMMAND_TIMEOUT,
                           check=False)
            removed.append(entry.name)
    return removed


@contextlib.contextmanager
def inside(name: str) -> Iterator[None]:
    """Run the block with the calling thread in namespace name, and put it back where it was afterwards."""
    libc = ctypes.CDLL(None, use_errno=True)
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    try:
        enter_netns(name)
        try:
            yield
        finally:
            if libc.setns(home, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "could not return the thread to its own network namespace")
    finally:
        os.close(home)


class LinkedNamespaces:
    """The client and lab namespaces and the link process between them; a context manager that always cleans up."""

    def __init__(self) -> None:
        tag = f"{PREFIX}{os.getpid()}-{secrets.token_hex(3)}"
        self.client = f"{tag}-c"
        self.lab = f"{tag}-l"
        self._made: list[str] = []
        self._link: subprocess.Popen[str] | None = None

    def __enter__(self) -> LinkedNamespaces:
        reason = unavailable_reason()
        if reason is not None:
            raise NetnsUnavailable(reason)
        remove_stale()
        try:
            self._create()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _exec(self, ns: str, *args: str) -> None:
        _run("ip", "netns", "exec", ns, *args)

    def _create(self) -> None:
        for ns in (self.client, self.lab):
            _run("ip", "netns", "add", ns)
            self._made.append(ns)
            self._exec(ns, "ip", "link", "set", "lo", "up")
            self._exec(ns, "ip", "tuntap", "add", "dev", DEVICE, "mode", "tun")
            # No IPv6 on the link: no router solicitations on the wire, and no IPv6 route for the client.
            self._exec(ns, "sysctl", "-qw", f"net.ipv6.conf.{DEVICE}.disable_ipv6=1")
            self._exec(ns, "ip", "link", "set", DEVICE, "up")
        self._exec(self.client, "ip", "addr", "add", f"{CLIENT_ADDRESS}/32", "dev", DEVICE)
        self._exec(self.client, "ip", "route", "add", LAB_NETWORK, "dev", DEVICE, "src", CLIENT_ADDRESS)
        self._exec(self.lab, "ip", "route", "add", "local", LAB_NETWORK, "dev", "lo")
        self._exec(self.lab, "ip", "route", "add", f"{CLIENT_ADDRESS}/32", "dev", DEVICE)
        self._link = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.lab.link", "--client", self.client, "--lab", self.lab,
             "--device", DEVICE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ready = self._reply()
        if not ready.get("ready"):
            raise NetnsUnavailable(f"the link process did not start: {ready}")

    def _reply(self) -> dict[str, object]:
        link = self._link
        assert link is not None and link.stdout is not None
        line = link.stdout.readline()
        if not line:
            err = link.stderr.read() if link.stderr is not None else ""
            raise NetnsUnavailable(f"the link process ended: {err.strip()[-500:]}")
        data = json.loads(line)
        assert isinstance(data, dict)
        return data

    def impair(self, *, loss: float | None = None, delay: float | None = None, rate_bps: float | None = None,
               seed: int | None = None) -> dict[str, object]:
        """Change what the link does (only the settings given); returns the link's packet counts so far."""
        link = self._link
        if link is None or link.stdin is None:
            raise NetnsUnavailable("the link is not running")
        settings = {k: v for k, v in (("loss", loss), ("delay", delay), ("rate_bps", rate_bps), ("seed", seed))
                    if v is not None}
        link.stdin.write(json.dumps(settings) + "\n")
        link.stdin.flush()
        reply = self._reply()
        if not reply.get("ok"):
            raise ValueError(f"the link refused {settings}: {reply.get('error')}")
        return reply

    def close(self) -> None:
        """Stop the link and delete both namespaces; safe to call twice and after a failed start."""
        link, self._link = self._link, None
        if link is not None:
            for stream in (link.stdin, link.stdout, link.stderr):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
            try:
                link.wait(5)
            except subprocess.TimeoutExpired:
                link.kill()
                link.wait(5)
        while self._made:
            ns = self._made.pop()
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=COMMAND_TIMEOUT, check=False)
