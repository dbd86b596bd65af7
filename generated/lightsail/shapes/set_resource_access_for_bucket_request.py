"""SetResourceAccessForBucketRequest: The arguments of the ``SetResourceAccessForBucket`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .resource_bucket_access import ResourceBucketAccess


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetResourceAccessForBucketRequest(Shape):
    """The arguments of the ``SetResourceAccessForBucket`` operation."""

    resource_name: str
    """The name of the Lightsail instance for which to set bucket access. The
    instance must be in a running or stopped state.
    """

    bucket_name: str
    """The name of the bucket for which to set access to another Lightsail
    resource.
    """

    access: ResourceBucketAccess | str
    """The access setting.

    The following access settings are available:

    - ``allow`` - Allows access to the bucket and its objects.
    - ``deny`` - Denies access to the bucket and its objects. Use this
      setting to remove access for a resource previously set to ``allow``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "access": Rule("access", "string", required=True),
    }

    def __init__(
        self,
        *,
        resource_name: str,
        bucket_name: str,
        access: ResourceBucketAccess | str,
    ) -> None:
        self.resource_name = resource_name
        self.bucket_name = bucket_name
        self.access = access

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetResourceAccessForBucketRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("access")) is not None:
            kwargs["access"] = open_enum(ResourceBucketAccess, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "bucketName": self.bucket_name,
            "access": self.access,
        }
        return data

    to_wire = to_dict
