"""What only the async client has: concurrency over one client, its connection limit,
credentials resolved off the event loop, ``async with``, native ``async for``, and its
optional dependency. (The scenarios both clients share run on both elsewhere:
tests/async_support.py.)"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED
from lightsail.aio import AsyncClient, AsyncLightsailClient
from lightsail.errors import NotFoundException
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws

CALLS = 100
POOL = 5


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


class CountingServer:
    """An asyncio HTTP/1.1 keep-alive server that echoes GetInstance's instanceName and
    counts the connections open at once."""

    def __init__(self) -> None:
        self.open = self.peak = self.accepted = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open += 1
        self.accepted += 1
        self.peak = max(self.peak, self.open)
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                )
                name = json.loads(await reader.readexactly(length))["instanceName"]
                await asyncio.sleep(0.001)  # let the other calls pile up
                body = json.dumps({"instance": {"name": name}}).encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client closed the connection
        finally:
            self.open -= 1
            writer.close()


def test_a_hundred_concurrent_calls_over_one_client_within_its_pool() -> None:
    async def main() -> tuple[list[str | None], CountingServer]:
        counting = CountingServer()
        server = await asyncio.start_server(counting.handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server, AsyncClient(
            "us-east-1",
            f"http://127.0.0.1:{port}",
            ACCESS_KEY,
            SECRET_KEY,
            max_pool_connections=POOL,
        ) as client:
            results = await asyncio.gather(
                *(client.get_instance(instance_name=f"i-{n}") for n in range(CALLS))
            )
        names = [r.instance.name if r.instance else None for r in results]
        return names, counting

    names, counting = asyncio.run(main())
    assert names == [f"i-{n}" for n in range(CALLS)]
    assert counting.peak == POOL  # used to the full, never beyond
    assert counting.accepted == POOL  # kept alive and reused


def test_credentials_resolve_once_in_a_worker_thread(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chain may block (instance metadata, SSO, credential_process): the event loop
    must not wait for it, and concurrent first calls resolve it once."""
    import botocore.credentials
    import botocore.session

    resolved_in: list[threading.Thread] = []

    def get_credentials(self: Any) -> Any:
        resolved_in.append(threading.current_thread())
        return botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY)

    monkeypatch.setattr(botocore.session.Session, "get_credentials", get_credentials)

    async def main() -> None:
        async with AsyncClient("us-east-1", server.url) as client:
            await asyncio.gather(*(client.get_regions() for _ in range(10)))

    asyncio.run(main())
    assert len(resolved_in) == 1
    assert resolved_in[0] is not threading.main_thread()
    assert len(server.requests) == 10
    assert all(ACCESS_KEY in r.headers["Authorization"] for r in server.requests)


def test_refreshable_credentials_refresh_in_a_worker_thread(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import botocore.credentials
    import botocore.session

    refreshed_in: list[threading.Thread] = []

    def refresh() -> dict[str, str]:
        refreshed_in.append(threading.current_thread())
        # Within botocore's advisory window (15 minutes), not expired: every signature
        # asks for a refresh.
        expiry = datetime.now(UTC) + timedelta(minutes=12)
        return {
            "access_key": ACCESS_KEY,
            "secret_key": SECRET_KEY,
            "token": "t",
            "expiry_time": expiry.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }

    def get_credentials(self: Any) -> Any:
        return botocore.credentials.RefreshableCredentials.create_from_metadata(
            refresh(), refresh, "test"
        )

    monkeypatch.setattr(botocore.session.Session, "get_credentials", get_credentials)

    async def main() -> None:
        async with AsyncClient("us-east-1", server.url) as client:
            await client.get_regions()
            await client.get_regions()

    asyncio.run(main())
    assert len(refreshed_in) >= 3  # at creation, then before each signature
    assert threading.main_thread() not in refreshed_in


def test_async_with_close_and_reuse_after_close(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({"regions": [{"name": "us-east-1"}]}))

    async def main() -> list[str | None]:
        client = AsyncLightsailClient("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
        first = await client.get_regions()
        await client.close()
        second = await client.get_regions()  # a new session, as the sync client reconnects
        await client.close()
        return [r.regions[0].name if r.regions else None for r in (first, second)]

    assert asyncio.run(main()) == ["us-east-1", "us-east-1"]


def test_native_async_for_over_pages_and_items(server: LoopbackServer) -> None:
    pages = [
        Reply.of_json({"instances": [{"name": "a"}, {"name": "b"}], "nextPageToken": "t1"}),
        Reply.of_json({"instances": [{"name": "c"}]}),
    ]
    server.reply(*pages, *pages)

    async def main() -> tuple[list[int], list[str | None]]:
        async with AsyncClient("us-east-1", server.url, ACCESS_KEY, SECRET_KEY) as client:
            paginator = client.get_paginator("get_instances")
            sizes = [len(page.instances or []) async for page in paginator.paginate()]
            names = [i.name async for i in paginator.paginate().items()]
        return sizes, names

    assert asyncio.run(main()) == ([2, 1], ["a", "b", "c"])


def test_modelled_errors_are_raised_by_the_coroutine(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({"__type": "NotFoundException", "message": "gone"}, 400))

    async def main() -> None:
        async with AsyncClient("us-east-1", server.url, ACCESS_KEY, SECRET_KEY) as client:
            await client.get_instance(instance_name="i")

    with pytest.raises(NotFoundException, match="gone"):
        asyncio.run(main())


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
    )


def test_without_aiohttp_importing_aio_is_one_line_naming_what_to_install() -> None:
    finished = run_python("import sys; sys.modules['aiohttp'] = None; import lightsail.aio")
    assert finished.returncode == 1
    assert finished.stderr.splitlines()[-1] == (
        "ImportError: lightsail.aio needs aiohttp: pip install 'aiohttp>=3.10'"
    )


def test_the_sync_client_imports_neither_asyncio_nor_aiohttp() -> None:
    finished = run_python(
        "import sys; from lightsail import Client\n"
        "Client('us-east-1', 'http://127.0.0.1:9', 'AKID', 'secret')\n"
        "print(sorted({'asyncio', 'aiohttp'} & set(sys.modules)))"
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "[]"
