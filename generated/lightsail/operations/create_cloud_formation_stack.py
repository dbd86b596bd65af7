"""CreateCloudFormationStack: Creates an AWS CloudFormation stack, which creates a new Amazon EC2 instance from an exported Amazon Lightsail snapshot."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateCloudFormationStack",
    target="Lightsail_20161128.CreateCloudFormationStack",
    http_method="POST",
    request_uri="/",
)
