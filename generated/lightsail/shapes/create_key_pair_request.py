"""CreateKeyPairRequest: The arguments of the ``CreateKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateKeyPairRequest(Shape):
    """The arguments of the ``CreateKeyPair`` operation."""

    key_pair_name: str
    """The name for your new key pair."""

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair_name": Rule("keyPairName", "string", required=True),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(self, *, key_pair_name: str, tags: list[Tag] | None = None) -> None:
        self.key_pair_name = key_pair_name
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateKeyPairRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "keyPairName": self.key_pair_name,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
