"""DomainEntry: Describes a domain recordset entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DomainEntry(Shape):
    """Describes a domain recordset entry."""

    id: str | None = None
    """The ID of the domain recordset entry."""

    name: str | None = None
    """The name of the domain."""

    target: str | None = None
    """The target IP address (``192.0.2.0``), or AWS name server
    (``ns-111.awsdns-22.com.``).

    For Lightsail load balancers, the value looks like
    ``ab1234c56789c6b86aba6fb203d443bc-123456789.us-east-2.elb.amazonaws.com``.
    For Lightsail distributions, the value looks like
    ``exampled1182ne.cloudfront.net``. For Lightsail container services, the
    value looks like
    ``container-service-1.example23scljs.us-west-2.cs.amazonlightsail.com``.
    Be sure to also set ``isAlias`` to ``true`` when setting up an A record
    for a Lightsail load balancer, distribution, or container service.
    """

    is_alias: bool | None = None
    """When ``true``, specifies whether the domain entry is an alias used by
    the Lightsail load balancer, Lightsail container service, Lightsail
    content delivery network (CDN) distribution, or another Amazon Web
    Services resource. You can include an alias (A type) record in your
    request, which points to the DNS name of a load balancer, container
    service, CDN distribution, or other Amazon Web Services resource and
    routes traffic to that resource.
    """

    type: str | None = None
    """The type of domain entry, such as address for IPv4 (A), address for IPv6
    (AAAA), canonical name (CNAME), mail exchanger (MX), name server (NS),
    start of authority (SOA), service locator (SRV), or text (TXT).

    The following domain entry types can be used:

    - ``A``
    - ``AAAA``
    - ``CNAME``
    - ``MX``
    - ``NS``
    - ``SOA``
    - ``SRV``
    - ``TXT``
    """

    options: dict[str, str] | None = None
    """Deprecated. (Discontinued) The options for the domain entry.

    Note:
        In releases prior to November 29, 2017, this parameter was not
        included in the API response. It is now discontinued.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "id": Rule("id", "string"),
        "name": Rule("name", "string"),
        "target": Rule("target", "string"),
        "is_alias": Rule("isAlias", "boolean"),
        "type": Rule("type", "string"),
        "options": Rule("options", "map", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        id: str | None = None,
        name: str | None = None,
        target: str | None = None,
        is_alias: bool | None = None,
        type: str | None = None,
        options: dict[str, str] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.target = target
        self.is_alias = is_alias
        self.type = type
        self.options = options

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DomainEntry:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("target")) is not None:
            kwargs["target"] = value
        if (value := data.get("isAlias")) is not None:
            kwargs["is_alias"] = value
        if (value := data.get("type")) is not None:
            kwargs["type"] = value
        if (value := data.get("options")) is not None:
            kwargs["options"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.target is not None:
            data["target"] = self.target
        if self.is_alias is not None:
            data["isAlias"] = self.is_alias
        if self.type is not None:
            data["type"] = self.type
        if self.options is not None:
            data["options"] = self.options
        return data

    from_wire = from_dict
    to_wire = to_dict


DomainEntryDict = TypedDict(
    "DomainEntryDict",
    {
        "id": "str",
        "name": "str",
        "target": "str",
        "isAlias": "bool",
        "type": "str",
        "options": "dict[str, str]",
    },
    total=False,
)
"""The dict client methods accept for `DomainEntry`, keys as in the model."""
