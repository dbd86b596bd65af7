"""LoadBalancerTlsCertificateDnsRecordCreationState: An object that describes the state of the canonical name (CNAME) records that are automatically added by Lightsail to the DNS of the domain to validate domain ownership."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .load_balancer_tls_certificate_dns_record_creation_state_code import (
    LoadBalancerTlsCertificateDnsRecordCreationStateCode,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificateDnsRecordCreationState(Shape):
    """An object that describes the state of the canonical name (CNAME) records
    that are automatically added by Lightsail to the DNS of the domain to
    validate domain ownership.
    """

    code: LoadBalancerTlsCertificateDnsRecordCreationStateCode | str | None = None
    """The status code for the automated DNS record creation.

    Following are the possible values:

    - ``SUCCEEDED`` - The validation records were successfully added.
    - ``STARTED`` - The automatic DNS record creation has started.
    - ``FAILED`` - The validation record addition failed.
    """

    message: str | None = None
    """The message that describes the reason for the status code."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "string"),
        "message": Rule("message", "string"),
    }

    def __init__(
        self,
        *,
        code: LoadBalancerTlsCertificateDnsRecordCreationStateCode | str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> LoadBalancerTlsCertificateDnsRecordCreationState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = open_enum(
                LoadBalancerTlsCertificateDnsRecordCreationStateCode, value
            )
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
