"""InstanceMetadataOptions: The metadata options for the instance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .http_endpoint import HttpEndpoint
from .http_protocol_ipv6 import HttpProtocolIpv6
from .http_tokens import HttpTokens
from .instance_metadata_state import InstanceMetadataState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceMetadataOptions(Shape):
    """The metadata options for the instance."""

    state: InstanceMetadataState | str | None = None
    """The state of the metadata option changes.

    The following states are possible:

    - ``pending`` - The metadata options are being updated. The instance is
      not yet ready to process metadata traffic with the new selection.
    - ``applied`` - The metadata options have been successfully applied to
      the instance.
    """

    http_tokens: HttpTokens | str | None = None
    """The state of token usage for your instance metadata requests.

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

    Important:
        Not all instance blueprints in Lightsail support version 2.0
        credentials. Use the ``MetadataNoToken`` instance metric to track
        the number of calls to the instance metadata service that are using
        version 1.0 credentials. For more information, see
        [Viewing instance metrics in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-health-metrics)
        in the *Amazon Lightsail Developer Guide*.
    """

    http_endpoint: HttpEndpoint | str | None = None
    """Indicates whether the HTTP metadata endpoint on your instances is
    enabled or disabled.

    If the value is ``disabled``, you cannot access your instance metadata.
    """

    http_put_response_hop_limit: int | None = None
    """The desired HTTP PUT response hop limit for instance metadata requests.
    A larger number means that the instance metadata requests can travel
    farther.
    """

    http_protocol_ipv6: HttpProtocolIpv6 | str | None = None
    """Indicates whether the IPv6 endpoint for the instance metadata service is
    enabled or disabled.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "state": Rule("state", "string"),
        "http_tokens": Rule("httpTokens", "string"),
        "http_endpoint": Rule("httpEndpoint", "string"),
        "http_put_response_hop_limit": Rule("httpPutResponseHopLimit", "integer"),
        "http_protocol_ipv6": Rule("httpProtocolIpv6", "string"),
    }

    def __init__(
        self,
        *,
        state: InstanceMetadataState | str | None = None,
        http_tokens: HttpTokens | str | None = None,
        http_endpoint: HttpEndpoint | str | None = None,
        http_put_response_hop_limit: int | None = None,
        http_protocol_ipv6: HttpProtocolIpv6 | str | None = None,
    ) -> None:
        self.state = state
        self.http_tokens = http_tokens
        self.http_endpoint = http_endpoint
        self.http_put_response_hop_limit = http_put_response_hop_limit
        self.http_protocol_ipv6 = http_protocol_ipv6

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceMetadataOptions:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(InstanceMetadataState, value)
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
        data: dict[str, Any] = {}
        if self.state is not None:
            data["state"] = self.state
        if self.http_tokens is not None:
            data["httpTokens"] = self.http_tokens
        if self.http_endpoint is not None:
            data["httpEndpoint"] = self.http_endpoint
        if self.http_put_response_hop_limit is not None:
            data["httpPutResponseHopLimit"] = self.http_put_response_hop_limit
        if self.http_protocol_ipv6 is not None:
            data["httpProtocolIpv6"] = self.http_protocol_ipv6
        return data

    from_wire = from_dict
