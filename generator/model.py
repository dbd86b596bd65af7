"""The typed service model: what the loader parses botocore's JSON files into.

Immutable objects carrying every trait the protocols and the generator use, so nothing
after the loader reads raw JSON. Our own dataclasses rather than botocore's
``ServiceModel``: botocore's model is untyped (``Any`` to mypy), resolves shapes lazily
through mutable caches, and knows nothing of the file and JSON path a bad value came from,
which every validation error here must name.

Names follow the model (``location_name``, ``timestamp_format``); a missing trait has its
neutral value (``""``, ``False``, ``None``, empty).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Location = Literal["body", "uri", "querystring", "header", "headers", "statusCode"]
SCALAR_KINDS = frozenset(
    {"string", "character", "integer", "long", "short", "byte", "biginteger", "float",
     "double", "bigdecimal", "boolean", "timestamp", "blob"}
)


@dataclass(frozen=True, kw_only=True)
class Deprecation:
    """The model marks the thing deprecated."""

    message: str = ""
    since: str = ""


@dataclass(frozen=True, kw_only=True)
class XmlNamespace:
    uri: str
    prefix: str = ""


@dataclass(frozen=True, kw_only=True)
class Ref:
    """A reference to a shape (a structure member, a list member, a map key or value),
    with the traits the reference adds to its target."""

    target: str
    """The name of the shape referred to."""
    documentation: str = ""
    location: Location = "body"
    location_name: str = ""
    """The name on the wire when it is not the member name (header name, query key...)."""
    query_name: str = ""
    host_label: bool = False
    idempotency_token: bool = False
    jsonvalue: bool = False
    timestamp_format: str = ""
    xml_namespace: XmlNamespace | None = None
    xml_attribute: bool = False
    flattened: bool = False
    streaming: bool = False
    event_payload: bool = False
    event_header: bool = False
    context_param: str = ""
    """The endpoint rule parameter this member's value binds (``contextParam.name``)."""
    deprecated: Deprecation | None = None


@dataclass(frozen=True, kw_only=True)
class Member(Ref):
    """A member of a structure: a named reference."""

    name: str
    required: bool = False

    @property
    def wire_name(self) -> str:
        """The key in a JSON body (and the header or query name of a bound member)."""
        return self.location_name or self.name


@dataclass(frozen=True, kw_only=True)
class Shape:
    name: str
    documentation: str = ""
    deprecated: Deprecation | None = None
    sensitive: bool = False


@dataclass(frozen=True, kw_only=True)
class ScalarShape(Shape):
    """A string, number, boolean, timestamp or blob (not an enum)."""

    kind: str
    min: int | float | None = None
    max: int | float | None = None
    pattern: str = ""
    timestamp_format: str = ""
    streaming: bool = False
    requires_length: bool = False


@dataclass(frozen=True, kw_only=True)
class EnumShape(Shape):
    """A string shape listing its values; open: other values may arrive."""

    values: tuple[str, ...]
    min: int | float | None = None


@dataclass(frozen=True, kw_only=True)
class IntEnumShape(Shape):
    """An integer shape listing its values."""

    values: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class ListShape(Shape):
    member: Ref
    min: int | float | None = None
    max: int | float | None = None
    flattened: bool = False
    sparse: bool = False


@dataclass(frozen=True, kw_only=True)
class MapShape(Shape):
    key: Ref
    value: Ref
    min: int | float | None = None
    max: int | float | None = None
    flattened: bool = False
    sparse: bool = False


@dataclass(frozen=True, kw_only=True)
class ErrorTrait:
    """``error`` of an exception shape: the code and status the service sends."""

    code: str = ""
    http_status: int | None = None
    sender_fault: bool = False


@dataclass(frozen=True, kw_only=True)
class StructureShape(Shape):
    members: tuple[Member, ...] = ()
    exception: bool = False
    fault: bool = False
    error: ErrorTrait | None = None
    payload: str = ""
    """The member that is the whole HTTP body (rest protocols)."""
    event: bool = False
    event_stream: bool = False
    xml_namespace: XmlNamespace | None = None
    retryable_throttling: bool | None = None
    """``retryable``: None when the model does not say."""

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)


@dataclass(frozen=True, kw_only=True)
class UnionShape(StructureShape):
    """A structure of which exactly one member is set."""


@dataclass(frozen=True, kw_only=True)
class DocumentShape(Shape):
    """Any JSON value (a structure with the ``document`` trait)."""


AnyShape = (
    ScalarShape | EnumShape | IntEnumShape | ListShape | MapShape | StructureShape | DocumentShape
)


@dataclass(frozen=True, kw_only=True)
class HttpChecksum:
    request_algorithm_member: str = ""
    request_checksum_required: bool = False
    request_validation_mode_member: str = ""
    response_algorithms: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Operation:
    name: str
    documentation: str = ""
    http_method: str = "POST"
    request_uri: str = "/"
    response_code: int | None = None
    input: str | None = None
    """The input structure's name; None when the operation takes none."""
    output: str | None = None
    errors: tuple[str, ...] = ()
    deprecated: Deprecation | None = None
    host_prefix: str = ""
    """The ``endpoint.hostPrefix`` trait: ``{Label}.`` prepended to the host."""
    http_checksum: HttpChecksum | None = None
    checksum_required: bool = False
    auth: tuple[str, ...] = ()
    auth_type: str = ""
    idempotent: bool = False
    unsigned_payload: bool = False
    static_context_params: Mapping[str, Any] = field(default_factory=dict)
    operation_context_params: Mapping[str, str] = field(default_factory=dict)
    """Endpoint rule parameter -> JMESPath expression over the input."""
    endpoint_discovery_required: bool | None = None
    """None: no endpoint discovery; False: optional; True: required."""
    request_compression: tuple[str, ...] = ()
    event_stream_input: bool = False
    event_stream_output: bool = False


