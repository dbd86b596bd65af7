"""GetKeyPairRequest: The arguments of the ``GetKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetKeyPairRequest(Shape):
    """The arguments of the ``GetKeyPair`` operation."""

    key_pair_name: str
    """The name of the key pair for which you are requesting information."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair_name": Rule("keyPairName", "string", required=True),
    }

    def __init__(self, *, key_pair_name: str) -> None:
        self.key_pair_name = key_pair_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetKeyPairRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "keyPairName": self.key_pair_name,
        }
        return data

    to_wire = to_dict
