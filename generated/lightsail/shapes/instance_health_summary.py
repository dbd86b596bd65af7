"""InstanceHealthSummary: Describes information about the health of the instance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .instance_health_reason import InstanceHealthReason
from .instance_health_state import InstanceHealthState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceHealthSummary(Shape):
    """Describes information about the health of the instance."""

    instance_name: str | None = None
    """The name of the Lightsail instance for which you are requesting health
    check data.
    """

    instance_health: InstanceHealthState | str | None = None
    """Describes the overall instance health. Valid values are below."""

    instance_health_reason: InstanceHealthReason | str | None = None
    """More information about the instance health. If the ``instanceHealth`` is
    ``healthy``, then an ``instanceHealthReason`` value is not provided.

    If **``instanceHealth``** is ``initial``, the
    **``instanceHealthReason``** value can be one of the following:

    - **``Lb.RegistrationInProgress``** - The target instance is in the
      process of being registered with the load balancer.
    - **``Lb.InitialHealthChecking``** - The Lightsail load balancer is
      still sending the target instance the minimum number of health checks
      required to determine its health status.

    If **``instanceHealth``** is ``unhealthy``, the
    **``instanceHealthReason``** value can be one of the following:

    - **``Instance.ResponseCodeMismatch``** - The health checks did not
      return an expected HTTP code.
    - **``Instance.Timeout``** - The health check requests timed out.
    - **``Instance.FailedHealthChecks``** - The health checks failed because
      the connection to the target instance timed out, the target instance
      response was malformed, or the target instance failed the health check
      for an unknown reason.
    - **``Lb.InternalError``** - The health checks failed due to an internal
      error.

    If **``instanceHealth``** is ``unused``, the
    **``instanceHealthReason``** value can be one of the following:

    - **``Instance.NotRegistered``** - The target instance is not registered
      with the target group.
    - **``Instance.NotInUse``** - The target group is not used by any load
      balancer, or the target instance is in an Availability Zone that is
      not enabled for its load balancer.
    - **``Instance.IpUnusable``** - The target IP address is reserved for
      use by a Lightsail load balancer.
    - **``Instance.InvalidState``** - The target is in the stopped or
      terminated state.

    If **``instanceHealth``** is ``draining``, the
    **``instanceHealthReason``** value can be one of the following:

    - **``Instance.DeregistrationInProgress``** - The target instance is in
      the process of being deregistered and the deregistration delay period
      has not expired.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string"),
        "instance_health": Rule("instanceHealth", "string"),
        "instance_health_reason": Rule("instanceHealthReason", "string"),
    }

    def __init__(
        self,
        *,
        instance_name: str | None = None,
        instance_health: InstanceHealthState | str | None = None,
        instance_health_reason: InstanceHealthReason | str | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.instance_health = instance_health
        self.instance_health_reason = instance_health_reason

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceHealthSummary:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("instanceHealth")) is not None:
            kwargs["instance_health"] = open_enum(InstanceHealthState, value)
        if (value := data.get("instanceHealthReason")) is not None:
            kwargs["instance_health_reason"] = open_enum(InstanceHealthReason, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instance_name is not None:
            data["instanceName"] = self.instance_name
        if self.instance_health is not None:
            data["instanceHealth"] = self.instance_health
        if self.instance_health_reason is not None:
            data["instanceHealthReason"] = self.instance_health_reason
        return data

    from_wire = from_dict
