"""WafRule: Describes a Web Application Firewall (WAF) rule group for a Lightsail distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape
from .waf_acfp_config import WafAcfpConfig, WafAcfpConfigDict
from .waf_atp_config import WafAtpConfig, WafAtpConfigDict
from .waf_bot_control_config import WafBotControlConfig, WafBotControlConfigDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafRule(Shape):
    """Describes a Web Application Firewall (WAF) rule group for a Lightsail
    distribution. A WAF rule group is a set of rules managed by AWS. The
    rules inspect viewer requests and block requests that match them.
    """

    name: str | None = None
    """The name of the WAF rule group (for example,
    ``AWSManagedRulesCommonRuleSet``).

    For the WAF rule groups that you can specify for each bundle, see the
    ``wafRules`` parameter of the ``CreateDistribution`` action.
    """

    atp_config: WafAtpConfig | None = None
    """An object that describes the configuration of the account takeover
    prevention rule group.

    Constraints:

    - Define this parameter only when the ``name`` is
      ``AWSManagedRulesATPRuleSet``.
    - This parameter is required when the ``name`` is
      ``AWSManagedRulesATPRuleSet``.
    """

    acfp_config: WafAcfpConfig | None = None
    """An object that describes the configuration of the account creation fraud
    prevention rule group.

    Constraints:

    - Define this parameter only when the ``name`` is
      ``AWSManagedRulesACFPRuleSet``.
    - This parameter is required when the ``name`` is
      ``AWSManagedRulesACFPRuleSet``.
    """

    bot_control_config: WafBotControlConfig | None = None
    """An object that describes the configuration of the bot control rule
    group.

    Constraints:

    - Define this parameter only when the ``name`` is
      ``AWSManagedRulesBotControlRuleSet``.
    - This parameter is required when the ``name`` is
      ``AWSManagedRulesBotControlRuleSet``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string", required=True),
        "atp_config": Rule("atpConfig", "WafAtpConfig"),
        "acfp_config": Rule("acfpConfig", "WafAcfpConfig"),
        "bot_control_config": Rule("botControlConfig", "WafBotControlConfig"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        atp_config: WafAtpConfig | None = None,
        acfp_config: WafAcfpConfig | None = None,
        bot_control_config: WafBotControlConfig | None = None,
    ) -> None:
        self.name = name
        self.atp_config = atp_config
        self.acfp_config = acfp_config
        self.bot_control_config = bot_control_config

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafRule:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("atpConfig")) is not None:
            kwargs["atp_config"] = WafAtpConfig.from_dict(value)
        if (value := data.get("acfpConfig")) is not None:
            kwargs["acfp_config"] = WafAcfpConfig.from_dict(value)
        if (value := data.get("botControlConfig")) is not None:
            kwargs["bot_control_config"] = WafBotControlConfig.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.atp_config is not None:
            data["atpConfig"] = self.atp_config.to_dict()
        if self.acfp_config is not None:
            data["acfpConfig"] = self.acfp_config.to_dict()
        if self.bot_control_config is not None:
            data["botControlConfig"] = self.bot_control_config.to_dict()
        return data

    from_wire = from_dict
    to_wire = to_dict


WafRuleDict = TypedDict(
    "WafRuleDict",
    {
        "name": "Required[str]",
        "atpConfig": "WafAtpConfigDict",
        "acfpConfig": "WafAcfpConfigDict",
        "botControlConfig": "WafBotControlConfigDict",
    },
    total=False,
)
"""The dict client methods accept for `WafRule`, keys as in the model."""
