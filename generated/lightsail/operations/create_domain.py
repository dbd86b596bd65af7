"""CreateDomain: Creates a domain resource for the specified domain (example.com)."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_domain_request import CreateDomainRequest
from ..shapes.create_domain_result import CreateDomainResult

OPERATION = OperationSpec(
    name="CreateDomain",
    target="Lightsail_20161128.CreateDomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: CreateDomainRequest) -> CreateDomainResult:
    """Validate, send and parse one CreateDomain call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateDomainResult.from_wire(body)
