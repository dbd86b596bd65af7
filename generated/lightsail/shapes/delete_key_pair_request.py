"""DeleteKeyPairRequest: The arguments of the ``DeleteKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteKeyPairRequest(Shape):
    """The arguments of the ``DeleteKeyPair`` operation."""

    key_pair_name: str
    """The name of the key pair to delete."""

    expected_fingerprint: str | None = None
    """The RSA fingerprint of the Lightsail default key pair to delete.

    Note:
        The ``expectedFingerprint`` parameter is required only when
        specifying to delete a Lightsail default key pair.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair_name": Rule("keyPairName", "string", required=True),
        "expected_fingerprint": Rule("expectedFingerprint", "string"),
    }

    def __init__(
        self, *, key_pair_name: str, expected_fingerprint: str | None = None
    ) -> None:
        self.key_pair_name = key_pair_name
        self.expected_fingerprint = expected_fingerprint

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteKeyPairRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        if (value := data.get("expectedFingerprint")) is not None:
            kwargs["expected_fingerprint"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "keyPairName": self.key_pair_name,
        }
        if self.expected_fingerprint is not None:
            data["expectedFingerprint"] = self.expected_fingerprint
        return data

    to_wire = to_dict
