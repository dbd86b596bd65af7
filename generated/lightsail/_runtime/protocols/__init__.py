"""Wire protocols: one module per protocol, each serializing requests and parsing responses.

The engine is protocol-agnostic: it asks the service's `WireProtocol` for the request
(its URI, headers and body), signs and sends it, and hands the response back to it. A
generated client names its protocol's class in its `ServiceSpec`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ..records import NamedTuple

if TYPE_CHECKING:
    from ..endpoints import EndpointInputs
    from ..errors import ServiceError
    from ..transport import Body, Response


class Binding(NamedTuple):
    """Where a top-level member of an input, output or error goes on the wire when it
    is not in the JSON body (rest protocols): its URI label, query key or header name
    is its key in the ``to_wire()``/``from_wire()`` mapping."""

    key: str
    location: str
    """``uri``, ``querystring``, ``header``, ``headers`` (a map: the key is the header
    names' prefix), ``statusCode`` or ``payload`` (the whole body)."""
    kind: str = "string"
    """The member's type: ``string``, ``boolean``, ``integer``, ``float``,
    ``timestamp``, ``blob``, ``jsonvalue`` (a string sent as base64 JSON), ``list``,
    ``map`` or ``structure``."""
    item: str = ""
    """A list's item kind; a map's value kind (``list`` for a map of lists)."""
    format: str = ""
    """The timestamp format the model sets (of the list items for a list); "" for the
    location's default."""
    prefix: str | None = None
    """The header-name prefix a response's ``headers`` map is read with, when it is not
    ``key``: botocore's parser reads it from the model's ``locationName`` alone, ""
    when that is empty or absent (every header)."""


class EventStreamSpec(NamedTuple):
    """A result member that is an event stream (runtime/eventstream.py)."""

    key: str
    """The member's key in the parsed result (its ``from_wire`` mapping)."""
    events: Mapping[str, tuple[str, str]]
    """Each event type (``:event-type``, the union's member name) -> the key and kind
    (``blob``, ``string``, ``structure``) of its ``eventpayload`` member, or ("", "")
    when the message's JSON payload holds the event's members."""
    exceptions: Mapping[str, str] = {}
    """Each modelled exception (``:exception-type``, the union's member name) -> the
    error code of its class."""
    initial_response: bool = False
    """The body is the stream, which starts with an ``initial-response`` event (the
    json protocol)."""


class OperationSpec(NamedTuple):
    """What the wire needs to know about one operation."""

    name: str
    target: str = ""
    """``X-Amz-Target`` (JSON protocols): ``<targetPrefix>.<OperationName>``."""
    http_method: str = "POST"
    request_uri: str = "/"
    endpoint_params: Mapping[str, Any] = {}
    """The endpoint rule parameters the operation sets (``staticContextParams``)."""
    host_prefix: str = ""
    """``endpoint.hostPrefix``: prepended to the host, ``{Label}`` fields filled from
    the input's ``hostLabel`` members."""
    endpoint_inputs: Callable[[Any], EndpointInputs] | None = None
    """What a call's input contributes to its endpoint (rule parameters bound to input
    members, host labels): for callers that build the request themselves (waiters)."""
    bindings: tuple[Binding, ...] = ()
    """The input members bound outside the JSON body (rest protocols)."""
    result_bindings: tuple[Binding, ...] = ()
    """The output members bound outside the JSON body (rest protocols)."""
    json_body: bool = False
    """The input has members in a JSON body: rest-json then sends "{}" when none is
    set."""
    unsigned_payload: bool = False
    """The body is not signed (``v4-unsigned-body``): over https, SigV4 signs
    ``UNSIGNED-PAYLOAD`` instead of its hash."""
    streaming_output: bool = False
    """The result's payload is a blob, left unread in a ``StreamingBody`` (botocore's
    ``has_streaming_output``)."""
    event_stream: EventStreamSpec | None = None
    """The result's event stream, read from the body left unread."""


class HttpRequest(NamedTuple):
    """A serialized request, before signing."""

    headers: dict[str, str]
    body: Body
    """bytes, or a binary file-like object (a streaming payload)."""
    uri: str = ""
    """Path and query of the request; "" for the operation's ``request_uri``."""


class WireProtocol(Protocol):
    """What the engine needs of a protocol module's class."""

    def serialize(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> HttpRequest:
        """The request; ``body`` is the input's ``to_wire()``."""
        ...

    def parse(
        self, response: Response, operation: OperationSpec | None = None
    ) -> dict[str, Any]:
        """The result of a successful response, for the output's ``from_wire``."""
        ...

    def parse_error(
        self,
        response: Response,
        errors: Mapping[str, type[ServiceError]],
        base: type[ServiceError],
    ) -> ServiceError:
        """The exception for an error response, modelled or not."""
        ...
