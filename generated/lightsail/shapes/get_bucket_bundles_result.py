"""GetBucketBundlesResult: The result of the ``GetBucketBundles`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .bucket_bundle import BucketBundle


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketBundlesResult(Shape):
    """The result of the ``GetBucketBundles`` operation."""

    bundles: list[BucketBundle] | None = None
    """An object that describes bucket bundles."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bundles": Rule("bundles", "list", item=Rule("", "BucketBundle")),
    }

    def __init__(self, *, bundles: list[BucketBundle] | None = None) -> None:
        self.bundles = bundles

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketBundlesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundles")) is not None:
            kwargs["bundles"] = [
                None if item is None else BucketBundle.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bundles is not None:
            data["bundles"] = [shape_to_dict(item) for item in self.bundles]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetBucketBundlesResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundles")) is not None:
            kwargs["bundles"] = [
                None if item is None else BucketBundle.from_wire(item) for item in value
            ]
        return cls(**kwargs)
