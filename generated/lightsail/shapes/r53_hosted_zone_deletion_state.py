"""R53HostedZoneDeletionState: Describes the deletion state of an Amazon Route 53 hosted zone for a domain that is being automatically delegated to an Amazon Lightsail DNS zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .r53_hosted_zone_deletion_state_code import R53HostedZoneDeletionStateCode


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class R53HostedZoneDeletionState(Shape):
    """Describes the deletion state of an Amazon Route 53 hosted zone for a
    domain that is being automatically delegated to an Amazon Lightsail DNS
    zone.
    """

    code: R53HostedZoneDeletionStateCode | str | None = None
    """The status code for the deletion state.

    Following are the possible values:

    - ``SUCCEEDED`` - The hosted zone was successfully deleted.
    - ``PENDING`` - The hosted zone deletion is in progress.
    - ``FAILED`` - The hosted zone deletion failed.
    - ``STARTED`` - The hosted zone deletion started.
    """

    message: str | None = None
    """The message that describes the reason for the status code."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "string"),
        "message": Rule("message", "string"),
    }

    def __init__(
        self,
        *,
        code: R53HostedZoneDeletionStateCode | str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> R53HostedZoneDeletionState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = open_enum(R53HostedZoneDeletionStateCode, value)
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
