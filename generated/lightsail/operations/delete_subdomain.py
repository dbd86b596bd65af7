"""DeleteSubdomain: Deletes a Lightsail subdomain."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_subdomain_request import DeleteSubdomainRequest
from ..shapes.delete_subdomain_result import DeleteSubdomainResult

OPERATION = OperationSpec(
    name="DeleteSubdomain",
    target="Lightsail_20161128.DeleteSubdomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DeleteSubdomainRequest) -> DeleteSubdomainResult:
    """Validate, send and parse one DeleteSubdomain call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteSubdomainResult.from_wire(body)
