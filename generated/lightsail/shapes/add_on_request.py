"""AddOnRequest: Describes a request to enable, modify, or disable an add-on for an Amazon Lightsail resource."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .add_on_type import AddOnType
from .auto_snapshot_add_on_request import (
    AutoSnapshotAddOnRequest,
    AutoSnapshotAddOnRequestDict,
)
from .stop_instance_on_idle_request import (
    StopInstanceOnIdleRequest,
    StopInstanceOnIdleRequestDict,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AddOnRequest(Shape):
    """Describes a request to enable, modify, or disable an add-on for an
    Amazon Lightsail resource.

    Note:
        An additional cost may be associated with enabling add-ons. For more
        information, see the
        [Lightsail pricing page](https://aws.amazon.com/lightsail/pricing/).
    """

    add_on_type: AddOnType | str
    """The add-on type."""

    auto_snapshot_add_on_request: AutoSnapshotAddOnRequest | None = None
    """An object that represents additional parameters when enabling or
    modifying the automatic snapshot add-on.
    """

    stop_instance_on_idle_request: StopInstanceOnIdleRequest | None = None
    """An object that represents additional parameters when enabling or
    modifying the ``StopInstanceOnIdle`` add-on.

    Important:
        This object only applies to Lightsail for Research resources.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "add_on_type": Rule("addOnType", "string", required=True),
        "auto_snapshot_add_on_request": Rule(
            "autoSnapshotAddOnRequest", "AutoSnapshotAddOnRequest"
        ),
        "stop_instance_on_idle_request": Rule(
            "stopInstanceOnIdleRequest", "StopInstanceOnIdleRequest"
        ),
    }

    def __init__(
        self,
        *,
        add_on_type: AddOnType | str,
        auto_snapshot_add_on_request: AutoSnapshotAddOnRequest | None = None,
        stop_instance_on_idle_request: StopInstanceOnIdleRequest | None = None,
    ) -> None:
        self.add_on_type = add_on_type
        self.auto_snapshot_add_on_request = auto_snapshot_add_on_request
        self.stop_instance_on_idle_request = stop_instance_on_idle_request

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddOnRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("addOnType")) is not None:
            kwargs["add_on_type"] = open_enum(AddOnType, value)
        if (value := data.get("autoSnapshotAddOnRequest")) is not None:
            kwargs["auto_snapshot_add_on_request"] = AutoSnapshotAddOnRequest.from_dict(
                value
            )
        if (value := data.get("stopInstanceOnIdleRequest")) is not None:
            kwargs["stop_instance_on_idle_request"] = (
                StopInstanceOnIdleRequest.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "addOnType": self.add_on_type,
        }
        if self.auto_snapshot_add_on_request is not None:
            data["autoSnapshotAddOnRequest"] = (
                self.auto_snapshot_add_on_request.to_dict()
            )
        if self.stop_instance_on_idle_request is not None:
            data["stopInstanceOnIdleRequest"] = (
                self.stop_instance_on_idle_request.to_dict()
            )
        return data

    to_wire = to_dict


AddOnRequestDict = TypedDict(
    "AddOnRequestDict",
    {
        "addOnType": "Required[AddOnType | str]",
        "autoSnapshotAddOnRequest": "AutoSnapshotAddOnRequestDict",
        "stopInstanceOnIdleRequest": "StopInstanceOnIdleRequestDict",
    },
    total=False,
)
"""The dict client methods accept for `AddOnRequest`, keys as in the model."""
