"""UpdateInstanceMetadataOptions: Modifies the Amazon Lightsail instance metadata parameters on a running or stopped instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
