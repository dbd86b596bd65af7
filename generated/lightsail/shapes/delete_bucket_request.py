"""DeleteBucketRequest: The arguments of the ``DeleteBucket`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteBucketRequest(Shape):
    """The arguments of the ``DeleteBucket`` operation."""

    bucket_name: str
    """The name of the bucket to delete.

    Use the
    [GetBuckets](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html)
    action to get a list of bucket names that you can specify.
    """

    force_delete: bool | None = None
    """A Boolean value that indicates whether to force delete the bucket.

    You must force delete the bucket if it has one of the following
    conditions:

    - The bucket is the origin of a distribution.
    - The bucket has instances that were granted access to it using the
      [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
      action.
    - The bucket has objects.
    - The bucket has access keys.

    Important:
        Force deleting a bucket might impact other resources that rely on
        the bucket, such as instances, distributions, or software that use
        the issued access keys.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "force_delete": Rule("forceDelete", "boolean"),
    }

    def __init__(self, *, bucket_name: str, force_delete: bool | None = None) -> None:
        self.bucket_name = bucket_name
        self.force_delete = force_delete

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteBucketRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("forceDelete")) is not None:
            kwargs["force_delete"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
        }
        if self.force_delete is not None:
            data["forceDelete"] = self.force_delete
        return data

    to_wire = to_dict
