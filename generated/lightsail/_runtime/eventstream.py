"""A result's event stream, read at the caller's pace, as botocore's ``EventStream``.

The response body is a sequence of binary event-stream messages; botocore's
``EventStreamBuffer`` decodes their framing (prelude, headers, payload, CRC32 checks).
Each ``event`` message becomes one event of the result's union (its ``from_wire``), an
``exception`` message raises the service's modelled error class, an ``error`` message
the error its code names, as botocore's ``EventStream`` raises ``EventStreamError``.

The stream holds its connection as its `StreamingBody` does: read to the end, the
connection goes back to the pool; closed early (``close()``, ``with``, or dropped),
it is closed. The sync client's stream is read with ``for event in stream``, the async
client's with ``async for event in stream``.

Imported only by the results of operations that have one, so that a client that never
streams never imports it (nor ``botocore.eventstream``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from ._botocore import botocore_module
from .errors import ResponseParserError, ServiceError
from .streaming import Closing

if TYPE_CHECKING:
    from .protocols import EventStreamSpec
    from .streaming import StreamingBody

__all__ = ["EventStream"]

T = TypeVar("T")
_READ_SIZE = 65536
"""The most one read takes: less as soon as some bytes have come, so that each event
is handed over when it arrives."""
_ERROR_STATUS = 400
"""The status botocore gives an exception or error message (``to_response_dict``)."""


class ErrorClasses(Protocol):
    """The service's error classes (the engine's ``ErrorClasses``)."""

    @property
    def by_code(self) -> Mapping[str, type[ServiceError]]: ...

    @property
    def base(self) -> type[ServiceError]: ...


class EventStream(Closing, Generic[T]):
    """The events of a result's event stream, each an instance of its union class
    (one member set). ``for event in stream`` (the async client's: ``async for``);
    ``close()`` stops reading and closes the connection."""

    def __init__(
        self,
        body: StreamingBody,
        spec: EventStreamSpec,
        errors: Callable[[], ErrorClasses],
        operation_name: str,
        convert: Callable[[Mapping[str, Any]], T] | None = None,
    ) -> None:
        self._body = body
        self._spec = spec
        self._errors = errors
        self._operation_name = operation_name
        self._convert = convert
        self._started = False
        self._events: Iterator[T] | None = None
        self._async_events: AsyncIterator[T] | None = None

    def typed(self, convert: Callable[[Mapping[str, Any]], Any]) -> EventStream[Any]:
        """This stream, its events converted by ``convert`` (the union's ``from_wire``):
        what a result's ``from_wire`` calls."""
        self._convert = convert
        return self

    def __iter__(self) -> Iterator[T]:
        """The events: one iterator per stream, as botocore's (a second ``for`` goes on
        where the first stopped)."""
        if self._events is None:
            self._events = self._read()
        return self._events

    def __aiter__(self) -> AsyncIterator[T]:
        """The async client's events: one iterator per stream, as ``__iter__``."""
        if self._async_events is None:
            self._async_events = self._aread()
        return self._async_events

    def _read(self) -> Iterator[T]:
        messages = botocore_module("eventstream").EventStreamBuffer()
        with self._body:  # closed unless read whole (then its connection is pooled)
            while chunk := self._body.read1(_READ_SIZE):  # bounded by the body
                yield from self._events_in(messages, chunk)

    async def _aread(self) -> AsyncIterator[T]:
        messages = botocore_module("eventstream").EventStreamBuffer()
        async with self._body:
            while chunk := await self._body.aread1(_READ_SIZE):
                for event in self._events_in(messages, chunk):
                    yield event

    def _events_in(self, messages: Any, chunk: bytes) -> Iterator[T]:
        """The events whose last bytes ``chunk`` brings (botocore's EventStreamBuffer
        holds on to a message until it is whole), one at a time: an exception event
        raises after the events before it were handed over, as botocore's stream does.
        """
        messages.add_data(chunk)
        for message in messages:
            event = self._event(message.headers, message.payload)
            if event is not None:
                yield event

    def close(self) -> None:
        """Stop reading: the connection is closed, the rest of the stream unread."""
        self._body.close()

    def __repr__(self) -> str:
        return f"<EventStream of {self._operation_name}: {self._body!r}>"

    def _event(self, headers: Mapping[str, Any], payload: bytes) -> T | None:
        """The event a message carries (None for one to skip), or the error it raises."""
        first, self._started = not self._started, True
        kind = headers.get(":message-type")
        if kind == "exception" or kind == "error":
            raise self._error(headers, payload)
        name = str(headers.get(":event-type"))
        if self._spec.initial_response and first:
            if name != "initial-response":
                raise ResponseParserError(
                    "First event was not of type initial-response",
                    http_status=200,
                    request_id=None,
                    body=b"",
                )
            return None  # its members are the result's, which has none beside us
        if name not in self._spec.events:
            return None  # an event type the model does not know, as botocore skips
        member, member_kind = self._spec.events[name]
        value: Any
        if not member:
            value = _json_object(payload)
        elif member_kind == "blob":
            value = {member: payload}
        elif member_kind == "string":
            value = {member: payload.decode("utf-8")}
        else:
            value = {member: _json_object(payload)}
        wire: dict[str, Any] = {name: value}
        convert = self._convert
        return wire if convert is None else convert(wire)  # type: ignore[return-value]

    def _error(self, headers: Mapping[str, Any], payload: bytes) -> Exception:
        """The exception of an ``exception`` or ``error`` message, as botocore words it:
        a modelled exception's code is its member name (``:exception-type``)."""
        errors = self._errors()
        name = headers.get(":exception-type")
        code = self._spec.exceptions.get(name) if isinstance(name, str) else None
        body: Mapping[str, Any] = {}
        if code is not None:
            body = _json_object(payload)
            message = body.get("Message", body.get("message", ""))
            cls = errors.by_code.get(code, errors.base)
            code = name
        else:
            code = str(headers.get(":error-code", ""))
            message = headers.get(":error-message", "")
            cls = errors.by_code.get(code, errors.base)
        self.close()
        return cls(
            "" if message is None else str(message),
            code=str(code),
            http_status=_ERROR_STATUS,
            body=body,
            operation_name=self._operation_name,
        )


def _json_object(payload: bytes) -> dict[str, Any]:
    """A message's JSON payload; an empty one (or any other JSON value) is ``{}``."""
    if not payload:
        return {}
    try:
        parsed = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        raise ResponseParserError(
            f"an event's payload is not JSON ({type(exc).__name__})",
            http_status=200,
            request_id=None,
            body=b"",
        ) from None
    return cast("dict[str, Any]", parsed) if isinstance(parsed, dict) else {}
