"""TagResourceRequest: The arguments of the ``TagResource`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class TagResourceRequest(Shape):
    """The arguments of the ``TagResource`` operation."""

    resource_name: str
    """The name of the resource to which you are adding tags."""

    tags: list[Tag]
    """The tag key and optional value."""

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource to which you want to add
    a tag.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "tags": Rule("tags", "list", required=True, item=Rule("", "Tag")),
        "resource_arn": Rule("resourceArn", "string"),
    }

    def __init__(
        self, *, resource_name: str, tags: list[Tag], resource_arn: str | None = None
    ) -> None:
        self.resource_name = resource_name
        self.tags = tags
        self.resource_arn = resource_arn

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagResourceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("resourceArn")) is not None:
            kwargs["resource_arn"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "tags": [shape_to_dict(item) for item in self.tags],
        }
        if self.resource_arn is not None:
            data["resourceArn"] = self.resource_arn
        return data

    to_wire = to_dict
