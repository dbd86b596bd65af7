"""A dataclass repr that never shows sensitive members."""

from __future__ import annotations

from dataclasses import fields
from reprlib import recursive_repr
from typing import Any

MASK = "***"


@recursive_repr()
def masked_repr(self: Any) -> str:
    """Like the dataclass repr, with members marked ``sensitive`` shown as ``***`` (and a
    structure that contains itself shown as ``...`` where it recurs)."""
    parts: list[str] = []
    for member in fields(self):
        value = getattr(self, member.name)
        shown = (
            MASK
            if member.metadata.get("sensitive") and value is not None
            else repr(value)
        )
        parts.append(f"{member.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"
