"""PendingModifiedRelationalDatabaseValues: Describes a pending database value modification."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PendingModifiedRelationalDatabaseValues(Shape):
    """Describes a pending database value modification."""

    master_user_password: str | None = field(default=None, metadata={"sensitive": True})
    """The password for the master user of the database."""

    engine_version: str | None = None
    """The database engine version."""

    backup_retention_enabled: bool | None = None
    """A Boolean value indicating whether automated backup retention is
    enabled.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "master_user_password": Rule("masterUserPassword", "string"),
        "engine_version": Rule("engineVersion", "string"),
        "backup_retention_enabled": Rule("backupRetentionEnabled", "boolean"),
    }

    def __init__(
        self,
        *,
        master_user_password: str | None = None,
        engine_version: str | None = None,
        backup_retention_enabled: bool | None = None,
    ) -> None:
        self.master_user_password = master_user_password
        self.engine_version = engine_version
        self.backup_retention_enabled = backup_retention_enabled

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> PendingModifiedRelationalDatabaseValues:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("masterUserPassword")) is not None:
            kwargs["master_user_password"] = value
        if (value := data.get("engineVersion")) is not None:
            kwargs["engine_version"] = value
        if (value := data.get("backupRetentionEnabled")) is not None:
            kwargs["backup_retention_enabled"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.master_user_password is not None:
            data["masterUserPassword"] = self.master_user_password
        if self.engine_version is not None:
            data["engineVersion"] = self.engine_version
        if self.backup_retention_enabled is not None:
            data["backupRetentionEnabled"] = self.backup_retention_enabled
        return data

    from_wire = from_dict
