"""DistributionCustomErrorResponse: Describes a custom error response for a Lightsail distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DistributionCustomErrorResponse(Shape):
    """Describes a custom error response for a Lightsail distribution. A custom
    error response specifies the page that the distribution returns to the
    viewer. It also specifies the HTTP status code that the distribution
    sends when the origin responds with a given HTTP error code.
    """

    error_code: int | None = None
    """The HTTP error code from the origin that triggers the custom error
    response (for example, ``403`` or ``404``).
    """

    response_code: str | None = None
    """The HTTP status code that the distribution returns to the viewer for the
    custom error response.
    """

    response_page_path: str | None = None
    """The path to the custom error page that the distribution returns to the
    viewer (for example, ``/404.html``). The path must begin with a forward
    slash (``/``) and reference an object that is available from the origin.
    """

    error_caching_min_ttl: int | None = None
    """The minimum time, in seconds, that the distribution caches the custom
    error response before requesting the object again from the origin. If
    you don't specify a value, the default is ``10`` seconds.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "error_code": Rule("errorCode", "integer"),
        "response_code": Rule("responseCode", "string"),
        "response_page_path": Rule("responsePagePath", "string"),
        "error_caching_min_ttl": Rule("errorCachingMinTTL", "integer"),
    }

    def __init__(
        self,
        *,
        error_code: int | None = None,
        response_code: str | None = None,
        response_page_path: str | None = None,
        error_caching_min_ttl: int | None = None,
    ) -> None:
        self.error_code = error_code
        self.response_code = response_code
        self.response_page_path = response_page_path
        self.error_caching_min_ttl = error_caching_min_ttl

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DistributionCustomErrorResponse:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("errorCode")) is not None:
            kwargs["error_code"] = value
        if (value := data.get("responseCode")) is not None:
            kwargs["response_code"] = value
        if (value := data.get("responsePagePath")) is not None:
            kwargs["response_page_path"] = value
        if (value := data.get("errorCachingMinTTL")) is not None:
            kwargs["error_caching_min_ttl"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.error_code is not None:
            data["errorCode"] = self.error_code
        if self.response_code is not None:
            data["responseCode"] = self.response_code
        if self.response_page_path is not None:
            data["responsePagePath"] = self.response_page_path
        if self.error_caching_min_ttl is not None:
            data["errorCachingMinTTL"] = self.error_caching_min_ttl
        return data

    from_wire = from_dict
    to_wire = to_dict


DistributionCustomErrorResponseDict = TypedDict(
    "DistributionCustomErrorResponseDict",
    {
        "errorCode": "int",
        "responseCode": "str",
        "responsePagePath": "str",
        "errorCachingMinTTL": "int",
    },
    total=False,
)
"""The dict client methods accept for `DistributionCustomErrorResponse`, keys as in the model."""
