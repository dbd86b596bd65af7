"""GetCertificatesRequest: The arguments of the ``GetCertificates`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .certificate_status import CertificateStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetCertificatesRequest(Shape):
    """The arguments of the ``GetCertificates`` operation."""

    certificate_statuses: list[CertificateStatus | str] | None = None
    """The status of the certificates for which to return information.

    For example, specify ``ISSUED`` to return only certificates with an
    ``ISSUED`` status.

    When omitted, the response includes all of your certificates in the
    Amazon Web Services Region where the request is made, regardless of
    their current status.
    """

    include_certificate_details: bool | None = None
    """Indicates whether to include detailed information about the certificates
    in the response.

    When omitted, the response includes only the certificate names, Amazon
    Resource Names (ARNs), domain names, and tags.
    """

    certificate_name: str | None = None
    """The name for the certificate for which to return information.

    When omitted, the response includes all of your certificates in the
    Amazon Web Services Region where the request is made.
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetCertificates`` request. If
    your results are paginated, the response will return a next page token
    that you can specify as the page token in a subsequent request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "certificate_statuses": Rule(
            "certificateStatuses", "list", item=Rule("", "string")
        ),
        "include_certificate_details": Rule("includeCertificateDetails", "boolean"),
        "certificate_name": Rule("certificateName", "string"),
        "page_token": Rule("pageToken", "string"),
    }

    def __init__(
        self,
        *,
        certificate_statuses: list[CertificateStatus | str] | None = None,
        include_certificate_details: bool | None = None,
        certificate_name: str | None = None,
        page_token: str | None = None,
    ) -> None:
        self.certificate_statuses = certificate_statuses
        self.include_certificate_details = include_certificate_details
        self.certificate_name = certificate_name
        self.page_token = page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetCertificatesRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certificateStatuses")) is not None:
            kwargs["certificate_statuses"] = [
                None if item is None else open_enum(CertificateStatus, item)
                for item in value
            ]
        if (value := data.get("includeCertificateDetails")) is not None:
            kwargs["include_certificate_details"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.certificate_statuses is not None:
            data["certificateStatuses"] = self.certificate_statuses
        if self.include_certificate_details is not None:
            data["includeCertificateDetails"] = self.include_certificate_details
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    to_wire = to_dict
