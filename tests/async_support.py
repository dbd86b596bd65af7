"""Run the sync client's tests against the async client too.

``make_client(kind, ...)`` gives a ``lightsail.Client`` for ``"sync"``, and for
``"async"`` a ``lightsail.aio.AsyncClient`` seen through `SyncView`: every coroutine its
methods return runs to completion on one event loop of its own, and a sync ``sleep``
a test gives the engine is awaited as the async engine awaits its own. The test then
reads the same results, the same exceptions and the same requests on the wire.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import lightsail
from lightsail.aio import AsyncClient

KINDS = ("sync", "async")


class EngineView:
    """The async engine, with ``sleep`` replaceable by a plain function."""

    def __init__(self, engine: Any) -> None:
        object.__setattr__(self, "_engine", engine)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "sleep" and not inspect.iscoroutinefunction(value):
            plain: Callable[[float], Any] = value

            async def sleep(seconds: float) -> None:
                plain(seconds)

            value = sleep
        setattr(self._engine, name, value)


class SyncView:
    """An AsyncClient driven as a sync one (one event loop, run per call)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._runner = asyncio.Runner()

    def __getattr__(self, name: str) -> Any:
        if name == "_engine":
            return EngineView(self._client._engine)
        value = getattr(self._client, name)
        if not callable(value) or isinstance(value, type):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            return self.run(result) if inspect.isawaitable(result) else result

        return call

    def run(self, awaitable: Any) -> Any:
        return self._runner.run(_awaited(awaitable))

    def close(self) -> None:
        self.run(self._client.close())
        self._runner.close()

    def __enter__(self) -> SyncView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self._client)


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def make_client(kind: str, *args: Any, **kwargs: Any) -> Any:
    """A sync client, or an async one seen as sync (`SyncView`)."""
    if kind == "sync":
        return lightsail.Client(*args, **kwargs)
    return SyncView(AsyncClient(*args, **kwargs))
