"""Typed use of a result's event stream (the corners fixture's Subscribe, sync and async):
mypy --strict and pyright (strict) accept it, and ``assert_type`` pins the types they
infer. Checked, never run, by test_typing.py."""

from __future__ import annotations

from typing import assert_type

from corners import Client
from corners._runtime.eventstream import EventStream
from corners.aio import AsyncClient
from corners.shapes import EventStream_, Tick


def counts(client: Client) -> list[int]:
    result = client.subscribe(name="ticks")
    stream = result.events
    assert stream is not None
    assert_type(stream, EventStream[EventStream_])
    found: list[int] = []
    with stream:
        for event in stream:
            assert_type(event.tick, Tick | None)
            if event.tick is not None and event.tick.count is not None:
                found.append(event.tick.count)
    return found


async def async_counts(client: AsyncClient) -> list[int]:
    result = await client.subscribe(name="ticks")
    assert result.events is not None
    async with result.events as stream:
        return [e.tick.count async for e in stream if e.tick and e.tick.count is not None]
