"""The async driver of the engine: aiohttp sends, ``asyncio.sleep`` waits.

Everything else is the sync client's (`client.EngineCore`): serializing, signing,
endpoints, parsing, errors, the retry policy and logging. aiohttp is an optional
dependency: a generated package's ``aio`` subpackage checks for it when imported, and
this module imports it at the first request (it costs ~150 ms to import).

Why aiohttp and not httpx (bench/async_transports.py, BENCHMARKS.md): over loopback
keep-alive a POST cost 260 µs against httpx's 908 µs, 100 concurrent POSTs over 10
connections 17 ms against 176 ms, for 155 ms against 70 ms of import and about the same
peak RSS; both tunnel https through an http proxy, which is what the sync transport
supports.

Credentials that may block (instance metadata, SSO, ``credential_process``, an
assume-role refresh) are resolved in a worker thread, one resolution at a time, before
the core signs; resolved credentials that need no refresh are used directly.

A streaming payload (``streaming_output``) comes back as the sync client's does, a
`StreamingBody`, read with its async methods (``await body.aread()``) from aiohttp's
response as the caller asks: never read whole into memory by the transport.
"""

from __future__ import annotations

import asyncio
import http.client
from collections.abc import Iterator, Mapping
from functools import cached_property, partial
from types import TracebackType
from typing import Any, Self

from .client import (
    ClientBase,
    EngineCore,
    Exchange,
    Outcome,
    Step,
    streams,
)
from .endpoints import EndpointInputs
from .errors import (
    ConnectTimeoutError,
    EndpointConnectionError,
    ProxyConnectionError,
    ReadTimeoutError,
)
from .protocols import OperationSpec
from .streaming import AsyncSource, StreamingBody
from .transport import Body, Response, TransportSettings, header_values

__all__ = ["AsyncBaseClient", "AsyncEngine", "AsyncTransport"]

_MAX_URLS = 64
# Headers aiohttp would add that botocore does not send (it sends Content-Type only when
# the protocol sets one; the User-Agent is the engine's).
_NOT_ADDED = frozenset({"Accept", "Accept-Encoding", "Content-Type", "User-Agent"})


