"""GetProfile: Returns information about the profile of the Amazon Lightsail account that makes the request."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_profile_request import GetProfileRequest
from ..shapes.get_profile_result import GetProfileResult

OPERATION = OperationSpec(
    name="GetProfile",
    target="Lightsail_20161128.GetProfile",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: GetProfileRequest) -> GetProfileResult:
    """Validate, send and parse one GetProfile call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetProfileResult.from_wire(body)
