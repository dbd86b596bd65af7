"""GetRelationalDatabaseMasterUserPasswordResult: The result of the ``GetRelationalDatabaseMasterUserPassword`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseMasterUserPasswordResult(Shape):
    """The result of the ``GetRelationalDatabaseMasterUserPassword`` operation."""

    master_user_password: str | None = field(default=None, metadata={"sensitive": True})
    """The master user password for the ``password version`` specified."""

    created_at: datetime | None = None
    """The timestamp when the specified version of the master user password was
    created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "master_user_password": Rule("masterUserPassword", "string"),
        "created_at": Rule("createdAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        master_user_password: str | None = None,
        created_at: datetime | None = None,
    ) -> None:
        self.master_user_password = master_user_password
        self.created_at = created_at

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseMasterUserPasswordResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("masterUserPassword")) is not None:
            kwargs["master_user_password"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.master_user_password is not None:
            data["masterUserPassword"] = self.master_user_password
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        return data

    from_wire = from_dict
