"""An impaired link between two network namespaces: a userspace wire that loses, delays and rate-limits packets.

Each namespace has a TUN device; this process reads every IP packet one side sends and writes it into the other
side, after the impairments. A lost packet is dropped on arrival, so the sender's kernel sees silence, never a local
error (a firewall's OUTPUT drop would give the sender EPERM). It runs as its own process, so the GIL of the test
that drives the lab and the engine never delays a packet. Run by lab/netns.py; it reads JSON settings lines on
stdin, answers each with one JSON line, and exits when stdin closes (its parent ended, whatever the reason).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import heapq
import json
import os
import random
import select
import struct
import sys
import time
from dataclasses import dataclass, field

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
MAX_PACKET = 65535
QUEUE_LIMIT = 0.5  # seconds of backlog a rate-capped direction holds; later packets are tail-dropped, as routers do


def enter_netns(name: str) -> None:
    """Move the calling thread into the named namespace (created by `ip netns add`)."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(f"/run/netns/{name}", os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"setns into {name}: {os.strerror(err)}")
    finally:
        os.close(fd)


def open_tun(device: str) -> int:
    """Attach to the (persistent) TUN device of that name in the current namespace; a non-blocking fd."""
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    try:
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", device.encode(), IFF_TUN | IFF_NO_PI))
    except OSError:
        os.close(fd)
        raise
    return fd


@dataclass
class Impairment:
    """What the link does to every packet, the same in both directions."""

    loss: float = 0.0  # probability that a packet is dropped
    delay: float = 0.0  # seconds added to every packet, one way
    rate_bps: float = 0.0  # bits per second each way; 0 means uncapped

    @classmethod
    def from_json(cls, data: dict[str, object], current: Impairment) -> Impairment:
        values = {"loss": current.loss, "delay": current.delay, "rate_bps": current.rate_bps}
        for key in values:
            if key in data:
                value = data[key]
                if not isinstance(value, (int, float)) or value < 0 or (key == "loss" and value > 1):
                    raise ValueError(f"{key}: {value!r} is not a valid setting")
                values[key] = float(value)
        return cls(**values)


@dataclass
class Direction:
    out_fd: int
    busy_until: float = 0.0  # when the rate-capped wire is free again
    sent: int = 0
    dropped: int = 0
    queue: list[tuple[float, int, bytes]] = field(default_factory=list)


class Wire:
    """Two directions with one impairment and one seeded random source."""

    def __init__(self, client_fd: int, lab_fd: int) -> None:
        self.impairment = Impairment()
        self.rng = random.Random(0)
        self.by_fd = {client_fd: Direction(lab_fd), lab_fd: Direction(client_fd)}
        self._seq = 0

    def arrive(self, direction: Direction, packet: bytes, now: float) -> None:
        imp = self.impairment
        if imp.loss and self.rng.random() < imp.loss:
            direction.dropped += 1
            return
        leave = now
        if imp.rate_bps:
            start = max(now, direction.busy_until)
            if start - now > QUEUE_LIMIT:
                direction.dropped += 1
                return
            direction.busy_until = leave = start + len(packet) * 8 / imp.rate_bps
        self._seq += 1
        heapq.heappush(direction.queue, (leave + imp.delay, self._seq, packet))

    def release(self, now: float) -> float | None:
        """Write every packet that is due; the time until the next one, or None when none waits."""
        wait: float | None = None
        for direction in self.by_fd.values():
            queue = direction.queue
            while queue and queue[0][0] <= now:
                _, _, packet = heapq.heappop(queue)
                try:
                    os.write(direction.out_fd, packet)
                    direction.sent += 1
                except OSError:
                    direction.dropped += 1  # the device's own queue is full: a loss like any other
            if queue:
                gap = queue[0][0] - now
                wait = gap if wait is None else min(wait, gap)
        return wait

    def stats(self) -> dict[str, int]:
        (_, up), (_, down) = self.by_fd.items()
        return {"up_sent": up.sent, "up_dropped": up.dropped, "down_sent": down.sent, "down_dropped": down.dropped}


def control(wire: Wire, line: str) -> dict[str, object]:
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("a settings line is a JSON object")
        wire.impairment = Impairment.from_json(data, wire.impairment)
        if "seed" in data:
            wire.rng.seed(int(data["seed"]))
    except (ValueError, TypeError) as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True, **wire.stats()}


def serve(client_fd: int, lab_fd: int) -> None:
    wire = Wire(client_fd, lab_fd)
    stdin = sys.stdin.fileno()
    pending = b""
    wait: float | None = None
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    while True:
        readable, _, _ = select.select([client_fd, lab_fd, stdin], [], [], wait)
        now = time.monotonic()
        for fd in readable:
            if fd == stdin:
                chunk = os.read(stdin, 4096)
                if not chunk:
                    return  # the parent closed our stdin or died
                pending += chunk
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    print(json.dumps(control(wire, line.decode("utf-8", "replace"))), flush=True)
                continue
            direction = wire.by_fd[fd]
            for _ in range(256):  # a burst at a time, so neither side starves the other
                try:
                    packet = os.read(fd, MAX_PACKET)
                except BlockingIOError:
                    break
                wire.arrive(direction, packet, now)
        wait = wire.release(time.monotonic())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--client", required=True, help="the client's namespace")
    parser.add_argument("--lab", required=True, help="the lab's namespace")
    parser.add_argument("--device", required=True, help="the TUN device's name, the same in both")
    args = parser.parse_args(argv)
    enter_netns(args.client)
    client_fd = open_tun(args.device)
    enter_netns(args.lab)
    lab_fd = open_tun(args.device)
    with contextlib.suppress(KeyboardInterrupt):
        serve(client_fd, lab_fd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
