"""GetBundles: Returns the bundles that you can apply to an Amazon Lightsail instance when you create it."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_bundles_request import GetBundlesRequest
from ..shapes.get_bundles_result import GetBundlesResult

OPERATION = OperationSpec(
    name="GetBundles",
    target="Lightsail_20161128.GetBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
    "pageToken": "page_token",
    "appCategory": "app_category",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetBundlesRequest) -> GetBundlesResult:
    """Validate, send and parse one GetBundles call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBundlesResult.from_wire(body)
