"""HeaderObject: Describes the request headers that a Lightsail distribution bases caching on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .forward_values import ForwardValues
from .header_enum import HeaderEnum


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class HeaderObject(Shape):
    """Describes the request headers that a Lightsail distribution bases
    caching on.

    For the headers that you specify, your distribution caches separate
    versions of the specified content based on the header values in viewer
    requests. For example, suppose viewer requests for ``logo.jpg`` contain
    a custom ``product`` header that has a value of either ``acme`` or
    ``apex``, and you configure your distribution to cache your content
    based on values in the ``product`` header. Your distribution forwards
    the ``product`` header to the origin and caches the response from the
    origin once for each header value.
    """

    option: ForwardValues | str | None = None
    """The headers that you want your distribution to forward to your origin
    and base caching on.

    You can configure your distribution to do one of the following:

    - **``all``** - Forward all headers to your origin.
    - **``none``** - Forward only the default headers.
    - **``allow-list``** - Forward only the headers you specify using the
      ``headersAllowList`` parameter.
    """

    headers_allow_list: list[HeaderEnum | str] | None = None
    """The specific headers to forward to your distribution's origin."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "option": Rule("option", "string"),
        "headers_allow_list": Rule("headersAllowList", "list", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        option: ForwardValues | str | None = None,
        headers_allow_list: list[HeaderEnum | str] | None = None,
    ) -> None:
        self.option = option
        self.headers_allow_list = headers_allow_list

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HeaderObject:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("option")) is not None:
            kwargs["option"] = open_enum(ForwardValues, value)
        if (value := data.get("headersAllowList")) is not None:
            kwargs["headers_allow_list"] = [
                None if item is None else open_enum(HeaderEnum, item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.option is not None:
            data["option"] = self.option
        if self.headers_allow_list is not None:
            data["headersAllowList"] = self.headers_allow_list
        return data

    from_wire = from_dict
    to_wire = to_dict


HeaderObjectDict = TypedDict(
    "HeaderObjectDict",
    {
        "option": "ForwardValues | str",
        "headersAllowList": "list[HeaderEnum | str]",
    },
    total=False,
)
"""The dict client methods accept for `HeaderObject`, keys as in the model."""
