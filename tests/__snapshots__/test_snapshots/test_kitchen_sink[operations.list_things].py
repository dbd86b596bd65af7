"""ListThings: Lists things, a page at a time."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="ListThings",
    target="KitchenSink_20240101.ListThings",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "maxResults": "max_results",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
