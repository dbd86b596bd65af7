"""QueryStringObject: Describes the query string parameters that an Amazon Lightsail content delivery network (CDN) distribution to bases caching on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class QueryStringObject(Shape):
    """Describes the query string parameters that an Amazon Lightsail content
    delivery network (CDN) distribution to bases caching on.

    For the query strings that you specify, your distribution caches
    separate versions of the specified content based on the query string
    values in viewer requests.
    """

    option: bool | None = None
    """Indicates whether the distribution forwards and caches based on query
    strings.
    """

    query_strings_allow_list: list[str] | None = None
    """The specific query strings that the distribution forwards to the origin.

    Your distribution will cache content based on the specified query
    strings.

    If the ``option`` parameter is true, then your distribution forwards all
    query strings, regardless of what you specify using the
    ``queryStringsAllowList`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "option": Rule("option", "boolean"),
        "query_strings_allow_list": Rule(
            "queryStringsAllowList", "list", item=Rule("", "string")
        ),
    }

    def __init__(
        self,
        *,
        option: bool | None = None,
        query_strings_allow_list: list[str] | None = None,
    ) -> None:
        self.option = option
        self.query_strings_allow_list = query_strings_allow_list

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueryStringObject:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("option")) is not None:
            kwargs["option"] = value
        if (value := data.get("queryStringsAllowList")) is not None:
            kwargs["query_strings_allow_list"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.option is not None:
            data["option"] = self.option
        if self.query_strings_allow_list is not None:
            data["queryStringsAllowList"] = self.query_strings_allow_list
        return data

    from_wire = from_dict
    to_wire = to_dict


QueryStringObjectDict = TypedDict(
    "QueryStringObjectDict",
    {
        "option": "bool",
        "queryStringsAllowList": "list[str]",
    },
    total=False,
)
"""The dict client methods accept for `QueryStringObject`, keys as in the model."""
