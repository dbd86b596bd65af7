"""BucketAccessLogConfig: Describes the access log configuration for a bucket in the Amazon Lightsail object storage service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class BucketAccessLogConfig(Shape):
    """Describes the access log configuration for a bucket in the Amazon
    Lightsail object storage service.

    For more information about bucket access logs, see
    [Logging bucket requests using access logging in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bucket-access-logs)
    in the *Amazon Lightsail Developer Guide*.
    """

    enabled: bool | None = None
    """A Boolean value that indicates whether bucket access logging is enabled
    for the bucket.
    """

    destination: str | None = None
    """The name of the bucket where the access logs are saved. The destination
    can be a Lightsail bucket in the same account, and in the same Amazon
    Web Services Region as the source bucket.

    Note:
        This parameter is required when enabling the access log for a
        bucket, and should be omitted when disabling the access log.
    """

    prefix: str | None = None
    """The optional object prefix for the bucket access log.

    The prefix is an optional addition to the object key that organizes your
    access log files in the destination bucket. For example, if you specify
    a ``logs/`` prefix, then each log object will begin with the ``logs/``
    prefix in its key (for example,
    ``logs/2021-11-01-21-32-16-E568B2907131C0C0``).

    Note:
        This parameter can be optionally specified when enabling the access
        log for a bucket, and should be omitted when disabling the access
        log.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "enabled": Rule("enabled", "boolean", required=True),
        "destination": Rule("destination", "string", min=3),
        "prefix": Rule("prefix", "string", min=1),
    }

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        destination: str | None = None,
        prefix: str | None = None,
    ) -> None:
        self.enabled = enabled
        self.destination = destination
        self.prefix = prefix

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketAccessLogConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("enabled")) is not None:
            kwargs["enabled"] = value
        if (value := data.get("destination")) is not None:
            kwargs["destination"] = value
        if (value := data.get("prefix")) is not None:
            kwargs["prefix"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.destination is not None:
            data["destination"] = self.destination
        if self.prefix is not None:
            data["prefix"] = self.prefix
        return data

    from_wire = from_dict
    to_wire = to_dict


BucketAccessLogConfigDict = TypedDict(
    "BucketAccessLogConfigDict",
    {
        "enabled": "Required[bool]",
        "destination": "str",
        "prefix": "str",
    },
    total=False,
)
"""The dict client methods accept for `BucketAccessLogConfig`, keys as in the model."""
