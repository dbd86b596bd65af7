"""GetStaticIpsResult: The result of the ``GetStaticIps`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .static_ip import StaticIp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetStaticIpsResult(Shape):
    """The result of the ``GetStaticIps`` operation."""

    static_ips: list[StaticIp] | None = None
    """An array of key-value pairs containing information about your get static
    IPs request.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetStaticIps``
    request and specify the next page token using the ``pageToken``
    parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "static_ips": Rule("staticIps", "list", item=Rule("", "StaticIp")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        static_ips: list[StaticIp] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.static_ips = static_ips
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetStaticIpsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("staticIps")) is not None:
            kwargs["static_ips"] = [
                None if item is None else StaticIp.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.static_ips is not None:
            data["staticIps"] = [shape_to_dict(item) for item in self.static_ips]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
