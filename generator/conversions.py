"""Type annotations and value conversions for every shape kind, as objects.

Four directions exist: ``from_dict``/``to_dict`` between attributes and the dict boto3
accepts and returns, ``from_wire``/``to_wire`` between attributes and the protocol's
body. For JSON bodies they differ only for timestamps (epoch seconds on the wire unless
``timestampFormat`` says otherwise, datetime in dicts), blobs (base64 on the wire, bytes
in dicts) and floats (botocore sends a Decimal as a float and infinities and NaN as the
strings "Infinity", "-Infinity" and "NaN"; read back, those are floats again, where
botocore's JSON parser leaves them strings). A value that needs no conversion is the
value itself; every expression reports the runtime helpers and classes it calls as
imports.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from .model import (
    AnyShape,
    DocumentShape,
    EnumShape,
    IntEnumShape,
    ListShape,
    MapShape,
    Member,
    Ref,
    ScalarShape,
    ServiceModel,
    StructureShape,
)
from .protocols import WireProtocol
from .types import (
    ANY,
    DATETIME,
    Expr,
    Import,
    TypeRef,
    builtin,
    call,
    dict_of,
    list_of,
    local,
    mapping_of,
    named,
    runtime,
    sequence_of,
)

Direction = Literal["from_dict", "to_dict", "from_wire", "to_wire"]

SCALAR_TYPES = {
    "string": "str",
    "character": "str",
    "integer": "int",
    "long": "int",
    "short": "int",
    "byte": "int",
    "biginteger": "int",
    "float": "float",
    "double": "float",
    "bigdecimal": "float",
    "boolean": "bool",
    "blob": "bytes",
}
RULE_KINDS = {
    "character": "string",
    "long": "integer",
    "short": "integer",
    "byte": "integer",
    "biginteger": "integer",
    "double": "float",
    "bigdecimal": "float",
}
FLOAT_KINDS = frozenset({"float", "double"})
TIMESTAMP_WRITERS = {
    "unixtimestamp": "timestamp_to_epoch",
    "iso8601": "timestamp_to_iso8601",
    "rfc822": "timestamp_to_rfc822",
}
RULE = runtime("shapes", "Rule")


def helper(name: str) -> Import:
    """A conversion function of the runtime (``_runtime/values.py``)."""
    return runtime("values", name)


@dataclass(frozen=True)
class ShapeClass:
    """The Python class generated for a structure or enum, and its module under shapes/."""

    name: str
    module: str
    dict_name: str = ""
    """Its TypedDict, the dict form client methods accept; "" when no input holds it."""

    @property
    def source(self) -> Import:
        return local(f"shapes.{self.module}", self.name)

    @property
    def dict_source(self) -> Import:
        return local(f"shapes.{self.module}", self.dict_name)


class Conversions:
    """Annotations, conversion expressions and validation rules for one model's shapes."""

    def __init__(
        self, model: ServiceModel, protocol: WireProtocol, classes: Mapping[str, ShapeClass]
    ) -> None:
        self.model = model
        self.protocol = protocol
        self.classes = classes

    def annotation(self, name: str) -> TypeRef:
        shape = self.model.shape(name)
        if isinstance(shape, StructureShape):
            return named(self.classes[name].name, self.classes[name].source)
        if isinstance(shape, DocumentShape):
            return ANY
        if isinstance(shape, ListShape):
            return list_of(self.annotation(shape.member.target))
        if isinstance(shape, MapShape):
            return dict_of(self.annotation(shape.key.target), self.annotation(shape.value.target))
        if isinstance(shape, EnumShape):
            enum = self.classes[name]
            return named(enum.name, enum.source) | builtin("str")
        if isinstance(shape, IntEnumShape):
            return builtin("int")
        if shape.kind == "timestamp":
            return DATETIME
        return builtin(SCALAR_TYPES[shape.kind])

    def argument_annotation(self, name: str) -> TypeRef:
        """A keyword argument's annotation: a structure given as its dataclass or its
        TypedDict; lists and maps holding structures read-only (``Sequence``,
        ``Mapping``), so that a ``list[Tag]`` passes where ``Tag | TagDict`` items are
        accepted."""
        return self._accepted(name, dataclass=True)

    def dict_annotation(self, name: str) -> TypeRef:
        """A TypedDict value's annotation: structures as their TypedDicts."""
        return self._accepted(name, dataclass=False)

    def _accepted(self, name: str, dataclass: bool) -> TypeRef:
        shape = self.model.shape(name)
        if isinstance(shape, StructureShape) and self.classes[name].dict_name:
            cls = self.classes[name]
            typed = named(cls.dict_name, cls.dict_source)
            return named(cls.name, cls.source) | typed if dataclass else typed
        if isinstance(shape, ListShape):
            item = self._accepted(shape.member.target, dataclass)
            if item != self.annotation(shape.member.target):
                return sequence_of(item)
        if isinstance(shape, MapShape):
            value = self._accepted(shape.value.target, dataclass)
            if value != self.annotation(shape.value.target):
                return mapping_of(self.annotation(shape.key.target), value)
        return self.annotation(name)

    def expression(
        self, ref: Ref, direction: Direction, value: str, bound: bool = False
    ) -> Expr:
        """Source converting ``value`` (known not to be None) in ``direction``; a
        ``bound`` member's wire value is its attribute value, which the runtime
        protocol formats for the URI, query string or headers (or sends as the body)."""
        if bound and direction.endswith("wire"):
            return Expr(value)
        return self._convert(ref, direction, Expr(value), 0) or Expr(value)

    def bound(self, owner: str, ref: Ref) -> bool:
        """Whether a member of structure ``owner`` is bound outside the JSON body, or
        is a blob or string payload (the raw body)."""
        if self.protocol.binds(ref.location):
            return True
        shape = self.model.shape(owner)
        target = self.model.shape(ref.target)
        if isinstance(shape, StructureShape) and shape.event and ref.event_payload:
            # An event's blob or string payload: as the message holds it, not base64.
            return isinstance(target, ScalarShape) and target.kind in ("blob", "string")
        return (
            isinstance(shape, StructureShape)
            and self.protocol.payload(shape) == getattr(ref, "name", None)
            and isinstance(target, ScalarShape)
            and target.kind in ("blob", "string")
        )

    def _convert(self, ref: Ref, direction: Direction, value: Expr, depth: int) -> Expr | None:
        shape = self.model.shape(ref.target)
        if isinstance(shape, StructureShape):
            return self._structure(ref.target, direction, value)
        if isinstance(shape, ListShape):
            item = f"item{depth or ''}"
            inner = self._item(shape.member, direction, item, depth + 1)
            if inner is None:
                return None
            return Expr(f"[{inner} for {item} in {value}]", inner.imports | value.imports)
        if isinstance(shape, MapShape):
            key, item = f"key{depth or ''}", f"item{depth or ''}"
            inner = self._item(shape.value, direction, item, depth + 1)
            if inner is None:
                return None
            code = f"{{{key}: {inner} for {key}, {item} in {value}.items()}}"
            return Expr(code, inner.imports | value.imports)
        if isinstance(shape, EnumShape) and direction.startswith("from"):
            enum = self.classes[ref.target]
            return call(helper("open_enum"), Expr(enum.name, frozenset({enum.source})), value)
        if isinstance(shape, ScalarShape):
            return self._scalar(shape, ref, direction, value)
        return None

    def _structure(self, name: str, direction: Direction, value: Expr) -> Expr:
        if direction.startswith("from"):
            structure = self.classes[name]
            code = f"{structure.name}.{direction}({value})"
            return Expr(code, value.imports | {structure.source})
        return Expr(f"{value}.{direction}()", value.imports)

    def _item(self, ref: Ref, direction: Direction, item: str, depth: int) -> Expr | None:
        """A list item or map value; botocore keeps null ones from a response as None.

        Reading guards them inline (the value is untyped there). ``to_dict`` gives a null
        structure item back through ``shape_to_dict``, so the typed attribute needs no
        comparison with None that a type checker would call unnecessary. ``to_wire`` has no
        guard: a null item is invalid input (botocore's validator rejects it).
        """
        inner = self._convert(ref, direction, Expr(item), depth)
        if inner is None:
            return None
        if direction.startswith("from"):
            return Expr(f"None if {item} is None else {inner}", inner.imports)
        if direction == "to_dict" and isinstance(self.model.shape(ref.target), StructureShape):
            return call(helper("shape_to_dict"), Expr(item))
        return inner

    def _scalar(
        self, shape: ScalarShape, ref: Ref, direction: Direction, value: Expr
    ) -> Expr | None:
        if shape.kind == "timestamp":
            if direction.startswith("from"):
                return call(helper("parse_timestamp"), value)
            if direction == "to_wire":
                return call(helper(TIMESTAMP_WRITERS[self.timestamp_format(ref, shape)]), value)
            return None
        if shape.kind in FLOAT_KINDS and direction in ("to_wire", "from_wire"):
            return call(helper(f"float_{direction}"), value)
        if shape.kind == "blob" and direction != "to_dict":
            return call(helper(f"blob_{direction}"), value)
        return None

    def timestamp_format(self, ref: Ref, shape: ScalarShape) -> str:
        """The member's format, else its shape's, else the protocol's default for a body."""
        return ref.timestamp_format or shape.timestamp_format or self.protocol.body_timestamp_format

    def differs(self, name: str, direction: Literal["from", "to"]) -> bool:
        """Whether a structure's wire form differs from its dict form in that direction."""
        wire: Direction = "from_wire" if direction == "from" else "to_wire"
        plain: Direction = "from_dict" if direction == "from" else "to_dict"
        for target in self.model.reachable([name]):
            for ref in self.model.refs(target):
                if isinstance(ref, Member) and ref.wire_name != ref.name:
                    return True  # keyed by its wire name on the wire, its name in dicts
                if not isinstance(self.model.shape(ref.target), ScalarShape):
                    continue  # containers and structures differ only if their leaves do
                bound = self.bound(target, ref)
                if (self.expression(ref, wire, "v", bound).code
                        != self.expression(ref, plain, "v").code):
                    return True
        return False

    def rule(
        self, ref: Ref, wire: str = "", required: bool = False, kind: str | None = None
    ) -> Expr:
        """The validation ``Rule`` for a member (or list item, or map key or value);
        ``kind`` overrides the shape's (``any`` for a JSON value, ``stream``)."""
        shape = self.model.shape(ref.target)
        # A structure's kind is its class, by the name the module holding the rule
        # imports it under: the runtime turns a dict given for it into that class.
        kind = kind or _rule_kind(shape, self.classes)
        # Double quotes, as black writes them: output black leaves alone formats in one pass.
        arguments = [json.dumps(wire), json.dumps(kind)]
        if required:
            arguments.append("required=True")
        minimum = getattr(shape, "min", None)
        if minimum is not None and kind != "any":
            arguments.append(f"min={_number(minimum)}")
        if isinstance(shape, MapShape) and getattr(self.model.shape(shape.key.target), "min", None):
            arguments.append(f"key={self.rule(shape.key)}")
        imports = {RULE}
        if isinstance(shape, ListShape | MapShape):
            item = self.rule(shape.member if isinstance(shape, ListShape) else shape.value)
            arguments.append(f"item={item}")
            imports |= item.imports
        if isinstance(shape, StructureShape):
            imports.add(self.classes[ref.target].source)
        return Expr(f"Rule({', '.join(arguments)})", frozenset(imports))


def _rule_kind(shape: AnyShape, classes: Mapping[str, ShapeClass]) -> str:
    if isinstance(shape, StructureShape):
        return classes[shape.name].name
    if isinstance(shape, DocumentShape):
        return "any"
    if isinstance(shape, ListShape):
        return "list"
    if isinstance(shape, MapShape):
        return "map"
    if isinstance(shape, EnumShape):
        return "string"
    if isinstance(shape, IntEnumShape):
        return "integer"
    return RULE_KINDS.get(shape.kind, shape.kind)


def _number(value: int | float) -> str:
    """A constraint as Python source; a bound no value can reach is no bound at all."""
    if isinstance(value, float) and not math.isfinite(value):
        return "None"
    return repr(value)
