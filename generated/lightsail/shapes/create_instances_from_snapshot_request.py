"""CreateInstancesFromSnapshotRequest: The arguments of the ``CreateInstancesFromSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .add_on_request import AddOnRequest
from .disk_map import DiskMap
from .ip_address_type import IpAddressType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateInstancesFromSnapshotRequest(Shape):
    """The arguments of the ``CreateInstancesFromSnapshot`` operation."""

    instance_names: list[str]
    """The names for your new instances."""

    availability_zone: str
    """The Availability Zone where you want to create your instances. Use the
    following formatting: ``us-east-2a`` (case sensitive). You can get a
    list of Availability Zones by using the
    [get regions](http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html)
    operation. Be sure to add the ``include Availability Zones`` parameter
    to your request.
    """

    bundle_id: str
    """The bundle of specification information for your virtual private server
    (or *instance*), including the pricing plan (``micro_x_x``).
    """

    attached_disk_mapping: dict[str, list[DiskMap]] | None = None
    """An object containing information about one or more disk mappings."""

    instance_snapshot_name: str | None = None
    """The name of the instance snapshot on which you are basing your new
    instances. Use the get instance snapshots operation to return
    information about your existing snapshots.

    Constraint:

    - This parameter cannot be defined together with the
      ``source instance name`` parameter. The ``instance snapshot name`` and
      ``source instance name`` parameters are mutually exclusive.
    """

    user_data: str | None = None
    """You can create a launch script that configures a server with additional
    user data. For example, ``apt-get -y update``.

    Note:
        Depending on the machine image you choose, the command to get
        software on your instance varies. Amazon Linux and CentOS use
        ``yum``, Debian and Ubuntu use ``apt-get``, and FreeBSD uses
        ``pkg``. For a complete list, see the
        [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image).
    """

    key_pair_name: str | None = None
    """The name for your key pair."""

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

    source_instance_name: str | None = None
    """The name of the source instance from which the source automatic snapshot
    was created.

    Constraints:

    - This parameter cannot be defined together with the
      ``instance snapshot name`` parameter. The ``source instance name`` and
      ``instance snapshot name`` parameters are mutually exclusive.
    - Define this parameter only when creating a new instance from an
      automatic snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    restore_date: str | None = None
    """The date of the automatic snapshot to use for the new instance. Use the
    ``get auto snapshots`` operation to identify the dates of the available
    automatic snapshots.

    Constraints:

    - Must be specified in ``YYYY-MM-DD`` format.
    - This parameter cannot be defined together with the
      ``use latest restorable auto snapshot`` parameter. The
      ``restore date`` and ``use latest restorable auto snapshot``
      parameters are mutually exclusive.
    - Define this parameter only when creating a new instance from an
      automatic snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    use_latest_restorable_auto_snapshot: bool | None = None
    """A Boolean value to indicate whether to use the latest available
    automatic snapshot.

    Constraints:

    - This parameter cannot be defined together with the ``restore date``
      parameter. The ``use latest restorable auto snapshot`` and
      ``restore date`` parameters are mutually exclusive.
    - Define this parameter only when creating a new instance from an
      automatic snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_names": Rule(
            "instanceNames", "list", required=True, item=Rule("", "string")
        ),
        "availability_zone": Rule("availabilityZone", "string", required=True),
        "bundle_id": Rule("bundleId", "string", required=True),
        "attached_disk_mapping": Rule(
            "attachedDiskMapping",
            "map",
            item=Rule("", "list", item=Rule("", "DiskMap")),
        ),
        "instance_snapshot_name": Rule("instanceSnapshotName", "string"),
        "user_data": Rule("userData", "string"),
        "key_pair_name": Rule("keyPairName", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOnRequest")),
        "ip_address_type": Rule("ipAddressType", "string"),
        "source_instance_name": Rule("sourceInstanceName", "string"),
        "restore_date": Rule("restoreDate", "string"),
        "use_latest_restorable_auto_snapshot": Rule(
            "useLatestRestorableAutoSnapshot", "boolean"
        ),
    }

    def __init__(
        self,
        *,
        instance_names: list[str],
        availability_zone: str,
        bundle_id: str,
        attached_disk_mapping: dict[str, list[DiskMap]] | None = None,
        instance_snapshot_name: str | None = None,
        user_data: str | None = None,
        key_pair_name: str | None = None,
        tags: list[Tag] | None = None,
        add_ons: list[AddOnRequest] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        source_instance_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> None:
        self.instance_names = instance_names
        self.availability_zone = availability_zone
        self.bundle_id = bundle_id
        self.attached_disk_mapping = attached_disk_mapping
        self.instance_snapshot_name = instance_snapshot_name
        self.user_data = user_data
        self.key_pair_name = key_pair_name
        self.tags = tags
        self.add_ons = add_ons
        self.ip_address_type = ip_address_type
        self.source_instance_name = source_instance_name
        self.restore_date = restore_date
        self.use_latest_restorable_auto_snapshot = use_latest_restorable_auto_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateInstancesFromSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceNames")) is not None:
            kwargs["instance_names"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("attachedDiskMapping")) is not None:
            kwargs["attached_disk_mapping"] = {
                key: (
                    None
                    if item is None
                    else [
                        None if item1 is None else DiskMap.from_dict(item1)
                        for item1 in item
                    ]
                )
                for key, item in value.items()
            }
        if (value := data.get("instanceSnapshotName")) is not None:
            kwargs["instance_snapshot_name"] = value
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
        if (value := data.get("sourceInstanceName")) is not None:
            kwargs["source_instance_name"] = value
        if (value := data.get("restoreDate")) is not None:
            kwargs["restore_date"] = value
        if (value := data.get("useLatestRestorableAutoSnapshot")) is not None:
            kwargs["use_latest_restorable_auto_snapshot"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceNames": self.instance_names,
            "availabilityZone": self.availability_zone,
            "bundleId": self.bundle_id,
        }
        if self.attached_disk_mapping is not None:
            data["attachedDiskMapping"] = {
                key: [shape_to_dict(item1) for item1 in item]
                for key, item in self.attached_disk_mapping.items()
            }
        if self.instance_snapshot_name is not None:
            data["instanceSnapshotName"] = self.instance_snapshot_name
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
        if self.source_instance_name is not None:
            data["sourceInstanceName"] = self.source_instance_name
        if self.restore_date is not None:
            data["restoreDate"] = self.restore_date
        if self.use_latest_restorable_auto_snapshot is not None:
            data["useLatestRestorableAutoSnapshot"] = (
                self.use_latest_restorable_auto_snapshot
            )
        return data

    to_wire = to_dict
