"""The intermediate representation: everything a template needs, already decided.

`generator.build` turns the typed model into these frozen dataclasses, so templates only
lay them out. Types and conversion expressions are `TypeRef` and `Expr` objects: they
render as source text and know the imports they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .types import Expr, TypeRef

WireMethod = Literal["", "alias", "method"]


@dataclass(frozen=True)
class Member:
    """One member of a structure (or of an error shape)."""

    name: str
    """Python attribute (and keyword argument) name."""
    wire_name: str
    """Name on the wire (the JSON key; the URI label, query key or header name of a
    bound member), exactly as the model spells it."""
    dict_key: str
    """The model's member name: its key in the dicts boto3 takes and returns."""
    location: str
    """Where the protocol puts it: ``body``, or ``uri``, ``querystring``, ``header``,
    ``headers`` or ``statusCode`` for the HTTP-bound members of rest protocols."""
    shape: str
    """Model name of the member's target shape."""
    type: TypeRef
    """Type annotation without ``| None``, e.g. ``list[ContainerImage]``."""
    argument_type: TypeRef
    """Annotation of the client method's keyword argument, without ``| None``: the
    structures in it also as their TypedDicts, e.g.
    ``Sequence[ContainerImage | ContainerImageDict]``."""
    required: bool
    """The constructor requires it (model-required in a shape used only for input)."""
    model_required: bool
    """The model lists it as required (checked by client-side validation)."""
    sensitive: bool
    """Its shape (or its items or map values) is sensitive: reprs mask it."""
    deprecated: bool
    """The model marks the member deprecated."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string."""
    from_dict: Expr
    """Expression converting a boto3-style ``value`` to the attribute value."""
    to_dict: Expr
    """Expression converting the attribute value to its boto3-style form."""
    from_wire: Expr
    """Expression converting a ``value`` read from a response body."""
    to_wire: Expr
    """Expression converting the attribute value for a request body."""
    converts_from_wire: bool
    """``from_wire`` is more than the value itself."""
    rule: Expr
    """The runtime ``Rule`` client-side validation applies to it."""


@dataclass(frozen=True)
class Binding:
    """Where a top-level member goes on the wire outside the JSON body (rest
    protocols): the runtime's ``Binding``, which formats its value."""

    key: str
    """Its key in the wire mapping: the URI label, query key, header name (or header
    prefix) the model gives it."""
    location: str
    """``uri``, ``querystring``, ``header``, ``headers``, ``statusCode`` or
    ``payload``."""
    kind: str
    """``string``, ``boolean``, ``integer``, ``float``, ``timestamp``, ``blob``,
    ``jsonvalue``, ``list``, ``map`` or ``structure``."""
    item: str = ""
    """A list's item kind, or a map's value kind."""
    format: str = ""
    """The timestamp format the model sets for it (or its list items); "" for the
    location's default."""
    prefix: str | None = None
    """A ``headers`` map without a ``locationName``: "", the prefix botocore reads a
    response's map with (its key is the member name, the prefix of a request's)."""


@dataclass(frozen=True)
class Structure:
    """A structure shape rendered as a kw_only dataclass in its own module."""

    name: str
    """Model name of the shape, e.g. ``CreateInstancesRequest``."""
    class_name: str
    """Python class name (a valid identifier, unique in the package)."""
    module: str
    """Module name under ``shapes/``, e.g. ``create_instances_request``."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string (the model's, or a
    sentence saying where the structure is used when the model has none)."""
    summary: str
    """The first sentence of ``doc``, on one line."""
    members: list[Member]
    """Its members: the required ones first, each group in model order."""
    imports: list[str]
    """Import lines at the top of the module (blank strings separate the groups)."""
    late_imports: list[str]
    """Imports of shapes in a reference cycle, placed after the class."""
    type_imports: list[str]
    """Imports of other shapes' modules for type checkers only (``if TYPE_CHECKING:``),
    in a package whose shapes nest too deep to import one another: the shapes package
    imports every module and binds these names (``Service.bound_names``). Otherwise
    empty."""
    from_wire: WireMethod
    """How the class reads a response body: ``method`` (its own ``from_wire``),
    ``alias`` (``from_wire = from_dict``: the same conversion), or ``""`` (no response or
    error contains it)."""
    to_wire: WireMethod
    """How the class writes a request body: ``method``, ``alias`` (``to_wire = to_dict``)
    or ``""`` (no operation's input contains it)."""
    sensitive: bool
    """At least one member is sensitive, so the repr masks them."""
    deprecated: bool
    """The model marks the shape deprecated."""
    union: bool
    """A tagged union: exactly one member must be set (checked before sending)."""
    dict_class: str
    """Name of its TypedDict, the dict form client methods accept for it (keys as in
    the model); "" when no operation's input holds the structure."""
    dict_fields: dict[str, TypeRef]
    """The TypedDict's keys and their annotations (``Required[...]`` for the members the
    model requires)."""


