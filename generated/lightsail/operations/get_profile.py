"""GetProfile: Returns information about the profile of the Amazon Lightsail account that makes the request."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetProfile",
    target="Lightsail_20161128.GetProfile",
    http_method="POST",
    request_uri="/",
)
