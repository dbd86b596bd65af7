"""GetBlueprints: Returns the list of available instance images, or *blueprints*."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetBlueprints",
    target="Lightsail_20161128.GetBlueprints",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
    "pageToken": "page_token",
    "appCategory": "app_category",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
