"""UpdateBucketBundleRequest: The arguments of the ``UpdateBucketBundle`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateBucketBundleRequest(Shape):
    """The arguments of the ``UpdateBucketBundle`` operation."""

    bucket_name: str
    """The name of the bucket for which to update the bundle."""

    bundle_id: str
    """The ID of the new bundle to apply to the bucket.

    Use the
    [GetBucketBundles](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html)
    action to get a list of bundle IDs that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "bundle_id": Rule("bundleId", "string", required=True),
    }

    def __init__(self, *, bucket_name: str, bundle_id: str) -> None:
        self.bucket_name = bucket_name
        self.bundle_id = bundle_id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateBucketBundleRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
            "bundleId": self.bundle_id,
        }
        return data

    to_wire = to_dict
