"""UntagResourceRequest: The arguments of the ``UntagResource`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UntagResourceRequest(Shape):
    """The arguments of the ``UntagResource`` operation."""

    resource_name: str
    """The name of the resource from which you are removing a tag."""

    tag_keys: list[str]
    """The tag keys to delete from the specified resource."""

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource from which you want to
    remove a tag.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "tag_keys": Rule("tagKeys", "list", required=True, item=Rule("", "string")),
        "resource_arn": Rule("resourceArn", "string"),
    }

    def __init__(
        self,
        *,
        resource_name: str,
        tag_keys: list[str],
        resource_arn: str | None = None,
    ) -> None:
        self.resource_name = resource_name
        self.tag_keys = tag_keys
        self.resource_arn = resource_arn

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UntagResourceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("tagKeys")) is not None:
            kwargs["tag_keys"] = value
        if (value := data.get("resourceArn")) is not None:
            kwargs["resource_arn"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "tagKeys": self.tag_keys,
        }
        if self.resource_arn is not None:
            data["resourceArn"] = self.resource_arn
        return data

    to_wire = to_dict
