"""UpdateDistributionBundleRequest: The arguments of the ``UpdateDistributionBundle`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateDistributionBundleRequest(Shape):
    """The arguments of the ``UpdateDistributionBundle`` operation."""

    distribution_name: str | None = None
    """The name of the distribution for which to update the bundle.

    Use the ``GetDistributions`` action to get a list of distribution names
    that you can specify.
    """

    bundle_id: str | None = None
    """The bundle ID of the new bundle to apply to your distribution.

    Use the ``GetDistributionBundles`` action to get a list of distribution
    bundle IDs that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "distribution_name": Rule("distributionName", "string"),
        "bundle_id": Rule("bundleId", "string"),
    }

    def __init__(
        self, *, distribution_name: str | None = None, bundle_id: str | None = None
    ) -> None:
        self.distribution_name = distribution_name
        self.bundle_id = bundle_id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateDistributionBundleRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.distribution_name is not None:
            data["distributionName"] = self.distribution_name
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        return data

    to_wire = to_dict
