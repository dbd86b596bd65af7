"""GetDistributions: Returns information about one or more of your Amazon Lightsail content delivery network (CDN) distributions."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetDistributions",
    target="Lightsail_20161128.GetDistributions",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
