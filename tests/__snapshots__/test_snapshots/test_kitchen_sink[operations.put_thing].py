"""PutThing: Stores a ``Thing``."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="PutThing",
    target="KitchenSink_20240101.PutThing",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "dryRun": "dry_run",
    "legacyFlag": "legacy_flag",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
