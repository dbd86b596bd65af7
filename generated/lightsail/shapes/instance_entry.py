"""InstanceEntry: Describes the Amazon Elastic Compute Cloud instance and related resources to be created using the ``create cloud formation stack`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .port_info_source_type import PortInfoSourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceEntry(Shape):
    """Describes the Amazon Elastic Compute Cloud instance and related
    resources to be created using the ``create cloud formation stack``
    operation.
    """

    source_name: str
    """The name of the export snapshot record, which contains the exported
    Lightsail instance snapshot that will be used as the source of the new
    Amazon EC2 instance.

    Use the ``get export snapshot records`` operation to get a list of
    export snapshot records that you can use to create a CloudFormation
    stack.
    """

    instance_type: str
    """The instance type (``t2.micro``) to use for the new Amazon EC2 instance."""

    port_info_source: PortInfoSourceType | str
    """The port configuration to use for the new Amazon EC2 instance.

    The following configuration options are available:

    - ``DEFAULT`` - Use the default firewall settings from the Lightsail
      instance blueprint. If this is specified, then IPv4 and IPv6 will be
      configured for the new instance that is created in Amazon EC2.
    - ``INSTANCE`` - Use the configured firewall settings from the source
      Lightsail instance. If this is specified, the new instance that is
      created in Amazon EC2 will be configured to match the configuration of
      the source Lightsail instance. For example, if the source instance is
      configured for dual-stack (IPv4 and IPv6), then IPv4 and IPv6 will be
      configured for the new instance that is created in Amazon EC2. If the
      source instance is configured for IPv4 only, then only IPv4 will be
      configured for the new instance that is created in Amazon EC2.
    - ``NONE`` - Use the default Amazon EC2 security group. If this is
      specified, then only IPv4 will be configured for the new instance that
      is created in Amazon EC2.
    - ``CLOSED`` - All ports closed. If this is specified, then only IPv4
      will be configured for the new instance that is created in Amazon EC2.

    Note:
        If you configured ``lightsail-connect`` as a ``cidrListAliases`` on
        your instance, or if you chose to allow the Lightsail browser-based
        SSH or RDP clients to connect to your instance, that configuration
        is not carried over to your new Amazon EC2 instance.
    """

    availability_zone: str
    """The Availability Zone for the new Amazon EC2 instance."""

    user_data: str | None = None
    """A launch script you can create that configures a server with additional
    user data. For example, you might want to run ``apt-get -y update``.

    Note:
        Depending on the machine image you choose, the command to get
        software on your instance varies. Amazon Linux and CentOS use
        ``yum``, Debian and Ubuntu use ``apt-get``, and FreeBSD uses
        ``pkg``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "source_name": Rule("sourceName", "string", required=True),
        "instance_type": Rule("instanceType", "string", required=True),
        "port_info_source": Rule("portInfoSource", "string", required=True),
        "availability_zone": Rule("availabilityZone", "string", required=True),
        "user_data": Rule("userData", "string"),
    }

    def __init__(
        self,
        *,
        source_name: str,
        instance_type: str,
        port_info_source: PortInfoSourceType | str,
        availability_zone: str,
        user_data: str | None = None,
    ) -> None:
        self.source_name = source_name
        self.instance_type = instance_type
        self.port_info_source = port_info_source
        self.availability_zone = availability_zone
        self.user_data = user_data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceEntry:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("sourceName")) is not None:
            kwargs["source_name"] = value
        if (value := data.get("instanceType")) is not None:
            kwargs["instance_type"] = value
        if (value := data.get("portInfoSource")) is not None:
            kwargs["port_info_source"] = open_enum(PortInfoSourceType, value)
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("userData")) is not None:
            kwargs["user_data"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "sourceName": self.source_name,
            "instanceType": self.instance_type,
            "portInfoSource": self.port_info_source,
            "availabilityZone": self.availability_zone,
        }
        if self.user_data is not None:
            data["userData"] = self.user_data
        return data

    to_wire = to_dict


InstanceEntryDict = TypedDict(
    "InstanceEntryDict",
    {
        "sourceName": "Required[str]",
        "instanceType": "Required[str]",
        "portInfoSource": "Required[PortInfoSourceType | str]",
        "userData": "str",
        "availabilityZone": "Required[str]",
    },
    total=False,
)
"""The dict client methods accept for `InstanceEntry`, keys as in the model."""
