"""GetInstancesResult: The result of the ``GetInstances`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .instance import Instance


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstancesResult(Shape):
    """The result of the ``GetInstances`` operation."""

    instances: list[Instance] | None = None
    """An array of key-value pairs containing information about your instances."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetInstances``
    request and specify the next page token using the ``pageToken``
    parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instances": Rule("instances", "list", item=Rule("", "Instance")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        instances: list[Instance] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.instances = instances
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstancesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instances")) is not None:
            kwargs["instances"] = [
                None if item is None else Instance.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instances is not None:
            data["instances"] = [shape_to_dict(item) for item in self.instances]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetInstancesResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instances")) is not None:
            kwargs["instances"] = [
                None if item is None else Instance.from_wire(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)
