"""GetRelationalDatabaseMasterUserPasswordRequest: The arguments of the ``GetRelationalDatabaseMasterUserPassword`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .relational_database_password_version import RelationalDatabasePasswordVersion


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseMasterUserPasswordRequest(Shape):
    """The arguments of the ``GetRelationalDatabaseMasterUserPassword``
    operation.
    """

    relational_database_name: str
    """The name of your database for which to get the master user password."""

    password_version: RelationalDatabasePasswordVersion | str | None = None
    """The password version to return.

    Specifying ``CURRENT`` or ``PREVIOUS`` returns the current or previous
    passwords respectively. Specifying ``PENDING`` returns the newest
    version of the password that will rotate to ``CURRENT``. After the
    ``PENDING`` password rotates to ``CURRENT``, the ``PENDING`` password is
    no longer available.

    Default: ``CURRENT``
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "password_version": Rule("passwordVersion", "string"),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        password_version: RelationalDatabasePasswordVersion | str | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.password_version = password_version

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseMasterUserPasswordRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("passwordVersion")) is not None:
            kwargs["password_version"] = open_enum(
                RelationalDatabasePasswordVersion, value
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.password_version is not None:
            data["passwordVersion"] = self.password_version
        return data

    to_wire = to_dict
