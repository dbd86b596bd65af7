"""DeleteContactMethod: Deletes a contact method."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteContactMethod",
    target="Lightsail_20161128.DeleteContactMethod",
    http_method="POST",
    request_uri="/",
)
