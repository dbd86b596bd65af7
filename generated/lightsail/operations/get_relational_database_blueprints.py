"""GetRelationalDatabaseBlueprints: Returns a list of available database blueprints in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseBlueprints",
    target="Lightsail_20161128.GetRelationalDatabaseBlueprints",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
