"""GetBucketAccessKeysResult: The result of the ``GetBucketAccessKeys`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .access_key import AccessKey


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketAccessKeysResult(Shape):
    """The result of the ``GetBucketAccessKeys`` operation."""

    access_keys: list[AccessKey] | None = None
    """An object that describes the access keys for the specified bucket."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "access_keys": Rule("accessKeys", "list", item=Rule("", "AccessKey")),
    }

    def __init__(self, *, access_keys: list[AccessKey] | None = None) -> None:
        self.access_keys = access_keys

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketAccessKeysResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("accessKeys")) is not None:
            kwargs["access_keys"] = [
                None if item is None else AccessKey.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.access_keys is not None:
            data["accessKeys"] = [shape_to_dict(item) for item in self.access_keys]
        return data

    from_wire = from_dict
