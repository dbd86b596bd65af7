"""CreateDistribution: Creates an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateDistribution",
    target="Lightsail_20161128.CreateDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "defaultCacheBehavior": "default_cache_behavior",
    "bundleId": "bundle_id",
    "cacheBehaviorSettings": "cache_behavior_settings",
    "cacheBehaviors": "cache_behaviors",
    "ipAddressType": "ip_address_type",
    "certificateName": "certificate_name",
    "viewerMinimumTlsProtocolVersion": "viewer_minimum_tls_protocol_version",
    "enablePrivateOriginAccess": "enable_private_origin_access",
    "defaultRootObject": "default_root_object",
    "customErrorResponses": "custom_error_responses",
    "enableWaf": "enable_waf",
    "wafRules": "waf_rules",
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
