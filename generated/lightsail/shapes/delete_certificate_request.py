"""DeleteCertificateRequest: The arguments of the ``DeleteCertificate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteCertificateRequest(Shape):
    """The arguments of the ``DeleteCertificate`` operation."""

    certificate_name: str
    """The name of the certificate to delete.

    Use the ``GetCertificates`` action to get a list of certificate names
    that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "certificate_name": Rule("certificateName", "string", required=True),
    }

    def __init__(self, *, certificate_name: str) -> None:
        self.certificate_name = certificate_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteCertificateRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "certificateName": self.certificate_name,
        }
        return data

    to_wire = to_dict
