"""Run the sync client's tests against the async client too.

``make_client(kind, ...)`` gives a ``lightsail.Client`` for ``"sync"``, and for
``"async"`` a ``lightsail.aio.AsyncClient`` seen through `SyncView`: every coroutine its
methods return runs to completion on one event loop of its own, and a sync ``sleep``
a test gives the engine is awaited as the async engine awaits its own. The test then
reads the same results, the same exceptions and the same requests on the wire.

A test that checks drawn examples takes one client of each kind (`clients_of_each_kind`)
and checks every example against both, each check under `failing_for`, rather than
drawing every example once per kind.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

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
    """An async client (or its paginator, waiter, pages) driven as a sync one: each
    coroutine runs to completion on the client's one event loop, async iterables are
    iterated whole."""

    def __init__(self, target: Any, runner: asyncio.Runner | None = None) -> None:
        self._target = target
        self._runner = runner or asyncio.Runner()

    def __getattr__(self, name: str) -> Any:
        if name == "_engine":
            return EngineView(self._target._engine)
        value = getattr(self._target, name)
        if not callable(value) or isinstance(value, type):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._sync(value(*args, **kwargs))

        return call

    def _sync(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            return self._sync(self._runner.run(_awaited(value)))
        if hasattr(value, "__aiter__"):
            return SyncIterable(value, self._runner)
        if ".aio." in type(value).__module__:  # a paginator or waiter
            return SyncView(value, self._runner)
        return value

    def close(self) -> None:
        self._runner.run(self._target.close())
        self._runner.close()

    def __enter__(self) -> SyncView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self._target)


class SyncIterable(SyncView):
    """Async pages (or items) iterated on the client's event loop, one item a step."""

    _steps: Iterator[Any] | None = None

    def __iter__(self) -> Iterator[Any]:
        iterator = self._target.__aiter__()
        while True:
            try:
                yield self._runner.run(_awaited(iterator.__anext__()))
            except StopAsyncIteration:
                return

    def __next__(self) -> Any:
        if self._steps is None:
            self._steps = iter(self)
        return next(self._steps)


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def make_client(kind: str, *args: Any, package: str = "lightsail", **kwargs: Any) -> Any:
    """A sync client, or an async one seen as sync (`SyncView`)."""
    if kind == "sync":
        return importlib.import_module(package).Client(*args, **kwargs)
    return SyncView(importlib.import_module(f"{package}.aio").AsyncClient(*args, **kwargs))


@contextmanager
def clients_of_each_kind(*args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Kind -> a client made by `make_client`; all closed at the end."""
    clients = {kind: make_client(kind, *args, **kwargs) for kind in KINDS}
    try:
        yield clients
    finally:
        for client in clients.values():
            client.close()


@contextmanager
def failing_for(kind: str) -> Iterator[None]:
    """An assertion failing inside names the client kind it failed for."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(f"{kind} client: {error}") from error
