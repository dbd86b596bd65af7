"""DnsRecordCreationState: Describes the creation state of the canonical name (CNAME) records that are automatically added by Amazon Lightsail to the DNS of a domain to validate domain ownership for an SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .dns_record_creation_state_code import DnsRecordCreationStateCode


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DnsRecordCreationState(Shape):
    """Describes the creation state of the canonical name (CNAME) records that
    are automatically added by Amazon Lightsail to the DNS of a domain to
    validate domain ownership for an SSL/TLS certificate.

    When you create an SSL/TLS certificate for a Lightsail resource, you
    must add a set of CNAME records to the DNS of the domains for the
    certificate to validate that you own the domains. Lightsail can
    automatically add the CNAME records to the DNS of the domain if the DNS
    zone for the domain exists within your Lightsail account. If automatic
    record addition fails, or if you manage the DNS of your domain using a
    third-party service, then you must manually add the CNAME records to the
    DNS of your domain. For more information, see
    [Verify an SSL/TLS certificate in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/verify-tls-ssl-certificate-using-dns-cname-https)
    in the *Amazon Lightsail Developer Guide*.
    """

    code: DnsRecordCreationStateCode | str | None = None
    """The status code for the automated DNS record creation.

    Following are the possible values:

    - ``SUCCEEDED`` - The validation records were successfully added to the
      domain.
    - ``STARTED`` - The automatic DNS record creation has started.
    - ``FAILED`` - The validation records failed to be added to the domain.
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
        code: DnsRecordCreationStateCode | str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DnsRecordCreationState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = open_enum(DnsRecordCreationStateCode, value)
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
