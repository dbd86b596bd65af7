"""GetContainerServicePowers: Returns the list of powers that can be specified for your Amazon Lightsail container services."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContainerServicePowers",
    target="Lightsail_20161128.GetContainerServicePowers",
    http_method="POST",
    request_uri="/",
)
