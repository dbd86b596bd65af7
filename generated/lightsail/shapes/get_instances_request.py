"""GetInstancesRequest: The arguments of the ``GetInstances`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstancesRequest(Shape):
    """The arguments of the ``GetInstances`` operation."""

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetInstances`` request. If
    your results are paginated, the response will return a next page token
    that you can specify as the page token in a subsequent request.
    """

    include_health_status: bool | None = None
    """Specifies whether to include the instance health status checks of each
    instance in the response of your request.

    When set to ``true``, the response includes the ``instanceStatus`` and
    ``systemStatus`` of each instance. When omitted or set to ``false``, the
    response doesn't include them.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "page_token": Rule("pageToken", "string"),
        "include_health_status": Rule("includeHealthStatus", "boolean"),
    }

    def __init__(
        self,
        *,
        page_token: str | None = None,
        include_health_status: bool | None = None,
    ) -> None:
        self.page_token = page_token
        self.include_health_status = include_health_status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstancesRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        if (value := data.get("includeHealthStatus")) is not None:
            kwargs["include_health_status"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.include_health_status is not None:
            data["includeHealthStatus"] = self.include_health_status
        return data

    to_wire = to_dict
