"""LightsailDistribution: Describes an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .cache_behavior import CacheBehavior
from .cache_behavior_per_path import CacheBehaviorPerPath
from .cache_settings import CacheSettings
from .distribution_custom_error_response import DistributionCustomErrorResponse
from .ip_address_type import IpAddressType
from .lightsail_distribution_subdomain import LightsailDistributionSubdomain
from .origin import Origin
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag
from .waf_config import WafConfig


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LightsailDistribution(Shape):
    """Describes an Amazon Lightsail content delivery network (CDN)
    distribution.
    """

    name: str | None = None
    """The name of the distribution."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the distribution."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail distribution. This code enables our
    support team to look up your Lightsail information more easily.
    """

    created_at: datetime | None = None
    """The timestamp when the distribution was created."""

    location: ResourceLocation | None = None
    """An object that describes the location of the distribution, such as the
    Amazon Web Services Region and Availability Zone.

    Note:
        Lightsail distributions are global resources that can reference an
        origin in any Amazon Web Services Region, and distribute its content
        globally. However, all distributions are located in the
        ``us-east-1`` Region.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type (``Distribution``)."""

    alternative_domain_names: list[str] | None = None
    """The alternate domain names of the distribution."""

    status: str | None = None
    """The status of the distribution."""

    is_enabled: bool | None = None
    """Indicates whether the distribution is enabled."""

    domain_name: str | None = None
    """The domain name of the distribution."""

    bundle_id: str | None = None
    """The ID of the bundle currently applied to the distribution."""

    certificate_name: str | None = None
    """The name of the SSL/TLS certificate attached to the distribution, if
    any.
    """

    origin: Origin | None = None
    """An object that describes the origin resource of the distribution, such
    as a Lightsail instance, bucket, or load balancer.

    The distribution pulls, caches, and serves content from the origin.
    """

    origin_public_dns: str | None = None
    """The public DNS of the origin."""

    default_cache_behavior: CacheBehavior | None = None
    """An object that describes the default cache behavior of the distribution."""

    cache_behavior_settings: CacheSettings | None = None
    """An object that describes the cache behavior settings of the
    distribution.
    """

    cache_behaviors: list[CacheBehaviorPerPath] | None = None
    """An array of objects that describe the per-path cache behavior of the
    distribution.
    """

    able_to_update_bundle: bool | None = None
    """Indicates whether the bundle that is currently applied to your
    distribution, specified using the ``distributionName`` parameter, can be
    changed to another bundle.

    Use the ``UpdateDistributionBundle`` action to change your
    distribution's bundle.
    """

    ip_address_type: IpAddressType | str | None = None
    """The IP address type of the distribution.

    The possible values are ``ipv4`` for IPv4 only, and ``dualstack`` for
    IPv4 and IPv6.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    viewer_minimum_tls_protocol_version: str | None = None
    """The minimum TLS protocol version that the distribution can use to
    communicate with viewers.
    """

    default_root_object: str | None = None
    """The object (for example, ``index.html``) that the distribution returns
    when a viewer requests the root URL of the distribution (``/``) instead
    of a specific object.

    This value is returned only when you specify ``distributionName`` in
    your ``GetDistributions`` request. It isn't included in the response
    when you list all of your distributions.
    """

    custom_error_responses: list[DistributionCustomErrorResponse] | None = None
    """An array of objects that describe the custom error responses configured
    for the distribution.

    This value is returned only when you specify ``distributionName`` in
    your ``GetDistributions`` request. It isn't included in the response
    when you list all of your distributions.
    """

    waf: WafConfig | None = None
    """An object that describes the Web Application Firewall (WAF)
    configuration of the distribution.
    """

    subdomain: LightsailDistributionSubdomain | None = None
    """An object that describes the Lightsail subdomain that's associated with
    the distribution, or is being associated with it.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "alternative_domain_names": Rule(
            "alternativeDomainNames", "list", item=Rule("", "string")
        ),
        "status": Rule("status", "string"),
        "is_enabled": Rule("isEnabled", "boolean"),
        "domain_name": Rule("domainName", "string"),
        "bundle_id": Rule("bundleId", "string"),
        "certificate_name": Rule("certificateName", "string"),
        "origin": Rule("origin", "Origin"),
        "origin_public_dns": Rule("originPublicDNS", "string"),
        "default_cache_behavior": Rule("defaultCacheBehavior", "CacheBehavior"),
        "cache_behavior_settings": Rule("cacheBehaviorSettings", "CacheSettings"),
        "cache_behaviors": Rule(
            "cacheBehaviors", "list", item=Rule("", "CacheBehaviorPerPath")
        ),
        "able_to_update_bundle": Rule("ableToUpdateBundle", "boolean"),
        "ip_address_type": Rule("ipAddressType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "viewer_minimum_tls_protocol_version": Rule(
            "viewerMinimumTlsProtocolVersion", "string"
        ),
        "default_root_object": Rule("defaultRootObject", "string"),
        "custom_error_responses": Rule(
            "customErrorResponses",
            "list",
            item=Rule("", "DistributionCustomErrorResponse"),
        ),
        "waf": Rule("waf", "WafConfig"),
        "subdomain": Rule("subdomain", "LightsailDistributionSubdomain"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        support_code: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        alternative_domain_names: list[str] | None = None,
        status: str | None = None,
        is_enabled: bool | None = None,
        domain_name: str | None = None,
        bundle_id: str | None = None,
        certificate_name: str | None = None,
        origin: Origin | None = None,
        origin_public_dns: str | None = None,
        default_cache_behavior: CacheBehavior | None = None,
        cache_behavior_settings: CacheSettings | None = None,
        cache_behaviors: list[CacheBehaviorPerPath] | None = None,
        able_to_update_bundle: bool | None = None,
        ip_address_type: IpAddressType | str | None = None,
        tags: list[Tag] | None = None,
        viewer_minimum_tls_protocol_version: str | None = None,
        default_root_object: str | None = None,
        custom_error_responses: list[DistributionCustomErrorResponse] | None = None,
        waf: WafConfig | None = None,
        subdomain: LightsailDistributionSubdomain | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.alternative_domain_names = alternative_domain_names
        self.status = status
        self.is_enabled = is_enabled
        self.domain_name = domain_name
        self.bundle_id = bundle_id
        self.certificate_name = certificate_name
        self.origin = origin
        self.origin_public_dns = origin_public_dns
        self.default_cache_behavior = default_cache_behavior
        self.cache_behavior_settings = cache_behavior_settings
        self.cache_behaviors = cache_behaviors
        self.able_to_update_bundle = able_to_update_bundle
        self.ip_address_type = ip_address_type
        self.tags = tags
        self.viewer_minimum_tls_protocol_version = viewer_minimum_tls_protocol_version
        self.default_root_object = default_root_object
        self.custom_error_responses = custom_error_responses
        self.waf = waf
        self.subdomain = subdomain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LightsailDistribution:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("alternativeDomainNames")) is not None:
            kwargs["alternative_domain_names"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = value
        if (value := data.get("isEnabled")) is not None:
            kwargs["is_enabled"] = value
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("origin")) is not None:
            kwargs["origin"] = Origin.from_dict(value)
        if (value := data.get("originPublicDNS")) is not None:
            kwargs["origin_public_dns"] = value
        if (value := data.get("defaultCacheBehavior")) is not None:
            kwargs["default_cache_behavior"] = CacheBehavior.from_dict(value)
        if (value := data.get("cacheBehaviorSettings")) is not None:
            kwargs["cache_behavior_settings"] = CacheSettings.from_dict(value)
        if (value := data.get("cacheBehaviors")) is not None:
            kwargs["cache_behaviors"] = [
                None if item is None else CacheBehaviorPerPath.from_dict(item)
                for item in value
            ]
        if (value := data.get("ableToUpdateBundle")) is not None:
            kwargs["able_to_update_bundle"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("viewerMinimumTlsProtocolVersion")) is not None:
            kwargs["viewer_minimum_tls_protocol_version"] = value
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
        if (value := data.get("waf")) is not None:
            kwargs["waf"] = WafConfig.from_dict(value)
        if (value := data.get("subdomain")) is not None:
            kwargs["subdomain"] = LightsailDistributionSubdomain.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.alternative_domain_names is not None:
            data["alternativeDomainNames"] = self.alternative_domain_names
        if self.status is not None:
            data["status"] = self.status
        if self.is_enabled is not None:
            data["isEnabled"] = self.is_enabled
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.origin is not None:
            data["origin"] = self.origin.to_dict()
        if self.origin_public_dns is not None:
            data["originPublicDNS"] = self.origin_public_dns
        if self.default_cache_behavior is not None:
            data["defaultCacheBehavior"] = self.default_cache_behavior.to_dict()
        if self.cache_behavior_settings is not None:
            data["cacheBehaviorSettings"] = self.cache_behavior_settings.to_dict()
        if self.cache_behaviors is not None:
            data["cacheBehaviors"] = [
                shape_to_dict(item) for item in self.cache_behaviors
            ]
        if self.able_to_update_bundle is not None:
            data["ableToUpdateBundle"] = self.able_to_update_bundle
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.viewer_minimum_tls_protocol_version is not None:
            data["viewerMinimumTlsProtocolVersion"] = (
                self.viewer_minimum_tls_protocol_version
            )
        if self.default_root_object is not None:
            data["defaultRootObject"] = self.default_root_object
        if self.custom_error_responses is not None:
            data["customErrorResponses"] = [
                shape_to_dict(item) for item in self.custom_error_responses
            ]
        if self.waf is not None:
            data["waf"] = self.waf.to_dict()
        if self.subdomain is not None:
            data["subdomain"] = self.subdomain.to_dict()
        return data

    from_wire = from_dict
