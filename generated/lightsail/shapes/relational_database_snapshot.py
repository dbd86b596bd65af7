"""RelationalDatabaseSnapshot: Describes a database snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseSnapshot(Shape):
    """Describes a database snapshot."""

    name: str | None = None
    """The name of the database snapshot."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the database snapshot."""

    support_code: str | None = None
    """The support code for the database snapshot. Include this code in your
    email to support when you have questions about a database snapshot in
    Lightsail. This code enables our support team to look up your Lightsail
    information more easily.
    """

    created_at: datetime | None = None
    """The timestamp when the database snapshot was created."""

    location: ResourceLocation | None = None
    """The Region name and Availability Zone where the database snapshot is
    located.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    engine: str | None = None
    """The software of the database snapshot (for example, ``MySQL``)"""

    engine_version: str | None = None
    """The database engine version for the database snapshot (for example,
    ``5.7.23``).
    """

    size_in_gb: int | None = None
    """The size of the disk in GB (for example, ``32``) for the database
    snapshot.
    """

    state: str | None = None
    """The state of the database snapshot."""

    from_relational_database_name: str | None = None
    """The name of the source database from which the database snapshot was
    created.
    """

    from_relational_database_arn: str | None = None
    """The Amazon Resource Name (ARN) of the database from which the database
    snapshot was created.
    """

    from_relational_database_bundle_id: str | None = None
    """The bundle ID of the database from which the database snapshot was
    created.
    """

    from_relational_database_blueprint_id: str | None = None
    """The blueprint ID of the database from which the database snapshot was
    created. A blueprint describes the major engine version of a database.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "engine": Rule("engine", "string"),
        "engine_version": Rule("engineVersion", "string"),
        "size_in_gb": Rule("sizeInGb", "integer"),
        "state": Rule("state", "string"),
        "from_relational_database_name": Rule("fromRelationalDatabaseName", "string"),
        "from_relational_database_arn": Rule("fromRelationalDatabaseArn", "string"),
        "from_relational_database_bundle_id": Rule(
            "fromRelationalDatabaseBundleId", "string"
        ),
        "from_relational_database_blueprint_id": Rule(
            "fromRelationalDatabaseBlueprintId", "string"
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
        engine: str | None = None,
        engine_version: str | None = None,
        size_in_gb: int | None = None,
        state: str | None = None,
        from_relational_database_name: str | None = None,
        from_relational_database_arn: str | None = None,
        from_relational_database_bundle_id: str | None = None,
        from_relational_database_blueprint_id: str | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.engine = engine
        self.engine_version = engine_version
        self.size_in_gb = size_in_gb
        self.state = state
        self.from_relational_database_name = from_relational_database_name
        self.from_relational_database_arn = from_relational_database_arn
        self.from_relational_database_bundle_id = from_relational_database_bundle_id
        self.from_relational_database_blueprint_id = (
            from_relational_database_blueprint_id
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseSnapshot:
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
        if (value := data.get("engine")) is not None:
            kwargs["engine"] = value
        if (value := data.get("engineVersion")) is not None:
            kwargs["engine_version"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = value
        if (value := data.get("fromRelationalDatabaseName")) is not None:
            kwargs["from_relational_database_name"] = value
        if (value := data.get("fromRelationalDatabaseArn")) is not None:
            kwargs["from_relational_database_arn"] = value
        if (value := data.get("fromRelationalDatabaseBundleId")) is not None:
            kwargs["from_relational_database_bundle_id"] = value
        if (value := data.get("fromRelationalDatabaseBlueprintId")) is not None:
            kwargs["from_relational_database_blueprint_id"] = value
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
        if self.engine is not None:
            data["engine"] = self.engine
        if self.engine_version is not None:
            data["engineVersion"] = self.engine_version
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        if self.state is not None:
            data["state"] = self.state
        if self.from_relational_database_name is not None:
            data["fromRelationalDatabaseName"] = self.from_relational_database_name
        if self.from_relational_database_arn is not None:
            data["fromRelationalDatabaseArn"] = self.from_relational_database_arn
        if self.from_relational_database_bundle_id is not None:
            data["fromRelationalDatabaseBundleId"] = (
                self.from_relational_database_bundle_id
            )
        if self.from_relational_database_blueprint_id is not None:
            data["fromRelationalDatabaseBlueprintId"] = (
                self.from_relational_database_blueprint_id
            )
        return data

    from_wire = from_dict
