"""The intermediate representation: everything a template needs, already decided.

`build_service` turns a loaded model into frozen dataclasses whose fields are plain
strings, booleans and lists, so templates only lay them out. Names come from `naming`,
plain-text documentation from `docs`, wire conversions from `conversions`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from . import naming
from .conversions import Conversions
from .docs import docstring_body, html_to_text, summary
from .docstrings import operation_docstring
from .endpoint_table import endpoint_table_json
from .loader import ModelFiles

DOC_WIDTH = 72
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Member:
    """One member of a structure (or of an error shape)."""

    name: str
    """Python attribute (and keyword argument) name."""
    wire_name: str
    """Name in the JSON body, exactly as the model spells it."""
    shape: str
    """Model name of the member's target shape."""
    type: str
    """Type annotation without ``| None``, e.g. ``list[ContainerImage]``."""
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
    from_dict: str
    """Expression converting a boto3-style ``value`` to the attribute value."""
    to_dict: str
    """Expression converting the attribute value to its boto3-style form."""
    from_wire: str
    """Expression converting a JSON ``value`` from a response."""
    to_wire: str
    """Expression converting the attribute value for a JSON request body."""
    rule: str
    """Source of the runtime ``Rule`` client-side validation applies to it."""


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
    """Plain-text documentation, escaped for a triple-quoted string."""
    summary: str
    """The first sentence of ``doc``, on one line."""
    members: list[Member]
    """Its members: the required ones first, each group in model order."""
    imports: list[str]
    """Import lines at the top of the module."""
    late_imports: list[str]
    """Imports of shapes in a reference cycle, placed after the class."""
    reads_wire: bool
    """Reading JSON differs from reading a boto3 dict (a blob inside: base64 vs bytes)."""
    writes_wire: bool
    """Writing JSON differs from writing a boto3 dict (a timestamp or blob inside)."""
    sensitive: bool
    """At least one member is sensitive, so the repr masks them."""
    deprecated: bool
    """The model marks the shape deprecated."""


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
    fault: bool
    """A server-side fault rather than a client error."""


@dataclass(frozen=True)
class Paginator:
    """How to page through an operation's results (botocore's paginators-1.json)."""

    input_token: str
    """Python name of the request member carrying the token."""
    output_token: str
    """Python name of the result member carrying the next token."""
    result_key: str
    """Python name of the result member holding the items."""
    item_type: str
    """Annotation of one item."""
    limit_key: str | None
    """Python name of the request member limiting the page size, if any."""
    class_name: str
    """Name of the paginator class in ``paginators.py``."""


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
    """The ``X-Amz-Target`` header value."""
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
    paginator: Paginator | None
    """How to paginate it; None when it is not paginated (or not supported)."""
    imports: list[str]
    """Import lines of its request and result classes, for its module."""


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
    api_version: str
    """The model's apiVersion, e.g. ``2016-11-28``."""
    endpoint_prefix: str
    """The model's endpointPrefix."""
    signing_name: str
    """SigV4 signing name (the endpointPrefix when the model sets none)."""
    target_prefix: str
    """The model's targetPrefix: ``X-Amz-Target`` is ``<prefix>.<operation>``."""
    json_version: str
    """The model's jsonVersion (``1.0`` or ``1.1``), part of the Content-Type."""
    doc: str
    """Plain-text documentation, escaped for a triple-quoted string."""
    operations: list[Operation]
    """Every operation, sorted by name."""
    structures: list[Structure]
    """Every structure with a module of its own, sorted by model name."""
    enums: list[Enum]
    """Every enum, sorted by model name."""
    errors: list[ErrorShape]
    """Every error shape, sorted by model name."""
    paginated: list[Operation]
    """The operations with a supported paginator."""
    client_imports: list[str]
    """Type-checking-only imports of the classes in the client's signatures."""
    paginator_imports: list[str]
    """Type-checking-only imports of the classes in the paginators' signatures."""
    client_warns: bool
    error_imports: list[str]
    """The import block of ``errors.py`` (blank strings separate the groups)."""
    """Some client method emits a DeprecationWarning (so client.py imports warnings)."""
    has_endpoint_rules: bool
    """The model comes with an endpoint rule set."""
    endpoint_rule_set_json: str
    """The endpoint rule set as canonical JSON ("" when the model has none)."""
    endpoint_table_json: str
    """Endpoints botocore resolves from the rule set for every region it lists, as JSON
    (generator/endpoint_table.py; "" when the model has no rule set)."""
    botocore_version: str
    """Version of botocore the model was taken from."""
    generator_version: str
    """Version of botocore-codegen that generated the package."""


