"""CheckSubdomainAvailability: Checks whether a Lightsail subdomain is available to create."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.check_subdomain_availability_request import (
    CheckSubdomainAvailabilityRequest,
)
from ..shapes.check_subdomain_availability_result import (
    CheckSubdomainAvailabilityResult,
)

OPERATION = OperationSpec(
    name="CheckSubdomainAvailability",
    target="Lightsail_20161128.CheckSubdomainAvailability",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CheckSubdomainAvailabilityRequest
) -> CheckSubdomainAvailabilityResult:
    """Validate, send and parse one CheckSubdomainAvailability call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CheckSubdomainAvailabilityResult.from_wire(body)
