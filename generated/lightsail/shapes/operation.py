"""Operation: Describes the API operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .operation_status import OperationStatus
from .operation_type import OperationType
from .resource_location import ResourceLocation
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Operation(Shape):
    """Describes the API operation."""

    id: str | None = None
    """The ID of the operation."""

    resource_name: str | None = None
    """The resource name."""

    resource_type: ResourceType | str | None = None
    """The resource type."""

    created_at: datetime | None = None
    """The timestamp when the operation was initialized (``1479816991.349``)."""

    location: ResourceLocation | None = None
    """The Amazon Web Services Region and Availability Zone."""

    is_terminal: bool | None = None
    """A Boolean value indicating whether the operation is terminal."""

    operation_details: str | None = None
    """Details about the operation (``Debian-1GB-Ohio-1``)."""

    operation_type: OperationType | str | None = None
    """The type of operation."""

    status: OperationStatus | str | None = None
    """The status of the operation."""

    status_changed_at: datetime | None = None
    """The timestamp when the status was changed (``1479816991.349``)."""

    error_code: str | None = None
    """The error code."""

    error_details: str | None = None
    """The error details."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "id": Rule("id", "string"),
        "resource_name": Rule("resourceName", "string"),
        "resource_type": Rule("resourceType", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "is_terminal": Rule("isTerminal", "boolean"),
        "operation_details": Rule("operationDetails", "string"),
        "operation_type": Rule("operationType", "string"),
        "status": Rule("status", "string"),
        "status_changed_at": Rule("statusChangedAt", "timestamp"),
        "error_code": Rule("errorCode", "string"),
        "error_details": Rule("errorDetails", "string"),
    }

    def __init__(
        self,
        *,
        id: str | None = None,
        resource_name: str | None = None,
        resource_type: ResourceType | str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        is_terminal: bool | None = None,
        operation_details: str | None = None,
        operation_type: OperationType | str | None = None,
        status: OperationStatus | str | None = None,
        status_changed_at: datetime | None = None,
        error_code: str | None = None,
        error_details: str | None = None,
    ) -> None:
        self.id = id
        self.resource_name = resource_name
        self.resource_type = resource_type
        self.created_at = created_at
        self.location = location
        self.is_terminal = is_terminal
        self.operation_details = operation_details
        self.operation_type = operation_type
        self.status = status
        self.status_changed_at = status_changed_at
        self.error_code = error_code
        self.error_details = error_details

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Operation:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("isTerminal")) is not None:
            kwargs["is_terminal"] = value
        if (value := data.get("operationDetails")) is not None:
            kwargs["operation_details"] = value
        if (value := data.get("operationType")) is not None:
            kwargs["operation_type"] = open_enum(OperationType, value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(OperationStatus, value)
        if (value := data.get("statusChangedAt")) is not None:
            kwargs["status_changed_at"] = parse_timestamp(value)
        if (value := data.get("errorCode")) is not None:
            kwargs["error_code"] = value
        if (value := data.get("errorDetails")) is not None:
            kwargs["error_details"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.resource_name is not None:
            data["resourceName"] = self.resource_name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.is_terminal is not None:
            data["isTerminal"] = self.is_terminal
        if self.operation_details is not None:
            data["operationDetails"] = self.operation_details
        if self.operation_type is not None:
            data["operationType"] = self.operation_type
        if self.status is not None:
            data["status"] = self.status
        if self.status_changed_at is not None:
            data["statusChangedAt"] = self.status_changed_at
        if self.error_code is not None:
            data["errorCode"] = self.error_code
        if self.error_details is not None:
            data["errorDetails"] = self.error_details
        return data

    from_wire = from_dict
