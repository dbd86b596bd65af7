"""ContainerServiceHealthCheckConfig: Describes the health check configuration of an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceHealthCheckConfig(Shape):
    """Describes the health check configuration of an Amazon Lightsail
    container service.
    """

    healthy_threshold: int | None = None
    """The number of consecutive health checks successes required before moving
    the container to the ``Healthy`` state. The default value is ``2``.
    """

    unhealthy_threshold: int | None = None
    """The number of consecutive health check failures required before moving
    the container to the ``Unhealthy`` state. The default value is ``2``.
    """

    timeout_seconds: int | None = None
    """The amount of time, in seconds, during which no response means a failed
    health check. You can specify between 2 and 60 seconds. The default
    value is ``2``.
    """

    interval_seconds: int | None = None
    """The approximate interval, in seconds, between health checks of an
    individual container. You can specify between 5 and 300 seconds. The
    default value is ``5``.
    """

    path: str | None = None
    """The path on the container on which to perform the health check. The
    default value is ``/``.
    """

    success_codes: str | None = None
    """The HTTP codes to use when checking for a successful response from a
    container. You can specify values between ``200`` and ``499``. You can
    specify multiple values (for example, ``200,202``) or a range of values
    (for example, ``200-299``).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "healthy_threshold": Rule("healthyThreshold", "integer"),
        "unhealthy_threshold": Rule("unhealthyThreshold", "integer"),
        "timeout_seconds": Rule("timeoutSeconds", "integer"),
        "interval_seconds": Rule("intervalSeconds", "integer"),
        "path": Rule("path", "string"),
        "success_codes": Rule("successCodes", "string"),
    }

    def __init__(
        self,
        *,
        healthy_threshold: int | None = None,
        unhealthy_threshold: int | None = None,
        timeout_seconds: int | None = None,
        interval_seconds: int | None = None,
        path: str | None = None,
        success_codes: str | None = None,
    ) -> None:
        self.healthy_threshold = healthy_threshold
        self.unhealthy_threshold = unhealthy_threshold
        self.timeout_seconds = timeout_seconds
        self.interval_seconds = interval_seconds
        self.path = path
        self.success_codes = success_codes

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceHealthCheckConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("healthyThreshold")) is not None:
            kwargs["healthy_threshold"] = value
        if (value := data.get("unhealthyThreshold")) is not None:
            kwargs["unhealthy_threshold"] = value
        if (value := data.get("timeoutSeconds")) is not None:
            kwargs["timeout_seconds"] = value
        if (value := data.get("intervalSeconds")) is not None:
            kwargs["interval_seconds"] = value
        if (value := data.get("path")) is not None:
            kwargs["path"] = value
        if (value := data.get("successCodes")) is not None:
            kwargs["success_codes"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.healthy_threshold is not None:
            data["healthyThreshold"] = self.healthy_threshold
        if self.unhealthy_threshold is not None:
            data["unhealthyThreshold"] = self.unhealthy_threshold
        if self.timeout_seconds is not None:
            data["timeoutSeconds"] = self.timeout_seconds
        if self.interval_seconds is not None:
            data["intervalSeconds"] = self.interval_seconds
        if self.path is not None:
            data["path"] = self.path
        if self.success_codes is not None:
            data["successCodes"] = self.success_codes
        return data

    from_wire = from_dict
    to_wire = to_dict


ContainerServiceHealthCheckConfigDict = TypedDict(
    "ContainerServiceHealthCheckConfigDict",
    {
        "healthyThreshold": "int",
        "unhealthyThreshold": "int",
        "timeoutSeconds": "int",
        "intervalSeconds": "int",
        "path": "str",
        "successCodes": "str",
    },
    total=False,
)
"""The dict client methods accept for `ContainerServiceHealthCheckConfig`, keys as in the model."""
