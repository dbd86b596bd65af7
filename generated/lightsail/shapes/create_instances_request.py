"""CreateInstancesRequest: The arguments of the ``CreateInstances`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .add_on_request import AddOnRequest
from .ip_address_type import IpAddressType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateInstancesRequest(Shape):
    """The arguments of the ``CreateInstances`` operation."""

    instance_names: list[str]
    """The names to use for your new Lightsail instances. Separate multiple
    values using quotation marks and commas, for example:
    ``["MyFirstInstance","MySecondInstance"]``
    """

    availability_zone: str
    """The Availability Zone in which to create your instance. Use the
    following format: ``us-east-2a`` (case sensitive). You can get a list of
    Availability Zones by using the
    [get regions](http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html)
    operation. Be sure to add the ``include Availability Zones`` parameter
    to your request.
    """

    blueprint_id: str
    """The ID for a virtual private server image (``app_wordpress_x_x`` or
    ``app_lamp_x_x``). Use the ``get blueprints`` operation to return a list
    of available images (or *blueprints*).

    Note:
        Use active blueprints when creating new instances. Inactive
        blueprints are listed to support customers with existing instances
        and are not necessarily available to create new instances.
        Blueprints are marked inactive when they become outdated due to
        operating system updates or new application releases.
    """

    bundle_id: str
    """The bundle of specification information for your virtual private server
    (or *instance*), including the pricing plan (``medium_x_x``).
    """

    custom_image_name: str | None = None
    """Deprecated. (Discontinued) The name for your custom image.

    Note:
        In releases prior to June 12, 2017, this parameter was ignored by
        the API. It is now discontinued.
    """

    user_data: str | None = None
    """A launch script you can create that configures a server with additional
    user data. For example, you might want to run ``apt-get -y update``.

    Note:
        Depending on the machine image you choose, the command to get
        software on your instance varies. Amazon Linux and CentOS use
        ``yum``, Debian and Ubuntu use ``apt-get``, and FreeBSD uses
        ``pkg``. For a complete list, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image).
    """

    key_pair_name: str | None = None
    """The name of your key pair."""

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    add_ons: list[AddOnRequest] | None = None
    """An array of objects representing the add-ons to enable for the new
    instance.
    """

    ip_address_type: IpAddressType | str | None = None
    """The IP address type for the instance.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.

    The default value is ``dualstack``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_names": Rule(
            "instanceNames", "list", required=True, item=Rule("", "string")
        ),
        "availability_zone": Rule("availabilityZone", "string", required=True),
        "blueprint_id": Rule("blueprintId", "string", required=True),
        "bundle_id": Rule("bundleId", "string", required=True),
        "custom_image_name": Rule("customImageName", "string"),
        "user_data": Rule("userData", "string"),
        "key_pair_name": Rule("keyPairName", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOnRequest")),
        "ip_address_type": Rule("ipAddressType", "string"),
    }

    def __init__(
        self,
        *,
        instance_names: list[str],
        availability_zone: str,
        blueprint_id: str,
        bundle_id: str,
        custom_image_name: str | None = None,
        user_data: str | None = None,
        key_pair_name: str | None = None,
        tags: list[Tag] | None = None,
        add_ons: list[AddOnRequest] | None = None,
        ip_address_type: IpAddressType | str | None = None,
    ) -> None:
        self.instance_names = instance_names
        self.availability_zone = availability_zone
        self.blueprint_id = blueprint_id
        self.bundle_id = bundle_id
        self.custom_image_name = custom_image_name
        self.user_data = user_data
        self.key_pair_name = key_pair_name
        self.tags = tags
        self.add_ons = add_ons
        self.ip_address_type = ip_address_type

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateInstancesRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceNames")) is not None:
            kwargs["instance_names"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("blueprintId")) is not None:
            kwargs["blueprint_id"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("customImageName")) is not None:
            kwargs["custom_image_name"] = value
        if (value := data.get("userData")) is not None:
            kwargs["user_data"] = value
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOnRequest.from_dict(item) for item in value
            ]
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceNames": self.instance_names,
            "availabilityZone": self.availability_zone,
            "blueprintId": self.blueprint_id,
            "bundleId": self.bundle_id,
        }
        if self.custom_image_name is not None:
            data["customImageName"] = self.custom_image_name
        if self.user_data is not None:
            data["userData"] = self.user_data
        if self.key_pair_name is not None:
            data["keyPairName"] = self.key_pair_name
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.add_ons is not None:
            data["addOns"] = [shape_to_dict(item) for item in self.add_ons]
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        return data

    to_wire = to_dict
