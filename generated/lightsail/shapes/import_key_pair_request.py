"""ImportKeyPairRequest: The arguments of the ``ImportKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ImportKeyPairRequest(Shape):
    """The arguments of the ``ImportKeyPair`` operation."""

    key_pair_name: str
    """The name of the key pair for which you want to import the public key."""

    public_key_base64: str
    """A base64-encoded public key of the ``ssh-rsa`` type."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair_name": Rule("keyPairName", "string", required=True),
        "public_key_base64": Rule("publicKeyBase64", "string", required=True),
    }

    def __init__(self, *, key_pair_name: str, public_key_base64: str) -> None:
        self.key_pair_name = key_pair_name
        self.public_key_base64 = public_key_base64

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportKeyPairRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        if (value := data.get("publicKeyBase64")) is not None:
            kwargs["public_key_base64"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "keyPairName": self.key_pair_name,
            "publicKeyBase64": self.public_key_base64,
        }
        return data

    to_wire = to_dict
