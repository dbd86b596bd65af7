"""CertificateSummary: Describes an Amazon Lightsail SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .certificate import Certificate
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CertificateSummary(Shape):
    """Describes an Amazon Lightsail SSL/TLS certificate."""

    certificate_arn: str | None = None
    """The Amazon Resource Name (ARN) of the certificate."""

    certificate_name: str | None = None
    """The name of the certificate."""

    domain_name: str | None = None
    """The domain name of the certificate."""

    certificate_detail: Certificate | None = None
    """An object that describes a certificate in detail."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "certificate_arn": Rule("certificateArn", "string"),
        "certificate_name": Rule("certificateName", "string"),
        "domain_name": Rule("domainName", "string"),
        "certificate_detail": Rule("certificateDetail", "Certificate"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        certificate_arn: str | None = None,
        certificate_name: str | None = None,
        domain_name: str | None = None,
        certificate_detail: Certificate | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.certificate_arn = certificate_arn
        self.certificate_name = certificate_name
        self.domain_name = domain_name
        self.certificate_detail = certificate_detail
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CertificateSummary:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certificateArn")) is not None:
            kwargs["certificate_arn"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("certificateDetail")) is not None:
            kwargs["certificate_detail"] = Certificate.from_dict(value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.certificate_arn is not None:
            data["certificateArn"] = self.certificate_arn
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.certificate_detail is not None:
            data["certificateDetail"] = self.certificate_detail.to_dict()
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    from_wire = from_dict
