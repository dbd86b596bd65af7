"""CreateKeyPairResult: The result of the ``CreateKeyPair`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .key_pair import KeyPair
from .operation import Operation


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateKeyPairResult(Shape):
    """The result of the ``CreateKeyPair`` operation."""

    key_pair: KeyPair | None = None
    """An array of key-value pairs containing information about the new key
    pair you just created.
    """

    public_key_base64: str | None = None
    """A base64-encoded public key of the ``ssh-rsa`` type."""

    private_key_base64: str | None = field(default=None, metadata={"sensitive": True})
    """A base64-encoded RSA private key."""

    operation: Operation | None = None
    """An array of objects that describe the result of the action, such as the
    status of the request, the timestamp of the request, and the resources
    affected by the request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pair": Rule("keyPair", "KeyPair"),
        "public_key_base64": Rule("publicKeyBase64", "string"),
        "private_key_base64": Rule("privateKeyBase64", "string"),
        "operation": Rule("operation", "Operation"),
    }

    def __init__(
        self,
        *,
        key_pair: KeyPair | None = None,
        public_key_base64: str | None = None,
        private_key_base64: str | None = None,
        operation: Operation | None = None,
    ) -> None:
        self.key_pair = key_pair
        self.public_key_base64 = public_key_base64
        self.private_key_base64 = private_key_base64
        self.operation = operation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateKeyPairResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPair")) is not None:
            kwargs["key_pair"] = KeyPair.from_dict(value)
        if (value := data.get("publicKeyBase64")) is not None:
            kwargs["public_key_base64"] = value
        if (value := data.get("privateKeyBase64")) is not None:
            kwargs["private_key_base64"] = value
        if (value := data.get("operation")) is not None:
            kwargs["operation"] = Operation.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.key_pair is not None:
            data["keyPair"] = self.key_pair.to_dict()
        if self.public_key_base64 is not None:
            data["publicKeyBase64"] = self.public_key_base64
        if self.private_key_base64 is not None:
            data["privateKeyBase64"] = self.private_key_base64
        if self.operation is not None:
            data["operation"] = self.operation.to_dict()
        return data

    from_wire = from_dict
