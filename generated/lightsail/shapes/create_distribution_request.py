"""CreateDistributionRequest: The arguments of the ``CreateDistribution`` operation."""

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
from .ip_address_type import IpAddressType
from .tag import Tag
from .viewer_minimum_tls_protocol_version_enum import (
    ViewerMinimumTlsProtocolVersionEnum,
)
from .waf_rule import WafRule


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDistributionRequest(Shape):
    """The arguments of the ``CreateDistribution`` operation."""

    distribution_name: str
    """The name for the distribution."""

    origin: InputOrigin
    """An object that describes the origin resource for the distribution, such
    as a Lightsail instance, bucket, or load balancer.

    The distribution pulls, caches, and serves content from the origin.
    """

    default_cache_behavior: CacheBehavior
    """An object that describes the default cache behavior for the
    distribution.
    """

    bundle_id: str
    """The bundle ID to use for the distribution.

    A distribution bundle describes the specifications of your distribution,
    such as the monthly cost and monthly network transfer quota.

    Use the ``GetDistributionBundles`` action to get a list of distribution
    bundle IDs that you can specify.
    """

    cache_behavior_settings: CacheSettings | None = None
    """An object that describes the cache behavior settings for the
    distribution.
    """

    cache_behaviors: list[CacheBehaviorPerPath] | None = None
    """An array of objects that describe the per-path cache behavior for the
    distribution.
    """

    ip_address_type: IpAddressType | str | None = None
    """The IP address type for the distribution.

    The possible values are ``ipv4`` for IPv4 only, and ``dualstack`` for
    IPv4 and IPv6.

    The default value is ``dualstack``.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the distribution during
    create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    certificate_name: str | None = None
    """The name of the SSL/TLS certificate that you want to attach to the
    distribution.

    Use the
    [GetCertificates](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html)
    action to get a list of certificate names that you can specify.
    """

    viewer_minimum_tls_protocol_version: (
        ViewerMinimumTlsProtocolVersionEnum | str | None
    ) = None
    """The minimum TLS protocol version for the SSL/TLS certificate."""

    enable_private_origin_access: bool | None = None
    """Specifies whether to enable private origin access for the distribution.
    With private origin access, the distribution can serve objects that
    aren't publicly accessible from a Lightsail bucket.

    Lightsail grants the distribution permission to read the bucket's
    objects. Enabling private origin access doesn't change the bucket's
    access settings, and you can still retrieve publicly accessible objects
    directly from the bucket's endpoint.

    Note:
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
    """

    waf_rules: list[WafRule] | None = None
    """An array of objects that describe the WAF rule groups to enable for the
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

    subdomain_name: str | None = None
    """The Lightsail subdomain to create and associate with the distribution
    (for example, ``mysite``, for the web address
    ``mysite.amazonlightsail.com``).

    After the distribution is deployed, Lightsail creates the subdomain and
    associates it with the distribution. If Lightsail can't create or
    associate the subdomain, it still creates the distribution, but the
    ``CreateDistribution`` operation fails and the ``state`` of the
    distribution's ``subdomain`` is ``Error``. To check the status, use the
    ``subdomain`` parameter of the distribution.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "distribution_name": Rule("distributionName", "string", required=True),
        "origin": Rule("origin", "InputOrigin", required=True),
        "default_cache_behavior": Rule(
            "defaultCacheBehavior", "CacheBehavior", required=True
        ),
        "bundle_id": Rule("bundleId", "string", required=True),
        "cache_behavior_settings": Rule("cacheBehaviorSettings", "CacheSettings"),
        "cache_behaviors": Rule(
            "cacheBehaviors", "list", item=Rule("", "CacheBehaviorPerPath")
        ),
        "ip_address_type": Rule("ipAddressType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "certificate_name": Rule("certificateName", "string"),
        "viewer_minimum_tls_protocol_version": Rule(
            "viewerMinimumTlsProtocolVersion", "string"
        ),
        "enable_private_origin_access": Rule("enablePrivateOriginAccess", "boolean"),
        "default_root_object": Rule("defaultRootObject", "string"),
        "custom_error_responses": Rule(
            "customErrorResponses",
            "list",
            item=Rule("", "DistributionCustomErrorResponse"),
        ),
        "enable_waf": Rule("enableWaf", "boolean"),
        "waf_rules": Rule("wafRules", "list", item=Rule("", "WafRule")),
        "subdomain_name": Rule("subdomainName", "string"),
    }

    def __init__(
        self,
        *,
        distribution_name: str,
        origin: InputOrigin,
        default_cache_behavior: CacheBehavior,
        bundle_id: str,
        cache_behavior_settings: CacheSettings | None = None,
        cache_behaviors: list[CacheBehaviorPerPath] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        tags: list[Tag] | None = None,
        certificate_name: str | None = None,
        viewer_minimum_tls_protocol_version: (
            ViewerMinimumTlsProtocolVersionEnum | str | None
        ) = None,
        enable_private_origin_access: bool | None = None,
        default_root_object: str | None = None,
        custom_error_responses: list[DistributionCustomErrorResponse] | None = None,
        enable_waf: bool | None = None,
        waf_rules: list[WafRule] | None = None,
        subdomain_name: str | None = None,
    ) -> None:
        self.distribution_name = distribution_name
        self.origin = origin
        self.default_cache_behavior = default_cache_behavior
        self.bundle_id = bundle_id
        self.cache_behavior_settings = cache_behavior_settings
        self.cache_behaviors = cache_behaviors
        self.ip_address_type = ip_address_type
        self.tags = tags
        self.certificate_name = certificate_name
        self.viewer_minimum_tls_protocol_version = viewer_minimum_tls_protocol_version
        self.enable_private_origin_access = enable_private_origin_access
        self.default_root_object = default_root_object
        self.custom_error_responses = custom_error_responses
        self.enable_waf = enable_waf
        self.waf_rules = waf_rules
        self.subdomain_name = subdomain_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDistributionRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        if (value := data.get("origin")) is not None:
            kwargs["origin"] = InputOrigin.from_dict(value)
        if (value := data.get("defaultCacheBehavior")) is not None:
            kwargs["default_cache_behavior"] = CacheBehavior.from_dict(value)
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("cacheBehaviorSettings")) is not None:
            kwargs["cache_behavior_settings"] = CacheSettings.from_dict(value)
        if (value := data.get("cacheBehaviors")) is not None:
            kwargs["cache_behaviors"] = [
                None if item is None else CacheBehaviorPerPath.from_dict(item)
                for item in value
            ]
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("viewerMinimumTlsProtocolVersion")) is not None:
            kwargs["viewer_minimum_tls_protocol_version"] = open_enum(
                ViewerMinimumTlsProtocolVersionEnum, value
            )
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
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "distributionName": self.distribution_name,
            "origin": self.origin.to_dict(),
            "defaultCacheBehavior": self.default_cache_behavior.to_dict(),
            "bundleId": self.bundle_id,
        }
        if self.cache_behavior_settings is not None:
            data["cacheBehaviorSettings"] = self.cache_behavior_settings.to_dict()
        if self.cache_behaviors is not None:
            data["cacheBehaviors"] = [
                shape_to_dict(item) for item in self.cache_behaviors
            ]
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.viewer_minimum_tls_protocol_version is not None:
            data["viewerMinimumTlsProtocolVersion"] = (
                self.viewer_minimum_tls_protocol_version
            )
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
        if self.subdomain_name is not None:
            data["subdomainName"] = self.subdomain_name
        return data

    to_wire = to_dict
