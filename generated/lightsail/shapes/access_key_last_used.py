"""AccessKeyLastUsed: Describes the last time an access key was used."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AccessKeyLastUsed(Shape):
    """Describes the last time an access key was used.

    Note:
        This object does not include data in the response of a
        [CreateBucketAccessKey](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html)
        action.
    """

    last_used_date: datetime | None = None
    """The date and time when the access key was most recently used.

    This value is null if the access key has not been used.
    """

    region: str | None = None
    """The Amazon Web Services Region where this access key was most recently
    used.

    This value is ``N/A`` if the access key has not been used.
    """

    service_name: str | None = None
    """The name of the Amazon Web Services service with which this access key
    was most recently used.

    This value is ``N/A`` if the access key has not been used.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "last_used_date": Rule("lastUsedDate", "timestamp"),
        "region": Rule("region", "string"),
        "service_name": Rule("serviceName", "string"),
    }

    def __init__(
        self,
        *,
        last_used_date: datetime | None = None,
        region: str | None = None,
        service_name: str | None = None,
    ) -> None:
        self.last_used_date = last_used_date
        self.region = region
        self.service_name = service_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccessKeyLastUsed:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("lastUsedDate")) is not None:
            kwargs["last_used_date"] = parse_timestamp(value)
        if (value := data.get("region")) is not None:
            kwargs["region"] = value
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.last_used_date is not None:
            data["lastUsedDate"] = self.last_used_date
        if self.region is not None:
            data["region"] = self.region
        if self.service_name is not None:
            data["serviceName"] = self.service_name
        return data

    from_wire = from_dict
