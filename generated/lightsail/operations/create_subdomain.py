"""CreateSubdomain: Creates a Lightsail subdomain, such as ``mysite``, with the web address ``mysite.amazonlightsail.com``."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_subdomain_request import CreateSubdomainRequest
from ..shapes.create_subdomain_result import CreateSubdomainResult

OPERATION = OperationSpec(
    name="CreateSubdomain",
    target="Lightsail_20161128.CreateSubdomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: CreateSubdomainRequest) -> CreateSubdomainResult:
    """Validate, send and parse one CreateSubdomain call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateSubdomainResult.from_wire(body)
