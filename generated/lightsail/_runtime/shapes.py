"""The base of generated dataclasses: client-side validation as botocore does it.

botocore checks required members, Python types, and the model's ``min`` (a minimum length
for strings, blobs, lists and maps, a minimum value for numbers). It leaves ``max`` and
patterns to the service, and so do we.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from .errors import ParamValidationError

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "float": (int, float, Decimal),
    "boolean": (bool,),
    "timestamp": (datetime, str),
    "blob": (bytes, bytearray, str),
    "list": (list, tuple),
    "map": (dict,),
    "any": (object,),
}
_SIZED = frozenset({"string", "blob", "list", "map"})


@dataclass(frozen=True)
class Rule:
    """The checks on one member (or on the items of a list or map)."""

    wire: str
    kind: str
    required: bool = False
    min: int | float | None = None
    item: Rule | None = None


class Shape:
    """Base class of every generated structure."""

    RULES: ClassVar[Mapping[str, Rule]] = {}

    def validate(self) -> None:
        """Raise ParamValidationError listing every problem, with its path."""
        problems: list[str] = []
        self.collect_problems("", problems)
        if problems:
            raise ParamValidationError(problems)

    def collect_problems(self, path: str, problems: list[str]) -> None:
        for attribute, rule in self.RULES.items():
            value = getattr(self, attribute)
            where = f"{path}.{rule.wire}" if path else rule.wire
            if value is None:
                if rule.required:
                    problems.append(f"{where}: missing required parameter")
            else:
                _check(value, rule, where, problems)


def _check(value: Any, rule: Rule, path: str, problems: list[str]) -> None:
    if rule.kind == "structure":
        if isinstance(value, Shape):
            value.collect_problems(path, problems)
        else:
            problems.append(
                f"{path}: expected a shape instance, got {type(value).__name__}"
            )
        return
    expected = _TYPES[rule.kind]
    if not isinstance(value, expected):
        names = " or ".join(t.__name__ for t in expected)
        problems.append(f"{path}: expected {names}, got {type(value).__name__}")
        return
    if rule.min is not None:
        _check_min(value, rule, path, problems)
    if rule.item is not None:
        _check_items(value, rule.item, path, problems)


def _check_items(value: Any, rule: Rule, path: str, problems: list[str]) -> None:
    """List items as ``path[0]``, map values as ``path.key`` (botocore's notation)."""
    is_map = isinstance(value, dict)
    for key, item in value.items() if is_map else enumerate(value):
        if item is not None:
            _check(
                item, rule, f"{path}.{key}" if is_map else f"{path}[{key}]", problems
            )


def _check_min(value: Any, rule: Rule, path: str, problems: list[str]) -> None:
    sized = rule.kind in _SIZED
    size = len(value) if sized else value
    if rule.min is not None and size < rule.min:
        what = "length" if sized else "value"
        problems.append(f"{path}: {what} {size} is below the minimum {rule.min}")