@dataclass(frozen=True)
class EnumValue:
    """One value of an enum."""

    name: str
    """Python constant name, e.g. ``INBOUND``."""
    value: str
    """The string the service sends, e.g. ``inbound``."""


@dataclass(frozen=True)
class Enum:
    """A string shape with an ``enum`` list: an open StrEnum in its own module."""

    name: str
    """Model name of the shape."""
    class_name: str
    """Python class name."""
    module: str
    """Module name under ``shapes/``."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string."""
    summary: str
    """The first sentence of ``doc``, on one line."""
    values: list[EnumValue]
    """The allowed values, in model order, without duplicates."""


@dataclass(frozen=True)
class ErrorShape:
    """An error shape, rendered as an exception class in ``errors.py``."""

    name: str
    """Model name of the shape."""
    class_name: str
    """Python exception class name in ``errors.py``."""
    code: str
    """The error code the service sends for it."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string."""
    summary: str
    """The first sentence of ``doc``, on one line."""
    members: list[Member]
    """Members besides the message (which every error has)."""
    converts_members: bool
    """Some member's ``from_wire`` converts the value (so the reader needs a local)."""
    fault: bool
    """A server-side fault rather than a client error."""
    bindings: list[Binding] = field(default_factory=list)
    """Its members bound to response headers (rest protocols), read beside the body."""
    response_members: dict[str, Expr] = field(default_factory=dict)
    """The modelled members as boto3 puts them in ``ClientError.response`` (the message
    included, when the shape models one): model name -> expression of the value (None
    when the body leaves it out), reading the attributes or ``body``."""


@dataclass(frozen=True)
class Paginator:
    """How to page through an operation's results (botocore's paginators-1.json), with
    botocore's own paginator."""

    class_name: str
    """Name of the paginator class in ``paginators.py``."""
    input_tokens: list[str]
    """Request members (model names) the tokens are sent in."""
    output_tokens: list[str]
    """Where each token is in a result: JMESPath expressions over the boto3-style dict,
    e.g. ``nextPageToken`` or ``StreamDescription.Shards[-1].ShardId``."""
    result_keys: list[str]
    """The result members collected from every page (JMESPath paths, e.g. ``things`` or
    ``ResultSet.Rows``); the first one is what ``MaxItems`` counts."""
    limit_key: str | None
    """Python name of the request member limiting the page size, if any."""
    limit_member: str
    """The model's name of that member, as paginators-1.json names it ("" if none)."""
    limit_type: str
    """botocore's type name of the limit key's shape (``integer``, or ``string``: the
    page size is then sent as text); "" without a limit key."""
    more_results: str
    """The result member saying whether more pages follow ("" when the token says it)."""
    non_aggregate_keys: list[str]
    """Result members taken from the first page only (``non_aggregate_part``)."""
    parameters: list[Member]
    """The input members ``paginate()`` takes as keyword arguments: all of them but the
    input tokens and the limit key (unless one is required)."""
    max_items: str
    """Python name of ``paginate()``'s keyword for boto3's ``MaxItems``."""
    page_size: str | None
    """Python name of its keyword for ``PageSize``; None without a limit key."""
    starting_token: str
    """Python name of its keyword for ``StartingToken``."""
    item_type: TypeRef | None
    """Annotation of one item of ``.items()``; None when there is no ``.items()``: the
    first result key is not a list, or another result key is a list too."""
    items: Expr | None
    """The items of a typed page named ``page`` (None without ``.items()``)."""
    iterator: TypeRef
    """What ``paginate()`` returns: ``PageIterator[Result, Item]``, or ``Pages[Result]``
    without ``.items()``."""
    doc: str
    """The docstring of ``paginate()``."""


