"""GetBundles: Returns the bundles that you can apply to an Amazon Lightsail instance when you create it."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetBundles",
    target="Lightsail_20161128.GetBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
    "pageToken": "page_token",
    "appCategory": "app_category",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
