"""GetDomain: Returns information about a specific domain recordset."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_domain_request import GetDomainRequest
from ..shapes.get_domain_result import GetDomainResult

OPERATION = OperationSpec(
    name="GetDomain",
    target="Lightsail_20161128.GetDomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDomainRequest) -> GetDomainResult:
    """Validate, send and parse one GetDomain call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDomainResult.from_wire(body)
