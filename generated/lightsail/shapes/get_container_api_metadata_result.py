"""GetContainerAPIMetadataResult: The result of the ``GetContainerAPIMetadata`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerAPIMetadataResult(Shape):
    """The result of the ``GetContainerAPIMetadata`` operation."""

    metadata: list[dict[str, str]] | None = None
    """Metadata about Lightsail containers, such as the current version of the
    Lightsail Control (lightsailctl) plugin.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "metadata": Rule(
            "metadata", "list", item=Rule("", "map", item=Rule("", "string"))
        ),
    }

    def __init__(self, *, metadata: list[dict[str, str]] | None = None) -> None:
        self.metadata = metadata

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerAPIMetadataResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("metadata")) is not None:
            kwargs["metadata"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.metadata is not None:
            data["metadata"] = self.metadata
        return data

    from_wire = from_dict
