"""UpdateDistributionBundle: Updates the bundle of your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateDistributionBundle",
    target="Lightsail_20161128.UpdateDistributionBundle",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "bundleId": "bundle_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
