"""CacheSettings: Describes the cache settings of an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .cookie_object import CookieObject, CookieObjectDict
from .header_object import HeaderObject, HeaderObjectDict
from .query_string_object import QueryStringObject, QueryStringObjectDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CacheSettings(Shape):
    """Describes the cache settings of an Amazon Lightsail content delivery
    network (CDN) distribution.

    These settings apply only to your distribution's ``cacheBehaviors``
    (including the ``defaultCacheBehavior``) that have a ``behavior`` of
    ``cache``.
    """

    default_ttl: int | None = None
    """The default amount of time that objects stay in the distribution's cache
    before the distribution forwards another request to the origin to
    determine whether the content has been updated.

    Note:
        The value specified applies only when the origin does not add HTTP
        headers such as ``Cache-Control max-age``,
        ``Cache-Control s-maxage``, and ``Expires`` to objects.
    """

    minimum_ttl: int | None = None
    """The minimum amount of time that objects stay in the distribution's cache
    before the distribution forwards another request to the origin to
    determine whether the object has been updated.

    A value of ``0`` must be specified for ``minimumTTL`` if the
    distribution is configured to forward all headers to the origin.
    """

    maximum_ttl: int | None = None
    """The maximum amount of time that objects stay in the distribution's cache
    before the distribution forwards another request to the origin to
    determine whether the object has been updated.

    The value specified applies only when the origin adds HTTP headers such
    as ``Cache-Control max-age``, ``Cache-Control s-maxage``, and
    ``Expires`` to objects.
    """

    allowed_http_methods: str | None = None
    """The HTTP methods that are processed and forwarded to the distribution's
    origin.

    You can specify the following options:

    - ``GET,HEAD`` - The distribution forwards the ``GET`` and ``HEAD``
      methods.
    - ``GET,HEAD,OPTIONS`` - The distribution forwards the ``GET``,
      ``HEAD``, and ``OPTIONS`` methods.
    - ``GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE`` - The distribution forwards
      the ``GET``, ``HEAD``, ``OPTIONS``, ``PUT``, ``PATCH``, ``POST``, and
      ``DELETE`` methods.

    If you specify the third option, you might need to restrict access to
    your distribution's origin so users can't perform operations that you
    don't want them to. For example, you might not want users to have
    permission to delete objects from your origin.
    """

    cached_http_methods: str | None = None
    """The HTTP method responses that are cached by your distribution.

    You can specify the following options:

    - ``GET,HEAD`` - The distribution caches responses to the ``GET`` and
      ``HEAD`` methods.
    - ``GET,HEAD,OPTIONS`` - The distribution caches responses to the
      ``GET``, ``HEAD``, and ``OPTIONS`` methods.
    """

    forwarded_cookies: CookieObject | None = None
    """An object that describes the cookies that are forwarded to the origin.
    Your content is cached based on the cookies that are forwarded.
    """

    forwarded_headers: HeaderObject | None = None
    """An object that describes the headers that are forwarded to the origin.
    Your content is cached based on the headers that are forwarded.
    """

    forwarded_query_strings: QueryStringObject | None = None
    """An object that describes the query strings that are forwarded to the
    origin. Your content is cached based on the query strings that are
    forwarded.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "default_ttl": Rule("defaultTTL", "integer"),
        "minimum_ttl": Rule("minimumTTL", "integer"),
        "maximum_ttl": Rule("maximumTTL", "integer"),
        "allowed_http_methods": Rule("allowedHTTPMethods", "string"),
        "cached_http_methods": Rule("cachedHTTPMethods", "string"),
        "forwarded_cookies": Rule("forwardedCookies", "CookieObject"),
        "forwarded_headers": Rule("forwardedHeaders", "HeaderObject"),
        "forwarded_query_strings": Rule("forwardedQueryStrings", "QueryStringObject"),
    }

    def __init__(
        self,
        *,
        default_ttl: int | None = None,
        minimum_ttl: int | None = None,
        maximum_ttl: int | None = None,
        allowed_http_methods: str | None = None,
        cached_http_methods: str | None = None,
        forwarded_cookies: CookieObject | None = None,
        forwarded_headers: HeaderObject | None = None,
        forwarded_query_strings: QueryStringObject | None = None,
    ) -> None:
        self.default_ttl = default_ttl
        self.minimum_ttl = minimum_ttl
        self.maximum_ttl = maximum_ttl
        self.allowed_http_methods = allowed_http_methods
        self.cached_http_methods = cached_http_methods
        self.forwarded_cookies = forwarded_cookies
        self.forwarded_headers = forwarded_headers
        self.forwarded_query_strings = forwarded_query_strings

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CacheSettings:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("defaultTTL")) is not None:
            kwargs["default_ttl"] = value
        if (value := data.get("minimumTTL")) is not None:
            kwargs["minimum_ttl"] = value
        if (value := data.get("maximumTTL")) is not None:
            kwargs["maximum_ttl"] = value
        if (value := data.get("allowedHTTPMethods")) is not None:
            kwargs["allowed_http_methods"] = value
        if (value := data.get("cachedHTTPMethods")) is not None:
            kwargs["cached_http_methods"] = value
        if (value := data.get("forwardedCookies")) is not None:
            kwargs["forwarded_cookies"] = CookieObject.from_dict(value)
        if (value := data.get("forwardedHeaders")) is not None:
            kwargs["forwarded_headers"] = HeaderObject.from_dict(value)
        if (value := data.get("forwardedQueryStrings")) is not None:
            kwargs["forwarded_query_strings"] = QueryStringObject.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.default_ttl is not None:
            data["defaultTTL"] = self.default_ttl
        if self.minimum_ttl is not None:
            data["minimumTTL"] = self.minimum_ttl
        if self.maximum_ttl is not None:
            data["maximumTTL"] = self.maximum_ttl
        if self.allowed_http_methods is not None:
            data["allowedHTTPMethods"] = self.allowed_http_methods
        if self.cached_http_methods is not None:
            data["cachedHTTPMethods"] = self.cached_http_methods
        if self.forwarded_cookies is not None:
            data["forwardedCookies"] = self.forwarded_cookies.to_dict()
        if self.forwarded_headers is not None:
            data["forwardedHeaders"] = self.forwarded_headers.to_dict()
        if self.forwarded_query_strings is not None:
            data["forwardedQueryStrings"] = self.forwarded_query_strings.to_dict()
        return data

    from_wire = from_dict
    to_wire = to_dict


CacheSettingsDict = TypedDict(
    "CacheSettingsDict",
    {
        "defaultTTL": "int",
        "minimumTTL": "int",
        "maximumTTL": "int",
        "allowedHTTPMethods": "str",
        "cachedHTTPMethods": "str",
        "forwardedCookies": "CookieObjectDict",
        "forwardedHeaders": "HeaderObjectDict",
        "forwardedQueryStrings": "QueryStringObjectDict",
    },
    total=False,
)
"""The dict client methods accept for `CacheSettings`, keys as in the model."""
