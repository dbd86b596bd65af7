"""GetBucketsRequest: The arguments of the ``GetBuckets`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketsRequest(Shape):
    """The arguments of the ``GetBuckets`` operation."""

    bucket_name: str | None = None
    """The name of the bucket for which to return information.

    When omitted, the response includes all of your buckets in the Amazon
    Web Services Region where the request is made.
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetBuckets`` request. If your
    results are paginated, the response will return a next page token that
    you can specify as the page token in a subsequent request.
    """

    include_connected_resources: bool | None = None
    """A Boolean value that indicates whether to include Lightsail instances
    that were given access to the bucket using the
    [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
    action.
    """

    include_cors: bool | None = None
    """A Boolean value that indicates whether to include Lightsail bucket CORS
    configuration in the response. For more information, see
    [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).

    Note:
        This parameter is only supported when getting a single bucket with
        ``bucketName`` specified. The default value for this parameter is
        ``False``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", min=3),
        "page_token": Rule("pageToken", "string"),
        "include_connected_resources": Rule("includeConnectedResources", "boolean"),
        "include_cors": Rule("includeCors", "boolean"),
    }

    def __init__(
        self,
        *,
        bucket_name: str | None = None,
        page_token: str | None = None,
        include_connected_resources: bool | None = None,
        include_cors: bool | None = None,
    ) -> None:
        self.bucket_name = bucket_name
        self.page_token = page_token
        self.include_connected_resources = include_connected_resources
        self.include_cors = include_cors

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        if (value := data.get("includeConnectedResources")) is not None:
            kwargs["include_connected_resources"] = value
        if (value := data.get("includeCors")) is not None:
            kwargs["include_cors"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bucket_name is not None:
            data["bucketName"] = self.bucket_name
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.include_connected_resources is not None:
            data["includeConnectedResources"] = self.include_connected_resources
        if self.include_cors is not None:
            data["includeCors"] = self.include_cors
        return data

    to_wire = to_dict
