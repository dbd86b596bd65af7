"""HostKeyAttributes: Describes the public SSH host keys or the RDP certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class HostKeyAttributes(Shape):
    """Describes the public SSH host keys or the RDP certificate."""

    algorithm: str | None = None
    """The SSH host key algorithm or the RDP certificate format.

    For SSH host keys, the algorithm may be ``ssh-rsa``,
    ``ecdsa-sha2-nistp256``, ``ssh-ed25519``, etc. For RDP certificates, the
    algorithm is always ``x509-cert``.
    """

    public_key: str | None = None
    """The public SSH host key or the RDP certificate."""

    witnessed_at: datetime | None = None
    """The time that the SSH host key or RDP certificate was recorded by
    Lightsail.
    """

    fingerprint_sha1: str | None = None
    """The SHA-1 fingerprint of the returned SSH host key or RDP certificate.

    - Example of an SHA-1 SSH fingerprint:
      ``SHA1:1CHH6FaAaXjtFOsR/t83vf91SR0``
    - Example of an SHA-1 RDP fingerprint:
      ``af:34:51:fe:09:f0:e0:da:b8:4e:56:ca:60:c2:10:ff:38:06:db:45``
    """

    fingerprint_sha256: str | None = None
    """The SHA-256 fingerprint of the returned SSH host key or RDP certificate.

    - Example of an SHA-256 SSH fingerprint:
      ``SHA256:KTsMnRBh1IhD17HpdfsbzeGA4jOijm5tyXsMjKVbB8o``
    - Example of an SHA-256 RDP fingerprint:
      ``03:9b:36:9f:4b:de:4e:61:70:fc:7c:c9:78:e7:d2:1a:1c:25:a8:0c:91:f6:7c:e4:d6:a0:85:c8:b4:53:99:68``
    """

    not_valid_before: datetime | None = None
    """The returned RDP certificate is valid after this point in time.

    This value is listed only for RDP certificates.
    """

    not_valid_after: datetime | None = None
    """The returned RDP certificate is not valid after this point in time.

    This value is listed only for RDP certificates.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "algorithm": Rule("algorithm", "string"),
        "public_key": Rule("publicKey", "string"),
        "witnessed_at": Rule("witnessedAt", "timestamp"),
        "fingerprint_sha1": Rule("fingerprintSHA1", "string"),
        "fingerprint_sha256": Rule("fingerprintSHA256", "string"),
        "not_valid_before": Rule("notValidBefore", "timestamp"),
        "not_valid_after": Rule("notValidAfter", "timestamp"),
    }

    def __init__(
        self,
        *,
        algorithm: str | None = None,
        public_key: str | None = None,
        witnessed_at: datetime | None = None,
        fingerprint_sha1: str | None = None,
        fingerprint_sha256: str | None = None,
        not_valid_before: datetime | None = None,
        not_valid_after: datetime | None = None,
    ) -> None:
        self.algorithm = algorithm
        self.public_key = public_key
        self.witnessed_at = witnessed_at
        self.fingerprint_sha1 = fingerprint_sha1
        self.fingerprint_sha256 = fingerprint_sha256
        self.not_valid_before = not_valid_before
        self.not_valid_after = not_valid_after

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HostKeyAttributes:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("algorithm")) is not None:
            kwargs["algorithm"] = value
        if (value := data.get("publicKey")) is not None:
            kwargs["public_key"] = value
        if (value := data.get("witnessedAt")) is not None:
            kwargs["witnessed_at"] = parse_timestamp(value)
        if (value := data.get("fingerprintSHA1")) is not None:
            kwargs["fingerprint_sha1"] = value
        if (value := data.get("fingerprintSHA256")) is not None:
            kwargs["fingerprint_sha256"] = value
        if (value := data.get("notValidBefore")) is not None:
            kwargs["not_valid_before"] = parse_timestamp(value)
        if (value := data.get("notValidAfter")) is not None:
            kwargs["not_valid_after"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.algorithm is not None:
            data["algorithm"] = self.algorithm
        if self.public_key is not None:
            data["publicKey"] = self.public_key
        if self.witnessed_at is not None:
            data["witnessedAt"] = self.witnessed_at
        if self.fingerprint_sha1 is not None:
            data["fingerprintSHA1"] = self.fingerprint_sha1
        if self.fingerprint_sha256 is not None:
            data["fingerprintSHA256"] = self.fingerprint_sha256
        if self.not_valid_before is not None:
            data["notValidBefore"] = self.not_valid_before
        if self.not_valid_after is not None:
            data["notValidAfter"] = self.not_valid_after
        return data

    from_wire = from_dict
