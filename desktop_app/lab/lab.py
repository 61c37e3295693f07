"""The Lab: every catalogue host on its own loopback address, with DNS, TCP, TLS and HTTP that misbehave on demand."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import functools
import ipaddress
import json
import logging
import random
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop_app.common.errors import LabFailure
from desktop_app.lab import behaviour as B
from desktop_app.lab.certs import CertStore
from desktop_app.lab.clienthello import PARTIAL
from desktop_app.lab.dnsserver import DnsAnswer, UdpResolver, doh_answer, serve_tcp, system_answer
from desktop_app.lab.httpserver import CHUNK, serve_http
from desktop_app.lab.sockets import (
    bound_socket,
    consume,
    drain_until_closed,
    fill_accept_queue,
    listening_socket,
    open_stream,
    peek_client_hello,
    reset_close,
    wait_readable,
)
from desktop_app.probes.catalogue.model import Catalogue, Endpoint
from desktop_app.probes.config import ProbeConfig

log = logging.getLogger(__name__)

DOH_URL = f"https://{B.DOH_HOST}/dns-query"
IP_LOOKUP_URL = f"https://{B.IP_LOOKUP_HOST}/json"
DEFAULT_IDENTITY: dict[str, str] = {
    "ip": "203.0.113.7",  # RFC 5737 documentation address
    "country": "Pakistan",
    "country_iso": "PK",
    "asn": "AS17557",
    "asn_org": "Lab ISP",
}
LAB_NETWORKS: tuple[str, ...] = ("127.0.0.0/8", "::1/128")
UNROUTED_V6 = B.UNROUTED_V6
RESOLVER_OFFSET = 53  # the resolver lives at 127.X.Y.53
IPV6_ADDRESS = "::1"
BIND_ATTEMPTS = 20
RESET_DELAY = 0.05  # seconds between accepting and resetting a connection (tcp=reset)
MAX_CONNECTIONS = 512  # live connections at once; past this new ones are reset, so a flood cannot exhaust fds
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
APPLY_TIMEOUT = 10.0
DESCRIPTOR_VERSION = 1

# What a host's tcp mode means for its listening sockets.
_SOCKET_STATE = {"ok": "open", "reset": "open", "blackhole": "blackhole", "refuse": "closed"}
_RETRYABLE_BIND = (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES)


class LabError(LabFailure, RuntimeError):
    """The lab could not start, stop or switch behaviour; the message says which address or host."""


@dataclass
class _Slot:
    """One address:port the lab owns; its socket is listening, blackholed (full backlog 0) or bound only."""

    address: str
    port: int  # the real port (443, 80, ...)
    bound: int  # the port number actually used on loopback
    state: str = "open"  # open | blackhole | closed
    sock: socket.socket | None = None
    fillers: list[socket.socket] = field(default_factory=list)
    accept_task: asyncio.Task[None] | None = None

    def close_sockets(self) -> None:
        """Close the listening socket and the connections that fill a blackholed backlog."""
        if self.sock is not None:
            self.sock.close()
            self.sock = None
        for filler in self.fillers:
            reset_close(filler)
        self.fillers = []


def _port_kinds(endpoints: tuple[Endpoint, ...]) -> dict[int, str]:
    """tls for 443 and any port a tls/https endpoint uses, http for 80 and http endpoints' ports, else tcp."""
    ports = {443, 80} | {e.port for e in endpoints}
    kinds = {}
    for port in sorted(ports):
        if port == 443 or any(e.uses_tls and e.port == port for e in endpoints):
            kinds[port] = "tls"
        elif port == 80 or any(e.scheme == "http" and e.port == port for e in endpoints):
            kinds[port] = "http"
        else:
            kinds[port] = "tcp"
    return kinds


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


Handler = Callable[["_Accepted"], Awaitable[None]]


