"""UpdateLoadBalancerAttributeRequest: The arguments of the ``UpdateLoadBalancerAttribute`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .load_balancer_attribute_name import LoadBalancerAttributeName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateLoadBalancerAttributeRequest(Shape):
    """The arguments of the ``UpdateLoadBalancerAttribute`` operation."""

    load_balancer_name: str
    """The name of the load balancer that you want to modify
    (``my-load-balancer``.
    """

    attribute_name: LoadBalancerAttributeName | str
    """The name of the attribute you want to update."""

    attribute_value: str
    """The value that you want to specify for the attribute name.

    The following values are supported depending on what you specify for the
    ``attributeName`` request parameter:

    - If you specify ``HealthCheckPath`` for the ``attributeName`` request
      parameter, then the ``attributeValue`` request parameter must be the
      path to ping on the target (for example, ``/weather/us/wa/seattle``).
    - If you specify ``SessionStickinessEnabled`` for the ``attributeName``
      request parameter, then the ``attributeValue`` request parameter must
      be ``true`` to activate session stickiness or ``false`` to deactivate
      session stickiness.
    - If you specify ``SessionStickiness_LB_CookieDurationSeconds`` for the
      ``attributeName`` request parameter, then the ``attributeValue``
      request parameter must be an interger that represents the cookie
      duration in seconds.
    - If you specify ``HttpsRedirectionEnabled`` for the ``attributeName``
      request parameter, then the ``attributeValue`` request parameter must
      be ``true`` to activate HTTP to HTTPS redirection or ``false`` to
      deactivate HTTP to HTTPS redirection.
    - If you specify ``TlsPolicyName`` for the ``attributeName`` request
      parameter, then the ``attributeValue`` request parameter must be the
      name of the TLS policy.
      Use the
      [GetLoadBalancerTlsPolicies](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html)
      action to get a list of TLS policy names that you can specify.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
        "attribute_name": Rule("attributeName", "string", required=True),
        "attribute_value": Rule("attributeValue", "string", required=True, min=1),
    }

    def __init__(
        self,
        *,
        load_balancer_name: str,
        attribute_name: LoadBalancerAttributeName | str,
        attribute_value: str,
    ) -> None:
        self.load_balancer_name = load_balancer_name
        self.attribute_name = attribute_name
        self.attribute_value = attribute_value

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateLoadBalancerAttributeRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("attributeName")) is not None:
            kwargs["attribute_name"] = open_enum(LoadBalancerAttributeName, value)
        if (value := data.get("attributeValue")) is not None:
            kwargs["attribute_value"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
            "attributeName": self.attribute_name,
            "attributeValue": self.attribute_value,
        }
        return data

    to_wire = to_dict
