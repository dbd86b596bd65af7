"""CreateCertificateRequest: The arguments of the ``CreateCertificate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateCertificateRequest(Shape):
    """The arguments of the ``CreateCertificate`` operation."""

    certificate_name: str
    """The name for the certificate."""

    domain_name: str
    """The domain name (``example.com``) for the certificate."""

    subject_alternative_names: list[str] | None = None
    """An array of strings that specify the alternate domains
    (``example2.com``) and subdomains (``blog.example.com``) for the
    certificate.

    You can specify a maximum of nine alternate domains (in addition to the
    primary domain name).

    Wildcard domain entries (``*.example.com``) are not supported.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the certificate during
    create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "certificate_name": Rule("certificateName", "string", required=True),
        "domain_name": Rule("domainName", "string", required=True),
        "subject_alternative_names": Rule(
            "subjectAlternativeNames", "list", item=Rule("", "string")
        ),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        certificate_name: str,
        domain_name: str,
        subject_alternative_names: list[str] | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.certificate_name = certificate_name
        self.domain_name = domain_name
        self.subject_alternative_names = subject_alternative_names
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateCertificateRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("subjectAlternativeNames")) is not None:
            kwargs["subject_alternative_names"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "certificateName": self.certificate_name,
            "domainName": self.domain_name,
        }
        if self.subject_alternative_names is not None:
            data["subjectAlternativeNames"] = self.subject_alternative_names
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
