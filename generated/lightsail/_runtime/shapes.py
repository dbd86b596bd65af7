"""The base of generated dataclasses: client-side validation exactly as botocore does it.

botocore's ParamValidator (botocore/validate.py) checks required members, Python types,
and the model's ``min``: a minimum length for strings, lists and map keys, a minimum value
for numbers. It leaves ``max``, patterns, enums, blob sizes and map sizes to the service,
and so do we. A problem names the member's path, never its value, so sensitive values
cannot leak into an exception.

A structure may be given as its dataclass or as the dict boto3 accepts for it (keys as
in the model); validation turns such a dict into the dataclass, reporting what botocore
reports of a dict (unknown keys among them), so both forms send the same bytes.

Paths are written as the caller wrote the value: ``tags[0].key`` for attributes,
``deployment['containers']['web']`` for dict keys and map keys. Each problem also carries
its path in botocore's notation (model names: ``deployment.containers.web``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar, cast

from .errors import ParamValidationError, Problem
from .records import NamedTuple
from .reprs import masked_repr
from .values import parse_timestamp

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "float": (float, Decimal, int),
    "boolean": (bool,),
    "timestamp": (datetime, str, int, float),
    "blob": (bytes, bytearray, str),
    "stream": (object,),  # bytes, bytearray, str or a binary file: see _has_type
    "list": (list, tuple),
    "map": (dict,),
    "any": (object,),
}
_EXPECTED = {
    "string": "str",
    "integer": "int",
    "float": "float",
    "boolean": "bool",
    "timestamp": "datetime",
    "blob": "bytes",
    "stream": "bytes or a binary file",
    "list": "list",
    "map": "dict",
    "any": "any value",
}
_UNITS = {"string": "character", "list": "item"}
_VALUE_CHECKED = frozenset({"integer", "float"})
_SIMPLE = frozenset({"string", "integer", "boolean", "any"})
"""Kinds whose check is one isinstance and, with a ``min``, a comparison."""
TIMESTAMP_FORMATS = (
    "datetime, epoch seconds (int or float) or a str in ISO 8601 "
    "(2024-05-06T07:08:09Z), RFC 822 (Mon, 06 May 2024 07:08:09 GMT) or epoch seconds"
)
"""What a timestamp member accepts, as boto3 accepts it."""


class Rule(NamedTuple):
    """The checks on one member (or on the items, values or keys of a list or map)."""

    wire: str
    kind: str
    """The model's type (``string``, ``integer``, ``float``, ``boolean``, ``timestamp``,
    ``blob``, ``list``, ``map``, ``any``) or, for a structure, its class: the name the
    module of the class holding this rule imports it under (a dict given for the
    structure becomes an instance of it)."""
    required: bool = False
    min: int | float | None = None
    item: Rule | None = None
    """The rule for list items or map values."""
    key: Rule | None = None
    """The rule for map keys, when the key shape has constraints."""


class Shape:
    """Base class of every generated structure.

    Its ``__eq__`` and ``__repr__`` are the ones ``@dataclass`` would write (the repr
    masking sensitive members; no ``__hash__``, as with ``eq``): written once here
    rather than compiled for each class (``eq=False, repr=False``). The generator writes
    each class's ``__init__`` (``init=False``), so that ``@dataclass`` compiles nothing:
    creating a class, which every first use of a structure pays, costs a fraction.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {}
    UNION: ClassVar[bool] = False
    """A tagged union: exactly one member must be set."""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _compared(self) == _compared(other)

    def __repr__(self) -> str:
        return masked_repr(self)

    @classmethod
    def build(cls, **arguments: Any) -> Any:
        """An instance from the client's arguments, whose structures may still be dicts
        (`validate` converts them); untyped, since those arguments are wider than the
        fields."""
        return cls(**arguments)

    def validate(self) -> None:
        """Raise ParamValidationError listing every problem, with its path; turn the
        dicts given for structures into instances."""
        problems: list[Problem] = []
        self.collect_problems("", problems)
        if problems:
            raise ParamValidationError(problems)

    def collect_problems(
        self, path: str, problems: list[Problem], wire_path: str | None = None
    ) -> None:
        """Append this shape's problems; ``path`` is where the shape sits ("" at the top,
        where the members are the arguments of a call), ``wire_path`` the same in
        botocore's notation (the same as ``path`` when not given)."""
        if wire_path is None:
            wire_path = path
        owner = type(self)
        if self.UNION:
            chosen = [name for name in self.RULES if getattr(self, name) is not None]
            _check_union(owner, chosen, path, wire_path, problems)
        for attribute, rule in self.RULES.items():
            value = getattr(self, attribute)
            if value is None:
                if rule.required:
                    problems.append(
                        Problem(
                            f"{path}.{attribute}" if path else attribute,
                            "required, got None",
                            "missing",
                            f"{wire_path}.{rule.wire}" if wire_path else rule.wire,
                        )
                    )
                continue
            kind = rule.kind
            if (
                kind in _SIMPLE
                and isinstance(value, _TYPES[kind])
                and (rule.min is None or _meets_min(value, rule))
            ):
                continue  # the common case, without building its path
            checked = check_value(
                value,
                rule,
                f"{path}.{attribute}" if path else attribute,
                problems,
                wire_path=f"{wire_path}.{rule.wire}" if wire_path else rule.wire,
                owner=owner,
            )
            if checked is not value:
                setattr(self, attribute, checked)


