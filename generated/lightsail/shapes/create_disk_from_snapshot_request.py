"""CreateDiskFromSnapshotRequest: The arguments of the ``CreateDiskFromSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .add_on_request import AddOnRequest
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDiskFromSnapshotRequest(Shape):
    """The arguments of the ``CreateDiskFromSnapshot`` operation."""

    disk_name: str
    """The unique Lightsail disk name (``my-disk``)."""

    availability_zone: str
    """The Availability Zone where you want to create the disk
    (``us-east-2a``). Choose the same Availability Zone as the Lightsail
    instance where you want to create the disk.

    Use the GetRegions operation to list the Availability Zones where
    Lightsail is currently available.
    """

    size_in_gb: int
    """The size of the disk in GB (``32``)."""

    disk_snapshot_name: str | None = None
    """The name of the disk snapshot (``my-snapshot``) from which to create the
    new storage disk.

    Constraint:

    - This parameter cannot be defined together with the
      ``source disk name`` parameter. The ``disk snapshot name`` and
      ``source disk name`` parameters are mutually exclusive.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    add_ons: list[AddOnRequest] | None = None
    """An array of objects that represent the add-ons to enable for the new
    disk.
    """

    source_disk_name: str | None = None
    """The name of the source disk from which the source automatic snapshot was
    created.

    Constraints:

    - This parameter cannot be defined together with the
      ``disk snapshot name`` parameter. The ``source disk name`` and
      ``disk snapshot name`` parameters are mutually exclusive.
    - Define this parameter only when creating a new disk from an automatic
      snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    restore_date: str | None = None
    """The date of the automatic snapshot to use for the new disk. Use the
    ``get auto snapshots`` operation to identify the dates of the available
    automatic snapshots.

    Constraints:

    - Must be specified in ``YYYY-MM-DD`` format.
    - This parameter cannot be defined together with the
      ``use latest restorable auto snapshot`` parameter. The
      ``restore date`` and ``use latest restorable auto snapshot``
      parameters are mutually exclusive.
    - Define this parameter only when creating a new disk from an automatic
      snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    use_latest_restorable_auto_snapshot: bool | None = None
    """A Boolean value to indicate whether to use the latest available
    automatic snapshot.

    Constraints:

    - This parameter cannot be defined together with the ``restore date``
      parameter. The ``use latest restorable auto snapshot`` and
      ``restore date`` parameters are mutually exclusive.
    - Define this parameter only when creating a new disk from an automatic
      snapshot. For more information, see the
      [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_name": Rule("diskName", "string", required=True),
        "availability_zone": Rule("availabilityZone", "string", required=True),
        "size_in_gb": Rule("sizeInGb", "integer", required=True),
        "disk_snapshot_name": Rule("diskSnapshotName", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOnRequest")),
        "source_disk_name": Rule("sourceDiskName", "string"),
        "restore_date": Rule("restoreDate", "string"),
        "use_latest_restorable_auto_snapshot": Rule(
            "useLatestRestorableAutoSnapshot", "boolean"
        ),
    }

    def __init__(
        self,
        *,
        disk_name: str,
        availability_zone: str,
        size_in_gb: int,
        disk_snapshot_name: str | None = None,
        tags: list[Tag] | None = None,
        add_ons: list[AddOnRequest] | None = None,
        source_disk_name: str | None = None,
        restore_date: str | None = None,
        use_latest_restorable_auto_snapshot: bool | None = None,
    ) -> None:
        self.disk_name = disk_name
        self.availability_zone = availability_zone
        self.size_in_gb = size_in_gb
        self.disk_snapshot_name = disk_snapshot_name
        self.tags = tags
        self.add_ons = add_ons
        self.source_disk_name = source_disk_name
        self.restore_date = restore_date
        self.use_latest_restorable_auto_snapshot = use_latest_restorable_auto_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDiskFromSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskName")) is not None:
            kwargs["disk_name"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("diskSnapshotName")) is not None:
            kwargs["disk_snapshot_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOnRequest.from_dict(item) for item in value
            ]
        if (value := data.get("sourceDiskName")) is not None:
            kwargs["source_disk_name"] = value
        if (value := data.get("restoreDate")) is not None:
            kwargs["restore_date"] = value
        if (value := data.get("useLatestRestorableAutoSnapshot")) is not None:
            kwargs["use_latest_restorable_auto_snapshot"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskName": self.disk_name,
            "availabilityZone": self.availability_zone,
            "sizeInGb": self.size_in_gb,
        }
        if self.disk_snapshot_name is not None:
            data["diskSnapshotName"] = self.disk_snapshot_name
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.add_ons is not None:
            data["addOns"] = [shape_to_dict(item) for item in self.add_ons]
        if self.source_disk_name is not None:
            data["sourceDiskName"] = self.source_disk_name
        if self.restore_date is not None:
            data["restoreDate"] = self.restore_date
        if self.use_latest_restorable_auto_snapshot is not None:
            data["useLatestRestorableAutoSnapshot"] = (
                self.use_latest_restorable_auto_snapshot
            )
        return data

    to_wire = to_dict
