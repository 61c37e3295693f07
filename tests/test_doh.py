"""DoH connections on a bad link, against the lab's real DoH server: a handshake cut short by the step's timeout
closes its own socket, and an opening exchange whose connection stays silent is answered on a fresh connection.

A silent front on loopback stands in for lost opening packets: it accepts TCP and then says nothing, for as many
connections as the test asks; later connections are passed through to the lab's DoH server. Nothing asserts a
duration.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import dns.message
import dns.rdatatype
import pytest

from desktop_app.lab.behaviour import DOH_HOST
from desktop_app.probes.doh import DohResolver, doh_exchange
from desktop_app.probes.environment import SweepEnv
from desktop_app.probes.http import make_client
from tests.lab_catalogue import small_catalogue

pytestmark = pytest.mark.usefixtures("no_abandoned_sockets")
T = 2.0


@pytest.fixture(scope="module")
def lab_catalogue():
    return small_catalogue()


class SilentFront:
    """Swallows the first `silent` connections (reading until the client closes), passes the rest to `target`."""

    def __init__(self, target: tuple[str, int], silent: int) -> None:
        self.target, self.silent = target, silent
        self.accepted = 0
        self.closed_by_client = 0  # silent connections the client itself closed
        self.port = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        up_writer = None
        try:
            if self.accepted <= self.silent:
                while await reader.read(65536):
                    pass
                self.closed_by_client += 1
                return
            up_reader, up_writer = await asyncio.open_connection(*self.target)
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            for w in (writer, up_writer):
                if w is not None:
                    w.close()
                    with contextlib.suppress(OSError):
                        await w.wait_closed()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[SilentFront]:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        async with server:
            try:
                yield self
            finally:
                server.close()
                # The client has closed its connections by now; let each pass-through finish closing its own.
                if self._tasks:
                    await asyncio.wait(self._tasks, timeout=10)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.close()


async def _until(condition, tries: int = 500) -> None:
    """Let the loop run until `condition` holds (or give up after `tries` turns; the test's assert then says so)."""
    for _ in range(tries):
        if condition():
            return
        await asyncio.sleep(0.01)


async def _with_front(lab, silent: int, body):
    env = SweepEnv.create(lab.probe_config(timeout=T), ())
    try:
        target = (await env.resolve_for_connect(DOH_HOST), env.config.port_map.get(443, 443))
        front = SilentFront(target, silent)
        async with front.running():
            def new_client():
                async def to_front(host: str) -> str:
                    return "127.0.0.1"
                return make_client(to_front, env.policy, {443: front.port}, env.tls.verified, T,
                                   env.config.user_agent)
            await body(front, new_client, env.config.doh_urls[0])
        return front
    finally:
        await env.aclose()


def test_a_handshake_cut_short_by_the_timeout_closes_its_socket(lab):
    async def body(front, new_client, url):
        client = new_client()
        try:
            with pytest.raises(TimeoutError):
                await doh_exchange(client, url, "x.com", dns.rdatatype.A, 0.3)
            # The front sees the client hang up: the socket was closed by the engine, not the garbage collector.
            await _until(lambda: front.closed_by_client == 1)
        finally:
            await client.aclose()

    front = asyncio.run(_with_front(lab, 1, body))
    assert front.accepted == 1
    assert front.closed_by_client == 1


def test_a_silent_opening_connection_is_answered_on_a_fresh_one(lab):
    answers: list[dns.message.Message] = []
    fresh: list[int] = []

    async def body(front, new_client, url):
        resolver = DohResolver(url, new_client)
        try:
            answers.extend(await asyncio.gather(resolver.exchange("x.com", dns.rdatatype.A, T),
                                                resolver.exchange("x.com", dns.rdatatype.AAAA, T)))
            fresh.append(resolver.fresh)
            await _until(lambda: front.closed_by_client == 1)
        finally:
            await resolver.aclose()

    front = asyncio.run(_with_front(lab, 1, body))
    assert fresh == [1]
    assert len(answers) == 2
    assert answers[0].answer, "the A question got no address"
    # The silent connection was closed by the engine once the fresh one answered; the second question shared
    # the fresh connection (two connections in all).
    assert front.accepted == 2
    assert front.closed_by_client == 1


def test_a_failed_lookup_of_the_resolvers_own_name_is_asked_again_not_kept_for_the_sweep(lab):
    """On a lossy link the one lookup of the DoH server's name can fail; keeping that failure for the sweep failed
    every DoH question of it (whole sweeps with nothing to compare with). The next question asks again."""
    from desktop_app.lab import HostBehaviour, Scenario
    from desktop_app.probes import failures

    async def run() -> str:
        env = SweepEnv.create(lab.probe_config(timeout=T), ())
        try:
            lab.apply(Scenario(name="resolver-name-lost", hosts={DOH_HOST: HostBehaviour(dns="nxdomain")}))
            with pytest.raises(failures.StepFailed):
                await env.resolve_for_connect(DOH_HOST)
            lab.apply(Scenario(name="resolver-name-back"))
            return await env.resolve_for_connect(DOH_HOST)
        finally:
            await env.aclose()

    try:
        address = asyncio.run(run())
    finally:
        lab.apply(Scenario(name="reset"))
    assert address.startswith("127.")
