"""DownloadDefaultKeyPairResult: The result of the ``DownloadDefaultKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DownloadDefaultKeyPairResult(Shape):
    """The result of the ``DownloadDefaultKeyPair`` operation."""

    public_key_base64: str | None = None
    """A base64-encoded public key of the ``ssh-rsa`` type."""

    private_key_base64: str | None = field(default=None, metadata={"sensitive": True})
    """A base64-encoded RSA private key."""

    created_at: datetime | None = None
    """The timestamp when the default key pair was created."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "public_key_base64": Rule("publicKeyBase64", "string"),
        "private_key_base64": Rule("privateKeyBase64", "string"),
        "created_at": Rule("createdAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        public_key_base64: str | None = None,
        private_key_base64: str | None = None,
        created_at: datetime | None = None,
    ) -> None:
        self.public_key_base64 = public_key_base64
        self.private_key_base64 = private_key_base64
        self.created_at = created_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DownloadDefaultKeyPairResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("publicKeyBase64")) is not None:
            kwargs["public_key_base64"] = value
        if (value := data.get("privateKeyBase64")) is not None:
            kwargs["private_key_base64"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.public_key_base64 is not None:
            data["publicKeyBase64"] = self.public_key_base64
        if self.private_key_base64 is not None:
            data["privateKeyBase64"] = self.private_key_base64
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        return data

    from_wire = from_dict
