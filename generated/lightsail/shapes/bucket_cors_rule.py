"""BucketCorsRule: Describes a cross-origin resource sharing (CORS) rule for a Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class BucketCorsRule(Shape):
    """Describes a cross-origin resource sharing (CORS) rule for a Lightsail
    bucket. CORS rules specify which origins are allowed to access the
    bucket, which HTTP methods are allowed, and other access control
    information. For more information, see
    [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).
    """

    id: str | None = None
    """A unique identifier for the CORS rule. The ID value can be up to 255
    characters long. The IDs help you find a rule in the configuration.
    """

    allowed_methods: list[str] | None = None
    """The HTTP methods that are allowed when accessing the bucket from the
    specified origin. Each CORS rule must identify at least one origin and
    one method.

    You can use the following HTTP methods:

    - ``GET`` - Retrieves data from the server, such as downloading files or
      viewing content.
    - ``PUT`` - Uploads or replaces data on the server, such as uploading
      new files.
    - ``POST`` - Sends data to the server for processing, such as submitting
      forms or creating new resources.
    - ``DELETE`` - Removes data from the server, such as deleting files or
      resources.
    - ``HEAD`` - Retrieves only the headers from the server without the
      actual content, useful for checking if a resource exists.
    """

    allowed_origins: list[str] | None = None
    """One or more origins you want customers to be able to access the bucket
    from. Each CORS rule must identify at least one origin and one method.
    """

    allowed_headers: list[str] | None = None
    """Headers that are specified in the ``Access-Control-Request-Headers``
    header. These headers are allowed in a preflight ``OPTIONS`` request. In
    response to any preflight ``OPTIONS`` request, Amazon S3 returns any
    requested headers that are allowed.
    """

    expose_headers: list[str] | None = None
    """One or more headers in the response that you want customers to be able
    to access from their applications (for example, from a JavaScript
    ``XMLHttpRequest`` object).
    """

    max_age_seconds: int | None = None
    """The time in seconds that your browser is to cache the preflight response
    for the specified resource. A CORS rule can have only one
    ``maxAgeSeconds`` element.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "id": Rule("id", "string"),
        "allowed_methods": Rule(
            "allowedMethods", "list", required=True, item=Rule("", "string")
        ),
        "allowed_origins": Rule(
            "allowedOrigins", "list", required=True, item=Rule("", "string")
        ),
        "allowed_headers": Rule("allowedHeaders", "list", item=Rule("", "string")),
        "expose_headers": Rule("exposeHeaders", "list", item=Rule("", "string")),
        "max_age_seconds": Rule("maxAgeSeconds", "integer"),
    }

    def __init__(
        self,
        *,
        id: str | None = None,
        allowed_methods: list[str] | None = None,
        allowed_origins: list[str] | None = None,
        allowed_headers: list[str] | None = None,
        expose_headers: list[str] | None = None,
        max_age_seconds: int | None = None,
    ) -> None:
        self.id = id
        self.allowed_methods = allowed_methods
        self.allowed_origins = allowed_origins
        self.allowed_headers = allowed_headers
        self.expose_headers = expose_headers
        self.max_age_seconds = max_age_seconds

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketCorsRule:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("allowedMethods")) is not None:
            kwargs["allowed_methods"] = value
        if (value := data.get("allowedOrigins")) is not None:
            kwargs["allowed_origins"] = value
        if (value := data.get("allowedHeaders")) is not None:
            kwargs["allowed_headers"] = value
        if (value := data.get("exposeHeaders")) is not None:
            kwargs["expose_headers"] = value
        if (value := data.get("maxAgeSeconds")) is not None:
            kwargs["max_age_seconds"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.allowed_methods is not None:
            data["allowedMethods"] = self.allowed_methods
        if self.allowed_origins is not None:
            data["allowedOrigins"] = self.allowed_origins
        if self.allowed_headers is not None:
            data["allowedHeaders"] = self.allowed_headers
        if self.expose_headers is not None:
            data["exposeHeaders"] = self.expose_headers
        if self.max_age_seconds is not None:
            data["maxAgeSeconds"] = self.max_age_seconds
        return data

    from_wire = from_dict
    to_wire = to_dict


BucketCorsRuleDict = TypedDict(
    "BucketCorsRuleDict",
    {
        "id": "str",
        "allowedMethods": "Required[list[str]]",
        "allowedOrigins": "Required[list[str]]",
        "allowedHeaders": "list[str]",
        "exposeHeaders": "list[str]",
        "maxAgeSeconds": "int",
    },
    total=False,
)
"""The dict client methods accept for `BucketCorsRule`, keys as in the model."""
