"""Response bodies read at the caller's pace, as botocore's ``StreamingBody``.

The body holds its connection until it is read to the end, when the connection goes back
to the transport's pool, or until it is closed early, when the connection is closed (the
rest of the body is never read). Its repr shows sizes, never content.

One class for both clients (a result's field has one type): the sync client's body is
read with ``read``, ``iter_chunks``, ``iter_lines``; the async client's, over an
`AsyncSource`, with ``aread``, ``aiter_chunks``, ``aiter_lines``, as httpx's Response
has ``read`` and ``aread``. A reading method of the other kind raises a TypeError
naming the one to use; closing works either way.
"""

from __future__ import annotations

import http.client
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, NoReturn, Self

from .errors import (
    EndpointConnectionError,
    IncompleteReadError,
    ReadTimeoutError,
    quotes_the_server,
)

__all__ = ["AsyncSource", "StreamingBody"]


class AsyncSource:
    """What the async client's body reads from: its transport's response (aio.py)."""

    async def read(self, amt: int | None) -> bytes:
        """``amt`` bytes, fewer only at the end; all that is left when ``amt`` is None.
        A body cut short raises http.client.IncompleteRead (with the bytes this read
        got), a read that times out TimeoutError, one that fails otherwise OSError."""
        raise NotImplementedError

    async def read1(self, amt: int) -> bytes:
        """At most ``amt`` bytes, as soon as some have come (``b""`` at the end);
        failing as ``read`` does."""
        raise NotImplementedError

    def at_eof(self) -> bool:
        """Every byte of the body has been read."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection, the rest of the body unread."""
        raise NotImplementedError


