"""Wire protocols: one module per protocol, each serializing requests and parsing responses.

The engine is protocol-agnostic: it asks the service's `WireProtocol` for the request
headers and body, signs and sends them, and hands the response back to it. A generated
client names its protocol's class in its `ServiceSpec`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from ..endpoints import EndpointInputs
    from ..errors import ServiceError
    from ..transport import Body, Response


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


class HttpRequest(NamedTuple):
    """A serialized request, before signing."""

    headers: dict[str, str]
    body: Body
    """bytes, or a binary file-like object (a streaming payload)."""


class WireProtocol(Protocol):
    """What the engine needs of a protocol module's class."""

    def serialize(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> HttpRequest:
        """The headers and body of a request; ``body`` is the input's ``to_wire()``."""
        ...

    def parse(self, response: Response) -> dict[str, Any]:
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
