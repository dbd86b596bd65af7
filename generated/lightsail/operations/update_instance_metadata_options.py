"""UpdateInstanceMetadataOptions: Modifies the Amazon Lightsail instance metadata parameters on a running or stopped instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_instance_metadata_options_request import (
    UpdateInstanceMetadataOptionsRequest,
)
from ..shapes.update_instance_metadata_options_result import (
    UpdateInstanceMetadataOptionsResult,
)

OPERATION = OperationSpec(
    name="UpdateInstanceMetadataOptions",
    target="Lightsail_20161128.UpdateInstanceMetadataOptions",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "httpTokens": "http_tokens",
    "httpEndpoint": "http_endpoint",
    "httpPutResponseHopLimit": "http_put_response_hop_limit",
    "httpProtocolIpv6": "http_protocol_ipv6",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: UpdateInstanceMetadataOptionsRequest
) -> UpdateInstanceMetadataOptionsResult:
    """Validate, send and parse one UpdateInstanceMetadataOptions call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateInstanceMetadataOptionsResult.from_wire(body)
