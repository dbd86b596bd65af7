"""Typed use of the async clients (``lightsail.aio``, ``kitchen_sink.aio``): mypy --strict
and pyright (strict) accept it, and ``assert_type`` pins the types they infer. Checked,
never run, by test_typing.py."""

from __future__ import annotations

import asyncio
from typing import Any, assert_type

from kitchen_sink._runtime.waiters import WaiterConfig
from kitchen_sink.aio import AsyncClient as SinkClient
from lightsail._runtime.streaming import StreamingBody
from lightsail.aio import AsyncClient, AsyncLightsailClient
from lightsail.errors import LightsailError, NotFoundException
from lightsail.shapes import Blueprint, ContainerImage, RegisterContainerImageResult, Tag


async def register(client: AsyncClient) -> str | None:
    call = client.register_container_image(
        service_name="my-svc", label="web", digest="sha256:0123"
    )
    result = await call
    assert_type(result, RegisterContainerImageResult)
    image = result.container_image
    assert_type(image, ContainerImage | None)
    return image.image if image else None


async def concurrently(client: AsyncLightsailClient) -> list[RegisterContainerImageResult]:
    return list(
        await asyncio.gather(
            *(
                client.register_container_image(service_name=name, label="web", digest="d")
                for name in ("a", "b")
            )
        )
    )


async def dicts_and_errors(client: AsyncClient) -> str:
    try:
        await client.create_container_service(
            service_name="a", power="nano", scale=1, tags=[{"key": "team"}, Tag(key="env")]
        )
    except NotFoundException as error:
        assert_type(error.code_member, str | None)
        return error.message
    except LightsailError as error:
        return error.code
    return ""


async def blueprints(client: AsyncClient) -> list[str]:
    paginator = client.get_paginator("get_blueprints")
    names: list[str] = []
    async for page in paginator.paginate():
        assert_type(page.next_page_token, str | None)
    async for blueprint in paginator.paginate(max_items=10).items():
        assert_type(blueprint, Blueprint)
        if blueprint.blueprint_id is not None:
            names.append(blueprint.blueprint_id)
    pages = paginator.paginate(PaginationConfig={"MaxItems": 10})
    assert_type(await pages.build_full_result(), dict[str, Any])
    assert_type(pages.resume_token, str | None)
    return names


async def waiters(client: SinkClient) -> None:
    config: WaiterConfig = {"Delay": 1, "MaxAttempts": 3}
    await client.get_waiter("thing_ready").wait(name="box", WaiterConfig=config)
    await client.get_waiter("pinged").wait()


async def context_manager() -> None:
    async with AsyncClient(region_name="us-east-1", max_pool_connections=50) as client:
        await client.get_regions(include_availability_zones=True)
    await client.close()


async def download(body: StreamingBody) -> bytes:
    """A streaming payload (``StreamingBody``) read as the async client reads it."""
    first = await body.aread(1024)
    assert_type(first, bytes)
    async with body as opened:
        assert_type(opened, StreamingBody)
        chunks = [chunk async for chunk in opened.aiter_chunks(64 * 1024)]
        lines = [line async for line in opened.aiter_lines(keepends=True)]
        async for chunk in opened:
            assert_type(chunk, bytes)
    await body.aclose()
    assert_type(body.content_length, int | None)
    return first + b"".join(chunks + lines)
