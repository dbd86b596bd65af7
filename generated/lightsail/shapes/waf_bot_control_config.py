"""WafBotControlConfig: Describes the configuration of the bot control Web Application Firewall (WAF) rule group."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .waf_inspection_level_enum import WafInspectionLevelEnum


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafBotControlConfig(Shape):
    """Describes the configuration of the bot control Web Application Firewall
    (WAF) rule group.
    """

    inspection_level: WafInspectionLevelEnum | str | None = None
    """The inspection level of the bot control rule group.

    The following inspection levels are possible:

    - ``COMMON`` – Detects a variety of bots that identify themselves, such
      as web scraping frameworks, search engines, and automated browsers.
    - ``TARGETED`` – Includes the ``COMMON`` protections, and adds detection
      for sophisticated bots that don't identify themselves. This level uses
      rate limiting, CAPTCHA, and background browser challenges.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "inspection_level": Rule("inspectionLevel", "string"),
    }

    def __init__(
        self, *, inspection_level: WafInspectionLevelEnum | str | None = None
    ) -> None:
        self.inspection_level = inspection_level

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafBotControlConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("inspectionLevel")) is not None:
            kwargs["inspection_level"] = open_enum(WafInspectionLevelEnum, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.inspection_level is not None:
            data["inspectionLevel"] = self.inspection_level
        return data

    from_wire = from_dict
    to_wire = to_dict


WafBotControlConfigDict = TypedDict(
    "WafBotControlConfigDict",
    {
        "inspectionLevel": "WafInspectionLevelEnum | str",
    },
    total=False,
)
"""The dict client methods accept for `WafBotControlConfig`, keys as in the model."""