@dataclass(frozen=True)
class Acceptor:
    """One acceptor of a waiter (waiters-2.json)."""

    state: str
    """``success``, ``failure`` or ``retry``."""
    matcher: str
    """``path``, ``pathAll``, ``pathAny``, ``status`` or ``error``."""
    expected: str
    """The value to compare with, as a Python literal (``"ACTIVE"``, ``200``, ``True``)."""
    argument: str
    """The JMESPath expression of the path matchers as a Python literal (``"a.b"``);
    "" for the others."""


@dataclass(frozen=True)
class Waiter:
    """A waiter: polls an operation until an acceptor decides (botocore's waiter)."""

    name: str
    """The model's name, e.g. ``TableExists``."""
    waiter_name: str
    """The name ``get_waiter`` takes, as boto3 names it, e.g. ``table_exists``."""
    class_name: str
    """Name of the waiter class in ``waiters.py``."""
    operation: Operation
    """The operation it polls; ``wait()`` takes its input members as keyword arguments."""
    delay: int | float
    """Seconds between attempts, unless ``WaiterConfig`` says otherwise."""
    max_attempts: int
    """Attempts before giving up, unless ``WaiterConfig`` says otherwise."""
    acceptors: list[Acceptor]
    """Its acceptors, in model order (the first that matches decides)."""
    summary: str
    """One line saying what it waits for."""
    doc: str
    """The docstring of ``wait()``."""


@dataclass(frozen=True)
class EventStream:
    """A result member that is an event stream: what its ``EventStreamSpec`` says."""

    key: str
    """The member's key in the result's wire mapping."""
    events: dict[str, tuple[str, str]]
    """Event type -> the key and kind of its ``eventpayload`` member (("", "") when the
    message's JSON payload holds its members), in model order."""
    exceptions: dict[str, str]
    """Modelled exception event type -> the error code of its class, in model order."""
    initial_response: bool
    """The body is the stream, starting with an ``initial-response`` event (json)."""


