"""UpdateDistribution: Updates an existing Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateDistribution",
    target="Lightsail_20161128.UpdateDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "defaultCacheBehavior": "default_cache_behavior",
    "cacheBehaviorSettings": "cache_behavior_settings",
    "cacheBehaviors": "cache_behaviors",
    "isEnabled": "is_enabled",
    "viewerMinimumTlsProtocolVersion": "viewer_minimum_tls_protocol_version",
    "certificateName": "certificate_name",
    "useDefaultCertificate": "use_default_certificate",
    "enablePrivateOriginAccess": "enable_private_origin_access",
    "defaultRootObject": "default_root_object",
    "customErrorResponses": "custom_error_responses",
    "enableWaf": "enable_waf",
    "wafRules": "waf_rules",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
