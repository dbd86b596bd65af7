"""GetBucketBundles: Returns the bundles that you can apply to a Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetBucketBundles",
    target="Lightsail_20161128.GetBucketBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
