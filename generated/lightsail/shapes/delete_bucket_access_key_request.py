"""DeleteBucketAccessKeyRequest: The arguments of the ``DeleteBucketAccessKey`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteBucketAccessKeyRequest(Shape):
    """The arguments of the ``DeleteBucketAccessKey`` operation."""

    bucket_name: str
    """The name of the bucket that the access key belongs to."""

    access_key_id: str
    """The ID of the access key to delete.

    Use the
    [GetBucketAccessKeys](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html)
    action to get a list of access key IDs that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "access_key_id": Rule("accessKeyId", "string", required=True),
    }

    def __init__(self, *, bucket_name: str, access_key_id: str) -> None:
        self.bucket_name = bucket_name
        self.access_key_id = access_key_id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteBucketAccessKeyRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("accessKeyId")) is not None:
            kwargs["access_key_id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
            "accessKeyId": self.access_key_id,
        }
        return data

    to_wire = to_dict
