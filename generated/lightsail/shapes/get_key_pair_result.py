"""GetKeyPairResult: The result of the ``GetKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .key_pair import KeyPair


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetKeyPairResult(Shape):
    """The result of the ``GetKeyPair`` operation."""

    key_pair: KeyPair | None = None
    """An array of key-value pairs containing information about the key pair."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair": Rule("keyPair", "KeyPair"),
    }

    def __init__(self, *, key_pair: KeyPair | None = None) -> None:
        self.key_pair = key_pair

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetKeyPairResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPair")) is not None:
            kwargs["key_pair"] = KeyPair.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.key_pair is not None:
            data["keyPair"] = self.key_pair.to_dict()
        return data

    from_wire = from_dict