@dataclass(frozen=True, kw_only=True)
class Metadata:
    service_id: str
    endpoint_prefix: str
    protocol: str
    """The protocol the client speaks: the first of botocore's priority order among the
    model's protocols that the generator supports."""
    protocols: tuple[str, ...]
    """Every protocol the model lists (``protocols``, else ``protocol``)."""
    api_version: str = ""
    service_full_name: str = ""
    signing_name: str = ""
    signature_version: str = ""
    target_prefix: str = ""
    json_version: str = ""
    xml_namespace: str = ""
    auth: tuple[str, ...] = ()
    uid: str = ""


@dataclass(frozen=True, kw_only=True)
class Paginator:
    """One entry of paginators-1.json, as botocore's paginator reads it.

    Input tokens and the limit key name members of the operation's input; the others are
    JMESPath expressions over its output (wire names), usually member paths
    (``nextToken``, ``ResultSet.Rows``), sometimes more (``Shards[-1].ShardId``).
    """

    operation: str
    input_token: tuple[str, ...]
    output_token: tuple[str, ...]
    result_key: tuple[str, ...] = ()
    limit_key: str = ""
    more_results: str = ""
    non_aggregate_keys: tuple[str, ...] = ()


WaiterState = Literal["success", "failure", "retry"]
WaiterMatcher = Literal["path", "pathAll", "pathAny", "status", "error"]
WAITER_STATES: tuple[WaiterState, ...] = ("success", "failure", "retry")
WAITER_MATCHERS: tuple[WaiterMatcher, ...] = ("path", "pathAll", "pathAny", "status", "error")


@dataclass(frozen=True, kw_only=True)
class Acceptor:
    """One acceptor of a waiter: when ``matcher`` finds ``expected``, the waiter's state
    becomes ``state``."""

    state: WaiterState
    matcher: str
    """One of `WAITER_MATCHERS` for every waiter botocore can run; the loader keeps an
    unknown one, and the generator leaves that waiter out, saying so."""
    expected: str | int | float | bool | None
    """The JSON value to compare with (a string, number or boolean; JSON null for a
    path that must be absent)."""
    argument: str = ""
    """The JMESPath expression of a ``path``, ``pathAll`` or ``pathAny`` matcher."""


@dataclass(frozen=True, kw_only=True)
class Waiter:
    """One entry of waiters-2.json: poll ``operation`` until an acceptor decides."""

    name: str
    """The model's name, e.g. ``TableExists``."""
    operation: str
    delay: int | float
    """Seconds between attempts."""
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class ServiceModel:
    metadata: Metadata
    documentation: str
    operations: Mapping[str, Operation]
    """In model order."""
    shapes: Mapping[str, AnyShape]
    paginators: Mapping[str, Paginator]
    """Operation name -> its paginator, in the order of paginators-1.json."""
    endpoint_rule_set: Mapping[str, Any] | None
    """Passed to botocore's rule engine and written into the package as it is; what the
    generator decides from it is read from ``endpoint_parameters`` and
    ``endpoint_auth_schemes``."""
    source: Path
    """The service-2.json file the model came from."""
    botocore_version: str = "unknown"
    """The botocore release the model was copied from (its BOTOCORE_VERSION file)."""
    botocore_release_date: str = "unknown"
    """The day that botocore release was built, ``YYYY-MM-DD`` (BOTOCORE_RELEASE_DATE)."""
    waiters: Mapping[str, Waiter] = field(default_factory=dict)
    """Waiter name -> waiter, in the order of waiters-2.json."""
    client_context_params: tuple[str, ...] = ()
    """The endpoint rule parameters a client's configuration may set
    (``clientContextParams``: ``Config(client_context_params=...)`` in boto3)."""
    endpoint_parameters: Mapping[str, str] = field(default_factory=dict)
    """The rule set's parameters -> the builtin each is bound to ("" for none)."""
    endpoint_auth_schemes: frozenset[frozenset[str]] = frozenset()
    """The auth scheme names the rule set's endpoints list, one set per distinct list."""

    def shape(self, name: str) -> AnyShape:
        return self.shapes[name]

    def structure(self, name: str) -> StructureShape:
        shape = self.shapes[name]
        assert isinstance(shape, StructureShape), name
        return shape

    def refs(self, name: str) -> Iterator[Ref]:
        """The references a shape holds directly: members, list member, map key and value."""
        shape = self.shapes[name]
        if isinstance(shape, StructureShape):
            yield from shape.members
        elif isinstance(shape, ListShape):
            yield shape.member
        elif isinstance(shape, MapShape):
            yield shape.key
            yield shape.value

    def reachable(self, roots: Iterator[str] | list[str]) -> set[str]:
        """Every shape reachable from ``roots`` (included)."""
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(ref.target for ref in self.refs(name))
        return seen

    def error_shapes(self) -> set[str]:
        """Shapes marked ``exception`` and every shape an operation lists as an error."""
        errors = {
            name
            for name, shape in self.shapes.items()
            if isinstance(shape, StructureShape) and shape.exception
        }
        for operation in self.operations.values():
            errors.update(operation.errors)
        return errors
