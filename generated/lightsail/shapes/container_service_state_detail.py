"""ContainerServiceStateDetail: Describes the current state of a container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .container_service_state_detail_code import ContainerServiceStateDetailCode


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceStateDetail(Shape):
    """Describes the current state of a container service."""

    code: ContainerServiceStateDetailCode | str | None = None
    """The state code of the container service.

    The following state codes are possible:

    - The following state codes are possible if your container service is in
      a ``DEPLOYING`` or ``UPDATING`` state:
      - ``CREATING_SYSTEM_RESOURCES`` - The system resources for your
        container service are being created.
      - ``CREATING_NETWORK_INFRASTRUCTURE`` - The network infrastructure for
        your container service are being created.
      - ``PROVISIONING_CERTIFICATE`` - The SSL/TLS certificate for your
        container service is being created.
      - ``PROVISIONING_SERVICE`` - Your container service is being
        provisioned.
      - ``CREATING_DEPLOYMENT`` - Your deployment is being created on your
        container service.
      - ``EVALUATING_HEALTH_CHECK`` - The health of your deployment is being
        evaluated.
      - ``ACTIVATING_DEPLOYMENT`` - Your deployment is being activated.
    - The following state codes are possible if your container service is in
      a ``PENDING`` state:
      - ``CERTIFICATE_LIMIT_EXCEEDED`` - The SSL/TLS certificate required
        for your container service exceeds the maximum number of
        certificates allowed for your account.
      - ``UNKNOWN_ERROR`` - An error was experienced when your container
        service was being created.
    """

    message: str | None = None
    """A message that provides more information for the state code.

    Note:
        The state detail is populated only when a container service is in a
        ``PENDING``, ``DEPLOYING``, or ``UPDATING`` state.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "string"),
        "message": Rule("message", "string"),
    }

    def __init__(
        self,
        *,
        code: ContainerServiceStateDetailCode | str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceStateDetail:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = open_enum(ContainerServiceStateDetailCode, value)
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
