"""WafResponseInspection: Describes the HTTP status codes that your application returns to indicate successful and failed attempts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafResponseInspection(Shape):
    """Describes the HTTP status codes that your application returns to
    indicate successful and failed attempts. The Web Application Firewall
    (WAF) rule group uses these status codes to track successful and failed
    attempts.
    """

    success_codes: list[int] | None = None
    """The HTTP status codes that indicate a successful attempt (for example,
    ``200``).

    Constraints:

    - Must contain from 1 to 10 status codes.
    - Each status code must be from ``0`` to ``999``.
    - Can't contain a status code that is also in ``failureCodes``.
    """

    failure_codes: list[int] | None = None
    """The HTTP status codes that indicate a failed attempt (for example,
    ``401``).

    Constraints:

    - Must contain from 1 to 10 status codes.
    - Each status code must be from ``0`` to ``999``.
    - Can't contain a status code that is also in ``successCodes``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "success_codes": Rule("successCodes", "list", item=Rule("", "integer")),
        "failure_codes": Rule("failureCodes", "list", item=Rule("", "integer")),
    }

    def __init__(
        self,
        *,
        success_codes: list[int] | None = None,
        failure_codes: list[int] | None = None,
    ) -> None:
        self.success_codes = success_codes
        self.failure_codes = failure_codes

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafResponseInspection:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("successCodes")) is not None:
            kwargs["success_codes"] = value
        if (value := data.get("failureCodes")) is not None:
            kwargs["failure_codes"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.success_codes is not None:
            data["successCodes"] = self.success_codes
        if self.failure_codes is not None:
            data["failureCodes"] = self.failure_codes
        return data

    from_wire = from_dict
    to_wire = to_dict


WafResponseInspectionDict = TypedDict(
    "WafResponseInspectionDict",
    {
        "successCodes": "list[int]",
        "failureCodes": "list[int]",
    },
    total=False,
)
"""The dict client methods accept for `WafResponseInspection`, keys as in the model."""
