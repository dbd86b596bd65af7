"""ContactMethod: Describes a contact method."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .contact_method_status import ContactMethodStatus
from .contact_protocol import ContactProtocol
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContactMethod(Shape):
    """Describes a contact method.

    A contact method is a way to send you notifications. For more
    information, see
    [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).
    """

    contact_endpoint: str | None = None
    """The destination of the contact method, such as an email address or a
    mobile phone number.
    """

    status: ContactMethodStatus | str | None = None
    """The current status of the contact method.

    A contact method has the following possible status:

    - ``PendingVerification`` - The contact method has not yet been
      verified, and the verification has not yet expired.
    - ``Valid`` - The contact method has been verified.
    - ``InValid`` - An attempt was made to verify the contact method, but
      the verification has expired.
    """

    protocol: ContactProtocol | str | None = None
    """The protocol of the contact method, such as email or SMS (text
    messaging).
    """

    name: str | None = None
    """The name of the contact method."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the contact method."""

    created_at: datetime | None = None
    """The timestamp when the contact method was created."""

    location: ResourceLocation | None = None
    """An object that describes the location of the contact method, such as the
    Amazon Web Services Region and Availability Zone.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type of the contact method."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail contact method. This code enables
    our support team to look up your Lightsail information more easily.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "contact_endpoint": Rule("contactEndpoint", "string"),
        "status": Rule("status", "string"),
        "protocol": Rule("protocol", "string"),
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "support_code": Rule("supportCode", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        contact_endpoint: str | None = None,
        status: ContactMethodStatus | str | None = None,
        protocol: ContactProtocol | str | None = None,
        name: str | None = None,
        arn: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        support_code: str | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.contact_endpoint = contact_endpoint
        self.status = status
        self.protocol = protocol
        self.name = name
        self.arn = arn
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.support_code = support_code
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContactMethod:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("contactEndpoint")) is not None:
            kwargs["contact_endpoint"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(ContactMethodStatus, value)
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(ContactProtocol, value)
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.contact_endpoint is not None:
            data["contactEndpoint"] = self.contact_endpoint
        if self.status is not None:
            data["status"] = self.status
        if self.protocol is not None:
            data["protocol"] = self.protocol
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    from_wire = from_dict
