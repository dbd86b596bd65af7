"""GetOperation: Returns information about a specific operation."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetOperation",
    target="Lightsail_20161128.GetOperation",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "operationId": "operation_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
