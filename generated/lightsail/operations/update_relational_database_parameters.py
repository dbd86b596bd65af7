"""UpdateRelationalDatabaseParameters: Allows the update of one or more parameters of a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_relational_database_parameters_request import (
    UpdateRelationalDatabaseParametersRequest,
)
from ..shapes.update_relational_database_parameters_result import (
    UpdateRelationalDatabaseParametersResult,
)

OPERATION = OperationSpec(
    name="UpdateRelationalDatabaseParameters",
    target="Lightsail_20161128.UpdateRelationalDatabaseParameters",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: UpdateRelationalDatabaseParametersRequest
) -> UpdateRelationalDatabaseParametersResult:
    """Validate, send and parse one UpdateRelationalDatabaseParameters call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateRelationalDatabaseParametersResult.from_wire(body)
