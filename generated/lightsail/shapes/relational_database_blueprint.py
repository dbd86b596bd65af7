"""RelationalDatabaseBlueprint: Describes a database image, or blueprint."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .relational_database_engine import RelationalDatabaseEngine


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseBlueprint(Shape):
    """Describes a database image, or blueprint. A blueprint describes the
    major engine version of a database.
    """

    blueprint_id: str | None = None
    """The ID for the database blueprint."""

    engine: RelationalDatabaseEngine | str | None = None
    """The database software of the database blueprint (for example,
    ``MySQL``).
    """

    engine_version: str | None = None
    """The database engine version for the database blueprint (for example,
    ``5.7.23``).
    """

    engine_description: str | None = None
    """The description of the database engine for the database blueprint."""

    engine_version_description: str | None = None
    """The description of the database engine version for the database
    blueprint.
    """

    is_engine_default: bool | None = None
    """A Boolean value indicating whether the engine version is the default for
    the database blueprint.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "blueprint_id": Rule("blueprintId", "string"),
        "engine": Rule("engine", "string"),
        "engine_version": Rule("engineVersion", "string"),
        "engine_description": Rule("engineDescription", "string"),
        "engine_version_description": Rule("engineVersionDescription", "string"),
        "is_engine_default": Rule("isEngineDefault", "boolean"),
    }

    def __init__(
        self,
        *,
        blueprint_id: str | None = None,
        engine: RelationalDatabaseEngine | str | None = None,
        engine_version: str | None = None,
        engine_description: str | None = None,
        engine_version_description: str | None = None,
        is_engine_default: bool | None = None,
    ) -> None:
        self.blueprint_id = blueprint_id
        self.engine = engine
        self.engine_version = engine_version
        self.engine_description = engine_description
        self.engine_version_description = engine_version_description
        self.is_engine_default = is_engine_default

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseBlueprint:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("blueprintId")) is not None:
            kwargs["blueprint_id"] = value
        if (value := data.get("engine")) is not None:
            kwargs["engine"] = open_enum(RelationalDatabaseEngine, value)
        if (value := data.get("engineVersion")) is not None:
            kwargs["engine_version"] = value
        if (value := data.get("engineDescription")) is not None:
            kwargs["engine_description"] = value
        if (value := data.get("engineVersionDescription")) is not None:
            kwargs["engine_version_description"] = value
        if (value := data.get("isEngineDefault")) is not None:
            kwargs["is_engine_default"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.blueprint_id is not None:
            data["blueprintId"] = self.blueprint_id
        if self.engine is not None:
            data["engine"] = self.engine
        if self.engine_version is not None:
            data["engineVersion"] = self.engine_version
        if self.engine_description is not None:
            data["engineDescription"] = self.engine_description
        if self.engine_version_description is not None:
            data["engineVersionDescription"] = self.engine_version_description
        if self.is_engine_default is not None:
            data["isEngineDefault"] = self.is_engine_default
        return data

    from_wire = from_dict
