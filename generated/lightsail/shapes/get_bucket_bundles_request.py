"""GetBucketBundlesRequest: The arguments of the ``GetBucketBundles`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketBundlesRequest(Shape):
    """The arguments of the ``GetBucketBundles`` operation."""

    include_inactive: bool | None = None
    """A Boolean value that indicates whether to include inactive (unavailable)
    bundles in the response of your request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "include_inactive": Rule("includeInactive", "boolean"),
    }

    def __init__(self, *, include_inactive: bool | None = None) -> None:
        self.include_inactive = include_inactive

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketBundlesRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("includeInactive")) is not None:
            kwargs["include_inactive"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.include_inactive is not None:
            data["includeInactive"] = self.include_inactive
        return data

    to_wire = to_dict