class Closing:
    """``with`` and ``async with`` over ``close()``, which never waits, and ``aclose()``
    for symmetry with the async client's other methods."""

    def close(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        """``close()``, for the async client (closing never waits)."""
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class StreamingBody(Closing):
    """A response body. The sync client's: ``read(amt)``, ``iter_chunks()``,
    ``iter_lines()``, ``close()``, ``with body:``. The async client's: ``await
    body.aread(amt)``, ``async for chunk in body.aiter_chunks()``, ``aiter_lines()``,
    ``await body.aclose()``, ``async with body:``.

    The bytes read are checked against the response's Content-Length when the body ends:
    fewer raise IncompleteReadError, as botocore's. A read that times out raises
    ReadTimeoutError, one that fails otherwise EndpointConnectionError; either closes
    the connection.
    """

    DEFAULT_CHUNK_SIZE = 1024

    def __init__(
        self,
        raw: http.client.HTTPResponse | AsyncSource,
        content_length: int | None,
        *,
        endpoint_url: str,
        done: Callable[[bool], None],
    ) -> None:
        """``done(True)`` is called once when the body was read whole (its connection
        may be reused), ``done(False)`` when it is abandoned (the connection must be
        closed)."""
        self._raw = raw
        self._content_length = content_length
        self._endpoint_url = endpoint_url
        self._done: Callable[[bool], None] | None = done
        self._amount_read = 0
        self._closed = False

    @property
    def content_length(self) -> int | None:
        """The response's Content-Length; None for a chunked response."""
        return self._content_length

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return not self._closed

    def tell(self) -> int:
        """The number of bytes read so far."""
        return self._amount_read

    def read(self, amt: int | None = None) -> bytes:
        """At most ``amt`` bytes (fewer only at the end); all that is left when ``amt``
        is None. ``b""`` at the end."""
        raw = self._sync("body.read()", "await body.aread()")
        if self._ended():
            return b""
        amt = _size(amt)
        try:
            chunk = raw.read(amt)
        except BaseException as exc:
            self._raise_for(exc)
        ended = amt is None or raw.isclosed() or (not chunk and amt > 0)
        return self._took(chunk, ended)

    async def aread(self, amt: int | None = None) -> bytes:
        """The async client's ``read``: at most ``amt`` bytes (fewer only at the end);
        all that is left when ``amt`` is None. ``b""`` at the end."""
        source = self._async("await body.aread()", "body.read()")
        if self._ended():
            return b""
        amt = _size(amt)
        try:
            chunk = await source.read(amt)
        except BaseException as exc:
            self._raise_for(exc)
        ended = amt is None or len(chunk) < amt or source.at_eof()
        return self._took(chunk, ended)

    def read1(self, amt: int = DEFAULT_CHUNK_SIZE) -> bytes:
        """At most ``amt`` bytes, as soon as some have come rather than ``amt`` of them
        (as ``io``'s ``read1``): what an event stream reads, each event when it comes.
        ``b""`` at the end."""
        raw = self._sync("body.read1()", "await body.aread1()")
        if self._ended():
            return b""
        try:
            chunk = raw.read1(amt)
            if not raw.isclosed() and (not chunk or raw.length == 0):
                raw.read()  # nothing left: http.client marks the response done
        except BaseException as exc:
            self._raise_for(exc)
        return self._took(chunk, raw.isclosed())

    async def aread1(self, amt: int = DEFAULT_CHUNK_SIZE) -> bytes:
        """The async client's ``read1``: at most ``amt`` bytes, as soon as some have
        come. ``b""`` at the end."""
        source = self._async("await body.aread1()", "body.read1()")
        if self._ended():
            return b""
        try:
            chunk = await source.read1(amt)
        except BaseException as exc:
            self._raise_for(exc)
        return self._took(chunk, not chunk or source.at_eof())

    def readinto(self, buffer: Any) -> int:
        """Read into a writable bytes-like object; the number of bytes read (0 at the end)."""
        raw = self._sync("body.readinto()", "await body.aread()")
        if self._ended():
            return 0
        try:
            count = raw.readinto(buffer)
        except BaseException as exc:
            self._raise_for(exc)
        self._amount_read += count
        if raw.isclosed() or (not count and memoryview(buffer).nbytes):
            self._finish()
        return count

    def iter_chunks(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last one may be shorter)."""
        self._sync("body.iter_chunks()", "body.aiter_chunks()")
        while chunk := self.read(chunk_size):
            yield chunk

    async def aiter_chunks(
        self, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> AsyncIterator[bytes]:
        """The async client's ``iter_chunks``: ``async for chunk in
        body.aiter_chunks(size)``."""
        self._async("body.aiter_chunks()", "body.iter_chunks()")
        while chunk := await self.aread(chunk_size):
            yield chunk

    def iter_lines(
        self, chunk_size: int = DEFAULT_CHUNK_SIZE, keepends: bool = False
    ) -> Iterator[bytes]:
        """The body line by line, as botocore's ``iter_lines`` splits it."""
        self._sync("body.iter_lines()", "body.aiter_lines()")
        pending = b""
        for chunk in self.iter_chunks(chunk_size):
            lines, pending = _lines(pending + chunk, keepends)
            yield from lines
        if pending:
            yield pending.splitlines(keepends)[0]

    async def aiter_lines(
        self, chunk_size: int = DEFAULT_CHUNK_SIZE, keepends: bool = False
    ) -> AsyncIterator[bytes]:
        """The async client's ``iter_lines``: ``async for line in body.aiter_lines()``."""
        self._async("body.aiter_lines()", "body.iter_lines()")
        pending = b""
        async for chunk in self.aiter_chunks(chunk_size):
            lines, pending = _lines(pending + chunk, keepends)
            for line in lines:
                yield line
        if pending:
            yield pending.splitlines(keepends)[0]

    def __iter__(self) -> Iterator[bytes]:
        """Chunks of DEFAULT_CHUNK_SIZE bytes, as botocore's StreamingBody iterates."""
        self._sync("for chunk in body", "async for chunk in body")
        return self.iter_chunks()

    def __aiter__(self) -> AsyncIterator[bytes]:
        """The async client's ``__iter__``: ``async for chunk in body``."""
        self._async("async for chunk in body", "for chunk in body")
        return self.aiter_chunks()

    def close(self) -> None:
        """Stop reading: a connection with bytes left unread is closed, not reused."""
        self._closed = True
        done, self._done = self._done, None
        if done is not None:
            self._raw.close()
            done(False)

    def __del__(self) -> None:
        # Abandoned unfinished: its connection is closed now (aiohttp would keep it
        # acquired from its pool for good).
        if self._done is not None:
            self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return (
            f"<StreamingBody {state}, {self._amount_read} of "
            f"{self._content_length} bytes read>"
        )

    def _sync(self, used: str, instead: str) -> http.client.HTTPResponse:
        """The sync client's response, or the error saying to use ``instead``."""
        raw = self._raw
        if isinstance(raw, AsyncSource):
            raise TypeError(
                f"this StreamingBody is the async client's: use `{instead}`, not `{used}`"
            )
        return raw

    def _async(self, used: str, instead: str) -> AsyncSource:
        """The async client's source, or the error saying to use ``instead``."""
        raw = self._raw
        if not isinstance(raw, AsyncSource):
            raise TypeError(
                f"this StreamingBody is the sync client's: use `{instead}`, not `{used}`"
            )
        return raw

    def _ended(self) -> bool:
        """Whether the body was read to its end (reading on gives ``b""``); reading a
        closed one raises."""
        if self._done is not None:
            return False
        if self._closed:
            raise ValueError("read from a closed StreamingBody")
        return True

    def _took(self, chunk: bytes, ended: bool) -> bytes:
        """``chunk``, counted; the body's end checked when ``ended``."""
        self._amount_read += len(chunk)
        if ended:
            self._finish()
        return chunk

    def _finish(self) -> None:
        """The body ended: hand the connection back, or raise when bytes are missing."""
        done, self._done = self._done, None
        assert done is not None
        expected = self._content_length
        if expected is not None and self._amount_read != expected:
            self._raw.close()
            done(False)
            raise IncompleteReadError(self._amount_read, expected)
        done(True)

    def _raise_for(self, exc: BaseException) -> NoReturn:
        """Close the connection and raise the runtime's error for a failed read."""
        done, self._done = self._done, None
        self._raw.close()
        if done is not None:
            done(False)
        if isinstance(exc, http.client.IncompleteRead):
            # A chunked body cut short: http.client checks those itself.
            read = self._amount_read + len(exc.partial)
            raise IncompleteReadError(read, self._content_length) from None
        if isinstance(exc, TimeoutError):
            raise ReadTimeoutError(self._endpoint_url, exc) from exc
        if isinstance(exc, (OSError, http.client.HTTPException, ValueError)):
            # ValueError: http.client failing to parse a chunk size.
            error = EndpointConnectionError(self._endpoint_url, exc)
            if quotes_the_server(exc):
                raise error from None  # a logged traceback would show the bytes
            raise error from exc
        raise exc


def _size(amt: int | None) -> int | None:
    """A read's size: None (the rest of the body) for a negative one, as io reads."""
    return None if amt is not None and amt < 0 else amt


def _lines(data: bytes, keepends: bool) -> tuple[list[bytes], bytes]:
    """The whole lines of ``data``, and what follows the last line break."""
    lines = data.splitlines(True)
    return [line.splitlines(keepends)[0] for line in lines[:-1]], lines[-1]
