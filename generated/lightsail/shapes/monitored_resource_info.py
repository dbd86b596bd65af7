"""MonitoredResourceInfo: Describes resource being monitored by an alarm."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class MonitoredResourceInfo(Shape):
    """Describes resource being monitored by an alarm.

    An alarm is a way to monitor your Amazon Lightsail resource metrics. For
    more information, see
    [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource being monitored."""

    name: str | None = None
    """The name of the Lightsail resource being monitored."""

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type of the resource being monitored.

    Instances, load balancers, and relational databases are the only
    Lightsail resources that can currently be monitored by alarms.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "arn": Rule("arn", "string"),
        "name": Rule("name", "string"),
        "resource_type": Rule("resourceType", "string"),
    }

    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        resource_type: ResourceType | str | None = None,
    ) -> None:
        self.arn = arn
        self.name = name
        self.resource_type = resource_type

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MonitoredResourceInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.arn is not None:
            data["arn"] = self.arn
        if self.name is not None:
            data["name"] = self.name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        return data

    from_wire = from_dict
