"""GetContactMethods: Returns information about the configured contact methods."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContactMethods",
    target="Lightsail_20161128.GetContactMethods",
    http_method="POST",
    request_uri="/",
)
