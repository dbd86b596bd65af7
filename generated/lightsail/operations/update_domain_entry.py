"""UpdateDomainEntry: Updates a domain recordset after it is created."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_domain_entry_request import UpdateDomainEntryRequest
from ..shapes.update_domain_entry_result import UpdateDomainEntryResult

OPERATION = OperationSpec(
    name="UpdateDomainEntry",
    target="Lightsail_20161128.UpdateDomainEntry",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
    "domainEntry": "domain_entry",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: UpdateDomainEntryRequest) -> UpdateDomainEntryResult:
    """Validate, send and parse one UpdateDomainEntry call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateDomainEntryResult.from_wire(body)
