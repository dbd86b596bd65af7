"""Response bodies read at the caller's pace, as botocore's ``StreamingBody``.

The body holds its connection until it is read to the end, when the connection goes back
to the transport's pool, or until it is closed early, when the connection is closed (the
rest of the body is never read). Its repr shows sizes, never content.
"""

from __future__ import annotations

import http.client
import io
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, NoReturn, Self

from .errors import (
    EndpointConnectionError,
    IncompleteReadError,
    ReadTimeoutError,
    quotes_the_server,
)

__all__ = ["StreamingBody", "read_body"]


class StreamingBody:
    """A response body: ``read(amt)``, ``iter_chunks()``, ``iter_lines()``, ``close()``.

    The bytes read are checked against the response's Content-Length when the body ends:
    fewer raise IncompleteReadError, as botocore's. A read that times out raises
    ReadTimeoutError, one that fails otherwise EndpointConnectionError; either closes
    the connection.
    """

    DEFAULT_CHUNK_SIZE = 1024

    def __init__(
        self,
        raw: http.client.HTTPResponse,
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
        if self._done is None:
            self._check_open()
            return b""
        if amt is not None and amt < 0:
            amt = None
        try:
            chunk = self._raw.read(amt)
        except BaseException as exc:
            self._raise_for(exc)
        self._amount_read += len(chunk)
        if amt is None or self._raw.isclosed() or (not chunk and amt > 0):
            self._finish()
        return chunk

    def readinto(self, buffer: Any) -> int:
        """Read into a writable bytes-like object; the number of bytes read (0 at the end)."""
        if self._done is None:
            self._check_open()
            return 0
        try:
            count = self._raw.readinto(buffer)
        except BaseException as exc:
            self._raise_for(exc)
        self._amount_read += count
        if self._raw.isclosed() or (not count and memoryview(buffer).nbytes):
            self._finish()
        return count

    def iter_chunks(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last one may be shorter)."""
        while chunk := self.read(chunk_size):
            yield chunk

    def iter_lines(
        self, chunk_size: int = DEFAULT_CHUNK_SIZE, keepends: bool = False
    ) -> Iterator[bytes]:
        """The body line by line, as botocore's ``iter_lines`` splits it."""
        pending = b""
        for chunk in self.iter_chunks(chunk_size):
            lines = (pending + chunk).splitlines(True)
            for line in lines[:-1]:
                yield line.splitlines(keepends)[0]
            pending = lines[-1]
        if pending:
            yield pending.splitlines(keepends)[0]

    def __iter__(self) -> Iterator[bytes]:
        """Chunks of DEFAULT_CHUNK_SIZE bytes, as botocore's StreamingBody iterates."""
        return self.iter_chunks()

    def close(self) -> None:
        """Stop reading: a connection with bytes left unread is closed, not reused."""
        self._closed = True
        done, self._done = self._done, None
        if done is not None:
            self._raw.close()
            done(False)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return (
            f"<StreamingBody {state}, {self._amount_read} of "
            f"{self._content_length} bytes read>"
        )

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("read from a closed StreamingBody")

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


class _Read(io.BytesIO):
    """A body already read whole, with the one method of a response it lacks."""

    def isclosed(self) -> bool:
        return self.closed


def read_body(data: bytes, endpoint_url: str) -> StreamingBody:
    """A body the transport has already read whole (the async one's), handed back as
    the sync client hands back a streamed one."""
    raw: Any = _Read(data)
    return StreamingBody(raw, len(data), endpoint_url=endpoint_url, done=_kept)


def _kept(whole: bool) -> None:
    """No connection to hand back."""
