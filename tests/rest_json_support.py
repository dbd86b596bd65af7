"""Helpers for the rest-json wire tests: botocore-valid example inputs and outputs built
from a model, and a way to capture the request each client would send, unsent.

The examples are deterministic and set every member (or only the required ones), with
values that exercise the wire rules: URI labels with slashes, spaces and non-ASCII
characters, timestamps with microseconds, lists of two items, enum values, blobs that
are not UTF-8.
"""

from __future__ import annotations

import base64
import calendar
from datetime import UTC, datetime
from typing import Any

import botocore.model

MOMENT = datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC)
TEXT = "a b/c+d~e:ü"
BLOB = b"\x00\xffblob"
MAX_DEPTH = 5


def example_input(shape: botocore.model.StructureShape, full: bool = True) -> dict[str, Any]:
    """Parameters botocore's validator accepts, in model order: every member, or only
    the required ones."""
    return _structure(shape, full, 0, top=True)


def _structure(
    shape: botocore.model.StructureShape, full: bool, depth: int, top: bool = False
) -> dict[str, Any]:
    required = set(shape.required_members)
    names = [n for n in shape.members if (full and depth < MAX_DEPTH) or n in required]
    if shape.is_tagged_union:
        names = names[:1] or list(shape.members)[:1]
    return {
        name: _value(shape.members[name], full, depth + 1, top) for name in names
    }


def _value(shape: botocore.model.Shape, full: bool, depth: int, top: bool = False) -> Any:
    kind = shape.type_name
    if kind == "structure":
        if shape.is_document_type:
            return {"doc": [1, "two", {"three": None}]}
        assert isinstance(shape, botocore.model.StructureShape)
        return _structure(shape, full, depth)
    if kind == "list":
        assert isinstance(shape, botocore.model.ListShape)
        return [_value(shape.member, full, depth), _value(shape.member, full, depth)]
    if kind == "map":
        assert isinstance(shape, botocore.model.MapShape)
        value = _value(shape.value, full, depth)
        return {"key-1": value, "Key-2": value}
    if kind == "string":
        if shape.enum:
            return shape.enum[0]
        if top and shape.serialization.get("jsonvalue"):
            return {"a": [1, "b"], "c": None}
        if shape.serialization.get("hostLabel"):
            return "label-1"
        text = TEXT
        minimum = shape.metadata.get("min", 0)
        return text + "x" * max(0, minimum - len(text))
    if kind in ("integer", "long"):
        return max(7, shape.metadata.get("min", 0))
    if kind in ("float", "double"):
        return max(1.5, shape.metadata.get("min", 0))
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return MOMENT
    if kind == "blob":
        return BLOB
    raise AssertionError(f"no example for {kind}")


def example_output(
    shape: botocore.model.StructureShape,
) -> tuple[int, dict[str, str], bytes, dict[str, Any]]:
    """A response for ``shape``: status, headers, body, and the body as JSON (``{}``
    when the body is a raw payload)."""
    import json

    status, headers, document = 200, {}, {}
    payload = shape.serialization.get("payload")
    for name, member in shape.members.items():
        location = member.serialization.get("location")
        wire = member.serialization.get("name", name)
        value = _value(member, True, 1, top=True)
        if location == "statusCode":
            status = 203
        elif location == "header":
            headers[wire] = _header_text(member, value)
        elif location == "headers":
            for key, item in value.items():
                headers[wire + key] = str(item)
        elif name == payload:
            if member.type_name in ("blob", "string"):
                body = BLOB if member.type_name == "blob" else TEXT.encode()
                return status, headers, body, {}
            document = _wire(member, value)
            return status, headers, json.dumps(document).encode(), document
        elif location is None:
            document[wire] = _wire(member, value)
    return status, headers, json.dumps(document).encode(), document


def _header_text(shape: botocore.model.Shape, value: Any) -> str:
    import json

    kind = shape.type_name
    if kind == "timestamp":
        return "Thu, 29 Feb 2024 23:59:58 GMT"
    if kind == "list":
        return ", ".join(_header_text(shape.member, item) for item in value)  # type: ignore[attr-defined]
    if kind == "boolean":
        return "true"
    if shape.serialization.get("jsonvalue"):
        return base64.b64encode(json.dumps(value).encode()).decode()
    if kind == "blob":
        return base64.b64encode(value).decode()
    return str(value)


def _wire(shape: botocore.model.Shape, value: Any) -> Any:
    """``value`` as a JSON body carries it."""
    kind = shape.type_name
    if kind == "structure" and not shape.is_document_type:
        assert isinstance(shape, botocore.model.StructureShape)
        return {
            shape.members[k].serialization.get("name", k): _wire(shape.members[k], v)
            for k, v in value.items()
        }
    if kind == "list":
        return [_wire(shape.member, v) for v in value]  # type: ignore[attr-defined]
    if kind == "map":
        return {k: _wire(shape.value, v) for k, v in value.items()}  # type: ignore[attr-defined]
    if kind == "timestamp":
        return calendar.timegm(value.utctimetuple()) + value.microsecond / 10**6
    if kind == "blob":
        return base64.b64encode(value).decode()
    return value
