"""Build the intermediate representation from the typed model.

Names come from `naming`, plain-text documentation from `docs` and `docstrings`, types
and conversions from `conversions`, import blocks from the imports those report
(`types.import_block`). Each IR object is built in one step.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from . import __version__, docstrings, naming
from .conversions import RULE_KINDS, Conversions, ShapeClass
from .docs import docstring_body, html_to_text, summary, wrap_prose
from .endpoint_table import endpoint_table_json
from .import_depth import MAX_IMPORT_NESTING, import_nesting
from .ir import (
    Acceptor,
    Binding,
    Client,
    Enum,
    EnumValue,
    ErrorShape,
    EventStream,
    Member,
    Operation,
    Paginator,
    Protocol,
    Service,
    Structure,
    Waiter,
    WireMethod,
)
from .model import Acceptor as ModelAcceptor
from .model import (
    AnyShape,
    DocumentShape,
    EnumShape,
    IntEnumShape,
    ListShape,
    MapShape,
    Ref,
    ScalarShape,
    ServiceModel,
    StructureShape,
    UnionShape,
)
from .model import Member as ModelMember
from .model import Paginator as ModelPaginator
from .omissions import omissions, paginator_problem, unsupported, waiter_problem
from .protocols import PROTOCOLS, SERVICE_HEADERS, WireProtocol
from .runtime import __version__ as runtime_version
from .runtime._botocore import TESTED_BOTOCORE
from .types import (
    ANY,
    Expr,
    Import,
    TypeRef,
    call,
    import_block,
    imports_of,
    local,
    runtime,
    stdlib,
)

DOC_WIDTH = docstrings.DOC_WIDTH
STREAM = TypeRef("bytes | IO[bytes]", frozenset({stdlib("typing", "IO")}))
"""A blob payload of an input: bytes, or a binary file-like object read as it is sent."""
EVENT_STREAM = runtime("eventstream", "EventStream")
"""A result's event stream: its events read from the body, at the caller's pace."""
STREAMING_BODY = TypeRef(
    "StreamingBody", frozenset({runtime("streaming", "StreamingBody")})
)
"""A blob payload of a result: the body, unread."""
SHAPE_BASE = {
    stdlib("collections.abc", "Mapping"),
    stdlib("dataclasses", "dataclass"),
    stdlib("typing", "Any"),
    stdlib("typing", "ClassVar"),
    runtime("shapes", "Rule"),
    runtime("shapes", "Shape"),
}
PAGINATOR_IMPORTS = frozenset({
    stdlib("collections.abc", "Callable"),
    stdlib("collections.abc", "Mapping"),
    stdlib("typing", "TYPE_CHECKING"),
    stdlib("typing", "Any"),
    runtime("pagination", "PaginationConfig"),
    runtime("pagination", "PaginatorSpec"),
})
"""What ``paginators.py`` imports besides its iterator classes and types."""
WAITER_IMPORTS = frozenset({
    stdlib("collections.abc", "Callable"),
    stdlib("typing", "TYPE_CHECKING"),
    runtime("waiters", "Acceptor"),
    runtime("waiters", "WaiterConfig"),
    runtime("waiters", "WaiterSpec"),
})
"""What ``waiters.py`` imports outside ``if TYPE_CHECKING:``."""
RULES_FILE = "endpoint-rule-set.json"
AIOHTTP = "aiohttp>=3.10"
"""What the async client sends with (generator/runtime/aio.py says why): an optional
dependency of a generated package. 3.10 has ConnectionTimeoutError."""
_MEMBER_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def build_service(model: ServiceModel, *, package: str | None = None) -> Service:
    """Resolve names, types, conversions and docs for every part of the model."""
    return _Builder(model).service(package)


@dataclass(frozen=True)
class _Routing:
    """How an operation's calls choose their endpoint: the `Operation` fields of these
    names."""

    endpoint_params: dict[str, str]
    endpoint_inputs: dict[str, Expr]
    host_labels: dict[str, str]

    @property
    def reads_input(self) -> bool:
        return bool(self.endpoint_inputs or self.host_labels)


class _Builder:
    def __init__(self, model: ServiceModel) -> None:
        self.model = model
        self.protocol: WireProtocol = PROTOCOLS[model.metadata.protocol]
        self.error_shapes = model.error_shapes()
        self.client_class, self.base_error = naming.service_class_names(
            model.metadata.service_id
        )
        self.exceptions_class = naming.exceptions_class_name(model.metadata.service_id)
        service_classes = (self.client_class, self.base_error, self.exceptions_class)
        self.class_names = naming.class_names(model.shapes, reserved=service_classes)
        self.paginator_classes = naming.paginator_class_names(
            [name for name in model.paginators if not paginator_problem(model, name)],
            taken=[*self.class_names.values(), *service_classes],
        )
        self.waiter_classes = naming.waiter_class_names(
            [name for name in model.waiters if not waiter_problem(model, name)],
            taken=[*self.class_names.values(), self.client_class, self.base_error,
                   *self.paginator_classes.values()],
        )
        self.structures: dict[str, Structure] = {}
        # Shapes some shape contains: an error shape among them (as in event streams) is a
        # dataclass too, besides its exception class.
        self.contained = {ref.target for name in model.shapes for ref in model.refs(name)}
        modules = naming.module_names(
            {n: c for n, c in self.class_names.items() if self._has_module(n)}
        )
        operations = model.operations.values()
        self.output_shapes = model.reachable([op.output for op in operations if op.output])
        self.read_shapes = model.reachable([*self.output_shapes, *self.error_shapes])
        self.written_shapes = model.reachable([op.input for op in operations if op.input])
        # Structures an input holds (not the inputs themselves, whose members are the
        # arguments): a client method accepts them as dicts too, typed by a TypedDict.
        held = {
            target
            for name in self.written_shapes
            for ref in model.refs(name)
            for target in self._structures_at(ref.target, modules)
        }
        self.dict_names = naming.dict_class_names(
            {name: self.class_names[name] for name in held},
            taken=[*self.class_names.values(), *self.paginator_classes.values(), *service_classes],
        )
        self.classes = {
            name: ShapeClass(self.class_names[name], m, self.dict_names.get(name, ""))
            for name, m in modules.items()
        }
        self.by_source = {cls.source: name for name, cls in self.classes.items()}
        self.by_source |= {c.dict_source: n for n, c in self.classes.items() if c.dict_name}
        self.conversions = Conversions(model, self.protocol, self.classes)
        self.used_in = self._used_in()
        # Shape modules import each other unless that nests too deep for Python's stack:
        # then the shapes package imports them all and binds what each refers to.
        self.bound_imports = (
            import_nesting({name: self._structure_deps(name) - {name} for name in self.classes})
            > MAX_IMPORT_NESTING
        )
        self.bound_names: dict[str, list[str]] = {}

    # -- shapes ---------------------------------------------------------------

    def _has_module(self, name: str) -> bool:
        shape = self.model.shape(name)
        if name in self.error_shapes and name not in self.contained:
            return False
        return isinstance(shape, StructureShape | EnumShape)

    def _structures_at(self, target: str, modules: dict[str, str]) -> set[str]:
        """The structures (with a module) a reference to ``target`` leads to directly:
        ``target`` itself, or the items of the lists and maps it is."""
        found: set[str] = set()
        stack = [target]
        while stack:
            name = stack.pop()
            shape = self.model.shape(name)
            if isinstance(shape, StructureShape) and name in modules:
                found.add(name)
            elif isinstance(shape, ListShape | MapShape):
                stack.extend(ref.target for ref in self.model.refs(name))
        return found

    def _structure_deps(self, name: str) -> set[str]:
        """Structures and enums a structure refers to directly (through lists and maps)."""
        return set().union(*(self._classes_at(ref.target) for ref in self.model.refs(name)))

    def _classes_at(self, target: str) -> set[str]:
        """The shapes with a class of their own that a reference to ``target`` leads to
        without passing through another class: ``target`` itself, or the items of the
        lists and maps it is."""
        found: set[str] = set()
        stack = [target]
        while stack:
            name = stack.pop()
            if name in self.classes:
                found.add(name)
            elif isinstance(self.model.shape(name), ListShape | MapShape):
                stack.extend(ref.target for ref in self.model.refs(name))
        return found

    def _in_cycle(self, name: str, target: str) -> bool:
        """``target`` refers back to ``name``: its import must come after the class."""
        return target != name and name in self.model.reachable([target])

    def _used_in(self) -> dict[str, list[str]]:
        """Shape name -> ``Class.member`` of the structure members that refer to it."""
        used: dict[str, list[str]] = {}
        for name in sorted(self.classes):
            shape = self.model.shape(name)
            if isinstance(shape, StructureShape):
                for member in shape.members:
                    for target in sorted(self._classes_at(member.target)):
                        place = f"{self.class_names[name]}.{member.name}"
                        used.setdefault(target, []).append(place)
        return used

    def structure(self, name: str) -> Structure:
        shape = self.model.structure(name)
        lenient = name in self.output_shapes
        python_names = self._python_names(name)
        members = [
            # An idempotency token the caller leaves out is filled in: not required.
            self._member(ref, python_names[ref.name], ref.required,
                         lenient or ref.idempotency_token, name)
            for ref in shape.members
        ]
        members = [m for m in members if m.required] + [m for m in members if not m.required]
        from_wire = self._wire_method(name, name in self.read_shapes, "from")
        to_wire = self._wire_method(name, name in self.written_shapes, "to")
        sensitive = any(m.sensitive for m in members)
        needed = set(SHAPE_BASE) | imports_of(m.type for m in members)
        needed |= imports_of(m.rule for m in members)
        needed |= imports_of(m.from_dict for m in members) | imports_of(m.to_dict for m in members)
        if from_wire == "method":
            needed |= imports_of(m.from_wire for m in members)
        if to_wire == "method":
            needed |= imports_of(m.to_wire for m in members)
        if sensitive:
            needed.add(stdlib("dataclasses", "field"))
        dict_class = self.dict_names.get(name, "")
        dict_fields = self._dict_fields(shape, members) if dict_class else {}
        if dict_class:
            needed |= imports_of(dict_fields.values()) | {stdlib("typing", "TypedDict")}
        module = self.classes[name].module
        if self.bound_imports:
            late: set[Import] = set()
            bound = {source for source in needed if source in self.by_source}
            bound.discard(self.classes[name].source)
            if bound:
                needed.add(stdlib("typing", "TYPE_CHECKING"))
                self.bound_names[module] = sorted(source.name for source in bound)
        else:
            bound = set()
            late = {
                source
                for source in needed
                if source in self.by_source and self._in_cycle(name, self.by_source[source])
            }
        doc = self._docs(shape.documentation) if shape.documentation else self._undocumented(name)
        return Structure(
            name=name,
            class_name=self.class_names[name],
            module=module,
            **doc,
            members=members,
            imports=import_block(needed - late - bound, f"shapes.{module}"),
            late_imports=import_block(late, f"shapes.{module}"),
            type_imports=import_block(bound, f"shapes.{module}"),
            from_wire=from_wire,
            to_wire=to_wire,
            sensitive=sensitive,
            deprecated=shape.deprecated is not None,
            union=isinstance(shape, UnionShape),
            dict_class=dict_class,
            dict_fields=dict_fields,
        )

    def _dict_fields(self, shape: StructureShape, members: list[Member]) -> dict[str, TypeRef]:
        """The TypedDict's keys, in model order, and their annotations."""
        by_key = {m.dict_key: m for m in members}
        fields: dict[str, TypeRef] = {}
        for ref in shape.members:
            member = by_key[ref.name]
            annotation = self.conversions.dict_annotation(ref.target)
            if member.model_required:
                annotation = TypeRef(
                    f"Required[{annotation}]", annotation.imports | {stdlib("typing", "Required")}
                )
            fields[ref.name] = annotation
        return fields

    def _wire_method(self, name: str, used: bool, direction: Literal["from", "to"]) -> WireMethod:
        """A wire method only where a response (or request) holds the structure."""
        if not used:
            return ""
        return "method" if self.conversions.differs(name, direction) else "alias"

    def _undocumented(self, name: str) -> dict[str, str]:
        """A docstring saying what the structure is for, when the model documents none."""
        for operation in self.model.operations.values():
            if name == operation.input:
                text = f"The arguments of the ``{operation.name}`` operation."
                break
            if name == operation.output:
                text = f"The result of the ``{operation.name}`` operation."
                break
        else:
            places = self.used_in.get(name, [])
            shown = ", ".join(f"``{place}``" for place in places[:3])
            more = f" and {len(places) - 3} more" if len(places) > 3 else ""
            text = f"Found in {shown}{more}." if places else f"The ``{name}`` structure."
        return {"doc": "\n".join(wrap_prose(text, DOC_WIDTH)), "summary": text}

    def _member(
        self, ref: ModelMember, python: str, model_required: bool, lenient: bool, owner: str
    ) -> Member:
        convert = self.conversions
        bound = convert.bound(owner, ref)
        from_wire = convert.expression(ref, "from_wire", "value", bound)
        doc = ref.documentation or self.model.shape(ref.target).documentation
        annotation = convert.annotation(ref.target)
        argument = convert.argument_annotation(ref.target)
        from_dict = convert.expression(ref, "from_dict", "value")
        rule = convert.rule(ref, ref.name, model_required)
        to_dict = convert.expression(ref, "to_dict", f"self.{python}")
        if ref.jsonvalue and bound:  # any JSON value, sent as base64 JSON in a header
            annotation = argument = ANY
            rule = convert.rule(ref, ref.name, model_required, kind="any")
        elif bound and self._blob_payload(owner, ref) and owner in self.written_shapes:
            annotation = argument = STREAM
            rule = convert.rule(ref, ref.name, model_required, kind="stream")
            from_dict = Expr("value")  # str, bytes or a file, as botocore takes it
        elif bound and self._blob_payload(owner, ref):
            annotation = argument = STREAMING_BODY
            from_dict = Expr("value")  # the StreamingBody boto3 returns, unread
        elif self._event_stream(ref.target) and owner not in self.written_shapes:
            # Read from the body left unread: the runtime's EventStream, its events
            # typed by the union's from_wire.
            union = convert.annotation(ref.target)
            annotation = argument = TypeRef(
                f"EventStream[{union}]", union.imports | {EVENT_STREAM}
            )
            from_wire = Expr(f"value.typed({union}.from_wire)", union.imports)
            from_dict = Expr("value")  # the stream, as boto3's result holds it
            rule = convert.rule(ref, ref.name, model_required, kind="any")
            to_dict = Expr(f"self.{python}")
        return Member(
            name=python,
            wire_name=ref.wire_name,
            dict_key=ref.name,
            location=ref.location,
            shape=ref.target,
            type=annotation,
            argument_type=argument,
            required=model_required and not lenient,
            model_required=model_required,
            sensitive=self._sensitive(ref.target),
            deprecated=ref.deprecated is not None,
            doc=self._doc(doc),
            from_dict=from_dict,
            to_dict=to_dict,
            from_wire=from_wire,
            to_wire=convert.expression(ref, "to_wire", f"self.{python}", bound),
            converts_from_wire=from_wire.code != "value",
            rule=rule,
        )

    def _event_stream(self, name: str) -> bool:
        """Shape ``name`` is an event stream (a union of events)."""
        shape = self.model.shape(name)
        return isinstance(shape, StructureShape) and shape.event_stream

    def _event_stream_of(self, name: str | None) -> EventStream | None:
        """The event stream of result ``name``, when a member of it is one."""
        if name is None:
            return None
        shape = self.model.structure(name)
        ref = next((m for m in shape.members if self._event_stream(m.target)), None)
        if ref is None:
            return None
        events: dict[str, tuple[str, str]] = {}
        exceptions: dict[str, str] = {}
        for event in self.model.structure(ref.target).members:
            target = self.model.structure(event.target)
            if target.exception:
                exceptions[event.name] = (target.error.code if target.error else "") or (
                    event.target
                )
                continue
            payload = next((m for m in target.members if m.event_payload), None)
            events[event.name] = (
                (payload.name, _wire_kind(self.model.shape(payload.target)))
                if payload
                else ("", "")
            )
        return EventStream(
            key=ref.wire_name,
            events=events,
            exceptions=exceptions,
            initial_response=self.protocol.initial_response,
        )

    def _blob_payload(self, owner: str, ref: ModelMember) -> bool:
        """A blob that is the whole body: sent from bytes or a binary file as it is,
        received as a StreamingBody (as botocore streams every blob payload)."""
        shape = self.model.shape(ref.target)
        return (
            isinstance(shape, ScalarShape)
            and shape.kind == "blob"
            and self.protocol.payload(self.model.structure(owner)) == ref.name
        )

    def _sensitive(self, name: str) -> bool:
        shape = self.model.shape(name)
        if shape.sensitive:
            return True
        if isinstance(shape, ListShape):
            return self._sensitive(shape.member.target)
        if isinstance(shape, MapShape):
            return self._sensitive(shape.value.target)
        return False

    def enum(self, name: str) -> Enum:
        shape = self.model.shape(name)
        assert isinstance(shape, EnumShape)
        names = naming.constant_names(shape.values)
        return Enum(
            name=name,
            class_name=self.class_names[name],
            module=self.classes[name].module,
            **self._docs(shape.documentation),
            values=[EnumValue(n, v) for n, v in zip(names, shape.values, strict=True)],
        )

    def error(self, name: str) -> ErrorShape:
        shape = self.model.structure(name)
        refs = [m for m in shape.members if m.wire_name.lower() != "message"]
        python_names = naming.error_member_names(
            [m.name for m in refs], self.class_names.values()
        )
        members = [
            self._member(ref, python, False, True, name)
            for ref, python in zip(refs, python_names, strict=True)
        ]
        response: dict[str, Expr] = {}
        for ref in shape.members:
            if ref in refs:
                member = members[refs.index(ref)]
                value = member.to_dict
                if value.code != f"self.{member.name}":
                    value = Expr(f"None if self.{member.name} is None else {value}", value.imports)
            else:  # the message
                value = Expr(f"body.get({json.dumps(ref.wire_name)})")
            response[ref.name] = value
        return ErrorShape(
            name=name,
            class_name=self.class_names[name],
            code=(shape.error.code if shape.error else "") or name,
            **self._docs(shape.documentation),
            members=members,
            bindings=[b for b in self._bindings(name) if b.location != "payload"],
            response_members=dict(sorted(response.items())),
            converts_members=any(m.converts_from_wire for m in members),
            fault=shape.fault,
        )

    # -- operations -----------------------------------------------------------

    def operation(
        self,
        name: str,
        method: str,
        structures: dict[str, Structure],
        errors: dict[str, ErrorShape],
    ) -> Operation:
        op = self.model.operations[name]
        request = structures.get(op.input or "")
        dict_arguments = request is not None and any(
            m.argument_type != m.type for m in request.members
        )
        result = structures.get(op.output or "")
        op_errors = [errors[e] for e in op.errors]
        paginator = self._paginator(name, request, result)
        text = html_to_text(op.documentation, DOC_WIDTH)
        doc = docstrings.operation_docstring(
            docstring_body(text) or f"Calls the ``{name}`` operation.",
            method=method,
            paginated=paginator is not None,
            deprecated=op.deprecated is not None,
            arguments=request.members if request else [],
            result=result,
            errors=op_errors,
        )
        members = request.members if request else []
        needed = {runtime("protocols", "OperationSpec")}
        routing = self._routing(name)
        if routing.reads_input:
            assert request is not None  # bindings are input members
            needed.add(runtime("endpoints", "EndpointInputs"))
            needed.add(local(f"shapes.{request.module}", request.class_name))
        needed |= imports_of(routing.endpoint_inputs.values())
        bindings = self._bindings(op.input)
        result_bindings = self._bindings(op.output)
        if bindings or result_bindings:
            needed.add(runtime("protocols", "Binding"))
        event_stream = None if unsupported(self.model, name) else self._event_stream_of(op.output)
        if event_stream:
            needed.add(runtime("protocols", "EventStreamSpec"))
        return Operation(
            name=name,
            method=method,
            module=method,
            doc=doc,
            summary=docstring_body(summary(text)),
            http_method=op.http_method,
            request_uri=op.request_uri,
            target=f"{self.model.metadata.target_prefix}.{name}"
            if self.model.metadata.target_prefix
            else "",
            bindings=bindings,
            result_bindings=result_bindings,
            json_body=self._json_body(op.input),
            unsigned_payload=op.unsigned_payload or op.auth_type == "v4-unsigned-body",
            streaming_output=any(
                b.location == "payload" and b.kind == "blob" for b in result_bindings
            ),
            event_stream=event_stream,
            input=request,
            output=result,
            errors=op_errors,
            deprecated=op.deprecated is not None,
            deprecated_arguments=[m.name for m in request.members if m.deprecated]
            if request
            else [],
            unsupported=unsupported(self.model, name),
            dict_arguments=dict_arguments,
            request_factory=(f"{request.class_name}.build" if dict_arguments
                             else request.class_name) if request else "",
            boto3_arguments={m.dict_key: m.name for m in members if m.dict_key != m.name},
            warning_stacklevel=3 if members else 2,
            paginator=paginator,
            imports=import_block(needed, f"operations.{method}"),
            endpoint_params=routing.endpoint_params,
            endpoint_inputs=routing.endpoint_inputs,
            host_prefix=op.host_prefix,
            host_labels=routing.host_labels,
            reads_input=routing.reads_input,
            idempotency_tokens=self._idempotency_tokens(op.input),
        )

    def _routing(self, name: str) -> _Routing:
        """How an operation's calls choose their endpoint.

        Endpoint rule parameters as botocore binds them (its EndpointRulesetResolver),
        only those the rule set declares: constants first, then an input member
        (``contextParam``), then a path over the input (``operationContextParams``).
        """
        op = self.model.operations[name]
        declared = self.model.endpoint_parameters
        members = self.model.structure(op.input).members if op.input else ()
        python = self._python_names(op.input) if op.input else {}
        inputs: dict[str, list[Expr]] = {}
        for member in members:
            if member.context_param in declared and member.context_param not in inputs:
                inputs[member.context_param] = [Expr(f"request.{python[member.name]}")]
        search = runtime("endpoints", "search_input")
        for param, path in op.operation_context_params.items():
            if param in declared:
                found = call(search, Expr(repr(path)), Expr("request"))
                inputs.setdefault(param, []).append(found)
        static = self._static_params(name)
        return _Routing(
            endpoint_params={k: _python_literal(v) for k, v in static.items()},
            endpoint_inputs={
                param: _first_set(codes) for param, codes in inputs.items() if param not in static
            },
            host_labels={
                m.name: f"request.{python[m.name]}"
                for m in members
                if m.host_label and op.host_prefix
            },
        )

    def _idempotency_tokens(self, shape_name: str | None) -> list[str]:
        """The attribute names of an input's idempotency tokens."""
        if shape_name is None:
            return []
        python = self._python_names(shape_name)
        members = self.model.structure(shape_name).members
        return [python[m.name] for m in members if m.idempotency_token]

    def _static_params(self, name: str) -> dict[str, Any]:
        """The constants an operation binds among the rule set's parameters."""
        declared = self.model.endpoint_parameters
        static = self.model.operations[name].static_context_params
        return {k: v for k, v in static.items() if k in declared}

    def _python_names(self, shape_name: str) -> dict[str, str]:
        """Model member name -> attribute name of a structure's members (an operation's
        input's are also its method's parameters)."""
        shape = self.model.structure(shape_name)
        names = [m.name for m in shape.members]
        parameters = any(op.input == shape_name for op in self.model.operations.values())
        python = naming.member_names(names, self.class_names.values(), parameters=parameters)
        return dict(zip(names, python, strict=True))

    def _bindings(self, name: str | None) -> list[Binding]:
        """The members of a top-level structure bound outside the JSON body."""
        if name is None:
            return []
        shape = self.model.structure(name)
        found = []
        for ref in shape.members:
            if self.protocol.binds(ref.location):
                found.append(self._binding(ref, ref.location))
            elif ref.name == self.protocol.payload(shape):
                found.append(self._binding(ref, "payload"))
        return found

    def _binding(self, ref: ModelMember, location: str) -> Binding:
        shape = self.model.shape(ref.target)
        kind = _wire_kind(shape)
        if kind == "string" and ref.jsonvalue and location == "header":
            kind = "jsonvalue"
        item, timestamp_format = "", _timestamp_format(ref, shape)
        if isinstance(shape, ListShape | MapShape):
            inner = shape.member if isinstance(shape, ListShape) else shape.value
            item = _wire_kind(self.model.shape(inner.target))
            timestamp_format = _timestamp_format(inner, self.model.shape(inner.target))
        prefix = "" if location == "headers" and not ref.location_name else None
        return Binding(ref.wire_name, location, kind, item, timestamp_format, prefix)

    def _json_body(self, name: str | None) -> bool:
        """Some member of a rest protocol's input goes in a JSON body."""
        if name is None or not self.protocol.binds("payload"):
            return False
        shape = self.model.structure(name)
        payload = self.protocol.payload(shape)
        return any(
            not self.protocol.binds(ref.location) and ref.name != payload
            for ref in shape.members
        )

    def _paginator(
        self, name: str, request: Structure | None, result: Structure | None
    ) -> Paginator | None:
        if name not in self.paginator_classes:
            return None
        assert request is not None and result is not None
        config = self.model.paginators[name]
        model_input = self.model.structure(request.name)

        def argument(member: str) -> Member:
            ref = model_input.member(member)
            assert ref is not None  # the loader checked
            return next(m for m in request.members if m.wire_name == ref.wire_name)

        limit = argument(config.limit_key) if config.limit_key else None
        hidden = {argument(token).name for token in config.input_token}
        hidden |= {limit.name} if limit else set()
        parameters = [m for m in request.members if m.name not in hidden or m.required]
        options = naming.paginate_options(m.name for m in parameters)
        items = self._items(config, result)
        result_type = TypeRef(result.class_name, frozenset({local(f"shapes.{result.module}",
                                                                     result.class_name)}))
        if items:
            item_type, _ = items
            iterator = TypeRef(
                f"PageIterator[{result.class_name}, {item_type}]",
                result_type.imports | item_type.imports
                | {runtime("pagination", "PageIterator")},
            )
        else:
            iterator = TypeRef(f"Pages[{result.class_name}]",
                               result_type.imports | {runtime("pagination", "Pages")})
        method = naming.snake_case(name)
        doc = docstrings.paginate_docstring(
            method=self.methods.get(name, method),
            result=result.class_name,
            items=(str(items[0]), docstring_body(config.result_key[0])) if items else None,
            result_keys=[docstring_body(key) for key in config.result_key],
            parameters=parameters,
            options=options,
            limit_wire=limit.wire_name if limit else None,
        )
        return Paginator(
            class_name=self.paginator_classes[name],
            input_tokens=list(config.input_token),
            output_tokens=list(config.output_token),
            result_keys=list(config.result_key),
            limit_key=limit.name if limit else None,
            limit_member=config.limit_key,
            limit_type=self._type_name(limit.shape) if limit else "",
            more_results=config.more_results,
            non_aggregate_keys=list(config.non_aggregate_keys),
            parameters=parameters,
            max_items=options["max_items"],
            page_size=options["page_size"] if limit else None,
            starting_token=options["starting_token"],
            item_type=items[0] if items else None,
            items=items[1] if items else None,
            iterator=iterator,
            doc=doc,
        )

    def _type_name(self, shape_name: str) -> str:
        """botocore's ``type_name`` of a shape."""
        shape = self.model.shape(shape_name)
        if isinstance(shape, ScalarShape):
            return shape.kind
        if isinstance(shape, IntEnumShape):
            return "integer"
        return "string" if isinstance(shape, EnumShape) else "structure"

    def _items(self, config: ModelPaginator, result: Structure) -> tuple[TypeRef, Expr] | None:
        """The type of ``.items()`` and its expression over a typed page ``page``, when
        the first result key is a list and no other one is."""
        resolved = [self._result_path(result.name, key) for key in config.result_key]
        if any(found is None for found in resolved):
            return None
        shapes = [found[1] for found in resolved if found is not None]
        lists = [isinstance(shape, ListShape) for shape in shapes]
        first = resolved[0]
        if first is None or not lists[0] or sum(lists) != 1:
            return None
        names, items = first
        assert isinstance(items, ListShape)
        return self.conversions.annotation(items.member.target), Expr(_attribute_path(names))

    def _result_path(self, structure: str, path: str) -> tuple[list[str], AnyShape] | None:
        """The Python attribute names along a member path and the shape it ends at."""
        if not _MEMBER_PATH.fullmatch(path):
            return None
        names: list[str] = []
        current = structure
        for part in path.split("."):
            shape = self.model.shape(current)
            member = shape.member(part) if isinstance(shape, StructureShape) else None
            if member is None or current not in self.structures:
                return None
            names.append(next(m.name for m in self.structures[current].members
                              if m.wire_name == member.wire_name))
            current = member.target
        return names, self.model.shape(current)

    # -- waiters --------------------------------------------------------------

    def waiter(self, name: str, operation: Operation, waiter_name: str) -> Waiter:
        model = self.model.waiters[name]
        description = docstring_body(" ".join(model.description.split()))
        summary_text = description or f"Waits for the {name} state of ``{operation.method}``."
        acceptors = [_acceptor(acceptor) for acceptor in model.acceptors]
        doc = docstrings.wait_docstring(
            summary=summary_text,
            method=operation.method,
            delay=model.delay,
            max_attempts=model.max_attempts,
            acceptors=[_explain(acceptor) for acceptor in model.acceptors],
            arguments=operation.input.members if operation.input else [],
        )
        return Waiter(
            name=name,
            waiter_name=waiter_name,
            class_name=self.waiter_classes[name],
            operation=operation,
            delay=model.delay,
            max_attempts=model.max_attempts,
            acceptors=acceptors,
            summary=summary_text,
            doc=doc,
        )

    # -- service --------------------------------------------------------------

    def service(self, package: str | None) -> Service:
        shape_names = sorted(self.classes)
        structures = {
            n: self.structure(n)
            for n in shape_names
            if isinstance(self.model.shape(n), StructureShape)
        }
        self.structures = structures
        enums = [self.enum(n) for n in shape_names if isinstance(self.model.shape(n), EnumShape)]
        errors = {name: self.error(name) for name in sorted(self.error_shapes)}
        methods = naming.method_names(
            self.model.operations,
            taken=[
                *self.class_names.values(),
                *self.paginator_classes.values(),
                *self.waiter_classes.values(),
                *self.dict_names.values(),
            ],
        )
        self.methods = methods
        operations = [
            self.operation(name, methods[name], structures, errors)
            for name in sorted(self.model.operations)
        ]
        by_name = {op.name: op for op in operations}
        waiter_names = naming.waiter_names(self.waiter_classes)
        waiters = sorted(
            (
                self.waiter(name, by_name[self.model.waiters[name].operation], waiter_names[name])
                for name in self.waiter_classes
            ),
            key=lambda waiter: waiter.waiter_name,
        )
        metadata = self.model.metadata
        rules = self.model.endpoint_rule_set
        paginated = [op for op in operations if op.paginator]
        return Service(
            name=metadata.service_id,
            full_name=metadata.service_full_name or metadata.service_id,
            package=package
            or naming.package_name(
                metadata.service_id,
                naming.boto3_service_name(self.model.source, metadata.api_version),
            ),
            client_class=self.client_class,
            base_error=self.base_error,
            exceptions_class=self.exceptions_class,
            api_version=metadata.api_version,
            endpoint_prefix=metadata.endpoint_prefix,
            signing_name=metadata.signing_name or metadata.endpoint_prefix,
            protocol=self._protocol(),
            doc=self._doc(self.model.documentation),
            operations=operations,
            structures=list(structures.values()),
            enums=enums,
            bound_names=self.bound_names,
            errors=list(errors.values()),
            shape_exports=self._shape_exports(list(structures.values()), enums),
            paginated=paginated,
            streamed=[op for op in operations if op.streaming_output],
            evented=[op for op in operations if op.event_stream],
            example=next((op for op in operations if op.input and op.input.members), None),
            waiters=waiters,
            omitted=omissions(self.model),
            clients=[self._client(operations, waiters, is_async) for is_async in (False, True)],
            error_imports=self._error_imports(list(errors.values())),
            has_endpoint_rules=rules is not None,
            endpoint_rule_set_json=json.dumps(rules, indent=1, sort_keys=True) if rules else "",
            endpoint_table_json=endpoint_table_json(
                dict(rules) if rules else None,
                self.model.source.parent,
                static_params=[self._static_params(op) for op in self.model.operations],
                client_context_params=self.model.client_context_params,
                input_params=[p for op in operations for p in op.endpoint_inputs],
                endpoint_prefix=metadata.endpoint_prefix,
            ),
            botocore_version=self.model.botocore_version,
            botocore_release_date=self.model.botocore_release_date,
            generator_version=__version__,
            runtime_version=runtime_version,
            runtime_botocore=f"{TESTED_BOTOCORE[0]} or later, before {TESTED_BOTOCORE[1]}",
        )

    @staticmethod
    def _shape_exports(structures: list[Structure], enums: list[Enum]) -> dict[str, str]:
        names = {s.class_name: s.module for s in structures}
        names |= {e.class_name: e.module for e in enums}
        names |= {s.dict_class: s.module for s in structures if s.dict_class}
        return dict(sorted(names.items()))

    def _protocol(self) -> Protocol:
        metadata = self.model.metadata
        arguments: dict[str, object] = {
            key: getattr(metadata, key) for key in self.protocol.setup_metadata
        }
        title = self.protocol.title.format(**arguments)
        if headers := SERVICE_HEADERS.get(metadata.endpoint_prefix):
            arguments["headers"] = dict(headers)
        text = ", ".join(f"{key}={json.dumps(value)}" for key, value in arguments.items())
        return Protocol(self.protocol.name, title, f"{self.protocol.runtime_class}({text})")

    def _client(
        self, operations: list[Operation], waiters: list[Waiter], is_async: bool
    ) -> Client:
        """The sync client (the package's modules) or the async one (``aio/``): the same
        templates, these names."""
        paginated = [op for op in operations if op.paginator]
        where = "aio." if is_async else ""
        engine = runtime("aio", "AsyncEngine") if is_async else runtime("client", "Engine")
        prefix = "Async" if is_async else ""
        signatures = self._signature_imports(operations, waiters, where)
        return Client(
            name="async" if is_async else "sync",
            is_async=is_async,
            directory=where.replace(".", "/"),
            package=".." if is_async else ".",
            client_class=prefix + self.client_class,
            alias=f"{prefix}Client",
            base_class=f"{prefix}BaseClient",
            engine=engine.name,
            prefix=prefix,
            define="async def" if is_async else "def",
            awaits="await " if is_async else "",
            wait="async_wait" if is_async else "wait",
            requires="aiohttp" if is_async else "",
            requirement=AIOHTTP if is_async else "",
            rules_file=f'Path(__file__){".parent" if is_async else ""}.with_name("{RULES_FILE}")',
            imports=self._client_imports(operations, waiters, bool(signatures), is_async),
            type_imports=import_block(signatures, f"{where}client"),
            paginator_imports=self._paginator_imports(paginated, where, prefix),
            paginator_type_imports=self._paginator_type_imports(paginated, where, engine),
            waiter_imports=import_block(WAITER_IMPORTS, f"{where}waiters"),
            waiter_type_imports=self._waiter_type_imports(waiters, where, engine),
        )

    def _client_imports(
        self,
        operations: list[Operation],
        waiters: list[Waiter],
        type_imports: bool,
        is_async: bool,
    ) -> list[str]:
        needed = {
            runtime("aio", "AsyncBaseClient") if is_async else runtime("client", "BaseClient"),
            runtime("client", "ErrorClasses"),
            runtime("client", "ServiceSpec"),
            runtime(f"protocols.{self.protocol.runtime_module}", self.protocol.runtime_class),
        }
        if type_imports:
            needed.add(stdlib("typing", "TYPE_CHECKING"))
        if any(op.deprecated or op.deprecated_arguments for op in operations):
            needed.add(Import("warnings", ""))
        if self.model.endpoint_rule_set is not None:
            needed.add(stdlib("pathlib", "Path"))
        paginated = [op for op in operations if op.paginator]
        if paginated or waiters:
            needed.add(stdlib("typing", "Literal"))
        if len(paginated) > 1 or len(waiters) > 1:
            needed.add(stdlib("typing", "overload"))
        return import_block(needed, "aio.client" if is_async else "client")

    def _signature_imports(
        self, operations: Iterable[Operation], waiters: Iterable[Waiter], where: str
    ) -> set[Import]:
        """What the client's signatures name: argument types, results, paginators, waiters."""
        types: list[TypeRef] = []
        needed = {local("errors", self.exceptions_class)}
        for op in operations:
            types += [m.argument_type for m in op.input.members] if op.input else []
            if op.output:
                needed.add(local(f"shapes.{op.output.module}", op.output.class_name))
            if op.paginator:
                needed.add(local(f"{where}paginators", op.paginator.class_name))
        needed |= {local(f"{where}waiters", waiter.class_name) for waiter in waiters}
        return needed | imports_of(types)

    def _paginator_imports(self, paginated: list[Operation], where: str, prefix: str) -> list[str]:
        needed = set(PAGINATOR_IMPORTS)
        for op in paginated:
            assert op.paginator
            kind = "PageIterator" if op.paginator.items else "Pages"
            needed.add(runtime("pagination", prefix + kind))
        return import_block(needed, f"{where}paginators") if paginated else []

    def _paginator_type_imports(
        self, paginated: list[Operation], where: str, engine: Import
    ) -> list[str]:
        needed = {engine}
        for op in paginated:
            assert op.paginator
            needed |= imports_of(m.argument_type for m in op.paginator.parameters)
            needed |= op.paginator.iterator.imports
        return import_block(needed - {i for i in needed if i.module.endswith("pagination")},
                            f"{where}paginators")

    def _waiter_type_imports(self, waiters: list[Waiter], where: str, engine: Import) -> list[str]:
        needed = {engine}
        for waiter in waiters:
            if waiter.operation.input:
                needed |= imports_of(m.argument_type for m in waiter.operation.input.members)
        return import_block(needed, f"{where}waiters")

    def _error_imports(self, errors: list[ErrorShape]) -> list[str]:
        members = [m for error in errors for m in error.members]
        needed = {
            runtime("errors", "ServiceError"),
            runtime("client_error", "ClientError"),
        }
        if any(error.bindings for error in errors):
            needed.add(runtime("protocols", "Binding"))
        if any(error.response_members for error in errors):
            needed |= {stdlib("collections.abc", "Mapping"), stdlib("typing", "Any")}
        needed |= imports_of(m.type for m in members)
        needed |= imports_of(m.from_wire for m in members)
        needed |= imports_of(v for error in errors for v in error.response_members.values())
        return import_block(needed, "errors")

    def _doc(self, html: str) -> str:
        return docstring_body(html_to_text(html, DOC_WIDTH))

    @staticmethod
    def _docs(html: str) -> dict[str, str]:
        """``doc`` and ``summary`` from one conversion of the model's HTML."""
        text = html_to_text(html, DOC_WIDTH)
        return {"doc": docstring_body(text), "summary": docstring_body(summary(text))}