def build_service(
    model: ModelFiles, *, package: str | None = None, botocore_version: str | None = None
) -> Service:
    """Resolve names, types, conversions and docs for every part of the model."""
    return _Builder(model, botocore_version or model.botocore_version).service(package)


class _Builder:
    def __init__(self, model: ModelFiles, botocore_version: str) -> None:
        self.model = model
        self.botocore_version = botocore_version
        self.metadata: dict[str, Any] = model.service["metadata"]
        self.shapes: dict[str, Any] = model.service["shapes"]
        self.error_shapes = {name for name, s in self.shapes.items() if s.get("exception")}
        for operation in model.service["operations"].values():
            self.error_shapes.update(e["shape"] for e in operation.get("errors", []))
        self.client_class, self.base_error = naming.service_class_names(self.metadata["serviceId"])
        classes = naming.class_names(self.shapes, reserved=(self.client_class, self.base_error))
        self.class_names = classes
        operations = model.service["operations"]
        self.paginator_classes = naming.paginator_class_names(
            [name for name in model.paginators.get("pagination", {}) if name in operations],
            taken=[*classes.values(), self.client_class, self.base_error],
        )
        # Shapes some shape contains: an error shape among them (as in event streams) is a
        # dataclass too, besides its exception class.
        self.contained = {ref for name in self.shapes for ref in self._refs(name)}
        self.modules = naming.module_names(
            {n: c for n, c in classes.items() if self._has_module(n)}
        )
        self.output_shapes = self._reachable(
            op["output"]["shape"] for op in model.service["operations"].values() if "output" in op
        )
        self.conversions = Conversions(
            self.shapes,
            classes,
            self._containing({"blob"}),
            self._containing({"blob", "timestamp", "float", "double"}),
        )
        self.cycles = self._cycle_members()

    # -- shapes ---------------------------------------------------------------

    def _has_module(self, name: str) -> bool:
        shape = self.shapes[name]
        if name in self.error_shapes and name not in self.contained:
            return False
        return shape["type"] == "structure" or (shape["type"] == "string" and "enum" in shape)

    def _refs(self, name: str) -> list[str]:
        shape = self.shapes[name]
        if shape["type"] == "structure":
            return [m["shape"] for m in shape.get("members", {}).values()]
        if shape["type"] == "list":
            return [shape["member"]["shape"]]
        if shape["type"] == "map":
            return [shape["key"]["shape"], shape["value"]["shape"]]
        return []

    def _reachable(self, roots: Any) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(self._refs(name))
        return seen

    def _containing(self, kinds: set[str]) -> set[str]:
        """Structures with a shape of one of these kinds somewhere inside."""
        return {
            name
            for name, shape in self.shapes.items()
            if shape["type"] == "structure"
            and any(self.shapes[r]["type"] in kinds for r in self._reachable([name]))
        }

    def _cycle_members(self) -> set[tuple[str, str]]:
        """Edges (from, to) between two structure modules that reach each other."""
        edges: set[tuple[str, str]] = set()
        for name in self.modules:
            if self.shapes[name]["type"] != "structure":
                continue
            for target in self._structure_deps(name):
                if target != name and name in self._reachable([target]):
                    edges.add((name, target))
        return edges

    def _structure_deps(self, name: str) -> set[str]:
        """Structures and enums a structure's module refers to directly."""
        deps: set[str] = set()
        stack = self._refs(name)
        while stack:
            ref = stack.pop()
            kind = self.shapes[ref]["type"]
            if ref in self.modules:
                deps.add(ref)
            elif kind in ("list", "map"):
                stack.extend(self._refs(ref))
        return deps

    def structure(self, name: str) -> Structure:
        shape = self.shapes[name]
        output = name in self.output_shapes
        wire_names = list(shape.get("members", {}))
        operations = self.model.service["operations"].values()
        parameters = any(op.get("input", {}).get("shape") == name for op in operations)
        python_names = naming.member_names(
            wire_names, self.class_names.values(), parameters=parameters
        )
        required = set(shape.get("required", []))
        members = [
            self._member(wire, python, shape["members"][wire], wire in required, output)
            for wire, python in zip(wire_names, python_names, strict=True)
        ]
        deps = sorted(self._structure_deps(name) - {name})
        late = [d for d in deps if (name, d) in self.cycles]
        return Structure(
            name=name,
            class_name=self.class_names[name],
            module=self.modules[name],
            **self._docs(shape.get("documentation", "")),
            members=[m for m in members if m.required] + [m for m in members if not m.required],
            imports=self._shape_imports(members, [d for d in deps if d not in late]),
            late_imports=[self._import_line(d, ".") for d in late],
            reads_wire=name in self.conversions.reads_wire,
            writes_wire=name in self.conversions.writes_wire,
            sensitive=any(m.sensitive for m in members),
            deprecated=bool(shape.get("deprecated")),
        )

    def _member(
        self, wire: str, python: str, ref: dict[str, Any], model_required: bool, lenient: bool
    ) -> Member:
        target = ref["shape"]
        convert = self.conversions
        return Member(
            name=python,
            wire_name=wire,
            shape=target,
            type=convert.annotation(target),
            required=model_required and not lenient,
            model_required=model_required,
            sensitive=self._sensitive(target),
            deprecated=bool(ref.get("deprecated")),
            doc=self._doc(ref.get("documentation") or self.shapes[target].get("documentation", "")),
            from_dict=convert.expression(target, "from_dict", "value"),
            to_dict=convert.expression(target, "to_dict", f"self.{python}"),
            from_wire=convert.expression(target, "from_wire", "value"),
            to_wire=convert.expression(target, "to_wire", f"self.{python}"),
            rule=convert.rule(target, wire, model_required),
        )

    def _sensitive(self, name: str) -> bool:
        shape = self.shapes[name]
        if shape.get("sensitive"):
            return True
        if shape["type"] == "list":
            return self._sensitive(shape["member"]["shape"])
        if shape["type"] == "map":
            return self._sensitive(shape["value"]["shape"])
        return False

    def _shape_imports(self, members: list[Member], deps: list[str]) -> list[str]:
        """The module's import block: standard library, a blank line, then the package."""
        sensitive = any(m.sensitive for m in members)
        stdlib = [
            "from collections.abc import Mapping",
            f"from dataclasses import dataclass{', field' if sensitive else ''}",
            "from typing import Any, ClassVar",
        ]
        if any("datetime" in m.type for m in members):
            stdlib.append("from datetime import datetime")
        local = [self._import_line(d, ".") for d in deps]
        local.append("from .._runtime.shapes import Rule, Shape")
        if sensitive:
            local.append("from .._runtime.reprs import masked_repr")
        helpers = self.conversions.helpers(m.shape for m in members)
        if helpers:
            local.append(f"from .._runtime.values import {', '.join(sorted(helpers))}")
        return _import_block(sorted(stdlib), sorted(local))

    def _import_line(self, name: str, package: str) -> str:
        return f"from {package}{self.modules[name]} import {self.class_names[name]}"

    def enum(self, name: str) -> Enum:
        shape = self.shapes[name]
        values = list(dict.fromkeys(shape["enum"]))
        names = naming.constant_names(values)
        return Enum(
            name=name,
            class_name=self.class_names[name],
            module=self.modules[name],
            **self._docs(shape.get("documentation", "")),
            values=[EnumValue(n, v) for n, v in zip(names, values, strict=True)],
        )

    def error(self, name: str) -> ErrorShape:
        shape = self.shapes[name]
        wire_names = [wire for wire in shape.get("members", {}) if wire.lower() != "message"]
        python_names = naming.error_member_names(wire_names, self.class_names.values())
        members = [
            self._member(wire, python, shape["members"][wire], False, True)
            for wire, python in zip(wire_names, python_names, strict=True)
        ]
        return ErrorShape(
            name=name,
            class_name=self.class_names[name],
            code=shape.get("error", {}).get("code", name),
            **self._docs(shape.get("documentation", "")),
            members=members,
            fault=bool(shape.get("fault")),
        )

    # -- operations -----------------------------------------------------------

    def operation(self, name: str, method: str, structures: dict[str, Structure],
                  errors: dict[str, ErrorShape]) -> Operation:
        op = self.model.service["operations"][name]
        input_shape = structures.get(op.get("input", {}).get("shape", ""))
        output_shape = structures.get(op.get("output", {}).get("shape", ""))
        op_errors = [errors[e["shape"]] for e in op.get("errors", [])]
        text = html_to_text(op.get("documentation", ""), DOC_WIDTH)
        operation = Operation(
            name=name,
            method=method,
            module=method,
            doc="",
            summary=docstring_body(summary(text)),
            http_method=op.get("http", {}).get("method", "POST"),
            request_uri=op.get("http", {}).get("requestUri", "/"),
            target=f"{self.metadata['targetPrefix']}.{name}",
            input=input_shape,
            output=output_shape,
            errors=op_errors,
            deprecated=bool(op.get("deprecated")),
            deprecated_arguments=[m.name for m in input_shape.members if m.deprecated]
            if input_shape
            else [],
            paginator=self._paginator(name, input_shape, output_shape),
            imports=sorted(
                {self._import_line(s.name, "..shapes.") for s in (input_shape, output_shape) if s}
            ),
        )
        return replace(operation, doc=operation_docstring(operation, docstring_body(text)))

    def _paginator(self, name: str, request: Structure | None,
                   result: Structure | None) -> Paginator | None:
        config = self.model.paginators.get("pagination", {}).get(name)
        if config is None or request is None or result is None:
            return None
        keys = [config.get(k) for k in ("input_token", "output_token", "result_key")]
        if not all(isinstance(k, str) and "." not in k for k in keys):
            return None  # multi-token and path-expression paginators are not supported yet
        request_names = {m.wire_name: m for m in request.members}
        result_names = {m.wire_name: m for m in result.members}
        items = result_names[keys[2]]
        items_shape = self.shapes[items.shape]
        tokens = (request_names[keys[0]].type, result_names[keys[1]].type)
        if items_shape["type"] != "list" or tokens != ("str", "str"):
            return None  # items in a map or structure, or tokens that are not strings
        limit = config.get("limit_key")
        return Paginator(
            input_token=request_names[keys[0]].name,
            output_token=result_names[keys[1]].name,
            result_key=items.name,
            item_type=self.conversions.annotation(items_shape["member"]["shape"]),
            limit_key=request_names[limit].name if limit in request_names else None,
            class_name=self.paginator_classes[name],
        )

    # -- service --------------------------------------------------------------

    def service(self, package: str | None) -> Service:
        structures = {
            name: self.structure(name)
            for name in sorted(self.modules)
            if self.shapes[name]["type"] == "structure"
        }
        enums = [self.enum(n) for n in sorted(self.modules) if self.shapes[n]["type"] == "string"]
        errors = {name: self.error(name) for name in sorted(self.error_shapes)}
        methods = naming.method_names(
            self.model.service["operations"],
            taken=[*self.class_names.values(), *self.paginator_classes.values()],
        )
        operations = [
            self.operation(name, methods[name], structures, errors)
            for name in sorted(self.model.service["operations"])
        ]
        service_id = self.metadata["serviceId"]
        rules = self.model.endpoint_rule_set
        return Service(
            name=service_id,
            full_name=self.metadata.get("serviceFullName", service_id),
            package=package or naming.package_name(service_id),
            client_class=self.client_class,
            base_error=self.base_error,
            api_version=self.metadata.get("apiVersion", ""),
            endpoint_prefix=self.metadata["endpointPrefix"],
            signing_name=self.metadata.get("signingName", self.metadata["endpointPrefix"]),
            target_prefix=self.metadata["targetPrefix"],
            json_version=self.metadata["jsonVersion"],
            doc=self._doc(self.model.service.get("documentation", "")),
            operations=operations,
            structures=list(structures.values()),
            enums=enums,
            errors=list(errors.values()),
            paginated=[op for op in operations if op.paginator],
            client_imports=self._type_imports(operations, for_client=True),
            paginator_imports=self._type_imports(
                [op for op in operations if op.paginator], for_client=False
            ),
            client_warns=any(op.deprecated or op.deprecated_arguments for op in operations),
            error_imports=self._error_imports(list(errors.values())),
            has_endpoint_rules=rules is not None,
            endpoint_rule_set_json=json.dumps(rules, indent=1, sort_keys=True) if rules else "",
            endpoint_table_json=endpoint_table_json(rules, self.model.service_path.parent),
            botocore_version=self.botocore_version,
            generator_version=_generator_version(),
        )

    def _type_imports(self, operations: list[Operation], *, for_client: bool) -> list[str]:
        """Type-checking imports of the classes named in the client's (or the paginators')
        signatures."""
        annotations: list[str] = []
        for op in operations:
            annotations += [m.type for m in (op.input.members if op.input else [])]
            annotations += [op.output.class_name] if op.output else []
            if op.paginator and not for_client:
                annotations.append(op.paginator.item_type)
        words = set(_IDENTIFIER.findall(" ".join(annotations)))
        by_class = {self.class_names[n]: n for n in self.modules}
        stdlib = ["from datetime import datetime"] if "datetime" in words else []
        local = [_from_import(".shapes", sorted(words & set(by_class)))]
        if for_client:
            classes = [op.paginator.class_name for op in operations if op.paginator]
            local.append(_from_import(".paginators", classes))
        return _import_block(stdlib, [line for line in local if line])

    def _error_imports(self, errors: list[ErrorShape]) -> list[str]:
        members = [m for error in errors for m in error.members]
        words = set(_IDENTIFIER.findall(" ".join(m.type for m in members)))
        stdlib = []
        if members:
            stdlib = ["from collections.abc import Mapping", "from typing import Any"]
        if "datetime" in words:
            stdlib.append("from datetime import datetime")
        local = ["from ._runtime.errors import ServiceError"]
        local += [
            self._import_line(name, ".shapes.")
            for name in sorted(self.modules, key=lambda n: self.modules[n])
            if self.class_names[name] in words
        ]
        helpers = self.conversions.helpers((m.shape for m in members), ["from_wire"])
        if helpers:
            local.append(f"from ._runtime.values import {', '.join(sorted(helpers))}")
        return _import_block(sorted(stdlib), sorted(local))

    def _doc(self, html: str) -> str:
        return docstring_body(html_to_text(html, DOC_WIDTH))

    @staticmethod
    def _docs(html: str) -> dict[str, str]:
        """``doc`` and ``summary`` from one conversion of the model's HTML."""
        text = html_to_text(html, DOC_WIDTH)
        return {"doc": docstring_body(text), "summary": docstring_body(summary(text))}


def _import_block(stdlib: list[str], local: list[str]) -> list[str]:
    """Standard-library imports, a blank line, then the package's own (as isort groups them)."""
    return [*stdlib, "", *local] if stdlib and local else [*stdlib, *local]


def _from_import(module: str, names: list[str]) -> str:
    """One import statement (black splits it when long); "" when there is nothing to import."""
    return f"from {module} import ({', '.join(names)})" if names else ""


def _generator_version() -> str:
    from . import __version__

    return __version__