def _check_union(
    cls: type[Shape],
    chosen: list[str],
    path: str,
    wire_path: str,
    problems: list[Problem],
) -> None:
    """Exactly one member of a tagged union set (``chosen``), as botocore requires."""
    if len(chosen) != 1:
        given = f"{len(chosen)} ({', '.join(chosen)})" if chosen else "none"
        problems.append(
            Problem(
                path or cls.__name__,
                f"set exactly one of {', '.join(cls.RULES)}, got {given}",
                "union",
                wire_path or cls.__name__,
            )
        )


def _compared(shape: Any) -> tuple[Any, ...]:
    return tuple(getattr(shape, f.name) for f in fields(shape) if f.compare)


def check_value(
    value: Any,
    rule: Rule,
    path: str,
    problems: list[Problem],
    *,
    wire_path: str | None = None,
    owner: type[Shape] | None = None,
) -> Any:
    """Append the problems of one value (not None) against its rule, and return it with
    every dict given for a structure turned into an instance (the value itself when
    there was none). ``owner`` is the shape class whose ``RULES`` hold ``rule``: its
    module imports the classes of the structures the rule names."""
    if wire_path is None:
        wire_path = path
    kind = rule.kind
    if kind not in _TYPES:
        return _check_structure(value, rule, path, wire_path, problems, owner)
    if not _has_type(value, kind):
        _wrong_type(value, rule, path, wire_path, problems)
        return value
    if rule.min is not None and not _meets_min(value, rule):
        _below_min(value, rule, path, wire_path, problems)
    if kind == "list" and rule.item is not None:
        return _check_items(value, rule.item, path, wire_path, problems, owner)
    if kind == "map":
        return _check_map(value, rule, path, wire_path, problems, owner)
    return value


def _check_structure(
    value: Any,
    rule: Rule,
    path: str,
    wire_path: str,
    problems: list[Problem],
    owner: type[Shape] | None,
) -> Any:
    if isinstance(value, Shape):
        value.collect_problems(path, problems, wire_path)
        return value
    cls = _shape_class(owner, rule.kind) if isinstance(value, dict) else None
    if cls is None:
        _wrong_type(value, rule, path, wire_path, problems)
        return cast(Any, value)
    return _from_dict(cls, cast("dict[Any, Any]", value), path, wire_path, problems)


def _from_dict(
    cls: type[Shape],
    data: dict[Any, Any],
    path: str,
    wire_path: str,
    problems: list[Problem],
) -> Shape:
    """An instance of ``cls`` from the dict boto3 accepts, its problems appended as
    botocore finds them in the dict: unknown keys, then each member in turn."""
    members = {rule.wire for rule in cls.RULES.values()}
    for key in data:
        if key not in members:
            problems.append(
                Problem(
                    f"{path}[{key!r}]",
                    f"unknown key; expected one of: {', '.join(sorted(members))}",
                    "unknown",
                    wire_path,
                )
            )
    arguments: dict[str, Any] = {}
    for attribute, rule in cls.RULES.items():
        value = data.get(rule.wire)
        where = f"{path}[{rule.wire!r}]"
        member_wire = f"{wire_path}.{rule.wire}" if wire_path else rule.wire
        if value is None:
            if rule.required:
                reason = (
                    "required, got None" if rule.wire in data else "required, missing"
                )
                problems.append(Problem(where, reason, "missing", member_wire))
        else:
            value = check_value(
                value, rule, where, problems, wire_path=member_wire, owner=cls
            )
        arguments[attribute] = value
    if cls.UNION:
        chosen = [name for name, value in arguments.items() if value is not None]
        _check_union(cls, chosen, path, wire_path, problems)
    return cls(**arguments)