def _wire_kind(shape: AnyShape) -> str:
    """What a bound member's value is, for the runtime to format it."""
    if isinstance(shape, StructureShape | DocumentShape):
        return "structure"
    if isinstance(shape, ListShape):
        return "list"
    if isinstance(shape, MapShape):
        return "map"
    if isinstance(shape, EnumShape):
        return "string"
    if isinstance(shape, IntEnumShape):
        return "integer"
    return RULE_KINDS.get(shape.kind, shape.kind)


def _timestamp_format(ref: ModelMember | Ref, shape: AnyShape) -> str:
    """The format the model sets for a timestamp (else "": the location's default)."""
    if isinstance(shape, ScalarShape) and shape.kind == "timestamp":
        return ref.timestamp_format or shape.timestamp_format
    return ""


def _attribute_path(names: list[str], root: str = "page") -> str:
    """``page.a.b``, None where an attribute on the way is None."""
    code = ".".join([root, *names])
    guards = [".".join([root, *names[:count]]) + " is not None" for count in
              range(1, len(names))]
    return f"{code} if {' and '.join(guards)} else None" if guards else code


def _python_literal(value: Any) -> str:
    """A Python literal for a JSON value, lists included."""
    if isinstance(value, list):
        return "[" + ", ".join(_python_literal(item) for item in value) + "]"
    return _literal(value)