@dataclass(frozen=True)
class Operation:
    """One operation: a client method and a module under ``operations/``."""

    name: str
    """Model name of the operation, e.g. ``CreateInstances``."""
    method: str
    """Client method name (``botocore.xform_name``)."""
    module: str
    """Module name under ``operations/`` (the method name)."""
    doc: str
    """The complete Google-style docstring of the client method."""
    summary: str
    """The first sentence of the documentation, escaped for a triple-quoted string."""
    http_method: str
    """HTTP method from the model (``POST`` for JSON protocols)."""
    request_uri: str
    """Request path from the model (``/`` for JSON protocols)."""
    target: str
    """The ``X-Amz-Target`` header value ("" for protocols that send none)."""
    bindings: list[Binding]
    """The input members bound outside the JSON body (rest protocols)."""
    result_bindings: list[Binding]
    """The output members bound outside the JSON body (rest protocols)."""
    json_body: bool
    """Some input member goes in a JSON body of a rest protocol (which then sends
    ``{}`` when none is set)."""
    unsigned_payload: bool
    """SigV4 signs ``UNSIGNED-PAYLOAD`` instead of the body's hash (over https)."""
    streaming_output: bool
    """The result's payload is a blob: the engine leaves the body unread for it."""
    event_stream: EventStream | None
    """The result's event stream (the engine leaves the body unread for it); None
    when the result has none."""
    input: Structure | None
    """The request structure; None when the operation takes no input."""
    output: Structure | None
    """The result structure; None when the operation returns nothing."""
    errors: list[ErrorShape]
    """The errors the model lists for it, in model order."""
    deprecated: bool
    """The model marks the operation deprecated."""
    deprecated_arguments: list[str]
    """Python names of the deprecated input members: passing one warns."""
    unsupported: str
    """The message of the NotImplementedError the method raises, naming the feature the
    generator does not support that the operation needs (an input event stream, required
    endpoint discovery); "" when the method works."""
    dict_arguments: bool
    """Some argument accepts dicts for structures, so the request is built untyped
    (``Shape.build``) and validation turns the dicts into dataclasses."""
    request_factory: str
    """What builds the request from the arguments: the request class, or its untyped
    ``build`` when ``dict_arguments`` ("" when the operation takes no input)."""
    boto3_arguments: dict[str, str]
    """boto3's name (the model's) -> the Python name, for the arguments whose names
    differ: the client also accepts those (``ARGUMENTS`` in the operation's module)."""
    warning_stacklevel: int
    """``stacklevel`` of the method's deprecation warnings: 3 when it takes arguments
    (the runtime wraps it to accept boto3's names), else 2."""
    paginator: Paginator | None
    """How to paginate it; None when it is not paginated (or not supported)."""
    imports: list[str]
    """The import block of its module."""
    endpoint_params: dict[str, str] = field(default_factory=dict)
    """Endpoint rule parameter -> the Python literal the operation sets it to
    (``staticContextParams``, those the rule set declares)."""
    endpoint_inputs: dict[str, Expr] = field(default_factory=dict)
    """Endpoint rule parameter -> the expression reading it from the input ``request``
    (``contextParam`` members, then ``operationContextParams`` paths): such calls have
    their endpoint resolved per call."""
    host_prefix: str = ""
    """``endpoint.hostPrefix`` as the model writes it ("" when none)."""
    host_labels: dict[str, str] = field(default_factory=dict)
    """Each ``{Label}`` of the host prefix -> the expression reading its ``hostLabel``
    member from ``request``."""
    reads_input: bool = False
    """The input contributes to the call's endpoint (``endpoint_inputs`` or
    ``host_labels``): the operation module has ``endpoint_inputs(request)``, which the
    callers pass to the engine."""
    idempotency_tokens: list[str] = field(default_factory=list)
    """Attribute names of the input's idempotency tokens: filled with a random UUID when
    the caller leaves them out, as botocore does."""


@dataclass(frozen=True)
class Protocol:
    """The wire protocol the client speaks, and the runtime class that speaks it."""

    name: str
    """The model's name for it, e.g. ``json``."""
    title: str
    """How the README names it, e.g. ``JSON 1.1``."""
    setup: str
    """The expression building the runtime protocol object in ``client.py``, e.g.
    ``JsonProtocol(json_version="1.1")``."""


@dataclass(frozen=True)
class Client:
    """One of the service's two clients, sync or async, rendered from the same templates
    (the ``client`` scope): ``client.py``, ``paginators.py``, ``waiters.py`` and
    ``__init__.py`` of the package, and the same under ``aio/``."""

    name: str
    """``sync`` or ``async``."""
    is_async: bool
    """The async client: ``async def`` methods, awaited calls."""
    directory: str
    """Where its modules go in the package: "" or ``aio/``."""
    package: str
    """The package root as its modules import it: ``.`` or ``..``."""
    client_class: str
    """``LightsailClient`` or ``AsyncLightsailClient``."""
    alias: str
    """The short name exported too: ``Client`` or ``AsyncClient``."""
    base_class: str
    """The runtime class the client derives from: ``BaseClient`` or ``AsyncBaseClient``."""
    engine: str
    """The runtime engine class its paginators and waiters are given."""
    prefix: str
    """Of the runtime's page iterator classes: "" (``Pages``) or ``Async``
    (``AsyncPages``)."""
    define: str
    """``def`` or ``async def``: how its operation methods are defined."""
    awaits: str
    """"" or ``await ``: what precedes a call of the engine."""
    wait: str
    """The ``WaiterSpec`` method its waiters call: ``wait`` or ``async_wait``."""
    requires: str
    """The module the client needs beyond botocore ("" for none): its ``__init__.py``
    refuses to import without it, in one line naming what to install."""
    requirement: str
    """What to install for it, as pip takes it ("" for none)."""
    rules_file: str
    """The expression of the endpoint rule set's path, from its ``client.py``."""
    imports: list[str]
    """The import block of its ``client.py``, outside ``if TYPE_CHECKING:``."""
    type_imports: list[str]
    """Imports of the classes in its signatures, under ``if TYPE_CHECKING:``."""
    paginator_imports: list[str]
    """The import block of its ``paginators.py``, outside ``if TYPE_CHECKING:``."""
    paginator_type_imports: list[str]
    """Imports of the classes in its paginators' signatures, under ``if TYPE_CHECKING:``."""
    waiter_imports: list[str]
    """The import block of its ``waiters.py``, outside ``if TYPE_CHECKING:``."""
    waiter_type_imports: list[str]
    """Imports of the classes in its waiters' signatures, under ``if TYPE_CHECKING:``."""


