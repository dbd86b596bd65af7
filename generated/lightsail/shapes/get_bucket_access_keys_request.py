"""GetBucketAccessKeysRequest: The arguments of the ``GetBucketAccessKeys`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketAccessKeysRequest(Shape):
    """The arguments of the ``GetBucketAccessKeys`` operation."""

    bucket_name: str
    """The name of the bucket for which to return access keys."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
    }

    def __init__(self, *, bucket_name: str) -> None:
        self.bucket_name = bucket_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketAccessKeysRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
        }
        return data

    to_wire = to_dict
