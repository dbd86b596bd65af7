"""DeleteDistribution: Deletes your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteDistribution",
    target="Lightsail_20161128.DeleteDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
