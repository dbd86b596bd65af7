"""GetProfileResult: The result of the ``GetProfile`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .partner_info import PartnerInfo
from .profile_type import ProfileType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetProfileResult(Shape):
    """The result of the ``GetProfile`` operation."""

    profile_type: ProfileType | str | None = None
    """The type of the profile.

    The following profile types are possible:

    - ``Lightsailor`` – The account is not enrolled in the Lightsail partner
      program.
    - ``LightsailPartner`` – The account is enrolled in the Lightsail
      partner program.
    """

    partner: PartnerInfo | None = None
    """An object that describes the partner membership of the account, such as
    the tier of the membership, its status, and when the account was
    enrolled.

    This parameter is returned only for accounts that have a ``profileType``
    of ``LightsailPartner``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "profile_type": Rule("profileType", "string", required=True),
        "partner": Rule("partner", "PartnerInfo"),
    }

    def __init__(
        self,
        *,
        profile_type: ProfileType | str | None = None,
        partner: PartnerInfo | None = None,
    ) -> None:
        self.profile_type = profile_type
        self.partner = partner

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetProfileResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("profileType")) is not None:
            kwargs["profile_type"] = open_enum(ProfileType, value)
        if (value := data.get("partner")) is not None:
            kwargs["partner"] = PartnerInfo.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.profile_type is not None:
            data["profileType"] = self.profile_type
        if self.partner is not None:
            data["partner"] = self.partner.to_dict()
        return data

    from_wire = from_dict
