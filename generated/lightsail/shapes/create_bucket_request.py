"""CreateBucketRequest: The arguments of the ``CreateBucket`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateBucketRequest(Shape):
    """The arguments of the ``CreateBucket`` operation."""

    bucket_name: str
    """The name for the bucket.

    For more information about bucket names, see
    [Bucket naming rules in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/bucket-naming-rules-in-amazon-lightsail)
    in the *Amazon Lightsail Developer Guide*.
    """

    bundle_id: str
    """The ID of the bundle to use for the bucket.

    A bucket bundle specifies the monthly cost, storage space, and data
    transfer quota for a bucket.

    Use the
    [GetBucketBundles](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html)
    action to get a list of bundle IDs that you can specify.

    Use the
    [UpdateBucketBundle](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html)
    action to change the bundle after the bucket is created.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the bucket during creation.

    Use the
    [TagResource](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_TagResource.html)
    action to tag the bucket after it's created.
    """

    enable_object_versioning: bool | None = None
    """A Boolean value that indicates whether to enable versioning of objects
    in the bucket.

    For more information about versioning, see
    [Enabling and suspending object versioning in a bucket in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-managing-bucket-object-versioning)
    in the *Amazon Lightsail Developer Guide*.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "bundle_id": Rule("bundleId", "string", required=True),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "enable_object_versioning": Rule("enableObjectVersioning", "boolean"),
    }

    def __init__(
        self,
        *,
        bucket_name: str,
        bundle_id: str,
        tags: list[Tag] | None = None,
        enable_object_versioning: bool | None = None,
    ) -> None:
        self.bucket_name = bucket_name
        self.bundle_id = bundle_id
        self.tags = tags
        self.enable_object_versioning = enable_object_versioning

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBucketRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("enableObjectVersioning")) is not None:
            kwargs["enable_object_versioning"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
            "bundleId": self.bundle_id,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.enable_object_versioning is not None:
            data["enableObjectVersioning"] = self.enable_object_versioning
        return data

    to_wire = to_dict
