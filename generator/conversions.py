"""Type annotations and value conversions for every shape kind, as Python source.

Four directions exist: ``from_dict``/``to_dict`` between attributes and the dict boto3
accepts and returns, ``from_wire``/``to_wire`` between attributes and the JSON body.
They differ only for timestamps (epoch seconds on the wire, datetime in dicts), blobs
(base64 on the wire, bytes in dicts) and, when writing, floats (botocore sends a Decimal
as a float and infinities and NaN as strings). An expression for a value that needs no
conversion is the value itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

Direction = Literal["from_dict", "to_dict", "from_wire", "to_wire"]
DIRECTIONS: tuple[Direction, ...] = ("from_dict", "to_dict", "from_wire", "to_wire")

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
    "timestamp": "datetime",
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


class Conversions:
    """Annotations and conversion expressions for the shapes of one model."""

    def __init__(
        self,
        shapes: dict[str, Any],
        class_names: dict[str, str],
        reads_wire: set[str],
        writes_wire: set[str],
    ) -> None:
        self.shapes = shapes
        self.class_names = class_names
        self.reads_wire = reads_wire
        """Structures whose ``from_wire`` differs from ``from_dict``."""
        self.writes_wire = writes_wire
        """Structures whose ``to_wire`` differs from ``to_dict``."""

    def is_enum(self, name: str) -> bool:
        shape = self.shapes[name]
        return shape["type"] == "string" and "enum" in shape

    def annotation(self, name: str) -> str:
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            return "Any" if shape.get("document") else self.class_names[name]
        if kind == "list":
            return f"list[{self.annotation(shape['member']['shape'])}]"
        if kind == "map":
            key = self.annotation(shape["key"]["shape"])
            return f"dict[{key}, {self.annotation(shape['value']['shape'])}]"
        if self.is_enum(name):
            return f"{self.class_names[name]} | str"
        return SCALAR_TYPES[kind]

    def expression(self, name: str, direction: Direction, value: str) -> str:
        """Source converting ``value`` (known not to be None) in ``direction``."""
        return self._convert(name, direction, value, 0) or value

    def _convert(self, name: str, direction: Direction, value: str, depth: int) -> str | None:
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            return self._structure(name, direction, value)
        if kind == "list":
            item = f"item{depth or ''}"
            inner = self._item(shape["member"]["shape"], direction, item, depth + 1)
            if inner is None:
                return None
            return f"[{inner} for {item} in {value}]"
        if kind == "map":
            key, item = f"key{depth or ''}", f"item{depth or ''}"
            inner = self._item(shape["value"]["shape"], direction, item, depth + 1)
            if inner is None:
                return None
            return f"{{{key}: {inner} for {key}, {item} in {value}.items()}}"
        if self.is_enum(name) and direction.startswith("from"):
            return f"open_enum({self.class_names[name]}, {value})"
        if kind == "timestamp":
            return self._timestamp(shape, direction, value)
        if kind in FLOAT_KINDS and direction == "to_wire":
            return f"float_to_wire({value})"
        if kind == "blob":
            return {
                "from_dict": f"blob_from_dict({value})",
                "from_wire": f"blob_from_wire({value})",
                "to_wire": f"blob_to_wire({value})",
            }.get(direction)
        return None

    def _structure(self, name: str, direction: Direction, value: str) -> str | None:
        if self.shapes[name].get("document"):
            return None
        if direction.startswith("from"):
            return f"{self.class_names[name]}.{direction}({value})"
        return f"{value}.{direction}()"

    def _item(self, name: str, direction: Direction, item: str, depth: int) -> str | None:
        """A list item or map value; botocore keeps null ones from a response as None.

        Reading guards them inline (the value is untyped there). ``to_dict`` gives a null
        structure item back through ``shape_to_dict``, so the typed attribute needs no
        comparison with None that a type checker would call unnecessary. ``to_wire`` has no
        guard: a null item is invalid input (botocore's validator rejects it).
        """
        inner = self._convert(name, direction, item, depth)
        if inner is None:
            return None
        if direction.startswith("from"):
            return f"None if {item} is None else {inner}"
        if direction == "to_dict" and self.shapes[name]["type"] == "structure":
            return f"shape_to_dict({item})"
        return inner

    @staticmethod
    def _timestamp(shape: dict[str, Any], direction: Direction, value: str) -> str | None:
        if direction.startswith("from"):
            return f"parse_timestamp({value})"
        if direction == "to_wire":
            writer = TIMESTAMP_WRITERS[shape.get("timestampFormat", "unixtimestamp").lower()]
            return f"{writer}({value})"
        return None

    def rule(self, name: str, wire: str = "", required: bool = False) -> str:
        """Source of the validation ``Rule`` for a member (or list item) of this shape."""
        shape = self.shapes[name]
        kind = shape["type"]
        # Double quotes, as black writes them: output black leaves alone formats in one pass.
        arguments = [json.dumps(wire), json.dumps(RULE_KINDS.get(kind, kind))]
        if kind == "structure" and shape.get("document"):
            arguments[1] = json.dumps("any")
        if required:
            arguments.append("required=True")
        if "min" in shape:
            arguments.append(f"min={shape['min']!r}")
        if kind == "map" and "min" in self.shapes[shape["key"]["shape"]]:
            arguments.append(f"key={self.rule(shape['key']['shape'])}")
        if kind in ("list", "map"):
            item = shape["member" if kind == "list" else "value"]["shape"]
            arguments.append(f"item={self.rule(item)}")
        return f"Rule({', '.join(arguments)})"

    def helpers(
        self, names: Iterable[str], directions: Iterable[Direction] = DIRECTIONS
    ) -> set[str]:
        """The runtime helpers the conversions of these shapes call in these directions."""
        found: set[str] = set()
        directions = tuple(directions)
        for name in names:
            for direction in directions:
                source = self._convert(name, direction, "v", 0) or ""
                found.update(h for h in _HELPERS if f"{h}(" in source)
        return found


_HELPERS = (
    "open_enum",
    "parse_timestamp",
    "blob_from_dict",
    "blob_from_wire",
    "blob_to_wire",
    "float_to_wire",
    "shape_to_dict",
    *TIMESTAMP_WRITERS.values(),
)
