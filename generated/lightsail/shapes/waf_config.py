"""WafConfig: Describes the Web Application Firewall (WAF) configuration of a Lightsail distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .waf_rule import WafRule


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafConfig(Shape):
    """Describes the Web Application Firewall (WAF) configuration of a
    Lightsail distribution.
    """

    is_waf_enabled: bool | None = None
    """Specifies whether WAF is enabled for the distribution."""

    waf_rules: list[WafRule] | None = None
    """An array of objects that describe the WAF rule groups enabled for the
    distribution.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "is_waf_enabled": Rule("isWafEnabled", "boolean"),
        "waf_rules": Rule("wafRules", "list", item=Rule("", "WafRule")),
    }

    def __init__(
        self,
        *,
        is_waf_enabled: bool | None = None,
        waf_rules: list[WafRule] | None = None,
    ) -> None:
        self.is_waf_enabled = is_waf_enabled
        self.waf_rules = waf_rules

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("isWafEnabled")) is not None:
            kwargs["is_waf_enabled"] = value
        if (value := data.get("wafRules")) is not None:
            kwargs["waf_rules"] = [
                None if item is None else WafRule.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.is_waf_enabled is not None:
            data["isWafEnabled"] = self.is_waf_enabled
        if self.waf_rules is not None:
            data["wafRules"] = [shape_to_dict(item) for item in self.waf_rules]
        return data

    from_wire = from_dict
