"""GetDistributionBundlesRequest: The arguments of the ``GetDistributionBundles`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDistributionBundlesRequest(Shape):
    """The arguments of the ``GetDistributionBundles`` operation."""

    RULES: ClassVar[Mapping[str, Rule]] = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDistributionBundlesRequest:
        """Build from the dict boto3 accepts for this shape."""
        return cls()

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        return data

    to_wire = to_dict
