"""Routes: the transports a client keeps for endpoints besides its own (host labels
filled from the input make them unbounded in number, so the oldest is evicted past
MAX_ROUTES). An evicted transport closes its connections once the requests and
streams using it are done; routing is safe from many threads at once.

Every endpoint here (``http://<shard>.shards.routing.test``, the routing fixture's
GetShard host prefix) is reached through an http proxy, which is the loopback server
itself: one server sees each transport's own connections, and counts those still open.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.config import Config
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws

ENDPOINT = "http://routing.test"  # never resolved: every request goes to the proxy
THREADS, CALLS, SHARDS = 8, 100, 12


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture
def routing(routing_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The routing package, its clients keeping 2 routes besides their own."""
    monkeypatch.setattr(
        importlib.import_module(f"{routing_dir.name}._runtime.client"), "MAX_ROUTES", 2
    )
    return importlib.import_module(routing_dir.name)


def options(server: LoopbackServer) -> dict[str, Any]:
    return {
        "region_name": "us-east-1",
        "endpoint_url": ENDPOINT,
        "aws_access_key_id": ACCESS_KEY,
        "aws_secret_access_key": SECRET_KEY,
        "config": Config(proxies={"http": server.url}, retries={"max_attempts": 2}),
    }


def settles(condition: Callable[[], bool]) -> bool:
    """Whether ``condition`` holds within 5 s: the server sees a close a little later."""
    for _ in range(500):
        if condition():
            return True
        time.sleep(0.01)
    return condition()


async def asettles(condition: Callable[[], bool]) -> bool:
    """``settles``, letting the event loop run (it closes the sockets)."""
    for _ in range(500):
        if condition():
            return True
        await asyncio.sleep(0.01)
    return condition()


def inputs(client: Any, shard: str) -> Any:
    runtime = importlib.import_module(f"{type(client).__module__.split('.')[0]}"
                                      "._runtime.endpoints")
    return runtime.EndpointInputs(host_labels={"ShardId": shard})


def get_shard_operation(client: Any) -> Any:
    package = type(client).__module__.split(".")[0]
    return importlib.import_module(f"{package}.operations.get_shard").OPERATION


def routed(client: Any) -> list[Any]:
    return [route[1] for route in client._engine._routes.values()]


# -- sync ---------------------------------------------------------------------------------


def test_an_unread_stream_on_an_evicted_route_is_read_then_its_connection_closed(
    routing: Any, server: LoopbackServer
) -> None:
    client = routing.Client(**options(server))
    engine = client._engine
    operation = get_shard_operation(client)
    response = engine.send(operation, {"ShardId": "s0"}, inputs(client, "s0"), stream=True)
    (evicted,) = routed(client)
    client.get_shard(shard_id="s1")
    client.get_shard(shard_id="s2")  # evicts s0's route, its stream unread
    client.get_shard(shard_id="s3")  # evicts s1's: its idle connection is closed
    assert evicted not in routed(client) and len(routed(client)) == 2
    assert response.stream.read() == b"{}"  # still reads whole
    assert evicted._idle == []  # closed, not pooled
    assert server.connections == 4
    assert settles(lambda: server.open == 2)  # s2's and s3's, pooled
    client.close()
    assert settles(lambda: server.open == 0)


def test_a_request_in_flight_on_an_evicted_route_completes_then_its_connection_closes(
    routing: Any, server: LoopbackServer
) -> None:
    client = routing.Client(**options(server))
    held = threading.Event()
    server.reply(Reply(hold=held), Reply())
    outcome: list[Any] = []
    caller = threading.Thread(
        target=lambda: outcome.append(client.get_shard(shard_id="s0")), daemon=True
    )
    caller.start()
    assert settles(lambda: len(server.requests) == 1)
    (evicted,) = routed(client)
    client.get_shard(shard_id="s1")
    client.get_shard(shard_id="s2")  # evicts s0's route, its request in flight
    assert caller.is_alive()  # still waiting for its reply
    held.set()
    caller.join(5)
    assert not caller.is_alive()
    assert outcome == [None]  # GetShard has no output
    assert evicted._idle == []
    assert settles(lambda: server.open == 2)
    client.close()


