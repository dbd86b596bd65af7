"""InstanceAttributeUpdates: Describes the attributes to update on a Lightsail instance when it starts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceAttributeUpdates(Shape):
    """Describes the attributes to update on a Lightsail instance when it
    starts.
    """

    bundle_id: str | None = None
    """The ID of the bundle to update the instance to.

    Specify one of the following values for the bundle ID:

    - **``auto``** – Updates an instance that runs on a previous-generation
      bundle to the newer-generation equivalent of that bundle. For example,
      specify ``auto`` to update an instance that runs on ``small_2_0`` to
      ``small_3_0``.
    - **Newer-generation bundle ID** – Updates an instance that runs on a
      previous-generation bundle to the specified bundle. For example,
      specify ``small_3_0`` to update an instance that runs on ``small_2_0``
      to ``small_3_0``.
    - **Original bundle ID** – Updates an instance to the
      previous-generation bundle that it ran on before an earlier update.
      For example, specify ``small_2_0`` to return an instance that runs on
      ``small_3_0`` to ``small_2_0``.

    Note:
        The instance must be in the ``stopped`` state to update its bundle.

        There is no additional cost to update an instance to a
        newer-generation bundle.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bundle_id": Rule("bundleId", "string"),
    }

    def __init__(self, *, bundle_id: str | None = None) -> None:
        self.bundle_id = bundle_id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceAttributeUpdates:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        return data

    to_wire = to_dict


InstanceAttributeUpdatesDict = TypedDict(
    "InstanceAttributeUpdatesDict",
    {
        "bundleId": "str",
    },
    total=False,
)
"""The dict client methods accept for `InstanceAttributeUpdates`, keys as in the model."""
