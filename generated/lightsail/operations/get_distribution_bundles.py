"""GetDistributionBundles: Returns the bundles that can be applied to your Amazon Lightsail content delivery network (CDN) distributions."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetDistributionBundles",
    target="Lightsail_20161128.GetDistributionBundles",
    http_method="POST",
    request_uri="/",
)