def test_many_threads_routing_at_once_keep_at_most_max_routes_and_close_the_rest(
    routing: Any, server: LoopbackServer
) -> None:
    client = routing.Client(**options(server))
    engine = client._engine
    created: list[Any] = []

    def recording(url: str, **settings: Any) -> Any:
        made = type(engine._transport)(url, **settings)
        created.append(made)
        time.sleep(0)  # let another thread run here, as it may
        return made

    engine.TRANSPORT = recording
    interval = sys.getswitchinterval()
    failures: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def calls(offset: int) -> None:
        try:
            start.wait(5)
            for call in range(CALLS):
                # Threads in three groups, each group's threads asking for the same
                # shard at the same moment: the same new route wanted by several at once.
                client.get_shard(shard_id=f"s{(call + offset % 3) % SHARDS}")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=calls, args=(n,), daemon=True) for n in range(THREADS)]
    sys.setswitchinterval(1e-5)  # threads switch often: races show
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        sys.setswitchinterval(interval)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert len(server.requests) == THREADS * CALLS
    kept = routed(client)
    assert len(kept) <= 2
    evicted = [made for made in created if made not in kept]
    assert [made for made in evicted if not made._retired or made._idle] == []
    pooled = sum(len(made._idle) for made in kept)
    assert settles(lambda: server.open == pooled)
    client.close()
    assert settles(lambda: server.open == 0)


# -- async --------------------------------------------------------------------------------


def sessions(transports: list[Any]) -> int:
    return sum(made._session is not None for made in transports)


def test_async_evicted_sessions_close_once_idle_and_close_awaits_the_rest(
    routing: Any, server: LoopbackServer
) -> None:
    aio = importlib.import_module(f"{routing.__name__}.aio")

    async def scenario() -> None:
        client = aio.AsyncClient(**options(server))
        engine = client._engine
        operation = get_shard_operation(client)
        response = await engine.send(
            operation, {"ShardId": "s0"}, inputs(client, "s0"), stream=True
        )
        (streaming,) = routed(client)
        await client.get_shard(shard_id="s1")
        (idle,) = [made for made in routed(client) if made is not streaming]
        await client.get_shard(shard_id="s2")  # evicts s0's, its stream unread
        await client.get_shard(shard_id="s3")  # evicts s1's, idle: closed now
        assert idle._session is None
        assert streaming._session is not None
        assert await response.stream.aread() == b"{}"
        assert streaming._session is None  # the stream was its last use
        for shard in range(4, 40):  # endpoint churn: nothing kept grows
            await client.get_shard(shard_id=f"s{shard}")
        assert len(engine._retired) <= 2
        assert len(engine._closing) <= 2
        assert await asettles(lambda: server.open == 2)
        await client.close()
        assert not engine._closing and not engine._retired
        assert sessions([engine._transport, *routed(client)]) == 0

    asyncio.run(scenario())
    assert settles(lambda: server.open == 0)


def test_async_a_retry_on_a_route_evicted_meanwhile_closes_its_session_after(
    routing: Any, server: LoopbackServer
) -> None:
    """The call took its transport from ``route()`` before the eviction; its second
    attempt reopens a session on the evicted transport, closed again when it is done."""
    aio = importlib.import_module(f"{routing.__name__}.aio")

    async def scenario() -> None:
        client = aio.AsyncClient(**options(server))
        evicted: list[Any] = []

        async def evicting_sleep(seconds: float) -> None:
            evicted.extend(routed(client))
            await client.get_shard(shard_id="s1")
            await client.get_shard(shard_id="s2")  # evicts s0's, its call sleeping

        client._engine.sleep = evicting_sleep
        server.reply(Reply(500, b'{"__type": "InternalFailure"}'), Reply())
        await client.get_shard(shard_id="s0")
        (transport,) = evicted
        assert transport not in routed(client)
        assert server.connections == 4  # s0 twice: its session was closed meanwhile
        assert transport._session is None
        assert await asettles(lambda: server.open == 2)
        await client.close()

    asyncio.run(scenario())
    assert settles(lambda: server.open == 0)