class AsyncTransport(TransportSettings):
    """Sends requests with one aiohttp session, opened at the first request: at most
    ``max_connections`` connections at once, kept alive for reuse."""

    _session: Any = None
    _urls: dict[str, Any]
    _users = 0
    """Requests being sent and streamed bodies not yet read or closed."""
    _closing: set[asyncio.Task[None]] | None = None
    """Where a retired transport puts the tasks closing its sessions; None until then."""

    def __init__(self, endpoint_url: str, **settings: Any) -> None:
        """As `TransportSettings`."""
        super().__init__(endpoint_url, **settings)
        self._urls = {}

    @property
    def in_use(self) -> bool:
        """Whether it holds a session, or a request or stream uses it."""
        return self._session is not None or self._users > 0

    async def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: Body,
        *,
        stream: bool = False,
    ) -> Response:
        """One request to ``url`` (on this endpoint) and its response: read whole, or,
        with ``stream`` and a 2xx status, left unread in ``Response.stream`` (aiohttp
        pools its connection once it has been read to the end). Failures raise
        EndpointConnectionError (or a subclass), as the sync transport's."""
        aiohttp, yarl = _aiohttp()
        proxy = self.proxy
        session = self._session or self._open(aiohttp)
        self._users += 1
        streamed = False
        try:
            raw = await session.request(
                method,
                self._url(yarl, url),
                headers=dict(headers),  # aiohttp copies a plain dict fastest
                data=body,
                proxy=f"http://{proxy.host}:{proxy.port}" if proxy else None,
                proxy_headers=proxy.headers if proxy else None,
            )
            headers = header_values(raw.headers.items())
            sent = _SentHeaders(raw.raw_headers)
            if stream and 200 <= raw.status < 300:
                body_stream = self._stream(raw, aiohttp)
                streamed = True  # in use until the stream is done
                return Response(raw.status, headers, b"", body_stream, sent)
            async with raw:
                return Response(raw.status, headers, await raw.read(), None, sent)
        except aiohttp.ClientHttpProxyError as exc:
            refusal = OSError(f"it refused the tunnel with HTTP {exc.status}")
            raise ProxyConnectionError(
                self.endpoint_url, proxy.url if proxy else "", refusal, exc.status
            ) from None  # its message quotes the proxy's reason phrase
        except aiohttp.ClientProxyConnectionError as exc:
            assert proxy is not None
            raise ProxyConnectionError(self.endpoint_url, proxy.url, exc) from exc
        except aiohttp.ConnectionTimeoutError as exc:
            raise ConnectTimeoutError(self.endpoint_url, exc) from exc
        except TimeoutError as exc:
            raise ReadTimeoutError(self.endpoint_url, exc) from exc
        except aiohttp.ServerDisconnectedError:
            closed = ConnectionResetError("the server closed the connection")
            raise EndpointConnectionError(self.endpoint_url, closed) from None
        except aiohttp.ClientConnectorError as exc:  # refused, unreachable, DNS, TLS
            raise EndpointConnectionError(self.endpoint_url, exc.os_error) from exc
        except (OSError, aiohttp.ClientError) as exc:
            if isinstance(exc, OSError):
                raise EndpointConnectionError(self.endpoint_url, exc) from exc
            # A reply that is not HTTP: aiohttp's message quotes it.
            raise EndpointConnectionError(self.endpoint_url, exc) from None
        finally:
            if not streamed:
                self._used()

    def _stream(self, raw: Any, aiohttp: Any) -> StreamingBody:
        source = _Content(raw, aiohttp)
        return StreamingBody(
            source,
            raw.content_length,  # None when chunked
            endpoint_url=self.endpoint_url,
            done=partial(self._streamed, source),
        )

    def _streamed(self, source: _Content, whole: bool) -> None:
        source.done(whole)
        self._used()

    def _used(self) -> None:
        """A request or stream is done with the session."""
        self._users -= 1
        if self._closing is not None and not self._users:
            self._close_soon()

    def retire(self, closing: set[asyncio.Task[None]]) -> None:
        """Close the session as soon as no request or stream uses it, and any session
        a request begun before reopens once that is done; the closing tasks go in
        ``closing`` until they end."""
        self._closing = closing
        if not self._users:
            self._close_soon()

    def _close_soon(self) -> None:
        assert self._closing is not None
        if self._session is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a stream dropped after its loop ended: left for close()
            return
        session, self._session = self._session, None
        task = loop.create_task(session.close())
        self._closing.add(task)
        task.add_done_callback(self._closed)

    def _closed(self, task: asyncio.Task[None]) -> None:
        assert self._closing is not None
        self._closing.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: a failed close leaves nothing to do

    def _url(self, yarl: Any, url: str) -> Any:
        """``url`` as yarl's URL, kept as serialized and signed (not quoted again)."""
        parsed = self._urls.get(url)
        if parsed is None:
            parsed = yarl.URL(url, encoded=True)
            if len(self._urls) < _MAX_URLS:  # a client calls few URLs
                self._urls[url] = parsed
        return parsed

    def _open(self, aiohttp: Any) -> Any:
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=self._max_connections,
                ssl=(
                    self.ssl_context
                    if self.endpoint_url.startswith("https:")
                    else False
                ),
            ),
            timeout=aiohttp.ClientTimeout(
                total=None,
                sock_connect=self._connect_timeout,
                sock_read=self._read_timeout,
            ),
            skip_auto_headers=_NOT_ADDED,
            cookie_jar=aiohttp.DummyCookieJar(),  # botocore keeps no cookies either
            auto_decompress=False,
            trust_env=False,  # proxies are botocore's choice (self.proxy)
        )
        return self._session

    async def close(self) -> None:
        """Close the connections; later requests open new ones."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class _SentHeaders:
    """aiohttp's header names as the server sent them (its ``headers`` give some in
    their usual case: ``Etag``), decoded as http.client decodes them, when a response's
    ``headers`` map is read: most responses never are."""

    __slots__ = ("_raw",)

    def __init__(self, raw: tuple[tuple[bytes, bytes], ...]) -> None:
        self._raw = raw

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((k.decode("latin-1"), v.decode("latin-1")) for k, v in self._raw)


class _Content(AsyncSource):
    """An aiohttp response's body, as `StreamingBody` reads it. aiohttp's own flow
    control stops reading the socket while it holds more than twice the largest read
    asked for (128 KiB at least) unread."""

    def __init__(self, raw: Any, aiohttp: Any) -> None:
        self._raw = raw
        self._aiohttp = aiohttp

    async def read(self, amt: int | None) -> bytes:
        content = self._raw.content
        parts: list[bytes] = []
        try:
            if amt is None:
                return bytes(await content.read())
            left = amt
            while left > 0:  # each pass reads at least a byte, or ends
                part = await content.read(left)
                if not part:
                    break
                parts.append(part)
                left -= len(part)
        except self._aiohttp.ClientPayloadError:
            # Cut short (or a chunked body aiohttp could not decode).
            raise http.client.IncompleteRead(b"".join(parts)) from None
        except self._aiohttp.ClientError as exc:
            if isinstance(exc, OSError):  # a timeout too
                raise
            # Its message may quote the reply: the type only.
            raise ConnectionError(
                f"reading the body failed: {type(exc).__name__}"
            ) from None
        return parts[0] if len(parts) == 1 else b"".join(parts)

    async def read1(self, amt: int) -> bytes:
        try:
            return bytes(await self._raw.content.read(amt))
        except self._aiohttp.ClientPayloadError:
            raise http.client.IncompleteRead(b"") from None
        except self._aiohttp.ClientError as exc:
            if isinstance(exc, OSError):
                raise
            raise ConnectionError(
                f"reading the body failed: {type(exc).__name__}"
            ) from None

    def at_eof(self) -> bool:
        return bool(self._raw.content.at_eof())

    def close(self) -> None:
        self._raw.close()

    def done(self, whole: bool) -> None:
        """Read whole: the connection goes back to aiohttp's pool (it already has, when
        aiohttp received the last byte); abandoned: it is closed."""
        if whole:
            self._raw.release()
        else:
            self._raw.close()


class AsyncEngine(EngineCore):
    """The async driver: `AsyncTransport` and ``asyncio.sleep`` (``sleep``, a
    coroutine function, is what tests replace)."""

    TRANSPORT = AsyncTransport
    SLEEP = asyncio.sleep
    _transport: AsyncTransport

    @cached_property
    def _retired(self) -> list[AsyncTransport]:
        """Transports evicted from ``_routes`` still in use, closed by ``close`` if
        they are by then."""
        return []

    @cached_property
    def _closing(self) -> set[asyncio.Task[None]]:
        """The tasks closing evicted transports' sessions, until they end."""
        return set()

    async def invoke(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
    ) -> dict[str, Any]:
        """Send one operation's body, retrying as the policy allows; the parsed result."""
        response = await self.send(operation, body, inputs, stream=streams(operation))
        return self.result(response, operation)

    async def send(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
        *,
        stream: bool = False,
    ) -> Response:
        """Send one operation's body, retrying as the policy allows; the 2xx response,
        its body left in ``Response.stream`` for the caller to read when ``stream`` is
        true. ``inputs``: what the call's input contributes to its endpoint."""
        await self._credentials_ready()  # the core signs as soon as it starts
        steps = self.steps(operation, body, inputs, stream=stream)
        step = next(steps)
        try:
            while True:
                outcome = await self._perform(step)
                step = steps.send(outcome)
        except StopIteration as done:
            response: Response = done.value
            return response

    async def _perform(self, step: Step) -> Outcome:
        if isinstance(step, Exchange):
            try:
                transport: AsyncTransport = step.transport or self._transport
                return await transport.send(
                    step.method, step.url, step.headers, step.body, stream=step.stream
                )
            except EndpointConnectionError as failure:
                return failure
        await self.sleep(step)
        await self._credentials_ready()  # the core signs the next attempt next
        return None

    @cached_property
    def _resolving(self) -> asyncio.Lock:
        return asyncio.Lock()

    async def _credentials_ready(self) -> None:
        """Resolve or refresh the credentials in a thread when that may block."""
        if self._credentials.ready():
            return
        async with self._resolving:  # one resolution, however many calls wait for it
            if not self._credentials.ready():
                frozen = await asyncio.to_thread(self._credentials.frozen)
                self._credentials.hand_over(
                    frozen
                )  # signed with next, no await between

    def _retire(self, transport: Any) -> None:
        transport.retire(self._closing)
        retired = self._retired
        retired[:] = [kept for kept in retired if kept.in_use]
        if transport.in_use:
            retired.append(transport)

    async def close(self) -> None:
        await self._transport.close()
        for _, transport in list(self._routes.values()):
            await transport.close()
        retired, self._retired = self._retired, []
        for transport in retired:
            await transport.close()
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)


class AsyncBaseClient(ClientBase):
    """Base class of generated async clients (``aio/client.py``): ``async with`` closes
    it, as ``await client.close()`` does."""

    ENGINE = AsyncEngine
    _engine: AsyncEngine

    async def close(self) -> None:
        """Close the connections; the client may still be used afterwards."""
        await self._engine.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _aiohttp() -> tuple[Any, Any]:
    """aiohttp and yarl (one of its own dependencies), imported at the first request."""
    import aiohttp
    import yarl

    return aiohttp, yarl
