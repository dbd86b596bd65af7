"""SendContactMethodVerification: Sends a verification request to an email contact method to ensure it's owned by the requester."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.send_contact_method_verification_request import (
    SendContactMethodVerificationRequest,
)
from ..shapes.send_contact_method_verification_result import (
    SendContactMethodVerificationResult,
)

OPERATION = OperationSpec(
    name="SendContactMethodVerification",
    target="Lightsail_20161128.SendContactMethodVerification",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: SendContactMethodVerificationRequest
) -> SendContactMethodVerificationResult:
    """Validate, send and parse one SendContactMethodVerification call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return SendContactMethodVerificationResult.from_wire(body)
