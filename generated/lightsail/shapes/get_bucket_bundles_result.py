"""GetBucketBundlesResult"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .bucket_bundle import BucketBundle


@dataclass(kw_only=True)
class GetBucketBundlesResult(Shape):
    """GetBucketBundlesResult"""

    bundles: list[BucketBundle] | None = None
    """An object that describes bucket bundles."""

    RULES: ClassVar[dict[str, Rule]] = {
        "bundles": Rule("bundles", "list", item=Rule("", "structure")),
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketBundlesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundles")) is not None:
            kwargs["bundles"] = [BucketBundle.from_dict(item) for item in value]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bundles is not None:
            data["bundles"] = [item.to_dict() for item in self.bundles]
        return data

    from_wire = from_dict
    to_wire = to_dict
