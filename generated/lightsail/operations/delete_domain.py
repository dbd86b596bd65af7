"""DeleteDomain: Deletes the specified domain recordset and all of its domain records."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteDomain",
    target="Lightsail_20161128.DeleteDomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
