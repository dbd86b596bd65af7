"""CacheBehavior: Describes the default cache behavior of an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .behavior_enum import BehaviorEnum


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CacheBehavior(Shape):
    """Describes the default cache behavior of an Amazon Lightsail content
    delivery network (CDN) distribution.
    """

    behavior: BehaviorEnum | str | None = None
    """The cache behavior of the distribution.

    The following cache behaviors can be specified:

    - **``cache``** - This option is best for static sites. When specified,
      your distribution caches and serves your entire website as static
      content. This behavior is ideal for websites with static content that
      doesn't change depending on who views it, or for websites that don't
      use cookies, headers, or query strings to personalize content.
    - **``dont-cache``** - This option is best for sites that serve a mix of
      static and dynamic content. When specified, your distribution caches
      and serve only the content that is specified in the distribution's
      ``CacheBehaviorPerPath`` parameter. This behavior is ideal for
      websites or web applications that use cookies, headers, and query
      strings to personalize content for individual users.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "behavior": Rule("behavior", "string"),
    }

    def __init__(self, *, behavior: BehaviorEnum | str | None = None) -> None:
        self.behavior = behavior

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CacheBehavior:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("behavior")) is not None:
            kwargs["behavior"] = open_enum(BehaviorEnum, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.behavior is not None:
            data["behavior"] = self.behavior
        return data

    from_wire = from_dict
    to_wire = to_dict


CacheBehaviorDict = TypedDict(
    "CacheBehaviorDict",
    {
        "behavior": "BehaviorEnum | str",
    },
    total=False,
)
"""The dict client methods accept for `CacheBehavior`, keys as in the model."""