class _Accepted:
    """An accepted connection; once handed to an asyncio transport, the transport alone closes the socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.transport: asyncio.Transport | None = None
        self.handed_off = False

    async def stream(self, context: ssl.SSLContext | None = None) -> tuple[asyncio.StreamReader,
                                                                         asyncio.StreamWriter]:
        self.handed_off = True  # from here on, even a failed handshake closes the socket through its transport
        reader, writer = await open_stream(self.sock, context)
        transport = writer.transport
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        return reader, writer

    def close(self) -> None:
        if self.transport is not None:
            self.transport.abort()  # a no-op once the handler closed it politely
        elif not self.handed_off:
            self.sock.close()


class _Site:
    """The lab as the HTTP server sees it (httpserver.Site)."""

    def __init__(self, lab: Lab, identity: Mapping[str, object]) -> None:
        self._lab = lab
        self.identity: Mapping[str, object] = dict(identity)
        self.rng = random.Random()
        self.pattern = self.rng.randbytes(CHUNK)

    def behaviour(self, host: str) -> B.HostBehaviour:
        return self._lab.scenario.behaviour(host)

    def endpoint(self, host: str, target: str) -> Endpoint | None:
        return self._lab._endpoint(host, target)

    def doh_decide(self, name: str, rdtype: int) -> DnsAnswer:
        return doh_answer(self._lab.scenario, self._lab._addresses, name, rdtype, v6=self._lab._v6)


class Lab:
    """A censorship simulator on loopback for one catalogue; a context manager (start on enter, stop on exit).

    Servers run in an asyncio loop on a background thread. Behaviour can be switched from any thread at any
    time with apply(), set_host() and reset(); each returns once the lab behaves the new way.
    """

    def __init__(self, catalogue: Catalogue, workdir: Path, *, real_ports: bool = False,
                 identity: Mapping[str, object] | None = None, network: str | None = None) -> None:
        """network: an IPv4 network this thread's namespace owns (lab/netns.py) instead of loopback; the engine is
        then also allowed the unrouted IPv6 prefix, which the client namespace has no route to."""
        self.catalogue = catalogue
        self.workdir = Path(workdir)
        self.real_ports = real_ports
        self.network = ipaddress.IPv4Network(network) if network is not None else None
        self.networks: tuple[str, ...] = ((str(self.network), UNROUTED_V6) if self.network is not None
                                          else LAB_NETWORKS)
        endpoints = catalogue.endpoints()
        self.hosts: tuple[str, ...] = tuple(sorted({e.host for e in endpoints if e.host and not _is_literal(e.host)}
                                                   | set(B.SERVICE_HOSTS)))
        self._port_kinds = _port_kinds(endpoints)
        self._endpoints: dict[tuple[str, str], Endpoint] = {}
        for e in endpoints:
            self._endpoints.setdefault((e.host, e.path), e)
            self._endpoints.setdefault((e.host, e.path.split("?")[0]), e)
        self._site = _Site(self, identity if identity is not None else DEFAULT_IDENTITY)
        self._scenario = B.Scenario("all_ok")
        self._apply_lock = threading.Lock()
        self._stopping = False
        self._rng = random.SystemRandom()
        # Set by start():
        self._addresses: dict[str, str] = {}
        self._edges: dict[str, str] = {}  # host -> its second edge's address (served only while dns=other_edge)
        self._v6: dict[str, str] = {}  # host -> the unrouted IPv6 address every AAAA answer gives (ipv6_unrouted)
        self._owners: dict[str, str] = {}
        self.port_map: dict[int, int] = {}
        self.resolver = ""
        self.doh_url = DOH_URL
        self.ip_lookup_url = IP_LOOKUP_URL
        self.ca_file = self.workdir / "ca.pem"
        self._bound: dict[int, int] = {}
        self._slots: list[_Slot] = []
        self._v6_slots: list[_Slot] = []
        self._edge_slots: dict[str, list[_Slot]] = {}
        self._dns_udp: socket.socket | None = None
        self._dns_tcp: socket.socket | None = None
        self._certs: CertStore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop_event: asyncio.Event | None = None
        self._conns: dict[asyncio.Task[None], tuple[str, int]] = {}
        self._background: set[asyncio.Task[None]] = set()  # accept loops and switches asked for by apply()
        self._udp_transport: asyncio.BaseTransport | None = None
        self._events: dict[tuple[str, object], int] = {}  # misbehaving events seen per host (for heal_after)

    # ----- public API -------------------------------------------------------------------------------------------

    @property
    def scenario(self) -> B.Scenario:
        return self._scenario

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def open_connections(self) -> int:
        """Connections the lab is serving right now (tests use it to check nothing is left behind)."""
        return len(self._conns)

    def address_of(self, host: str) -> str:
        try:
            return self._addresses[host.rstrip(".").lower()]
        except KeyError:
            raise KeyError(f"{host!r} is not a lab host (started: {bool(self._addresses)})") from None

    @property
    def addresses(self) -> dict[str, str]:
        return dict(self._addresses)

    def start(self) -> Lab:
        if self._thread is not None:
            raise LabError("this lab was already started; create a new Lab to start another")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._certs = CertStore.create(self.workdir)
        self.ca_file = self._certs.ca_file
        self._bind()
        self._thread = threading.Thread(target=self._run, name=f"vantage-lab {self.resolver}", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            self.stop()
            raise LabError(f"the lab at {self.resolver} did not start within {START_TIMEOUT:.0f} s")
        if self._error is not None:
            self._thread.join(STOP_TIMEOUT)
            self._close_all_sockets()
            raise LabError(f"the lab at {self.resolver} failed to start: {self._error}") from self._error
        log.debug("lab: listening at %s, ports %s", self.resolver, self.port_map)
        return self

    def stop(self) -> None:
        """Close every server and connection and join the thread; safe to call twice."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        with self._apply_lock:  # no switch is half-way, and none starts once this is set
            self._stopping = True
        if loop is not None and self._stop_event is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(self._stop_event.set)
        thread.join(STOP_TIMEOUT)
        if thread.is_alive():
            raise LabError(f"the lab at {self.resolver} did not stop within {STOP_TIMEOUT:.0f} s")
        self._close_all_sockets()

    def __enter__(self) -> Lab:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def apply(self, scenario: B.Scenario) -> None:
        """Switch the whole lab to scenario; returns when sockets reflect it (blackholes filled, refusals bound)."""
        with self._apply_lock:
            self._install(scenario)

    def set_host(self, host: str, behaviour: B.HostBehaviour) -> None:
        """Change one host's behaviour, keeping the rest of the current scenario."""
        host = host.rstrip(".").lower()
        if host not in self.hosts:
            raise KeyError(f"{host!r} is not a lab host")
        with self._apply_lock:
            current = self._scenario
            self._install(replace(current, hosts={**current.hosts, host: behaviour}))

    def _install(self, scenario: B.Scenario) -> None:
        if self._thread is not None and threading.current_thread() is self._thread:
            raise LabError("the lab's behaviour cannot be switched from the lab's own thread")
        scenario = replace(scenario, hosts={h.rstrip(".").lower(): b for h, b in scenario.hosts.items()})
        scenario.validate(frozenset(self.hosts))
        previous, self._scenario = self._scenario, scenario
        self._events = {}
        log.debug("lab: scenario %s %s", scenario.name,
                  {h: b.changed() for h, b in scenario.hosts.items() if b.changed()})
        try:
            self._sync_sockets()
        except LabError:
            self._scenario = previous  # all or nothing: DNS must not announce what the sockets cannot serve
            with contextlib.suppress(LabError):
                self._sync_sockets()
            raise

    def _sync_sockets(self) -> None:
        loop = self._loop
        if loop is None or self._stopping or not self.running:
            return  # start() makes the sockets match; a stopping lab has no sockets to switch
        future = asyncio.run_coroutine_threadsafe(self._switch_for_caller(), loop)
        try:
            future.result(APPLY_TIMEOUT)
        except TimeoutError:
            future.cancel()
            raise LabError(f"switching the lab to {self._scenario.name!r} took longer than {APPLY_TIMEOUT:.0f} s") \
                from None
        except concurrent.futures.CancelledError:
            raise LabError(f"the lab stopped while switching to {self._scenario.name!r}") from None

    def reset(self) -> None:
        """Back to every host healthy and no global switch."""
        self.apply(B.Scenario("all_ok"))

    def probe_config(self, **overrides: Any) -> ProbeConfig:
        """A ProbeConfig that points the measurement engine at this lab (and nowhere else)."""
        return config_from_descriptor(self.descriptor(), **overrides)

    def descriptor(self) -> dict[str, Any]:
        """Everything another process needs to probe this lab, JSON-able."""
        return {
            "version": DESCRIPTOR_VERSION,
            "resolver": self.resolver,
            "doh_url": self.doh_url,
            "ip_lookup_url": self.ip_lookup_url,
            "ca_file": str(self.ca_file),
            "port_map": {str(k): v for k, v in sorted(self.port_map.items())},
            "allowed_networks": list(self.networks),
            "public_networks": list(self.networks),
            "addresses": dict(sorted(self._addresses.items())),
        }

    def write_descriptor(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.descriptor(), indent=2) + "\n", encoding="utf-8")

    # ----- binding (caller's thread, before the loop runs) ------------------------------------------------------

    def _allocate(self) -> tuple[dict[str, str], dict[str, str], str]:
        """Each host's address and its second edge's, and the resolver's: on loopback, or in self.network."""
        offsets = [n for n in range(1, 255) if n != RESOLVER_OFFSET]
        if self.network is None:
            x, y = self._rng.randint(64, 250), self._rng.randrange(256)

            def at(i: int) -> str:
                block, index = divmod(i, len(offsets))
                return f"127.{x}.{(y + block) % 256}.{offsets[index]}"
            resolver = f"127.{x}.{y}.{RESOLVER_OFFSET}"
        else:
            base = int(self.network.network_address)

            def at(i: int) -> str:
                block, index = divmod(i, len(offsets))
                return str(ipaddress.IPv4Address(base + 256 * block + offsets[index]))
            resolver = str(ipaddress.IPv4Address(base + RESOLVER_OFFSET))
        n = len(self.hosts)
        addresses = {host: at(i) for i, host in enumerate(self.hosts)}
        edges = {host: at(n + i) for i, host in enumerate(self.hosts)}
        return addresses, edges, resolver

    def _bind(self) -> None:
        """Pick a subnet and port numbers and bind everything; a collision means another subnet, not a failure."""
        last: OSError | None = None
        for _ in range(BIND_ATTEMPTS):
            addresses, edges, resolver_address = self._allocate()
            try:
                self._bind_at(addresses, resolver_address)
            except OSError as exc:
                self._close_all_sockets()
                if exc.errno not in _RETRYABLE_BIND or (self.real_ports and exc.errno == errno.EACCES):
                    raise LabError(f"could not bind the lab's sockets on {resolver_address}: {exc}") from exc
                last = exc
                continue
            self._addresses, self._edges = addresses, edges
            self._v6 = {h: str(ipaddress.IPv6Network(UNROUTED_V6)[i + 1]) for i, h in enumerate(self.hosts)}
            self._owners = {a: h for h, a in (*addresses.items(), *edges.items())}
            return
        raise LabError(f"no free loopback subnet found after {BIND_ATTEMPTS} tries: {last}")

    def _bind_at(self, addresses: dict[str, str], resolver_address: str) -> None:
        dns_port = 53 if self.real_ports else 0
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._dns_udp = udp
        udp.bind((resolver_address, dns_port))
        udp.setblocking(False)
        dns_port = udp.getsockname()[1]
        self._dns_tcp = listening_socket(resolver_address, dns_port)
        self._bound = {}
        hosts = list(addresses)
        for port in self._port_kinds:
            first = listening_socket(addresses[hosts[0]], port if self.real_ports else 0)
            number = first.getsockname()[1]
            self._bound[port] = number
            self._slots.append(_Slot(addresses[hosts[0]], port, number, sock=first))
            for host in hosts[1:]:
                self._slots.append(_Slot(addresses[host], port, number,
                                         sock=listening_socket(addresses[host], number)))
        self.resolver = f"{resolver_address}:{dns_port}"
        self.port_map = {} if self.real_ports else dict(self._bound)

    def _close_all_sockets(self) -> None:
        for slot in (*self._slots, *self._v6_slots, *(s for slots in self._edge_slots.values() for s in slots)):
            slot.close_sockets()
        self._slots, self._v6_slots, self._edge_slots = [], [], {}
        for sock in (self._dns_udp, self._dns_tcp):
            if sock is not None:
                sock.close()
        self._dns_udp = self._dns_tcp = None

    # ----- the loop thread ----------------------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_quiet_exception_handler)
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:
            if not self._ready.is_set():
                self._error = exc
            log.debug("lab: loop ended with an error", exc_info=True)
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()
            self._ready.set()

    async def _main(self) -> None:
        loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        try:
            assert self._dns_udp is not None and self._dns_tcp is not None
            rng = random.Random()

            def decide(name: str, rdtype: int) -> DnsAnswer:
                scenario = self._scenario
                if self._healed(name, ("dns", rdtype)):
                    scenario = replace(scenario, hosts={**scenario.hosts,
                                                        name: replace(scenario.behaviour(name), dns="ok")})
                return system_answer(scenario, self._addresses, name, rdtype, edges=self._edges, v6=self._v6)

            self._udp_transport, _ = await loop.create_datagram_endpoint(lambda: UdpResolver(decide, rng),
                                                                         sock=self._dns_udp)
            dns_address = self._dns_tcp.getsockname()

            async def dns_tcp(conn: _Accepted) -> None:
                reader, writer = await conn.stream()
                await serve_tcp(reader, writer, decide, rng)

            self._start_accepting(self._dns_tcp, (dns_address[0], 53), dns_tcp)
            for slot in self._slots:
                self._start_slot(slot)
            await self._reconcile()
            self._ready.set()
            await self._stop_event.wait()
        finally:
            await self._teardown()

    async def _teardown(self) -> None:
        while tasks := [*self._background, *self._conns]:  # until none is left, even one started meanwhile
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._udp_transport is not None:
            self._udp_transport.close()
        for _ in range(3):  # let transports run their close callbacks (which close their sockets)
            await asyncio.sleep(0)
        self._close_all_sockets()

    def _start_slot(self, slot: _Slot) -> None:
        assert slot.sock is not None
        address = slot.address

        async def handle(conn: _Accepted) -> None:
            await self._serve_connection(conn, address, slot.port)

        slot.accept_task = self._start_accepting(slot.sock, (address, slot.port), handle)

    def _start_accepting(self, listener: socket.socket, key: tuple[str, int],
                         handler: Handler) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._accept_loop(listener, key, handler))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _accept_loop(self, listener: socket.socket, key: tuple[str, int], handler: Handler) -> None:
        # Not loop.sock_accept(): a cancel landing after its accept() but before we resume would drop the socket.
        loop = asyncio.get_running_loop()
        while True:
            await wait_readable(listener)
            while True:
                try:
                    conn, _ = listener.accept()
                except (BlockingIOError, InterruptedError):
                    break
                except OSError as exc:
                    if listener.fileno() == -1:
                        return
                    log.debug("lab: accept on %s:%s failed: %s", key[0], key[1], exc)
                    await asyncio.sleep(0.05)  # out of fds or an aborted handshake: try again shortly
                    break
                conn.setblocking(False)
                if len(self._conns) >= MAX_CONNECTIONS:
                    reset_close(conn)
                    continue
                accepted = _Accepted(conn)
                task = loop.create_task(self._guarded(accepted, handler))
                self._conns[task] = key
                # Also when the task is cancelled before its first step (its finally never runs then).
                task.add_done_callback(functools.partial(self._forget, accepted=accepted))

    def _forget(self, task: asyncio.Task[None], accepted: _Accepted) -> None:
        self._conns.pop(task, None)
        accepted.close()

    async def _guarded(self, conn: _Accepted, handler: Handler) -> None:
        """Run a connection handler; whatever happens, the socket is closed and nothing reaches stderr."""
        try:
            await handler(conn)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.debug("lab: connection handler failed", exc_info=True)
        finally:
            conn.close()

    def _healed(self, host: str, event: object) -> bool:
        """Count one misbehaving event for host; True once its heal_after blip is over (never when it is 0)."""
        limit = self._scenario.behaviour(host).heal_after if host in self._addresses else 0
        if not limit:
            return False
        key = (host, event)
        self._events[key] = self._events.get(key, 0) + 1
        return self._events[key] > limit

    def _owner_of(self, address: str) -> str | None:
        if address == IPV6_ADDRESS:
            return self._scenario.ipv6_host()
        return self._owners.get(address)

    def _endpoint(self, host: str, target: str) -> Endpoint | None:
        return self._endpoints.get((host, target)) or self._endpoints.get((host, target.split("?")[0]))

    async def _serve_connection(self, conn: _Accepted, address: str, port: int) -> None:
        host = self._owner_of(address)
        if host is None:
            reset_close(conn.sock)
            return
        if self._scenario.behaviour(host).tcp == "reset" and not self._healed(host, "tcp"):
            # As an on-path injector's RST does, arrive after the client has seen its connect() succeed.
            await asyncio.sleep(RESET_DELAY)
            reset_close(conn.sock)
            return
        kind = self._port_kinds[port]
        if kind == "tcp":
            await drain_until_closed(conn.sock)
        elif kind == "http":
            reader, writer = await conn.stream()
            await serve_http(reader, writer, host, self._site)
        else:
            await self._serve_tls(conn, host)

    async def _serve_tls(self, accepted: _Accepted, host: str) -> None:
        conn = accepted.sock
        hello, seen = await peek_client_hello(conn)
        if hello is PARTIAL:
            return  # the client closed before a ClientHello was complete
        scenario = self._scenario
        b = scenario.behaviour(host)
        mode = _sni_mode(scenario, host, hello.sni, self._addresses) or (
            "ok" if b.tls in B.SNI_TRIGGERED else b.tls)
        if hello.sni == host and mode != "ok" and self._healed(host, "tls"):
            mode = "ok"
        log.debug("lab: TLS to %s (SNI %s): %s", host, hello.sni, mode)
        if mode in ("sni_reset", "reset_any"):
            reset_close(conn)
            return
        if mode == "sni_drop":
            await drain_until_closed(conn)
            return
        if mode == "eof":
            consume(conn, seen)
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_WR)
            await drain_until_closed(conn, limit=5.0)
            return
        assert self._certs is not None
        if mode == "untrusted":
            context = self._certs.context(host, intruder=True)
        elif mode == "wrong_name":
            context = self._certs.context(b.other_name)
        elif mode == "expired":
            context = self._certs.context(host, expired=True)
        else:
            context = self._certs.context(host)
        try:
            reader, writer = await accepted.stream(context)
        except (OSError, TimeoutError, EOFError) as exc:  # ssl.SSLError is an OSError
            log.debug("lab: TLS handshake for %s failed: %s", host, exc)
            return
        await serve_http(reader, writer, host, self._site)

    async def _switch_for_caller(self) -> None:
        """_reconcile() on behalf of apply(), tracked so that stop() can cancel it half-way."""
        if self._stop_event is None or self._stop_event.is_set():
            return  # stopping: the sockets are about to close anyway
        task = asyncio.current_task()
        assert task is not None
        self._background.add(task)
        try:
            await self._reconcile()
        finally:
            self._background.discard(task)

    async def _reconcile(self) -> None:
        """Make every listening socket match the current scenario's tcp modes (and the IPv6 host)."""
        scenario = self._scenario
        v6_host = scenario.ipv6_host()
        if v6_host is not None and not self._v6_slots:
            self._bind_v6()
        elif v6_host is None and self._v6_slots:
            for slot in self._v6_slots:
                await self._release(slot)
            self._v6_slots = []
        edge_hosts = {h for h in scenario.hosts if scenario.behaviour(h).dns == "other_edge"}
        for host in sorted(set(self._edge_slots) - edge_hosts):
            for slot in self._edge_slots.pop(host):
                await self._release(slot)
        for host in sorted(edge_hosts - set(self._edge_slots)):
            self._edge_slots[host] = self._serve_at(self._edges[host])
        changes = []
        for slot in (*self._slots, *self._v6_slots, *(s for slots in self._edge_slots.values() for s in slots)):
            owner = self._owner_of(slot.address)
            want = _SOCKET_STATE[scenario.behaviour(owner).tcp] if owner is not None else "open"
            if slot.state != want:
                changes.append(self._switch(slot, want))
        results = await asyncio.gather(*changes, return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise LabError(f"could not switch {len(errors)} lab socket(s): {errors[0]}") from errors[0]

    def _bind_v6(self) -> None:
        self._v6_slots = self._serve_at(IPV6_ADDRESS)

    def _serve_at(self, address: str) -> list[_Slot]:
        """Listen at address on every lab port (an extra address: the IPv6 host, a second edge)."""
        slots = []
        try:
            for port, number in self._bound.items():
                slots.append(_Slot(address, port, number, sock=listening_socket(address, number)))
        except OSError as exc:
            for slot in slots:
                assert slot.sock is not None
                slot.sock.close()
            shown = f"[{address}]" if ":" in address else address
            raise LabError(f"could not serve {shown} on the lab's ports (is its family enabled?): {exc}") from exc
        for slot in slots:
            self._start_slot(slot)
        return slots

    async def _release(self, slot: _Slot) -> None:
        """Close the slot's socket and fillers, and cut the connections it accepted."""
        doomed = [t for t, key in self._conns.items() if key == (slot.address, slot.port)]
        if slot.accept_task is not None:
            doomed.append(slot.accept_task)
            slot.accept_task = None
        for task in doomed:
            task.cancel()
        await asyncio.gather(*doomed, return_exceptions=True)
        slot.close_sockets()

    async def _switch(self, slot: _Slot, want: str) -> None:
        await self._release(slot)
        slot.state = "closed"
        if want == "open":
            slot.sock = listening_socket(slot.address, slot.bound)
            self._start_slot(slot)
        elif want == "blackhole":
            slot.sock = listening_socket(slot.address, slot.bound, backlog=0)
            await fill_accept_queue(slot.sock, slot.address, slot.bound, slot.fillers)
        else:
            slot.sock = bound_socket(slot.address, slot.bound)
        slot.state = want
        log.debug("lab: %s:%s (port %s) is now %s", slot.address, slot.bound, slot.port, want)


def _sni_mode(scenario: B.Scenario, host: str, sni: str | None, addresses: Mapping[str, str]) -> str | None:
    """sni_reset / sni_drop when the ClientHello names a filtered server, wherever it is sent (as on a real path)."""
    if sni is None:
        return None
    own = scenario.behaviour(host)
    if own.tls in B.SNI_TRIGGERED and (sni == host or sni in own.sni_names):
        return own.tls
    if sni in addresses:
        named = scenario.behaviour(sni)
        if named.tls in B.SNI_TRIGGERED:
            return named.tls
    for other, b in scenario.hosts.items():
        if sni in b.sni_names:
            effective = scenario.behaviour(other)
            if effective.tls in B.SNI_TRIGGERED:
                return effective.tls
    return None


def _quiet_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Route asyncio's complaints (a client that vanished mid-handshake, ...) to DEBUG instead of stderr."""
    exc = context.get("exception")
    log.debug("lab: asyncio: %s", context.get("message"), exc_info=exc if isinstance(exc, BaseException) else None)


def load_descriptor(path: Path) -> dict[str, Any]:
    """Read a descriptor written by Lab.write_descriptor; errors name the file and the field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable lab descriptor: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a lab descriptor must be a JSON object")
    for key in ("resolver", "doh_url", "ip_lookup_url", "ca_file", "port_map"):
        if key not in data:
            raise ValueError(f"{path}: {key}: missing")
    return data


def config_from_descriptor(data: Mapping[str, Any], **overrides: Any) -> ProbeConfig:
    """The ProbeConfig for a lab described by data (from Lab.descriptor() or load_descriptor())."""
    values: dict[str, Any] = {
        "system_resolvers": (str(data["resolver"]),),
        "doh_urls": (str(data["doh_url"]),),
        "ca_file": str(data["ca_file"]),
        "ip_lookup_url": str(data["ip_lookup_url"]),
        "port_map": {int(k): int(v) for k, v in dict(data["port_map"]).items()},
        "allowed_networks": tuple(data.get("allowed_networks", LAB_NETWORKS)),
        "public_networks": tuple(data.get("public_networks", LAB_NETWORKS)),
    }
    values.update(overrides)
    return ProbeConfig(**values)
