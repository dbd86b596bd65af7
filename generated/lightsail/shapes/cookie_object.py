"""CookieObject: Describes whether an Amazon Lightsail content delivery network (CDN) distribution forwards cookies to the origin and, if so, which ones."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .forward_values import ForwardValues


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CookieObject(Shape):
    """Describes whether an Amazon Lightsail content delivery network (CDN)
    distribution forwards cookies to the origin and, if so, which ones.

    For the cookies that you specify, your distribution caches separate
    versions of the specified content based on the cookie values in viewer
    requests.
    """

    option: ForwardValues | str | None = None
    """Specifies which cookies to forward to the distribution's origin for a
    cache behavior: ``all``, ``none``, or ``allow-list`` to forward only the
    cookies specified in the ``cookiesAllowList`` parameter.
    """

    cookies_allow_list: list[str] | None = None
    """The specific cookies to forward to your distribution's origin."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "option": Rule("option", "string"),
        "cookies_allow_list": Rule("cookiesAllowList", "list", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        option: ForwardValues | str | None = None,
        cookies_allow_list: list[str] | None = None,
    ) -> None:
        self.option = option
        self.cookies_allow_list = cookies_allow_list

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CookieObject:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("option")) is not None:
            kwargs["option"] = open_enum(ForwardValues, value)
        if (value := data.get("cookiesAllowList")) is not None:
            kwargs["cookies_allow_list"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.option is not None:
            data["option"] = self.option
        if self.cookies_allow_list is not None:
            data["cookiesAllowList"] = self.cookies_allow_list
        return data

    from_wire = from_dict
    to_wire = to_dict


CookieObjectDict = TypedDict(
    "CookieObjectDict",
    {
        "option": "ForwardValues | str",
        "cookiesAllowList": "list[str]",
    },
    total=False,
)
"""The dict client methods accept for `CookieObject`, keys as in the model."""
