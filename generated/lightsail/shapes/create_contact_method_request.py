"""CreateContactMethodRequest: The arguments of the ``CreateContactMethod`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .contact_protocol import ContactProtocol
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateContactMethodRequest(Shape):
    """The arguments of the ``CreateContactMethod`` operation."""

    protocol: ContactProtocol | str
    """The protocol of the contact method, such as ``Email`` or ``SMS`` (text
    messaging).

    The ``SMS`` protocol is supported only in the following Amazon Web
    Services Regions.

    - US East (N. Virginia) (``us-east-1``)
    - US West (Oregon) (``us-west-2``)
    - Europe (Ireland) (``eu-west-1``)
    - Asia Pacific (Tokyo) (``ap-northeast-1``)
    - Asia Pacific (Singapore) (``ap-southeast-1``)
    - Asia Pacific (Sydney) (``ap-southeast-2``)

    For a list of countries/regions where SMS text messages can be sent, and
    the latest Amazon Web Services Regions where SMS text messaging is
    supported, see
    [Supported Regions and Countries](https://docs.aws.amazon.com/sns/latest/dg/sns-supported-regions-countries.html)
    in the *Amazon SNS Developer Guide*.

    For more information about notifications in Amazon Lightsail, see
    [Notifications in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications).
    """

    contact_endpoint: str
    """The destination of the contact method, such as an email address or a
    mobile phone number.

    Use the E.164 format when specifying a mobile phone number. E.164 is a
    standard for the phone number structure used for international
    telecommunication. Phone numbers that follow this format can have a
    maximum of 15 digits, and they are prefixed with the plus character (+)
    and the country code. For example, a U.S. phone number in E.164 format
    would be specified as +1XXX5550100. For more information, see
    [E.164](https://en.wikipedia.org/wiki/E.164) on *Wikipedia*.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the contact method during
    create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "protocol": Rule("protocol", "string", required=True),
        "contact_endpoint": Rule("contactEndpoint", "string", required=True, min=1),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        protocol: ContactProtocol | str,
        contact_endpoint: str,
        tags: list[Tag] | None = None,
    ) -> None:
        self.protocol = protocol
        self.contact_endpoint = contact_endpoint
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateContactMethodRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(ContactProtocol, value)
        if (value := data.get("contactEndpoint")) is not None:
            kwargs["contact_endpoint"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "protocol": self.protocol,
            "contactEndpoint": self.contact_endpoint,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
