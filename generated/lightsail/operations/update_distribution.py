"""UpdateDistribution: Updates an existing Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_distribution_request import UpdateDistributionRequest
from ..shapes.update_distribution_result import UpdateDistributionResult

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


def call(
    engine: Engine, request: UpdateDistributionRequest
) -> UpdateDistributionResult:
    """Validate, send and parse one UpdateDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateDistributionResult.from_wire(body)
