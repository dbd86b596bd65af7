"""GetContainerAPIMetadata: Returns information about Amazon Lightsail containers, such as the current version of the Lightsail Control (lightsailctl) plugin."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContainerAPIMetadata",
    target="Lightsail_20161128.GetContainerAPIMetadata",
    http_method="POST",
    request_uri="/",
)
