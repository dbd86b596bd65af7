"""Async measurements that run inside a fresh child process, one per invocation.

    python bench/aio_probes.py {ours,aiobotocore} URL CALLS CONCURRENT

``ours`` runs in the project's environment (generated/ on PYTHONPATH);
``aiobotocore`` in its own (.venv-aiobotocore: it pins its own botocore). Both call
Lightsail RegisterContainerImage on the same loopback server (bench/server.py), with a
pool of 10 connections. Prints one JSON object: the median per-call time of sequential
awaited calls over keep-alive (µs), and the median wall time of CONCURRENT calls
gathered at once (µs), over 9 batches.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

from canned import ACCESS_KEY, DIGEST, IMAGE, LABEL, REGION, SECRET_KEY, SERVICE_NAME

WARMUP_CALLS = 50
BATCHES = 9
POOL = 10


async def ours(url: str, stack: AsyncExitStack) -> Callable[[], Awaitable[object]]:
    from lightsail.aio import AsyncClient

    client = await stack.enter_async_context(
        AsyncClient(REGION, url, ACCESS_KEY, SECRET_KEY, max_pool_connections=POOL)
    )

    async def call() -> object:
        result = await client.register_container_image(
            service_name=SERVICE_NAME, label=LABEL, digest=DIGEST
        )
        assert result.container_image is not None
        assert result.container_image.image == IMAGE
        return result

    return call


async def aiobotocore(url: str, stack: AsyncExitStack) -> Callable[[], Awaitable[object]]:
    from aiobotocore.config import AioConfig
    from aiobotocore.session import get_session

    client: Any = await stack.enter_async_context(
        get_session().create_client(
            "lightsail",
            region_name=REGION,
            endpoint_url=url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=AioConfig(max_pool_connections=POOL),
        )
    )

    async def call() -> object:
        result = await client.register_container_image(
            serviceName=SERVICE_NAME, label=LABEL, digest=DIGEST
        )
        assert result["containerImage"]["image"] == IMAGE
        return result

    return call


CLIENTS = {"ours": ours, "aiobotocore": aiobotocore}


async def measure(client: str, url: str, calls: int, concurrent: int) -> dict[str, float]:
    async with AsyncExitStack() as stack:
        call = await CLIENTS[client](url, stack)
        for _ in range(WARMUP_CALLS):
            await call()
        samples = []
        for _ in range(calls):
            started = time.perf_counter_ns()
            await call()
            samples.append(time.perf_counter_ns() - started)
        batches = []
        for _ in range(BATCHES):
            started = time.perf_counter_ns()
            await asyncio.gather(*(call() for _ in range(concurrent)))
            batches.append(time.perf_counter_ns() - started)
    return {
        "per_call_us": statistics.median(samples) / 1000,
        "concurrent_us": statistics.median(batches) / 1000,
    }


def main() -> None:
    client, url, calls, concurrent = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    print(json.dumps(asyncio.run(measure(client, url, calls, concurrent))))


if __name__ == "__main__":
    main()
