"""PartnerInfo: An object that contains information about the Lightsail partner program membership of an Amazon Lightsail account."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .partner_status import PartnerStatus
from .tier_name import TierName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PartnerInfo(Shape):
    """An object that contains information about the Lightsail partner program
    membership of an Amazon Lightsail account.
    """

    enrolled_at: datetime | None = None
    """The timestamp when the account was enrolled in the Lightsail partner
    program.
    """

    tier_name: TierName | str | None = None
    """The tier of the partner membership."""

    status: PartnerStatus | str | None = None
    """The status of the partner membership.

    The following statuses are possible:

    - ``Active`` – The membership is active, and the benefits of the current
      tier are available to the account.
    - ``Suspended`` – The membership is suspended, and the benefits of the
      tier are not available to the account.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "enrolled_at": Rule("enrolledAt", "timestamp", required=True),
        "tier_name": Rule("tierName", "string"),
        "status": Rule("status", "string", required=True),
    }

    def __init__(
        self,
        *,
        enrolled_at: datetime | None = None,
        tier_name: TierName | str | None = None,
        status: PartnerStatus | str | None = None,
    ) -> None:
        self.enrolled_at = enrolled_at
        self.tier_name = tier_name
        self.status = status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PartnerInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("enrolledAt")) is not None:
            kwargs["enrolled_at"] = parse_timestamp(value)
        if (value := data.get("tierName")) is not None:
            kwargs["tier_name"] = open_enum(TierName, value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(PartnerStatus, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.enrolled_at is not None:
            data["enrolledAt"] = self.enrolled_at
        if self.tier_name is not None:
            data["tierName"] = self.tier_name
        if self.status is not None:
            data["status"] = self.status
        return data

    from_wire = from_dict
