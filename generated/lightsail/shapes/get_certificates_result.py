"""GetCertificatesResult: The result of the ``GetCertificates`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .certificate_summary import CertificateSummary


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetCertificatesResult(Shape):
    """The result of the ``GetCertificates`` operation."""

    certificates: list[CertificateSummary] | None = None
    """An object that describes certificates."""

    next_page_token: str | None = None
    """If ``NextPageToken`` is returned there are more results available. The
    value of ``NextPageToken`` is a unique pagination token for each page.
    Make the call again using the returned token to retrieve the next page.
    Keep all other arguments unchanged.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "certificates": Rule(
            "certificates", "list", item=Rule("", "CertificateSummary")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        certificates: list[CertificateSummary] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.certificates = certificates
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetCertificatesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certificates")) is not None:
            kwargs["certificates"] = [
                None if item is None else CertificateSummary.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.certificates is not None:
            data["certificates"] = [shape_to_dict(item) for item in self.certificates]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
