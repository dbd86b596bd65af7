"""DeleteDomain: Deletes the specified domain recordset and all of its domain records."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_domain_request import DeleteDomainRequest
from ..shapes.delete_domain_result import DeleteDomainResult

OPERATION = OperationSpec(
    name="DeleteDomain",
    target="Lightsail_20161128.DeleteDomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DeleteDomainRequest) -> DeleteDomainResult:
    """Validate, send and parse one DeleteDomain call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteDomainResult.from_wire(body)