def _shape_class(owner: type[Shape] | None, name: str) -> type[Shape] | None:
    """The class a structure rule names, from the module of the class holding the rule."""
    if owner is None:
        return None
    module = sys.modules.get(owner.__module__)
    found = getattr(module, name, None)
    if isinstance(found, type) and issubclass(found, Shape):
        return found
    return None


def _check_items(
    value: Any,
    rule: Rule,
    path: str,
    wire_path: str,
    problems: list[Problem],
    owner: type[Shape] | None,
) -> Any:
    changed: list[Any] | None = None
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        checked = _check_member(
            item, rule, where, f"{wire_path}[{index}]", problems, owner
        )
        if checked is not item and changed is None:
            changed = list(value[:index])
        if changed is not None:
            changed.append(checked)
    return value if changed is None else changed


def _check_map(
    value: Any,
    rule: Rule,
    path: str,
    wire_path: str,
    problems: list[Problem],
    owner: type[Shape] | None,
) -> Any:
    changed: dict[Any, Any] | None = None
    for key, item in value.items():
        if rule.key is not None:
            _check_member(
                key,
                rule.key,
                f"{path} (key {key!r})",
                f"{wire_path} (key: {key})",
                problems,
                owner,
            )
        if rule.item is not None:
            checked = _check_member(
                item,
                rule.item,
                f"{path}[{key!r}]",
                f"{wire_path}.{key}",
                problems,
                owner,
            )
            if checked is not item and changed is None:
                changed = dict(value)
            if changed is not None:
                changed[key] = checked
    return value if changed is None else changed


def _check_member(
    value: Any,
    rule: Rule,
    path: str,
    wire_path: str,
    problems: list[Problem],
    owner: type[Shape] | None,
) -> Any:
    """A list item, map key or map value: None is a wrong type here, as in botocore."""
    if value is None:
        problems.append(
            Problem(path, f"expected {_expected(rule)}, got None", "type", wire_path)
        )
        return value
    return check_value(value, rule, path, problems, wire_path=wire_path, owner=owner)


def _has_type(value: Any, kind: str) -> bool:
    if not isinstance(value, _TYPES[kind]):
        return False
    if kind == "stream":
        return isinstance(value, bytes | bytearray | str) or hasattr(value, "read")
    if kind == "timestamp" and not isinstance(value, datetime):
        try:
            parse_timestamp(value)
        except (TypeError, ValueError, OverflowError, OSError):
            return False
    return True


def _meets_min(value: Any, rule: Rule) -> bool:
    assert rule.min is not None
    if rule.kind in _UNITS:
        return len(value) >= rule.min
    if rule.kind in _VALUE_CHECKED:
        return bool(value >= rule.min)
    return True


def _expected(rule: Rule) -> str:
    """What a rule accepts, in words: ``str of at least 1 character``, ``Tag or dict``."""
    if rule.kind not in _TYPES:
        return f"{rule.kind} or dict"
    if rule.kind == "timestamp":
        return TIMESTAMP_FORMATS
    noun = _EXPECTED[rule.kind]
    if rule.min is None:
        return noun
    unit = _UNITS.get(rule.kind)
    if unit is not None:
        if rule.min <= 0:
            return noun
        plural = "" if rule.min == 1 else "s"
        return f"{noun} of at least {_number(rule.min)} {unit}{plural}"
    if rule.kind in _VALUE_CHECKED:
        return f"{noun} of at least {_number(rule.min)}"
    return noun


def _number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _wrong_type(
    value: Any, rule: Rule, path: str, wire_path: str, problems: list[Problem]
) -> None:
    got = type(value).__name__
    if rule.kind == "timestamp" and isinstance(value, str):
        got = "a str in none of these formats"
    problems.append(
        Problem(path, f"expected {_expected(rule)}, got {got}", "type", wire_path)
    )


def _below_min(
    value: Any, rule: Rule, path: str, wire_path: str, problems: list[Problem]
) -> None:
    unit = _UNITS.get(rule.kind)
    if unit is not None:
        size = len(value)
        got = f"{size} {unit}{'' if size == 1 else 's'}"
    else:
        got = "less"  # never the value itself: it may be sensitive
    problems.append(
        Problem(path, f"expected {_expected(rule)}, got {got}", "min", wire_path)
    )