def _first_set(values: list[Expr]) -> Expr:
    """An expression for the first of ``values`` that is not None (the last otherwise)."""
    if len(values) == 1:
        return values[0]
    first, rest = values[0], _first_set(values[1:])
    code = f"{first} if {first} is not None else {rest}"
    return Expr(code, first.imports | rest.imports)


def _literal(value: object) -> str:
    """A Python literal for a JSON value (a string, number, boolean or null)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value)


def _acceptor(acceptor: ModelAcceptor) -> Acceptor:
    return Acceptor(
        state=acceptor.state,
        matcher=acceptor.matcher,
        expected=_literal(acceptor.expected),
        argument=_literal(acceptor.argument) if acceptor.argument else "",
    )


def _explain(acceptor: ModelAcceptor) -> str:
    """When an acceptor matches, in words (escaped for a docstring)."""
    expected = _escaped(json.dumps(acceptor.expected))
    argument = _escaped(acceptor.argument)
    if acceptor.matcher == "path":
        when = f"``{argument}`` is ``{expected}``"
    elif acceptor.matcher == "pathAll":
        when = f"every ``{argument}`` is ``{expected}``"
    elif acceptor.matcher == "pathAny":
        when = f"any ``{argument}`` is ``{expected}``"
    elif acceptor.matcher == "status":
        when = f"the HTTP status is {expected}"
    elif acceptor.expected is True:
        when = "the service answers with an error"
    elif acceptor.expected is False:
        when = "the service answers without an error"
    else:
        when = f"the service answers with the error ``{_escaped(str(acceptor.expected))}``"
    return f"{acceptor.state} when {when}"


def _escaped(text: str) -> str:
    """``text`` escaped for the inside of a docstring (not its end)."""
    return docstring_body(text + "\n")[:-1]
