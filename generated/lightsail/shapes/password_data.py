"""PasswordData: The password data for the Windows Server-based instance, including the ciphertext and the key pair name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PasswordData(Shape):
    """The password data for the Windows Server-based instance, including the
    ciphertext and the key pair name.
    """

    ciphertext: str | None = field(default=None, metadata={"sensitive": True})
    """The encrypted password. Ciphertext will be an empty string if access to
    your new instance is not ready yet. When you create an instance, it can
    take up to 15 minutes for the instance to be ready.

    Note:
        If you use the default key pair (``LightsailDefaultKeyPair``), the
        decrypted password will be available in the password field.

        If you are using a custom key pair, you need to use your own means
        of decryption.

        If you change the Administrator password on the instance, Lightsail
        will continue to return the original ciphertext value. When
        accessing the instance using RDP, you need to manually enter the
        Administrator password after changing it from the default.
    """

    key_pair_name: str | None = None
    """The name of the key pair that you used when creating your instance. If
    no key pair name was specified when creating the instance, Lightsail
    uses the default key pair (``LightsailDefaultKeyPair``).

    If you are using a custom key pair, you need to use your own means of
    decrypting your password using the ``ciphertext``. Lightsail creates the
    ciphertext by encrypting your password with the public key part of this
    key pair.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "ciphertext": Rule("ciphertext", "string"),
        "key_pair_name": Rule("keyPairName", "string"),
    }

    def __init__(
        self, *, ciphertext: str | None = None, key_pair_name: str | None = None
    ) -> None:
        self.ciphertext = ciphertext
        self.key_pair_name = key_pair_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PasswordData:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("ciphertext")) is not None:
            kwargs["ciphertext"] = value
        if (value := data.get("keyPairName")) is not None:
            kwargs["key_pair_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.ciphertext is not None:
            data["ciphertext"] = self.ciphertext
        if self.key_pair_name is not None:
            data["keyPairName"] = self.key_pair_name
        return data

    from_wire = from_dict
