"""ResetDistributionCacheRequest: The arguments of the ``ResetDistributionCache`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResetDistributionCacheRequest(Shape):
    """The arguments of the ``ResetDistributionCache`` operation."""

    distribution_name: str | None = None
    """The name of the distribution for which to reset cache.

    Use the ``GetDistributions`` action to get a list of distribution names
    that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "distribution_name": Rule("distributionName", "string"),
    }

    def __init__(self, *, distribution_name: str | None = None) -> None:
        self.distribution_name = distribution_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResetDistributionCacheRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.distribution_name is not None:
            data["distributionName"] = self.distribution_name
        return data

    to_wire = to_dict
