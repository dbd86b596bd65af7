"""CreateContactMethod: Creates an email or SMS text message contact method."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateContactMethod",
    target="Lightsail_20161128.CreateContactMethod",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "contactEndpoint": "contact_endpoint",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
