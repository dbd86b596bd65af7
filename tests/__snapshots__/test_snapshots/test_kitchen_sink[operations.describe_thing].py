"""DescribeThing: Describes a thing and how far it is from ready."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DescribeThing",
    target="KitchenSink_20240101.DescribeThing",
    http_method="POST",
    request_uri="/",
)
