"""RelationalDatabase: Describes a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .pending_maintenance_action import PendingMaintenanceAction
from .pending_modified_relational_database_values import (
    PendingModifiedRelationalDatabaseValues,
)
from .relational_database_endpoint import RelationalDatabaseEndpoint
from .relational_database_hardware import RelationalDatabaseHardware
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabase(Shape):
    """Describes a database."""

    name: str | None = None
    """The unique name of the database resource in Lightsail."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the database."""

    support_code: str | None = None
    """The support code for the database. Include this code in your email to
    support when you have questions about a database in Lightsail. This code
    enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The timestamp when the database was created. Formatted in Unix time."""

    location: ResourceLocation | None = None
    """The Region name and Availability Zone where the database is located."""

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type for the database (for example,
    ``RelationalDatabase``).
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    relational_database_blueprint_id: str | None = None
    """The blueprint ID for the database. A blueprint describes the major
    engine version of a database.
    """

    relational_database_bundle_id: str | None = None
    """The bundle ID for the database. A bundle describes the performance
    specifications for your database.
    """

    master_database_name: str | None = None
    """The name of the master database created when the Lightsail database
    resource is created.
    """

    hardware: RelationalDatabaseHardware | None = None
    """Describes the hardware of the database."""

    state: str | None = None
    """Describes the current state of the database."""

    secondary_availability_zone: str | None = None
    """Describes the secondary Availability Zone of a high availability
    database.

    The secondary database is used for failover support of a high
    availability database.
    """

    backup_retention_enabled: bool | None = None
    """A Boolean value indicating whether automated backup retention is enabled
    for the database.
    """

    pending_modified_values: PendingModifiedRelationalDatabaseValues | None = None
    """Describes pending database value modifications."""

    engine: str | None = None
    """The database software (for example, ``MySQL``)."""

    engine_version: str | None = None
    """The database engine version (for example, ``5.7.23``)."""

    latest_restorable_time: datetime | None = None
    """The latest point in time to which the database can be restored.
    Formatted in Unix time.
    """

    master_username: str | None = None
    """The master user name of the database."""

    parameter_apply_status: str | None = None
    """The status of parameter updates for the database."""

    preferred_backup_window: str | None = None
    """The daily time range during which automated backups are created for the
    database (for example, ``16:00-16:30``).
    """

    preferred_maintenance_window: str | None = None
    """The weekly time range during which system maintenance can occur on the
    database.

    In the format ``ddd:hh24:mi-ddd:hh24:mi``. For example,
    ``Tue:17:00-Tue:17:30``.
    """

    publicly_accessible: bool | None = None
    """A Boolean value indicating whether the database is publicly accessible."""

    master_endpoint: RelationalDatabaseEndpoint | None = None
    """The master endpoint for the database."""

    pending_maintenance_actions: list[PendingMaintenanceAction] | None = None
    """Describes the pending maintenance actions for the database."""

    ca_certificate_identifier: str | None = None
    """The certificate associated with the database."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "relational_database_blueprint_id": Rule(
            "relationalDatabaseBlueprintId", "string"
        ),
        "relational_database_bundle_id": Rule("relationalDatabaseBundleId", "string"),
        "master_database_name": Rule("masterDatabaseName", "string"),
        "hardware": Rule("hardware", "RelationalDatabaseHardware"),
        "state": Rule("state", "string"),
        "secondary_availability_zone": Rule("secondaryAvailabilityZone", "string"),
        "backup_retention_enabled": Rule("backupRetentionEnabled", "boolean"),
        "pending_modified_values": Rule(
            "pendingModifiedValues", "PendingModifiedRelationalDatabaseValues"
        ),
        "engine": Rule("engine", "string"),
        "engine_version": Rule("engineVersion", "string"),
        "latest_restorable_time": Rule("latestRestorableTime", "timestamp"),
        "master_username": Rule("masterUsername", "string"),
        "parameter_apply_status": Rule("parameterApplyStatus", "string"),
        "preferred_backup_window": Rule("preferredBackupWindow", "string"),
        "preferred_maintenance_window": Rule("preferredMaintenanceWindow", "string"),
        "publicly_accessible": Rule("publiclyAccessible", "boolean"),
        "master_endpoint": Rule("masterEndpoint", "RelationalDatabaseEndpoint"),
        "pending_maintenance_actions": Rule(
            "pendingMaintenanceActions",
            "list",
            item=Rule("", "PendingMaintenanceAction"),
        ),
        "ca_certificate_identifier": Rule("caCertificateIdentifier", "string"),
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
        relational_database_blueprint_id: str | None = None,
        relational_database_bundle_id: str | None = None,
        master_database_name: str | None = None,
        hardware: RelationalDatabaseHardware | None = None,
        state: str | None = None,
        secondary_availability_zone: str | None = None,
        backup_retention_enabled: bool | None = None,
        pending_modified_values: PendingModifiedRelationalDatabaseValues | None = None,
        engine: str | None = None,
        engine_version: str | None = None,
        latest_restorable_time: datetime | None = None,
        master_username: str | None = None,
        parameter_apply_status: str | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        publicly_accessible: bool | None = None,
        master_endpoint: RelationalDatabaseEndpoint | None = None,
        pending_maintenance_actions: list[PendingMaintenanceAction] | None = None,
        ca_certificate_identifier: str | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.relational_database_blueprint_id = relational_database_blueprint_id
        self.relational_database_bundle_id = relational_database_bundle_id
        self.master_database_name = master_database_name
        self.hardware = hardware
        self.state = state
        self.secondary_availability_zone = secondary_availability_zone
        self.backup_retention_enabled = backup_retention_enabled
        self.pending_modified_values = pending_modified_values
        self.engine = engine
        self.engine_version = engine_version
        self.latest_restorable_time = latest_restorable_time
        self.master_username = master_username
        self.parameter_apply_status = parameter_apply_status
        self.preferred_backup_window = preferred_backup_window
        self.preferred_maintenance_window = preferred_maintenance_window
        self.publicly_accessible = publicly_accessible
        self.master_endpoint = master_endpoint
        self.pending_maintenance_actions = pending_maintenance_actions
        self.ca_certificate_identifier = ca_certificate_identifier

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabase:
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
        if (value := data.get("relationalDatabaseBlueprintId")) is not None:
            kwargs["relational_database_blueprint_id"] = value
        if (value := data.get("relationalDatabaseBundleId")) is not None:
            kwargs["relational_database_bundle_id"] = value
        if (value := data.get("masterDatabaseName")) is not None:
            kwargs["master_database_name"] = value
        if (value := data.get("hardware")) is not None:
            kwargs["hardware"] = RelationalDatabaseHardware.from_dict(value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = value
        if (value := data.get("secondaryAvailabilityZone")) is not None:
            kwargs["secondary_availability_zone"] = value
        if (value := data.get("backupRetentionEnabled")) is not None:
            kwargs["backup_retention_enabled"] = value
        if (value := data.get("pendingModifiedValues")) is not None:
            kwargs["pending_modified_values"] = (
                PendingModifiedRelationalDatabaseValues.from_dict(value)
            )
        if (value := data.get("engine")) is not None:
            kwargs["engine"] = value
        if (value := data.get("engineVersion")) is not None:
            kwargs["engine_version"] = value
        if (value := data.get("latestRestorableTime")) is not None:
            kwargs["latest_restorable_time"] = parse_timestamp(value)
        if (value := data.get("masterUsername")) is not None:
            kwargs["master_username"] = value
        if (value := data.get("parameterApplyStatus")) is not None:
            kwargs["parameter_apply_status"] = value
        if (value := data.get("preferredBackupWindow")) is not None:
            kwargs["preferred_backup_window"] = value
        if (value := data.get("preferredMaintenanceWindow")) is not None:
            kwargs["preferred_maintenance_window"] = value
        if (value := data.get("publiclyAccessible")) is not None:
            kwargs["publicly_accessible"] = value
        if (value := data.get("masterEndpoint")) is not None:
            kwargs["master_endpoint"] = RelationalDatabaseEndpoint.from_dict(value)
        if (value := data.get("pendingMaintenanceActions")) is not None:
            kwargs["pending_maintenance_actions"] = [
                None if item is None else PendingMaintenanceAction.from_dict(item)
                for item in value
            ]
        if (value := data.get("caCertificateIdentifier")) is not None:
            kwargs["ca_certificate_identifier"] = value
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
        if self.relational_database_blueprint_id is not None:
            data["relationalDatabaseBlueprintId"] = (
                self.relational_database_blueprint_id
            )
        if self.relational_database_bundle_id is not None:
            data["relationalDatabaseBundleId"] = self.relational_database_bundle_id
        if self.master_database_name is not None:
            data["masterDatabaseName"] = self.master_database_name
        if self.hardware is not None:
            data["hardware"] = self.hardware.to_dict()
        if self.state is not None:
            data["state"] = self.state
        if self.secondary_availability_zone is not None:
            data["secondaryAvailabilityZone"] = self.secondary_availability_zone
        if self.backup_retention_enabled is not None:
            data["backupRetentionEnabled"] = self.backup_retention_enabled
        if self.pending_modified_values is not None:
            data["pendingModifiedValues"] = self.pending_modified_values.to_dict()
        if self.engine is not None:
            data["engine"] = self.engine
        if self.engine_version is not None:
            data["engineVersion"] = self.engine_version
        if self.latest_restorable_time is not None:
            data["latestRestorableTime"] = self.latest_restorable_time
        if self.master_username is not None:
            data["masterUsername"] = self.master_username
        if self.parameter_apply_status is not None:
            data["parameterApplyStatus"] = self.parameter_apply_status
        if self.preferred_backup_window is not None:
            data["preferredBackupWindow"] = self.preferred_backup_window
        if self.preferred_maintenance_window is not None:
            data["preferredMaintenanceWindow"] = self.preferred_maintenance_window
        if self.publicly_accessible is not None:
            data["publiclyAccessible"] = self.publicly_accessible
        if self.master_endpoint is not None:
            data["masterEndpoint"] = self.master_endpoint.to_dict()
        if self.pending_maintenance_actions is not None:
            data["pendingMaintenanceActions"] = [
                shape_to_dict(item) for item in self.pending_maintenance_actions
            ]
        if self.ca_certificate_identifier is not None:
            data["caCertificateIdentifier"] = self.ca_certificate_identifier
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> RelationalDatabase:
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
        if (value := data.get("relationalDatabaseBlueprintId")) is not None:
            kwargs["relational_database_blueprint_id"] = value
        if (value := data.get("relationalDatabaseBundleId")) is not None:
            kwargs["relational_database_bundle_id"] = value
        if (value := data.get("masterDatabaseName")) is not None:
            kwargs["master_database_name"] = value
        if (value := data.get("hardware")) is not None:
            kwargs["hardware"] = RelationalDatabaseHardware.from_wire(value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = value
        if (value := data.get("secondaryAvailabilityZone")) is not None:
            kwargs["secondary_availability_zone"] = value
        if (value := data.get("backupRetentionEnabled")) is not None:
            kwargs["backup_retention_enabled"] = value
        if (value := data.get("pendingModifiedValues")) is not None:
            kwargs["pending_modified_values"] = (
                PendingModifiedRelationalDatabaseValues.from_wire(value)
            )
        if (value := data.get("engine")) is not None:
            kwargs["engine"] = value
        if (value := data.get("engineVersion")) is not None:
            kwargs["engine_version"] = value
        if (value := data.get("latestRestorableTime")) is not None:
            kwargs["latest_restorable_time"] = parse_timestamp(value)
        if (value := data.get("masterUsername")) is not None:
            kwargs["master_username"] = value
        if (value := data.get("parameterApplyStatus")) is not None:
            kwargs["parameter_apply_status"] = value
        if (value := data.get("preferredBackupWindow")) is not None:
            kwargs["preferred_backup_window"] = value
        if (value := data.get("preferredMaintenanceWindow")) is not None:
            kwargs["preferred_maintenance_window"] = value
        if (value := data.get("publiclyAccessible")) is not None:
            kwargs["publicly_accessible"] = value
        if (value := data.get("masterEndpoint")) is not None:
            kwargs["master_endpoint"] = RelationalDatabaseEndpoint.from_wire(value)
        if (value := data.get("pendingMaintenanceActions")) is not None:
            kwargs["pending_maintenance_actions"] = [
                None if item is None else PendingMaintenanceAction.from_wire(item)
                for item in value
            ]
        if (value := data.get("caCertificateIdentifier")) is not None:
            kwargs["ca_certificate_identifier"] = value
        return cls(**kwargs)
