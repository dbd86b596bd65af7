"""GetRelationalDatabaseBundles: Returns the list of bundles that are available in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseBundles",
    target="Lightsail_20161128.GetRelationalDatabaseBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "includeInactive": "include_inactive",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
