"""WafAtpConfig: Describes the configuration of the account takeover prevention Web Application Firewall (WAF) rule group."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .waf_payload_type_enum import WafPayloadTypeEnum
from .waf_response_inspection import WafResponseInspection, WafResponseInspectionDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class WafAtpConfig(Shape):
    """Describes the configuration of the account takeover prevention Web
    Application Firewall (WAF) rule group. The rule group inspects login
    requests to the login path of your application.
    """

    login_path: str | None = None
    """The path of the login endpoint of your application (for example,
    ``/login``). Login paths that start with the path that you specify are a
    match.

    Constraints:

    - Must start with a forward slash (``/``).
    - Must contain from 1 to 256 characters.
    """

    payload_type: WafPayloadTypeEnum | str | None = None
    """The content type of the request body of login requests.

    The following content types are possible:

    - ``JSON`` – The request body is in JSON format.
    - ``FORM_ENCODED`` – The request body is form encoded.
    """

    username_field: str | None = None
    """The name of the field in the request body that contains the username
    (for example, ``/username`` for ``JSON`` or ``username`` for
    ``FORM_ENCODED``).

    Constraints:

    - For a ``JSON`` payload, must be a JSON pointer that starts with a
      forward slash (``/``).
    - Must contain from 1 to 512 characters.
    """

    password_field: str | None = None
    """The name of the field in the request body that contains the password
    (for example, ``/password`` for ``JSON`` or ``password`` for
    ``FORM_ENCODED``).

    Constraints:

    - For a ``JSON`` payload, must be a JSON pointer that starts with a
      forward slash (``/``).
    - Must contain from 1 to 512 characters.
    """

    response_inspection: WafResponseInspection | None = None
    """An object that describes the HTTP status codes that your application
    returns for successful and failed login attempts.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "login_path": Rule("loginPath", "string"),
        "payload_type": Rule("payloadType", "string"),
        "username_field": Rule("usernameField", "string"),
        "password_field": Rule("passwordField", "string"),
        "response_inspection": Rule("responseInspection", "WafResponseInspection"),
    }

    def __init__(
        self,
        *,
        login_path: str | None = None,
        payload_type: WafPayloadTypeEnum | str | None = None,
        username_field: str | None = None,
        password_field: str | None = None,
        response_inspection: WafResponseInspection | None = None,
    ) -> None:
        self.login_path = login_path
        self.payload_type = payload_type
        self.username_field = username_field
        self.password_field = password_field
        self.response_inspection = response_inspection

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WafAtpConfig:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loginPath")) is not None:
            kwargs["login_path"] = value
        if (value := data.get("payloadType")) is not None:
            kwargs["payload_type"] = open_enum(WafPayloadTypeEnum, value)
        if (value := data.get("usernameField")) is not None:
            kwargs["username_field"] = value
        if (value := data.get("passwordField")) is not None:
            kwargs["password_field"] = value
        if (value := data.get("responseInspection")) is not None:
            kwargs["response_inspection"] = WafResponseInspection.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.login_path is not None:
            data["loginPath"] = self.login_path
        if self.payload_type is not None:
            data["payloadType"] = self.payload_type
        if self.username_field is not None:
            data["usernameField"] = self.username_field
        if self.password_field is not None:
            data["passwordField"] = self.password_field
        if self.response_inspection is not None:
            data["responseInspection"] = self.response_inspection.to_dict()
        return data

    from_wire = from_dict
    to_wire = to_dict


WafAtpConfigDict = TypedDict(
    "WafAtpConfigDict",
    {
        "loginPath": "str",
        "payloadType": "WafPayloadTypeEnum | str",
        "usernameField": "str",
        "passwordField": "str",
        "responseInspection": "WafResponseInspectionDict",
    },
    total=False,
)
"""The dict client methods accept for `WafAtpConfig`, keys as in the model."""
