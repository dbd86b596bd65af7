"""The wire protocols the generator speaks, and which one a model is spoken in.

A protocol here is what the generator must know to emit code for it: which runtime
module serializes and parses its requests (``_runtime/protocols/<module>.py``), where
members may be bound, and how scalar values are written in a body. Adding rest-json,
query, ec2 or rest-xml means adding a ``WireProtocol`` here and its runtime module; the
JSON entry stays as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import StructureShape

PRIORITY = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")
"""botocore's order of preference (``botocore.utils.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS``)
when a model lists several protocols."""


@dataclass(frozen=True)
class WireProtocol:
    """What the generator needs to know about one protocol."""

    name: str
    """The model's name for it (``metadata.protocol``)."""
    runtime_module: str
    """Its module under ``_runtime/protocols/``."""
    runtime_class: str
    """The class in that module the client is built with."""
    required_metadata: tuple[str, ...]
    """``metadata`` keys a model in this protocol must have."""
    locations: frozenset[str]
    """Where members may be bound (``body`` for members of the JSON document)."""
    body_timestamp_format: str
    """How a timestamp is written in a body unless the model says otherwise."""
    title: str
    """How the README names it: a format string over the model's metadata."""
    setup_metadata: tuple[str, ...] = ()
    """``metadata`` fields (``Metadata`` attributes) the runtime class is built with,
    as keyword arguments of the same names."""

    def binds(self, location: str) -> bool:
        """Whether a member at ``location`` goes outside the body (rest protocols);
        ``payload`` is the member that is the whole body."""
        return location != "body" and location in self.locations

    def payload(self, shape: StructureShape) -> str:
        """The member of ``shape`` sent as the whole body ("" when none, or when this
        protocol's body is always the JSON document of the members)."""
        return shape.payload if self.binds("payload") else ""

    @property
    def initial_response(self) -> bool:
        """A result's event stream is its whole body, opened by an ``initial-response``
        event carrying the result's other members (no payload member to bind it to)."""
        return not self.binds("payload")


JSON = WireProtocol(
    name="json",
    runtime_module="json",
    runtime_class="JsonProtocol",
    required_metadata=("targetPrefix", "jsonVersion"),
    locations=frozenset({"body"}),
    body_timestamp_format="unixtimestamp",
    title="JSON {json_version}",
    setup_metadata=("json_version",),
)

REST_JSON = WireProtocol(
    name="rest-json",
    runtime_module="rest_json",
    runtime_class="RestJsonProtocol",
    required_metadata=(),
    locations=frozenset(
        {"body", "payload", "uri", "querystring", "header", "headers", "statusCode"}
    ),
    body_timestamp_format="unixtimestamp",
    title="REST-JSON",
)

SERVICE_HEADERS: Mapping[str, Mapping[str, str]] = {
    "apigateway": {"Accept": "application/json"},
}
"""Headers botocore's handlers add to every request of a service (by endpoint prefix):
API Gateway answers in HAL JSON without this ``Accept``."""

PROTOCOLS: Mapping[str, WireProtocol] = {JSON.name: JSON, REST_JSON.name: REST_JSON}
SUPPORTED_PROTOCOLS = frozenset(PROTOCOLS)
REQUIRED_METADATA = {name: p.required_metadata for name, p in PROTOCOLS.items()}


def choose_protocol(metadata: Mapping[str, Any]) -> str | None:
    """The protocol a client for this model speaks, as botocore chooses it: the first of
    ``PRIORITY`` among those the model lists that the generator supports (None if none)."""
    listed = metadata.get("protocols") or [metadata.get("protocol")]
    return next((p for p in PRIORITY if p in listed and p in SUPPORTED_PROTOCOLS), None)
