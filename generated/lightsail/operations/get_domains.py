"""GetDomains: Returns a list of all domains in the user's account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_domains_request import GetDomainsRequest
from ..shapes.get_domains_result import GetDomainsResult

OPERATION = OperationSpec(
    name="GetDomains",
    target="Lightsail_20161128.GetDomains",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDomainsRequest) -> GetDomainsResult:
    """Validate, send and parse one GetDomains call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDomainsResult.from_wire(body)
