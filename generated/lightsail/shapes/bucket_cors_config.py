"""BucketCorsConfig: Describes the cross-origin resource sharing (CORS) configuration for a Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .bucket_cors_rule import BucketCorsRule, BucketCorsRuleDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class BucketCorsConfig(Shape):
    """Describes the cross-origin resource sharing (CORS) configuration for a
    Lightsail bucket. CORS defines a way for client web applications that
    are loaded in one domain to interact with resources in a different
    domain. For more information, see
    [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).
    """

    rules: list[BucketCorsRule] | None = None
    """A set of origins and methods (cross-origin access that you want to
    allow). You can add up to 20 rules to the configuration. The total size
    is limited to 64 KB.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "rules": Rule("rules", "list", item=Rule("", "BucketCorsRule")),
    }

    def __init__(self, *, rules: list[BucketCorsRule] | None = None) -> None:
        self.rules = rules

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketCorsConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("rules")) is not None:
            kwargs["rules"] = [
                None if item is None else BucketCorsRule.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.rules is not None:
            data["rules"] = [shape_to_dict(item) for item in self.rules]
        return data

    from_wire = from_dict
    to_wire = to_dict


BucketCorsConfigDict = TypedDict(
    "BucketCorsConfigDict",
    {
        "rules": "Sequence[BucketCorsRuleDict]",
    },
    total=False,
)
"""The dict client methods accept for `BucketCorsConfig`, keys as in the model."""
