"""ListVersions: Lists the versions of a thing: two tokens, ``isTruncated`` and two lists of results."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="ListVersions",
    target="KitchenSink_20240101.ListVersions",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "thingName": "thing_name",
    "keyMarker": "key_marker",
    "versionMarker": "version_marker",
    "maxItems": "max_items",
    "pageSize": "page_size",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
