"""SetupHistory: Returns a list of the commands that were ran on the target resource."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .setup_execution_details import SetupExecutionDetails
from .setup_history_resource import SetupHistoryResource
from .setup_request import SetupRequest
from .setup_status import SetupStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetupHistory(Shape):
    """Returns a list of the commands that were ran on the target resource.

    The status of each command is also returned.
    """

    operation_id: str | None = None
    """A GUID that's used to identify the operation."""

    request: SetupRequest | None = None
    """Information about the specified request."""

    resource: SetupHistoryResource | None = None
    """The target resource name for the request."""

    execution_details: list[SetupExecutionDetails] | None = None
    """Describes the full details of the request."""

    status: SetupStatus | str | None = None
    """The status of the request."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "operation_id": Rule("operationId", "string"),
        "request": Rule("request", "SetupRequest"),
        "resource": Rule("resource", "SetupHistoryResource"),
        "execution_details": Rule(
            "executionDetails", "list", item=Rule("", "SetupExecutionDetails")
        ),
        "status": Rule("status", "string"),
    }

    def __init__(
        self,
        *,
        operation_id: str | None = None,
        request: SetupRequest | None = None,
        resource: SetupHistoryResource | None = None,
        execution_details: list[SetupExecutionDetails] | None = None,
        status: SetupStatus | str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.request = request
        self.resource = resource
        self.execution_details = execution_details
        self.status = status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupHistory:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("operationId")) is not None:
            kwargs["operation_id"] = value
        if (value := data.get("request")) is not None:
            kwargs["request"] = SetupRequest.from_dict(value)
        if (value := data.get("resource")) is not None:
            kwargs["resource"] = SetupHistoryResource.from_dict(value)
        if (value := data.get("executionDetails")) is not None:
            kwargs["execution_details"] = [
                None if item is None else SetupExecutionDetails.from_dict(item)
                for item in value
            ]
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(SetupStatus, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.operation_id is not None:
            data["operationId"] = self.operation_id
        if self.request is not None:
            data["request"] = self.request.to_dict()
        if self.resource is not None:
            data["resource"] = self.resource.to_dict()
        if self.execution_details is not None:
            data["executionDetails"] = [
                shape_to_dict(item) for item in self.execution_details
            ]
        if self.status is not None:
            data["status"] = self.status
        return data

    from_wire = from_dict
