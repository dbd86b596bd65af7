"""botocore's paginator and waiter, which are sync, driven by the async client.

They run in a worker thread (``asyncio.to_thread``), one step at a time; each call they
make of the operation (or of the engine's sleep) is a coroutine run on the event loop
while the thread waits for it, so the loop stays free. Imported by the async client
only: a sync one never imports asyncio.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_DONE = object()


class OnLoop(Generic[T]):
    """A coroutine function made callable from a worker thread: each call runs on the
    event loop that was running when this was made."""

    def __init__(self, function: Callable[..., Coroutine[Any, Any, T]]) -> None:
        self._function = function
        self._loop = asyncio.get_running_loop()

    def __call__(self, *args: Any, **kwargs: Any) -> T:
        future = asyncio.run_coroutine_threadsafe(
            self._function(*args, **kwargs), self._loop
        )
        return future.result()


async def in_thread(iterator: Callable[[], Iterator[T]]) -> AsyncIterator[T]:
    """The items of a sync iterator, each one taken from it in a worker thread."""
    items = iterator()
    while True:
        item = await asyncio.to_thread(next, items, _DONE)
        if item is _DONE:
            return
        yield item  # type: ignore[misc]  # not _DONE: a T
