"""The base of generated dataclasses: client-side validation exactly as botocore does it.

botocore's ParamValidator (botocore/validate.py) checks required members, Python types,
and the model's ``min``: a minimum length for strings, lists and map keys, a minimum value
for numbers. It leaves ``max``, patterns, enums, blob sizes and map sizes to the service,
and so do we. A problem names the member's path, never its value, so sensitive values
cannot leak into an exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple

from .errors import ParamValidationError, Problem
from .values import parse_timestamp

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "float": (float, Decimal, int),
    "boolean": (bool,),
    "timestamp": (datetime, str, int, float),
    "blob": (bytes, bytearray, str),
    "list": (list, tuple),
    "map": (dict,),
    "any": (object,),
}
_LENGTH_CHECKED = frozenset({"string", "list"})
_VALUE_CHECKED = frozenset({"integer", "float"})


class Rule(NamedTuple):
    """The checks on one member (or on the items, values or keys of a list or map)."""

    wire: str
    kind: str
    required: bool = False
    min: int | float | None = None
    item: Rule | None = None
    """The rule for list items or map values."""
    key: Rule | None = None
    """The rule for map keys, when the key shape has constraints."""


class Shape:
    """Base class of every generated structure."""

    RULES: ClassVar[Mapping[str, Rule]] = {}

    def validate(self) -> None:
        """Raise ParamValidationError listing every problem, with its path."""
        problems: list[Problem] = []
        self.collect_problems("", problems)
        if problems:
            raise ParamValidationError(problems)

    def collect_problems(self, path: str, problems: list[Problem]) -> None:
        """Append this shape's problems; ``path`` is where the shape sits ("" at the top)."""
        for attribute, rule in self.RULES.items():
            value = getattr(self, attribute)
            where = f"{path}.{rule.wire}" if path else rule.wire
            if value is None:
                if rule.required:
                    problems.append(Problem(where, "missing required parameter"))
            else:
                check_value(value, rule, where, problems)


def check_value(value: Any, rule: Rule, path: str, problems: list[Problem]) -> None:
    """Append the problems of one value (not None) against its rule."""
    if rule.kind == "structure":
        if isinstance(value, Shape):
            value.collect_problems(path, problems)
        else:
            problems.append(
                Problem(path, f"expected a shape instance, got {_type_name(value)}")
            )
        return
    if not _has_type(value, rule.kind):
        names = " or ".join(t.__name__ for t in _TYPES[rule.kind])
        problems.append(Problem(path, f"expected {names}, got {_type_name(value)}"))
        return
    _check_min(value, rule, path, problems)
    if rule.kind == "list" and rule.item is not None:
        for index, item in enumerate(value):
            _check_member(item, rule.item, f"{path}[{index}]", problems)
    elif rule.kind == "map":
        for key, item in value.items():
            if rule.key is not None:
                _check_member(key, rule.key, f"{path} (key: {key})", problems)
            if rule.item is not None:
                _check_member(item, rule.item, f"{path}.{key}", problems)


def _check_member(value: Any, rule: Rule, path: str, problems: list[Problem]) -> None:
    """A list item, map key or map value: None is a wrong type here, as in botocore."""
    if value is None:
        problems.append(Problem(path, "expected a value, got None"))
    else:
        check_value(value, rule, path, problems)


def _has_type(value: Any, kind: str) -> bool:
    if not isinstance(value, _TYPES[kind]):
        return False
    if kind == "timestamp" and not isinstance(value, datetime):
        try:
            parse_timestamp(value)
        except (TypeError, ValueError, OverflowError, OSError):
            return False
    return True


def _check_min(value: Any, rule: Rule, path: str, problems: list[Problem]) -> None:
    if rule.min is None:
        return
    if rule.kind in _LENGTH_CHECKED and len(value) < rule.min:
        problems.append(Problem(path, f"shorter than the minimum length {rule.min}"))
    elif rule.kind in _VALUE_CHECKED and value < rule.min:
        problems.append(Problem(path, f"less than the minimum value {rule.min}"))


def _type_name(value: Any) -> str:
    return type(value).__name__
