"""SendContactMethodVerification: Sends a verification request to an email contact method to ensure it's owned by the requester."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="SendContactMethodVerification",
    target="Lightsail_20161128.SendContactMethodVerification",
    http_method="POST",
    request_uri="/",
)
