"""CreateRelationalDatabaseRequest: The arguments of the ``CreateRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateRelationalDatabaseRequest(Shape):
    """The arguments of the ``CreateRelationalDatabase`` operation."""

    relational_database_name: str
    """The name to use for your new Lightsail database resource.

    Constraints:

    - Must contain from 2 to 255 alphanumeric characters, or hyphens.
    - The first and last character must be a letter or number.
    """

    relational_database_blueprint_id: str
    """The blueprint ID for your new database. A blueprint describes the major
    engine version of a database.

    You can get a list of database blueprints IDs by using the
    ``get relational database blueprints`` operation.
    """

    relational_database_bundle_id: str
    """The bundle ID for your new database. A bundle describes the performance
    specifications for your database.

    You can get a list of database bundle IDs by using the
    ``get relational database bundles`` operation.
    """

    master_database_name: str
    """The meaning of this parameter differs according to the database engine
    you use.

    **MySQL**

    The name of the database to create when the Lightsail database resource
    is created. If this parameter isn't specified, no database is created in
    the database resource.

    Constraints:

    - Must contain 1 to 64 letters or numbers.
    - Must begin with a letter. Subsequent characters can be letters,
      underscores, or digits (0- 9).
    - Can't be a word reserved by the specified database engine.
      For more information about reserved words in MySQL, see the Keywords
      and Reserved Words articles for
      [MySQL 5.6](https://dev.mysql.com/doc/refman/5.6/en/keywords.html),
      [MySQL 5.7](https://dev.mysql.com/doc/refman/5.7/en/keywords.html),
      and
      [MySQL 8.0](https://dev.mysql.com/doc/refman/8.0/en/keywords.html).

    **PostgreSQL**

    The name of the database to create when the Lightsail database resource
    is created. If this parameter isn't specified, a database named
    ``postgres`` is created in the database resource.

    Constraints:

    - Must contain 1 to 63 letters or numbers.
    - Must begin with a letter. Subsequent characters can be letters,
      underscores, or digits (0- 9).
    - Can't be a word reserved by the specified database engine.
      For more information about reserved words in PostgreSQL, see the SQL
      Key Words articles for
      [PostgreSQL 9.6](https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html),
      [PostgreSQL 10](https://www.postgresql.org/docs/10/sql-keywords-appendix.html),
      [PostgreSQL 11](https://www.postgresql.org/docs/11/sql-keywords-appendix.html),
      and
      [PostgreSQL 12](https://www.postgresql.org/docs/12/sql-keywords-appendix.html).
    """

    master_username: str
    """The name for the master user.

    **MySQL**

    Constraints:

    - Required for MySQL.
    - Must be 1 to 16 letters or numbers. Can contain underscores.
    - First character must be a letter.
    - Can't be a reserved word for the chosen database engine.
      For more information about reserved words in MySQL 5.6 or 5.7, see the
      Keywords and Reserved Words articles for
      [MySQL 5.6](https://dev.mysql.com/doc/refman/5.6/en/keywords.html),
      [MySQL 5.7](https://dev.mysql.com/doc/refman/5.7/en/keywords.html), or
      [MySQL 8.0](https://dev.mysql.com/doc/refman/8.0/en/keywords.html).

    **PostgreSQL**

    Constraints:

    - Required for PostgreSQL.
    - Must be 1 to 63 letters or numbers. Can contain underscores.
    - First character must be a letter.
    - Can't be a reserved word for the chosen database engine.
      For more information about reserved words in MySQL 5.6 or 5.7, see the
      Keywords and Reserved Words articles for
      [PostgreSQL 9.6](https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html),
      [PostgreSQL 10](https://www.postgresql.org/docs/10/sql-keywords-appendix.html),
      [PostgreSQL 11](https://www.postgresql.org/docs/11/sql-keywords-appendix.html),
      and
      [PostgreSQL 12](https://www.postgresql.org/docs/12/sql-keywords-appendix.html).
    """

    availability_zone: str | None = None
    """The Availability Zone in which to create your new database. Use the
    ``us-east-2a`` case-sensitive format.

    You can get a list of Availability Zones by using the ``get regions``
    operation. Be sure to add the
    ``include relational database Availability Zones`` parameter to your
    request.
    """

    master_user_password: str | None = field(default=None, metadata={"sensitive": True})
    """The password for the master user. The password can include any printable
    ASCII character except "/", ""\", or "@". It cannot contain spaces.

    **MySQL**

    Constraints: Must contain from 8 to 41 characters.

    **PostgreSQL**

    Constraints: Must contain from 8 to 128 characters.
    """

    preferred_backup_window: str | None = None
    """The daily time range during which automated backups are created for your
    new database if automated backups are enabled.

    The default is a 30-minute window selected at random from an 8-hour
    block of time for each AWS Region. For more information about the
    preferred backup window time blocks for each region, see the
    [Working With Backups](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupWindow)
    guide in the Amazon Relational Database Service documentation.

    Constraints:

    - Must be in the ``hh24:mi-hh24:mi`` format.
      Example: ``16:00-16:30``
    - Specified in Coordinated Universal Time (UTC).
    - Must not conflict with the preferred maintenance window.
    - Must be at least 30 minutes.
    """

    preferred_maintenance_window: str | None = None
    """The weekly time range during which system maintenance can occur on your
    new database.

    The default is a 30-minute window selected at random from an 8-hour
    block of time for each AWS Region, occurring on a random day of the
    week.

    Constraints:

    - Must be in the ``ddd:hh24:mi-ddd:hh24:mi`` format.
    - Valid days: Mon, Tue, Wed, Thu, Fri, Sat, Sun.
    - Must be at least 30 minutes.
    - Specified in Coordinated Universal Time (UTC).
    - Example: ``Tue:17:00-Tue:17:30``
    """

    publicly_accessible: bool | None = None
    """Specifies the accessibility options for your new database. A value of
    ``true`` specifies a database that is available to resources outside of
    your Lightsail account. A value of ``false`` specifies a database that
    is available only to your Lightsail resources in the same region as your
    database.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "relational_database_blueprint_id": Rule(
            "relationalDatabaseBlueprintId", "string", required=True
        ),
        "relational_database_bundle_id": Rule(
            "relationalDatabaseBundleId", "string", required=True
        ),
        "master_database_name": Rule("masterDatabaseName", "string", required=True),
        "master_username": Rule("masterUsername", "string", required=True),
        "availability_zone": Rule("availabilityZone", "string"),
        "master_user_password": Rule("masterUserPassword", "string"),
        "preferred_backup_window": Rule("preferredBackupWindow", "string"),
        "preferred_maintenance_window": Rule("preferredMaintenanceWindow", "string"),
        "publicly_accessible": Rule("publiclyAccessible", "boolean"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        relational_database_blueprint_id: str,
        relational_database_bundle_id: str,
        master_database_name: str,
        master_username: str,
        availability_zone: str | None = None,
        master_user_password: str | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        publicly_accessible: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.relational_database_blueprint_id = relational_database_blueprint_id
        self.relational_database_bundle_id = relational_database_bundle_id
        self.master_database_name = master_database_name
        self.master_username = master_username
        self.availability_zone = availability_zone
        self.master_user_password = master_user_password
        self.preferred_backup_window = preferred_backup_window
        self.preferred_maintenance_window = preferred_maintenance_window
        self.publicly_accessible = publicly_accessible
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateRelationalDatabaseRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("relationalDatabaseBlueprintId")) is not None:
            kwargs["relational_database_blueprint_id"] = value
        if (value := data.get("relationalDatabaseBundleId")) is not None:
            kwargs["relational_database_bundle_id"] = value
        if (value := data.get("masterDatabaseName")) is not None:
            kwargs["master_database_name"] = value
        if (value := data.get("masterUsername")) is not None:
            kwargs["master_username"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("masterUserPassword")) is not None:
            kwargs["master_user_password"] = value
        if (value := data.get("preferredBackupWindow")) is not None:
            kwargs["preferred_backup_window"] = value
        if (value := data.get("preferredMaintenanceWindow")) is not None:
            kwargs["preferred_maintenance_window"] = value
        if (value := data.get("publiclyAccessible")) is not None:
            kwargs["publicly_accessible"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "relationalDatabaseBlueprintId": self.relational_database_blueprint_id,
            "relationalDatabaseBundleId": self.relational_database_bundle_id,
            "masterDatabaseName": self.master_database_name,
            "masterUsername": self.master_username,
        }
        if self.availability_zone is not None:
            data["availabilityZone"] = self.availability_zone
        if self.master_user_password is not None:
            data["masterUserPassword"] = self.master_user_password
        if self.preferred_backup_window is not None:
            data["preferredBackupWindow"] = self.preferred_backup_window
        if self.preferred_maintenance_window is not None:
            data["preferredMaintenanceWindow"] = self.preferred_maintenance_window
        if self.publicly_accessible is not None:
            data["publiclyAccessible"] = self.publicly_accessible
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
