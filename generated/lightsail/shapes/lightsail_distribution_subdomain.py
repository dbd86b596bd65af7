"""LightsailDistributionSubdomain: Describes the Lightsail subdomain of a distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .lightsail_distribution_subdomain_state_enum import (
    LightsailDistributionSubdomainStateEnum,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LightsailDistributionSubdomain(Shape):
    """Describes the Lightsail subdomain of a distribution. The distribution is
    reachable at the subdomain's web address, which is the subdomain
    followed by ``amazonlightsail.com``.
    """

    name: str | None = None
    """The subdomain (for example, ``mysite``), not its web address."""

    state: LightsailDistributionSubdomainStateEnum | str | None = None
    """The state of the subdomain for the distribution.

    The following states are possible:

    - ``Creating`` – The subdomain is being created.
    - ``Attaching`` – The subdomain is being associated with the
      distribution.
    - ``Attached`` – The subdomain is associated with the distribution.
    - ``Error`` – The subdomain couldn't be created or associated with the
      distribution. For more information, see the ``errorCode`` and
      ``errorDetails`` parameters.
    """

    error_code: str | None = None
    """The error code that describes why the subdomain is in the ``Error``
    state.
    """

    error_details: str | None = None
    """The details of the error that caused the subdomain to be in the
    ``Error`` state.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string", required=True),
        "state": Rule("state", "string", required=True),
        "error_code": Rule("errorCode", "string"),
        "error_details": Rule("errorDetails", "string"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        state: LightsailDistributionSubdomainStateEnum | str | None = None,
        error_code: str | None = None,
        error_details: str | None = None,
    ) -> None:
        self.name = name
        self.state = state
        self.error_code = error_code
        self.error_details = error_details

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LightsailDistributionSubdomain:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(LightsailDistributionSubdomainStateEnum, value)
        if (value := data.get("errorCode")) is not None:
            kwargs["error_code"] = value
        if (value := data.get("errorDetails")) is not None:
            kwargs["error_details"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.error_code is not None:
            data["errorCode"] = self.error_code
        if self.error_details is not None:
            data["errorDetails"] = self.error_details
        return data

    from_wire = from_dict
