"""CreateRelationalDatabaseFromSnapshotRequest: The arguments of the ``CreateRelationalDatabaseFromSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, shape_to_dict, timestamp_to_epoch
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateRelationalDatabaseFromSnapshotRequest(Shape):
    """The arguments of the ``CreateRelationalDatabaseFromSnapshot`` operation."""

    relational_database_name: str
    """The name to use for your new Lightsail database resource.

    Constraints:

    - Must contain from 2 to 255 alphanumeric characters, or hyphens.
    - The first and last character must be a letter or number.
    """

    availability_zone: str | None = None
    """The Availability Zone in which to create your new database. Use the
    ``us-east-2a`` case-sensitive format.

    You can get a list of Availability Zones by using the ``get regions``
    operation. Be sure to add the
    ``include relational database Availability Zones`` parameter to your
    request.
    """

    publicly_accessible: bool | None = None
    """Specifies the accessibility options for your new database. A value of
    ``true`` specifies a database that is available to resources outside of
    your Lightsail account. A value of ``false`` specifies a database that
    is available only to your Lightsail resources in the same region as your
    database.
    """

    relational_database_snapshot_name: str | None = None
    """The name of the database snapshot from which to create your new
    database.
    """

    relational_database_bundle_id: str | None = None
    """The bundle ID for your new database. A bundle describes the performance
    specifications for your database.

    You can get a list of database bundle IDs by using the
    ``get relational database bundles`` operation.

    When creating a new database from a snapshot, you cannot choose a bundle
    that is smaller than the bundle of the source database.
    """

    source_relational_database_name: str | None = None
    """The name of the source database."""

    restore_time: datetime | None = None
    """The date and time to restore your database from.

    Constraints:

    - Must be before the latest restorable time for the database.
    - Cannot be specified if the ``use latest restorable time`` parameter is
      ``true``.
    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use a restore time of October 1, 2018, at
      8 PM UTC, then you input ``1538424000`` as the restore time.
    """

    use_latest_restorable_time: bool | None = None
    """Specifies whether your database is restored from the latest backup time.
    A value of ``true`` restores from the latest backup time.

    Default: ``false``

    Constraints: Cannot be specified if the ``restore time`` parameter is
    provided.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "availability_zone": Rule("availabilityZone", "string"),
        "publicly_accessible": Rule("publiclyAccessible", "boolean"),
        "relational_database_snapshot_name": Rule(
            "relationalDatabaseSnapshotName", "string"
        ),
        "relational_database_bundle_id": Rule("relationalDatabaseBundleId", "string"),
        "source_relational_database_name": Rule(
            "sourceRelationalDatabaseName", "string"
        ),
        "restore_time": Rule("restoreTime", "timestamp"),
        "use_latest_restorable_time": Rule("useLatestRestorableTime", "boolean"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        availability_zone: str | None = None,
        publicly_accessible: bool | None = None,
        relational_database_snapshot_name: str | None = None,
        relational_database_bundle_id: str | None = None,
        source_relational_database_name: str | None = None,
        restore_time: datetime | None = None,
        use_latest_restorable_time: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.availability_zone = availability_zone
        self.publicly_accessible = publicly_accessible
        self.relational_database_snapshot_name = relational_database_snapshot_name
        self.relational_database_bundle_id = relational_database_bundle_id
        self.source_relational_database_name = source_relational_database_name
        self.restore_time = restore_time
        self.use_latest_restorable_time = use_latest_restorable_time
        self.tags = tags

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CreateRelationalDatabaseFromSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("publiclyAccessible")) is not None:
            kwargs["publicly_accessible"] = value
        if (value := data.get("relationalDatabaseSnapshotName")) is not None:
            kwargs["relational_database_snapshot_name"] = value
        if (value := data.get("relationalDatabaseBundleId")) is not None:
            kwargs["relational_database_bundle_id"] = value
        if (value := data.get("sourceRelationalDatabaseName")) is not None:
            kwargs["source_relational_database_name"] = value
        if (value := data.get("restoreTime")) is not None:
            kwargs["restore_time"] = parse_timestamp(value)
        if (value := data.get("useLatestRestorableTime")) is not None:
            kwargs["use_latest_restorable_time"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.availability_zone is not None:
            data["availabilityZone"] = self.availability_zone
        if self.publicly_accessible is not None:
            data["publiclyAccessible"] = self.publicly_accessible
        if self.relational_database_snapshot_name is not None:
            data["relationalDatabaseSnapshotName"] = (
                self.relational_database_snapshot_name
            )
        if self.relational_database_bundle_id is not None:
            data["relationalDatabaseBundleId"] = self.relational_database_bundle_id
        if self.source_relational_database_name is not None:
            data["sourceRelationalDatabaseName"] = self.source_relational_database_name
        if self.restore_time is not None:
            data["restoreTime"] = self.restore_time
        if self.use_latest_restorable_time is not None:
            data["useLatestRestorableTime"] = self.use_latest_restorable_time
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.availability_zone is not None:
            data["availabilityZone"] = self.availability_zone
        if self.publicly_accessible is not None:
            data["publiclyAccessible"] = self.publicly_accessible
        if self.relational_database_snapshot_name is not None:
            data["relationalDatabaseSnapshotName"] = (
                self.relational_database_snapshot_name
            )
        if self.relational_database_bundle_id is not None:
            data["relationalDatabaseBundleId"] = self.relational_database_bundle_id
        if self.source_relational_database_name is not None:
            data["sourceRelationalDatabaseName"] = self.source_relational_database_name
        if self.restore_time is not None:
            data["restoreTime"] = timestamp_to_epoch(self.restore_time)
        if self.use_latest_restorable_time is not None:
            data["useLatestRestorableTime"] = self.use_latest_restorable_time
        if self.tags is not None:
            data["tags"] = [item.to_wire() for item in self.tags]
        return data
