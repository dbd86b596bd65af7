"""Instance: Describes an instance (a virtual private server)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .add_on import AddOn
from .instance_hardware import InstanceHardware
from .instance_health_status import InstanceHealthStatus
from .instance_metadata_options import InstanceMetadataOptions
from .instance_networking import InstanceNetworking
from .instance_state import InstanceState
from .ip_address_type import IpAddressType
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Instance(Shape):
    """Describes an instance (a virtual private server)."""

    name: str | None = None
    """The name the user gave the instance (``Amazon_Linux_2023-1``)."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the instance
    (``arn:aws:lightsail:us-east-2:123456789101:Instance/244ad76f-8aad-4741-809f-12345EXAMPLE``).
    """

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The timestamp when the instance was created (``1479734909.17``) in Unix
    time format.
    """

    location: ResourceLocation | None = None
    """The region name and Availability Zone where the instance is located."""

    resource_type: ResourceType | str | None = None
    """The type of resource (usually ``Instance``)."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    blueprint_id: str | None = None
    """The blueprint ID (``amazon_linux_2023``)."""

    blueprint_name: str | None = None
    """The friendly name of the blueprint (``Amazon Linux 2023``)."""

    bundle_id: str | None = None
    """The bundle for the instance (``micro_x_x``)."""

    add_ons: list[AddOn] | None = None
    """An array of objects representing the add-ons enabled on the instance."""

    is_static_ip: bool | None = None
    """A Boolean value indicating whether this instance has a static IP
    assigned to it.
    """

    private_ip_address: str | None = None
    """The private IP address of the instance."""

    public_ip_address: str | None = None
    """The public IP address of the instance."""

    ipv6_addresses: list[str] | None = None
    """The IPv6 addresses of the instance."""

    ip_address_type: IpAddressType | str | None = None
    """The IP address type of the instance.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.
    """

    hardware: InstanceHardware | None = None
    """The size of the vCPU and the amount of RAM for the instance."""

    networking: InstanceNetworking | None = None
    """Information about the public ports and monthly data transfer rates for
    the instance.
    """

    state: InstanceState | None = None
    """The status code and the state (``running``) for the instance."""

    username: str | None = None
    """The user name for connecting to the instance (``ec2-user``)."""

    ssh_key_name: str | None = None
    """The name of the SSH key being used to connect to the instance
    (``LightsailDefaultKeyPair``).
    """

    metadata_options: InstanceMetadataOptions | None = None
    """The metadata options for the Amazon Lightsail instance."""

    instance_status: InstanceHealthStatus | None = None
    """Reports impaired functionality that stems from issues internal to the
    instance, such as impaired reachability.

    This value is returned only when you set ``includeHealthStatus`` to
    ``true`` in your request.
    """

    system_status: InstanceHealthStatus | None = None
    """Reports impaired functionality that stems from issues related to the
    systems that support an instance, such as hardware failures and network
    connectivity problems.

    This value is returned only when you set ``includeHealthStatus`` to
    ``true`` in your request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "blueprint_id": Rule("blueprintId", "string"),
        "blueprint_name": Rule("blueprintName", "string"),
        "bundle_id": Rule("bundleId", "string"),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOn")),
        "is_static_ip": Rule("isStaticIp", "boolean"),
        "private_ip_address": Rule("privateIpAddress", "string"),
        "public_ip_address": Rule("publicIpAddress", "string"),
        "ipv6_addresses": Rule("ipv6Addresses", "list", item=Rule("", "string")),
        "ip_address_type": Rule("ipAddressType", "string"),
        "hardware": Rule("hardware", "InstanceHardware"),
        "networking": Rule("networking", "InstanceNetworking"),
        "state": Rule("state", "InstanceState"),
        "username": Rule("username", "string"),
        "ssh_key_name": Rule("sshKeyName", "string"),
        "metadata_options": Rule("metadataOptions", "InstanceMetadataOptions"),
        "instance_status": Rule("instanceStatus", "InstanceHealthStatus"),
        "system_status": Rule("systemStatus", "InstanceHealthStatus"),
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
        blueprint_id: str | None = None,
        blueprint_name: str | None = None,
        bundle_id: str | None = None,
        add_ons: list[AddOn] | None = None,
        is_static_ip: bool | None = None,
        private_ip_address: str | None = None,
        public_ip_address: str | None = None,
        ipv6_addresses: list[str] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        hardware: InstanceHardware | None = None,
        networking: InstanceNetworking | None = None,
        state: InstanceState | None = None,
        username: str | None = None,
        ssh_key_name: str | None = None,
        metadata_options: InstanceMetadataOptions | None = None,
        instance_status: InstanceHealthStatus | None = None,
        system_status: InstanceHealthStatus | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.blueprint_id = blueprint_id
        self.blueprint_name = blueprint_name
        self.bundle_id = bundle_id
        self.add_ons = add_ons
        self.is_static_ip = is_static_ip
        self.private_ip_address = private_ip_address
        self.public_ip_address = public_ip_address
        self.ipv6_addresses = ipv6_addresses
        self.ip_address_type = ip_address_type
        self.hardware = hardware
        self.networking = networking
        self.state = state
        self.username = username
        self.ssh_key_name = ssh_key_name
        self.metadata_options = metadata_options
        self.instance_status = instance_status
        self.system_status = system_status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Instance:
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
        if (value := data.get("blueprintId")) is not None:
            kwargs["blueprint_id"] = value
        if (value := data.get("blueprintName")) is not None:
            kwargs["blueprint_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOn.from_dict(item) for item in value
            ]
        if (value := data.get("isStaticIp")) is not None:
            kwargs["is_static_ip"] = value
        if (value := data.get("privateIpAddress")) is not None:
            kwargs["private_ip_address"] = value
        if (value := data.get("publicIpAddress")) is not None:
            kwargs["public_ip_address"] = value
        if (value := data.get("ipv6Addresses")) is not None:
            kwargs["ipv6_addresses"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("hardware")) is not None:
            kwargs["hardware"] = InstanceHardware.from_dict(value)
        if (value := data.get("networking")) is not None:
            kwargs["networking"] = InstanceNetworking.from_dict(value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = InstanceState.from_dict(value)
        if (value := data.get("username")) is not None:
            kwargs["username"] = value
        if (value := data.get("sshKeyName")) is not None:
            kwargs["ssh_key_name"] = value
        if (value := data.get("metadataOptions")) is not None:
            kwargs["metadata_options"] = InstanceMetadataOptions.from_dict(value)
        if (value := data.get("instanceStatus")) is not None:
            kwargs["instance_status"] = InstanceHealthStatus.from_dict(value)
        if (value := data.get("systemStatus")) is not None:
            kwargs["system_status"] = InstanceHealthStatus.from_dict(value)
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
        if self.blueprint_id is not None:
            data["blueprintId"] = self.blueprint_id
        if self.blueprint_name is not None:
            data["blueprintName"] = self.blueprint_name
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        if self.add_ons is not None:
            data["addOns"] = [shape_to_dict(item) for item in self.add_ons]
        if self.is_static_ip is not None:
            data["isStaticIp"] = self.is_static_ip
        if self.private_ip_address is not None:
            data["privateIpAddress"] = self.private_ip_address
        if self.public_ip_address is not None:
            data["publicIpAddress"] = self.public_ip_address
        if self.ipv6_addresses is not None:
            data["ipv6Addresses"] = self.ipv6_addresses
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.hardware is not None:
            data["hardware"] = self.hardware.to_dict()
        if self.networking is not None:
            data["networking"] = self.networking.to_dict()
        if self.state is not None:
            data["state"] = self.state.to_dict()
        if self.username is not None:
            data["username"] = self.username
        if self.ssh_key_name is not None:
            data["sshKeyName"] = self.ssh_key_name
        if self.metadata_options is not None:
            data["metadataOptions"] = self.metadata_options.to_dict()
        if self.instance_status is not None:
            data["instanceStatus"] = self.instance_status.to_dict()
        if self.system_status is not None:
            data["systemStatus"] = self.system_status.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Instance:
        """Build from a response body."""
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
            kwargs["location"] = ResourceLocation.from_wire(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_wire(item) for item in value
            ]
        if (value := data.get("blueprintId")) is not None:
            kwargs["blueprint_id"] = value
        if (value := data.get("blueprintName")) is not None:
            kwargs["blueprint_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOn.from_wire(item) for item in value
            ]
        if (value := data.get("isStaticIp")) is not None:
            kwargs["is_static_ip"] = value
        if (value := data.get("privateIpAddress")) is not None:
            kwargs["private_ip_address"] = value
        if (value := data.get("publicIpAddress")) is not None:
            kwargs["public_ip_address"] = value
        if (value := data.get("ipv6Addresses")) is not None:
            kwargs["ipv6_addresses"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("hardware")) is not None:
            kwargs["hardware"] = InstanceHardware.from_wire(value)
        if (value := data.get("networking")) is not None:
            kwargs["networking"] = InstanceNetworking.from_wire(value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = InstanceState.from_wire(value)
        if (value := data.get("username")) is not None:
            kwargs["username"] = value
        if (value := data.get("sshKeyName")) is not None:
            kwargs["ssh_key_name"] = value
        if (value := data.get("metadataOptions")) is not None:
            kwargs["metadata_options"] = InstanceMetadataOptions.from_wire(value)
        if (value := data.get("instanceStatus")) is not None:
            kwargs["instance_status"] = InstanceHealthStatus.from_wire(value)
        if (value := data.get("systemStatus")) is not None:
            kwargs["system_status"] = InstanceHealthStatus.from_wire(value)
        return cls(**kwargs)
