"""SendContactMethodVerificationRequest: The arguments of the ``SendContactMethodVerification`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .contact_method_verification_protocol import ContactMethodVerificationProtocol


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SendContactMethodVerificationRequest(Shape):
    """The arguments of the ``SendContactMethodVerification`` operation."""

    protocol: ContactMethodVerificationProtocol | str
    """The protocol to verify, such as ``Email`` or ``SMS`` (text messaging)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "protocol": Rule("protocol", "string", required=True),
    }

    def __init__(self, *, protocol: ContactMethodVerificationProtocol | str) -> None:
        self.protocol = protocol

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SendContactMethodVerificationRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(ContactMethodVerificationProtocol, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "protocol": self.protocol,
        }
        return data

    to_wire = to_dict
