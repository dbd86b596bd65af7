"""WafAcfpConfig: Describes the configuration of the account creation fraud prevention Web Application Firewall (WAF) rule group."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .waf_payload_type_enum import WafPayloadTypeEnum
from .waf_response_inspection import WafResponseInspection, WafResponseInspectionDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafAcfpConfig(Shape):
    """Describes the configuration of the account creation fraud prevention Web
    Application Firewall (WAF) rule group. The rule group inspects account
    creation requests to your application.
    """

    payload_type: WafPayloadTypeEnum | str | None = None
    """The content type of the request body of account creation requests.

    The following content types are possible:

    - ``JSON`` – The request body is in JSON format.
    - ``FORM_ENCODED`` – The request body is form encoded.
    """

    creation_path: str | None = None
    """The path of the endpoint that accepts completed account creation forms
    (for example, ``/signup/submit``). This endpoint must accept ``POST``
    requests.

    Constraints:

    - Must start with a forward slash (``/``).
    - Must contain from 1 to 256 characters.
    """

    registration_page_path: str | None = None
    """The path of the page that displays the account creation form (for
    example, ``/signup``).

    Constraints:

    - Must start with a forward slash (``/``).
    - Must contain from 1 to 256 characters.
    """

    response_inspection: WafResponseInspection | None = None
    """An object that describes the HTTP status codes that your application
    returns for successful and failed account creation attempts.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "payload_type": Rule("payloadType", "string"),
        "creation_path": Rule("creationPath", "string"),
        "registration_page_path": Rule("registrationPagePath", "string"),
        "response_inspection": Rule("responseInspection", "WafResponseInspection"),
    }

    def __init__(
        self,
        *,
        payload_type: WafPayloadTypeEnum | str | None = None,
        creation_path: str | None = None,
        registration_page_path: str | None = None,
        response_inspection: WafResponseInspection | None = None,
    ) -> None:
        self.payload_type = payload_type
        self.creation_path = creation_path
        self.registration_page_path = registration_page_path
        self.response_inspection = response_inspection

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafAcfpConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("payloadType")) is not None:
            kwargs["payload_type"] = open_enum(WafPayloadTypeEnum, value)
        if (value := data.get("creationPath")) is not None:
            kwargs["creation_path"] = value
        if (value := data.get("registrationPagePath")) is not None:
            kwargs["registration_page_path"] = value
        if (value := data.get("responseInspection")) is not None:
            kwargs["response_inspection"] = WafResponseInspection.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.payload_type is not None:
            data["payloadType"] = self.payload_type
        if self.creation_path is not None:
            data["creationPath"] = self.creation_path
        if self.registration_page_path is not None:
            data["registrationPagePath"] = self.registration_page_path
        if self.response_inspection is not None:
            data["responseInspection"] = self.response_inspection.to_dict()
        return data

    from_wire = from_dict
    to_wire = to_dict


WafAcfpConfigDict = TypedDict(
    "WafAcfpConfigDict",
    {
        "payloadType": "WafPayloadTypeEnum | str",
        "creationPath": "str",
        "registrationPagePath": "str",
        "responseInspection": "WafResponseInspectionDict",
    },
    total=False,
)
"""The dict client methods accept for `WafAcfpConfig`, keys as in the model."""
