"""DeleteDomainEntry: Deletes a specific domain entry."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_domain_entry_request import DeleteDomainEntryRequest
from ..shapes.delete_domain_entry_result import DeleteDomainEntryResult

OPERATION = OperationSpec(
    name="DeleteDomainEntry",
    target="Lightsail_20161128.DeleteDomainEntry",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
    "domainEntry": "domain_entry",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DeleteDomainEntryRequest) -> DeleteDomainEntryResult:
    """Validate, send and parse one DeleteDomainEntry call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteDomainEntryResult.from_wire(body)
