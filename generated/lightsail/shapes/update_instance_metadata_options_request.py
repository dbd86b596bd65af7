"""UpdateInstanceMetadataOptionsRequest: The arguments of the ``UpdateInstanceMetadataOptions`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .http_endpoint import HttpEndpoint
from .http_protocol_ipv6 import HttpProtocolIpv6
from .http_tokens import HttpTokens


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateInstanceMetadataOptionsRequest(Shape):
    """The arguments of the ``UpdateInstanceMetadataOptions`` operation."""

    instance_name: str
    """The name of the instance for which to update metadata parameters."""

    http_tokens: HttpTokens | str | None = None
    """The state of token usage for your instance metadata requests. If the
    parameter is not specified in the request, the default state is
    ``optional``.

    If the state is ``optional``, you can choose whether to retrieve
    instance metadata with a signed token header on your request. If you
    retrieve the IAM role credentials without a token, the version 1.0 role
    credentials are returned. If you retrieve the IAM role credentials by
    using a valid signed token, the version 2.0 role credentials are
    returned.

    If the state is ``required``, you must send a signed token header with
    all instance metadata retrieval requests. In this state, retrieving the
    IAM role credential always returns the version 2.0 credentials. The
    version 1.0 credentials are not available.
    """

    http_endpoint: HttpEndpoint | str | None = None
    """Enables or disables the HTTP metadata endpoint on your instances. If
    this parameter is not specified, the existing state is maintained.

    If you specify a value of ``disabled``, you cannot access your instance
    metadata.
    """

    http_put_response_hop_limit: int | None = None
    """The desired HTTP PUT response hop limit for instance metadata requests.
    A larger number means that the instance metadata requests can travel
    farther. If no parameter is specified, the existing state is maintained.
    """

    http_protocol_ipv6: HttpProtocolIpv6 | str | None = None
    """Enables or disables the IPv6 endpoint for the instance metadata service.
    This setting applies only when the HTTP metadata endpoint is enabled.

    Note:
        This parameter is available only for instances in the Europe
        (Stockholm) Amazon Web Services Region (``eu-north-1``).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "http_tokens": Rule("httpTokens", "string"),
        "http_endpoint": Rule("httpEndpoint", "string"),
        "http_put_response_hop_limit": Rule("httpPutResponseHopLimit", "integer"),
        "http_protocol_ipv6": Rule("httpProtocolIpv6", "string"),
    }

    def __init__(
        self,
        *,
        instance_name: str,
        http_tokens: HttpTokens | str | None = None,
        http_endpoint: HttpEndpoint | str | None = None,
        http_put_response_hop_limit: int | None = None,
        http_protocol_ipv6: HttpProtocolIpv6 | str | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.http_tokens = http_tokens
        self.http_endpoint = http_endpoint
        self.http_put_response_hop_limit = http_put_response_hop_limit
        self.http_protocol_ipv6 = http_protocol_ipv6

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateInstanceMetadataOptionsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("httpTokens")) is not None:
            kwargs["http_tokens"] = open_enum(HttpTokens, value)
        if (value := data.get("httpEndpoint")) is not None:
            kwargs["http_endpoint"] = open_enum(HttpEndpoint, value)
        if (value := data.get("httpPutResponseHopLimit")) is not None:
            kwargs["http_put_response_hop_limit"] = value
        if (value := data.get("httpProtocolIpv6")) is not None:
            kwargs["http_protocol_ipv6"] = open_enum(HttpProtocolIpv6, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.http_tokens is not None:
            data["httpTokens"] = self.http_tokens
        if self.http_endpoint is not None:
            data["httpEndpoint"] = self.http_endpoint
        if self.http_put_response_hop_limit is not None:
            data["httpPutResponseHopLimit"] = self.http_put_response_hop_limit
        if self.http_protocol_ipv6 is not None:
            data["httpProtocolIpv6"] = self.http_protocol_ipv6
        return data

    to_wire = to_dict