@dataclass(frozen=True)
class Service:
    """The whole service: the context of every template."""

    name: str
    """The model's serviceId, e.g. ``Lightsail``."""
    full_name: str
    """The model's serviceFullName, e.g. ``Amazon Lightsail``."""
    package: str
    """Name of the generated package, e.g. ``lightsail``."""
    client_class: str
    """``LightsailClient``; ``Client`` is exported too."""
    base_error: str
    """``LightsailError``: the base of every error of this service."""
    exceptions_class: str
    """``LightsailExceptions``: what ``client.exceptions`` gives, every error class as an
    attribute, as in boto3."""
    api_version: str
    """The model's apiVersion, e.g. ``2016-11-28``."""
    endpoint_prefix: str
    """The model's endpointPrefix."""
    signing_name: str
    """SigV4 signing name (the endpointPrefix when the model sets none)."""
    protocol: Protocol
    """The protocol the client speaks."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string."""
    operations: list[Operation]
    """Every operation, sorted by name."""
    structures: list[Structure]
    """Every structure with a module of its own, sorted by model name."""
    enums: list[Enum]
    """Every enum, sorted by model name."""
    bound_names: dict[str, list[str]]
    """Module under ``shapes/`` -> the classes the shapes package binds into it after
    importing every module: for a package whose shapes nest too deep for Python to import
    one module inside another (more than 50 levels; botocore's deepest is 18). Empty
    otherwise, as is each structure's ``type_imports``."""
    errors: list[ErrorShape]
    """Every error shape, sorted by model name."""
    shape_exports: dict[str, str]
    """What ``shapes/__init__.py`` exports: each structure and enum class and each
    TypedDict -> the module under ``shapes/`` defining it, sorted by name."""
    paginated: list[Operation]
    """The operations with a paginator, sorted by name."""
    streamed: list[Operation]
    """The operations whose result's payload is a ``StreamingBody``, sorted by name."""
    evented: list[Operation]
    """The operations whose result holds an event stream, sorted by name."""
    example: Operation | None
    """The operation the README's examples call: the first, by name, whose input has
    members (None when no operation takes any)."""
    waiters: list[Waiter]
    """Every waiter, sorted by ``waiter_name``."""
    omitted: list[str]
    """What the generator left out and why, one sentence each (paginators and waiters it
    cannot generate); the README lists them and the command line prints them."""
    clients: list[Client]
    """The sync client, then the async one (``aio/``)."""
    error_imports: list[str]
    """The import block of ``errors.py``."""
    has_endpoint_rules: bool
    """The model comes with an endpoint rule set."""
    endpoint_rule_set_json: str
    """The endpoint rule set as canonical JSON ("" when the model has none)."""
    endpoint_table_json: str
    """Endpoints botocore resolves from the rule set for every region it lists, as JSON
    (generator/endpoint_table.py; "" when the model has no rule set)."""
    botocore_version: str
    """Version of botocore the model was taken from."""
    botocore_release_date: str
    """The day that botocore release was built, ``YYYY-MM-DD``, or ``unknown``."""
    generator_version: str
    """Version of botocore-codegen that generated the package."""
    runtime_version: str
    """Version of the vendored runtime (``_runtime``)."""
    runtime_botocore: str
    """The botocore releases the runtime is tested with, e.g. ``1.44.0 or later, before
    1.45.0``."""
