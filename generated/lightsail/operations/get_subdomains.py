"""GetSubdomains: Returns information about one or more of your Lightsail subdomains."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_subdomains_request import GetSubdomainsRequest
from ..shapes.get_subdomains_result import GetSubdomainsResult

OPERATION = OperationSpec(
    name="GetSubdomains",
    target="Lightsail_20161128.GetSubdomains",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetSubdomainsRequest) -> GetSubdomainsResult:
    """Validate, send and parse one GetSubdomains call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetSubdomainsResult.from_wire(body)
