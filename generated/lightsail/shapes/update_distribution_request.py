"""UpdateDistributionRequest: The arguments of the ``UpdateDistribution`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .cache_behavior import CacheBehavior
from .cache_behavior_per_path import CacheBehaviorPerPath
from .cache_settings import CacheSettings
from .distribution_custom_error_response import DistributionCustomErrorResponse
from .input_origin import InputOrigin
from .viewer_minimum_tls_protocol_version_enum import (
    ViewerMinimumTlsProtocolVersionEnum,
)
from .waf_rule import WafRule


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateDistributionRequest(Shape):
    """The arguments of the ``UpdateDistribution`` operation."""

    distribution_name: str
    """The name of the distribution to update.

    Use the ``GetDistributions`` action to get a list of distribution names
    that you can specify.
    """

    origin: InputOrigin | None = None
    """An object that describes the origin resource for the distribution, such
    as a Lightsail instance, bucket, or load balancer.

    The distribution pulls, caches, and serves content from the origin.
    """

    default_cache_behavior: CacheBehavior | None = None
    """An object that describes the default cache behavior for the
    distribution.
    """

    cache_behavior_settings: CacheSettings | None = None
    """An object that describes the cache behavior settings for the
    distribution.

    Note:
        The ``cacheBehaviorSettings`` specified in your
        ``UpdateDistributionRequest`` will replace your distribution's
        existing settings.
    """

    cache_behaviors: list[CacheBehaviorPerPath] | None = None
    """An array of objects that describe the per-path cache behavior for the
    distribution.
    """

    is_enabled: bool | None = None
    """Indicates whether to enable the distribution."""

    viewer_minimum_tls_protocol_version: (
        ViewerMinimumTlsProtocolVersionEnum | str | None
    ) = None
    """Use this parameter to update the minimum TLS protocol version for the
    SSL/TLS certificate that's attached to the distribution.
    """

    certificate_name: str | None = None
    """The name of the SSL/TLS certificate that you want to attach to the
    distribution.

    Only certificates with a status of ``ISSUED`` can be attached to a
    distribution.

    Use the
    [GetCertificates](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html)
    action to get a list of certificate names that you can specify.
    """

    use_default_certificate: bool | None = None
    """Indicates whether the default SSL/TLS certificate is attached to the
    distribution. The default value is ``true``. When ``true``, the
    distribution uses the default domain name such as
    ``d111111abcdef8.cloudfront.net``.

    Set this value to ``false`` to attach a new certificate to the
    distribution.
    """

    enable_private_origin_access: bool | None = None
    """Specifies whether to enable private origin access for the distribution.
    With private origin access, the distribution can serve objects that
    aren't publicly accessible from a Lightsail bucket.

    Lightsail grants the distribution permission to read the bucket's
    objects. Enabling private origin access doesn't change the bucket's
    access settings, and you can still retrieve publicly accessible objects
    directly from the bucket's endpoint.

    Note:
        When you include this parameter, you must also include the
        ``origin`` parameter with the resource name, even if the origin is
        not changing.

        You can enable private origin access only when the distribution's
        origin is a Lightsail bucket. If the origin is another resource
        type, the request fails.
    """

    default_root_object: str | None = None
    """The object (for example, ``index.html``) that the distribution returns
    when a viewer requests the root URL of the distribution (``/``) instead
    of a specific object. The object that you specify must be available from
    the origin.
    """

    custom_error_responses: list[DistributionCustomErrorResponse] | None = None
    """An array of objects that describe the custom error responses for the
    distribution. With a custom error response, you can specify the page to
    return when the origin responds with a given HTTP error code. You can
    also specify the HTTP status code to send to the viewer.
    """

    enable_waf: bool | None = None
    """Specifies whether to enable Web Application Firewall (WAF) for the
    distribution. WAF inspects viewer requests and blocks requests that
    match the WAF rule groups that you enable.

    When you enable WAF without specifying the ``wafRules`` parameter, the
    distribution has no WAF rule groups enabled and doesn't block any
    requests.

    Note:
        WAF is available only for distributions that use the ``medium_1_0``
        or ``large_1_0`` bundle.

        Setting this parameter to ``false`` disables WAF for the
        distribution and removes its WAF rule groups. You must enable the
        WAF rule groups again if you enable WAF again.
    """

    waf_rules: list[WafRule] | None = None
    """An array of objects that describe the WAF rule groups to enable for the
    distribution.

    The array that you specify replaces the existing WAF rule groups of the
    distribution. To keep a WAF rule group enabled, include it in the array.
    To disable all WAF rule groups, specify an empty array.

    You can specify this parameter only when WAF is enabled for the
    distribution.

    The WAF rule groups that you can specify depend on the bundle of the
    distribution:

    - ``medium_1_0`` – Supports the ``AWSManagedRulesCommonRuleSet``,
      ``AWSManagedRulesKnownBadInputsRuleSet``, and
      ``AWSManagedRulesAnonymousIpList`` rule groups.
    - ``large_1_0`` – Supports the rule groups for ``medium_1_0``, plus
      ``AWSManagedRulesAdminProtectionRuleSet``,
      ``AWSManagedRulesSQLiRuleSet``, ``AWSManagedRulesLinuxRuleSet``,
      ``AWSManagedRulesUnixRuleSet``, ``AWSManagedRulesWindowsRuleSet``,
      ``AWSManagedRulesPHPRuleSet``, ``AWSManagedRulesWordPressRuleSet``,
      ``AWSManagedRulesAmazonIpReputationList``,
      ``AWSManagedRulesATPRuleSet``, ``AWSManagedRulesACFPRuleSet``, and
      ``AWSManagedRulesBotControlRuleSet`` rule groups.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "distribution_name": Rule("distributionName", "string", required=True),
        "origin": Rule("origin", "InputOrigin"),
        "default_cache_behavior": Rule("defaultCacheBehavior", "CacheBehavior"),
        "cache_behavior_settings": Rule("cacheBehaviorSettings", "CacheSettings"),
        "cache_behaviors": Rule(
            "cacheBehaviors", "list", item=Rule("", "CacheBehaviorPerPath")
        ),
        "is_enabled": Rule("isEnabled", "boolean"),
        "viewer_minimum_tls_protocol_version": Rule(
            "viewerMinimumTlsProtocolVersion", "string"
        ),
        "certificate_name": Rule("certificateName", "string"),
        "use_default_certificate": Rule("useDefaultCertificate", "boolean"),
        "enable_private_origin_access": Rule("enablePrivateOriginAccess", "boolean"),
        "default_root_object": Rule("defaultRootObject", "string"),
        "custom_error_responses": Rule(
            "customErrorResponses",
            "list",
            item=Rule("", "DistributionCustomErrorResponse"),
        ),
        "enable_waf": Rule("enableWaf", "boolean"),
        "waf_rules": Rule("wafRules", "list", item=Rule("", "WafRule")),
    }

    def __init__(
        self,
        *,
        distribution_name: str,
        origin: InputOrigin | None = None,
        default_cache_behavior: CacheBehavior | None = None,
        cache_behavior_settings: CacheSettings | None = None,
        cache_behaviors: list[CacheBehaviorPerPath] | None = None,
        is_enabled: bool | None = None,
        viewer_minimum_tls_protocol_version: (
            ViewerMinimumTlsProtocolVersionEnum | str | None
        ) = None,
        certificate_name: str | None = None,
        use_default_certificate: bool | None = None,
        enable_private_origin_access: bool | None = None,
        default_root_object: str | None = None,
        custom_error_responses: list[DistributionCustomErrorResponse] | None = None,
        enable_waf: bool | None = None,
        waf_rules: list[WafRule] | None = None,
    ) -> None:
        self.distribution_name = distribution_name
        self.origin = origin
        self.default_cache_behavior = default_cache_behavior
        self.cache_behavior_settings = cache_behavior_settings
        self.cache_behaviors = cache_behaviors
        self.is_enabled = is_enabled
        self.viewer_minimum_tls_protocol_version = viewer_minimum_tls_protocol_version
        self.certificate_name = certificate_name
        self.use_default_certificate = use_default_certificate
        self.enable_private_origin_access = enable_private_origin_access
        self.default_root_object = default_root_object
        self.custom_error_responses = custom_error_responses
        self.enable_waf = enable_waf
        self.waf_rules = waf_rules

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateDistributionRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        if (value := data.get("origin")) is not None:
            kwargs["origin"] = InputOrigin.from_dict(value)
        if (value := data.get("defaultCacheBehavior")) is not None:
            kwargs["default_cache_behavior"] = CacheBehavior.from_dict(value)
        if (value := data.get("cacheBehaviorSettings")) is not None:
            kwargs["cache_behavior_settings"] = CacheSettings.from_dict(value)
        if (value := data.get("cacheBehaviors")) is not None:
            kwargs["cache_behaviors"] = [
                None if item is None else CacheBehaviorPerPath.from_dict(item)
                for item in value
            ]
        if (value := data.get("isEnabled")) is not None:
            kwargs["is_enabled"] = value
        if (value := data.get("viewerMinimumTlsProtocolVersion")) is not None:
            kwargs["viewer_minimum_tls_protocol_version"] = open_enum(
                ViewerMinimumTlsProtocolVersionEnum, value
            )
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("useDefaultCertificate")) is not None:
            kwargs["use_default_certificate"] = value
        if (value := data.get("enablePrivateOriginAccess")) is not None:
            kwargs["enable_private_origin_access"] = value
        if (value := data.get("defaultRootObject")) is not None:
            kwargs["default_root_object"] = value
        if (value := data.get("customErrorResponses")) is not None:
            kwargs["custom_error_responses"] = [
                (
                    None
                    if item is None
                    else DistributionCustomErrorResponse.from_dict(item)
                )
                for item in value
            ]
        if (value := data.get("enableWaf")) is not None:
            kwargs["enable_waf"] = value
        if (value := data.get("wafRules")) is not None:
            kwargs["waf_rules"] = [
                None if item is None else WafRule.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "distributionName": self.distribution_name,
        }
        if self.origin is not None:
            data["origin"] = self.origin.to_dict()
        if self.default_cache_behavior is not None:
            data["defaultCacheBehavior"] = self.default_cache_behavior.to_dict()
        if self.cache_behavior_settings is not None:
            data["cacheBehaviorSettings"] = self.cache_behavior_settings.to_dict()
        if self.cache_behaviors is not None:
            data["cacheBehaviors"] = [
                shape_to_dict(item) for item in self.cache_behaviors
            ]
        if self.is_enabled is not None:
            data["isEnabled"] = self.is_enabled
        if self.viewer_minimum_tls_protocol_version is not None:
            data["viewerMinimumTlsProtocolVersion"] = (
                self.viewer_minimum_tls_protocol_version
            )
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.use_default_certificate is not None:
            data["useDefaultCertificate"] = self.use_default_certificate
        if self.enable_private_origin_access is not None:
            data["enablePrivateOriginAccess"] = self.enable_private_origin_access
        if self.default_root_object is not None:
            data["defaultRootObject"] = self.default_root_object
        if self.custom_error_responses is not None:
            data["customErrorResponses"] = [
                shape_to_dict(item) for item in self.custom_error_responses
            ]
        if self.enable_waf is not None:
            data["enableWaf"] = self.enable_waf
        if self.waf_rules is not None:
            data["wafRules"] = [shape_to_dict(item) for item in self.waf_rules]
        return data

    to_wire = to_dict
