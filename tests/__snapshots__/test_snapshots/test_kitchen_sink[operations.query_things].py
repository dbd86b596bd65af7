"""QueryThings: Finds things; pages are linked by keys (maps), as in DynamoDB."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="QueryThings",
    target="KitchenSink_20240101.QueryThings",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "exclusiveStartKey": "exclusive_start_key",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
