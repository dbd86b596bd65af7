"""Where an async call's time goes, in one process: BENCHMARKS.md's async notes.

    PYTHONPATH=generated .venv/bin/python bench/aio_anatomy.py [ROUNDS]

Against bench/server.py (started here), batches of 20 calls of each kind, taking turns,
medians in µs:

- ``call``: ``AsyncClient.register_container_image`` as the bench calls it;
- ``aiohttp``: the same signed request sent with aiohttp alone (a session set up as the
  client's), hot: one after the other;
- ``core``: the call with the transport replaced by a stub returning the canned
  response (serialize, sign, parse: no I/O, no await that suspends), hot;
- ``aiohttp after core`` and ``core after aiohttp``: each timed right after the other;
- ``core after sleep`` / ``core after spin``: timed after ``asyncio.sleep`` of 200 µs
  (the process sleeps and the core runs other processes) / after spinning 200 µs;
- ``signing`` / ``signing after sleep``: the client's signer (botocore's SigV4Auth) on
  the call's request alone, hot / after the same sleep.

``aiohttp`` plus ``signing`` is the floor of any client that sends with aiohttp and
signs with botocore: BENCHMARKS.md weighs it against the per-call target.
"""

from __future__ import annotations

import asyncio
import copy
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from canned import ACCESS_KEY, DIGEST, LABEL, REGION, SECRET_KEY, SERVICE_NAME

BATCH = 20
PAUSE_NS = 200_000


async def anatomy(url: str, rounds: int) -> dict[str, float]:
    import aiohttp
    import yarl
    from lightsail._runtime.aio import AsyncTransport
    from lightsail.aio import AsyncClient

    client = AsyncClient(REGION, url, ACCESS_KEY, SECRET_KEY, max_pool_connections=10)
    engine: Any = client._engine
    transport = engine._transport
    sent: list[tuple[str, str, dict[str, str], bytes]] = []

    async def record(method: str, url: str, headers: Any, body: Any, **options: Any) -> Any:
        sent.append((method, url, dict(headers), body))
        return await AsyncTransport.send(transport, method, url, headers, body, **options)

    class Stub:
        async def send(self, *request: Any, **options: Any) -> Any:
            return canned

    transport.send = record
    await call(client)
    del transport.send
    method, target, headers, body = sent[0]
    canned = await transport.send(method, target, headers, body)
    twin = copy.copy(transport)
    twin._session = None
    session = twin._open(aiohttp)  # a session of its own, set up as the client's
    parsed = yarl.URL(target, encoded=True)

    async def raw() -> None:
        async with session.request(method, parsed, headers=dict(headers), data=body) as r:
            await r.read()

    signer = engine._signer
    unsigned = {
        name: value
        for name, value in headers.items()
        if name not in ("Authorization", "X-Amz-Date", "amz-sdk-invocation-id", "amz-sdk-request")
    }

    async def signing() -> None:
        signer.sign(method, target, dict(unsigned), body)

    async def stubbed() -> None:
        engine._transport = Stub()
        try:
            await call(client)
        finally:
            engine._transport = transport

    times: dict[str, list[int]] = {}

    def timed(name: str, step: Callable[[], Awaitable[None]], before: Any = None) -> Any:
        async def measured() -> None:
            if before is not None:
                await before()
            started = time.perf_counter_ns()
            await step()
            times.setdefault(name, []).append(time.perf_counter_ns() - started)

        return measured

    async def sleep() -> None:
        await asyncio.sleep(PAUSE_NS / 1e9)

    async def spin() -> None:
        end = time.perf_counter_ns() + PAUSE_NS
        while time.perf_counter_ns() < end:
            pass

    kinds = [
        timed("call", lambda: call(client)),
        timed("aiohttp", raw),
        timed("core", stubbed),
        timed("aiohttp after core", raw, stubbed),
        timed("core after aiohttp", stubbed, raw),
        timed("core after sleep", stubbed, sleep),
        timed("core after spin", stubbed, spin),
        timed("signing", signing),
        timed("signing after sleep", signing, sleep),
    ]
    for kind in kinds * 5:  # warm-up
        await kind()
    times.clear()
    for _ in range(rounds):
        for kind in kinds:
            for _ in range(BATCH):
                await kind()
    for closing in (client, twin):
        await closing.close()
    return {name: statistics.median(samples) / 1000 for name, samples in times.items()}


async def call(client: Any) -> None:
    await client.register_container_image(
        service_name=SERVICE_NAME, label=LABEL, digest=DIGEST
    )


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("server.py"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        for name, median in asyncio.run(anatomy(url, rounds)).items():
            print(f"{name:20} {median:7.1f} µs")
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
