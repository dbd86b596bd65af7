"""Domain: Describes a domain where you are storing recordsets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .domain_entry import DomainEntry
from .registered_domain_delegation_info import RegisteredDomainDelegationInfo
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Domain(Shape):
    """Describes a domain where you are storing recordsets."""

    name: str | None = None
    """The name of the domain."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the domain recordset
    (``arn:aws:lightsail:global:123456789101:Domain/824cede0-abc7-4f84-8dbc-12345EXAMPLE``).
    """

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The date when the domain recordset was created."""

    location: ResourceLocation | None = None
    """The AWS Region and Availability Zones where the domain recordset was
    created.
    """

    resource_type: ResourceType | str | None = None
    """The resource type."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    domain_entries: list[DomainEntry] | None = None
    """An array of key-value pairs containing information about the domain
    entries.
    """

    registered_domain_delegation_info: RegisteredDomainDelegationInfo | None = None
    """An object that describes the state of the Route 53 domain delegation to
    a Lightsail DNS zone.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "domain_entries": Rule("domainEntries", "list", item=Rule("", "DomainEntry")),
        "registered_domain_delegation_info": Rule(
            "registeredDomainDelegationInfo", "RegisteredDomainDelegationInfo"
        ),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        support_code: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        tags: list[Tag] | None = None,
        domain_entries: list[DomainEntry] | None = None,
        registered_domain_delegation_info: RegisteredDomainDelegationInfo | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.domain_entries = domain_entries
        self.registered_domain_delegation_info = registered_domain_delegation_info

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Domain:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("domainEntries")) is not None:
            kwargs["domain_entries"] = [
                None if item is None else DomainEntry.from_dict(item) for item in value
            ]
        if (value := data.get("registeredDomainDelegationInfo")) is not None:
            kwargs["registered_domain_delegation_info"] = (
                RegisteredDomainDelegationInfo.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.domain_entries is not None:
            data["domainEntries"] = [
                shape_to_dict(item) for item in self.domain_entries
            ]
        if self.registered_domain_delegation_info is not None:
            data["registeredDomainDelegationInfo"] = (
                self.registered_domain_delegation_info.to_dict()
            )
        return data

    from_wire = from_dict
