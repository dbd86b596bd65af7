"""The one place where Python names are decided.

Wire names never change; only the Python identifiers derived from them do. Every rule
here is deterministic: the same model always gives the same names.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

from botocore import xform_name

# Attributes every generated dataclass has; a member may not shadow them.
SHAPE_RESERVED = frozenset({"from_dict", "to_dict", "from_wire", "to_wire", "validate"})
# Attributes of the generated error classes; `message` is deliberately absent because a
# modelled `message` member is the error message.
ERROR_RESERVED = frozenset(
    {"code", "http_status", "request_id", "response", "args", "with_traceback", "add_note"}
)
# Client attributes an operation method may not take over.
CLIENT_RESERVED = frozenset({"meta", "close", "get_paginator", "can_paginate"})
# Module names inside a generated package that a shape module may not reuse.
RESERVED_MODULES = frozenset({"__init__"})
# Names a generated module imports; a shape class with one of these names would shadow them.
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Mapping", "Sequence", "Self", "datetime", "dataclass", "field", "StrEnum",
     "TYPE_CHECKING", "annotations", "Client", "Operation", "ServiceError", "Paginator"}
)

_NOT_IDENTIFIER = re.compile(r"\W+")


def snake_case(name: str) -> str:
    """The snake_case form boto3 uses (``botocore.xform_name``)."""
    return str(xform_name(name))


def identifier(name: str) -> str:
    """Turn any string into a valid identifier, keeping it recognisable."""
    cleaned = _NOT_IDENTIFIER.sub("_", name).strip("_") or "_"
    if cleaned[0].isdigit():
        cleaned = "_" + cleaned
    return cleaned


def escape(name: str, reserved: Iterable[str] = ()) -> str:
    """Append ``_`` to names that are keywords, builtins we rely on, or reserved here."""
    reserved_names = frozenset(reserved)
    while keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved_names:
        name += "_"
    return name


def unique(names: Iterable[str]) -> list[str]:
    """Make names unique in order of appearance: later duplicates get ``_2``, ``_3``..."""
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        candidate, counter = name, 2
        while candidate in seen:
            candidate = f"{name}_{counter}"
            counter += 1
        seen.add(candidate)
        result.append(candidate)
    return result


def member_names(wire_names: Iterable[str], reserved: Iterable[str] = SHAPE_RESERVED) -> list[str]:
    """Attribute names for a structure's members, in model order."""
    reserved = frozenset(reserved)
    return unique(escape(identifier(snake_case(name)), reserved) for name in wire_names)


def error_member_name(wire_name: str) -> str:
    """Attribute name of a modelled error member; ``code`` becomes ``code_member``."""
    name = escape(identifier(snake_case(wire_name)))
    return f"{name}_member" if name in ERROR_RESERVED else name


def class_names(shape_names: Iterable[str]) -> dict[str, str]:
    """Python class names for shapes: the model name when it is a usable identifier."""
    names = sorted(shape_names)
    chosen = unique(escape(_class_name(name), RESERVED_CLASS_NAMES) for name in names)
    return dict(zip(names, chosen, strict=True))


def _class_name(name: str) -> str:
    candidate = identifier(name)
    return candidate[0].upper() + candidate[1:] if candidate[0].islower() else candidate


def module_names(class_names_by_shape: dict[str, str]) -> dict[str, str]:
    """Module names (snake_case, unique, not reserved) for shape classes."""
    shapes = sorted(class_names_by_shape)
    wanted = (
        escape(identifier(snake_case(class_names_by_shape[s])).lower(), RESERVED_MODULES)
        for s in shapes
    )
    return dict(zip(shapes, unique(wanted), strict=True))


def method_names(operation_names: Iterable[str]) -> dict[str, str]:
    """Client method names as boto3 names them, escaped away from client attributes."""
    names = sorted(operation_names)
    chosen = unique(escape(identifier(snake_case(n)), CLIENT_RESERVED) for n in names)
    return dict(zip(names, chosen, strict=True))


def constant_name(value: str) -> str:
    """An enum member name for a wire value: ``ipv4-only`` -> ``IPV4_ONLY``."""
    name = identifier(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value)).upper()
    return escape(name if not name.startswith("_") else "V" + name)


def package_name(service_id: str) -> str:
    """Default package name: the service id in snake_case (``Lightsail`` -> ``lightsail``)."""
    return escape(identifier(service_id.replace(" ", "_").replace("-", "_")).lower())
