"""InstanceAccessDetails: The parameters for gaining temporary access to one of your Amazon Lightsail instances."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .host_key_attributes import HostKeyAttributes
from .instance_access_protocol import InstanceAccessProtocol
from .password_data import PasswordData


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceAccessDetails(Shape):
    """The parameters for gaining temporary access to one of your Amazon
    Lightsail instances.
    """

    cert_key: str | None = None
    """For SSH access, the public key to use when accessing your instance For
    OpenSSH clients (command line SSH), you should save this value to
    ``tempkey-cert.pub``.
    """

    expires_at: datetime | None = None
    """For SSH access, the date on which the temporary keys expire."""

    ip_address: str | None = None
    """The public IP address of the Amazon Lightsail instance."""

    ipv6_addresses: list[str] | None = None
    """The IPv6 address of the Amazon Lightsail instance."""

    password: str | None = field(default=None, metadata={"sensitive": True})
    """For RDP access, the password for your Amazon Lightsail instance.
    Password will be an empty string if the password for your new instance
    is not ready yet. When you create an instance, it can take up to 15
    minutes for the instance to be ready.

    Note:
        If you create an instance using any key pair other than the default
        (``LightsailDefaultKeyPair``), ``password`` will always be an empty
        string.

        If you change the Administrator password on the instance, Lightsail
        will continue to return the original password value. When accessing
        the instance using RDP, you need to manually enter the Administrator
        password after changing it from the default.
    """

    password_data: PasswordData | None = None
    """For a Windows Server-based instance, an object with the data you can use
    to retrieve your password. This is only needed if ``password`` is empty
    and the instance is not new (and therefore the password is not ready
    yet). When you create an instance, it can take up to 15 minutes for the
    instance to be ready.
    """

    private_key: str | None = field(default=None, metadata={"sensitive": True})
    """For SSH access, the temporary private key. For OpenSSH clients (command
    line SSH), you should save this value to ``tempkey``).
    """

    protocol: InstanceAccessProtocol | str | None = None
    """The protocol for these Amazon Lightsail instance access details."""

    instance_name: str | None = None
    """The name of this Amazon Lightsail instance."""

    username: str | None = None
    """The user name to use when logging in to the Amazon Lightsail instance."""

    host_keys: list[HostKeyAttributes] | None = None
    """Describes the public SSH host keys or the RDP certificate."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "cert_key": Rule("certKey", "string"),
        "expires_at": Rule("expiresAt", "timestamp"),
        "ip_address": Rule("ipAddress", "string"),
        "ipv6_addresses": Rule("ipv6Addresses", "list", item=Rule("", "string")),
        "password": Rule("password", "string"),
        "password_data": Rule("passwordData", "PasswordData"),
        "private_key": Rule("privateKey", "string"),
        "protocol": Rule("protocol", "string"),
        "instance_name": Rule("instanceName", "string"),
        "username": Rule("username", "string"),
        "host_keys": Rule("hostKeys", "list", item=Rule("", "HostKeyAttributes")),
    }

    def __init__(
        self,
        *,
        cert_key: str | None = None,
        expires_at: datetime | None = None,
        ip_address: str | None = None,
        ipv6_addresses: list[str] | None = None,
        password: str | None = None,
        password_data: PasswordData | None = None,
        private_key: str | None = None,
        protocol: InstanceAccessProtocol | str | None = None,
        instance_name: str | None = None,
        username: str | None = None,
        host_keys: list[HostKeyAttributes] | None = None,
    ) -> None:
        self.cert_key = cert_key
        self.expires_at = expires_at
        self.ip_address = ip_address
        self.ipv6_addresses = ipv6_addresses
        self.password = password
        self.password_data = password_data
        self.private_key = private_key
        self.protocol = protocol
        self.instance_name = instance_name
        self.username = username
        self.host_keys = host_keys

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceAccessDetails:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("certKey")) is not None:
            kwargs["cert_key"] = value
        if (value := data.get("expiresAt")) is not None:
            kwargs["expires_at"] = parse_timestamp(value)
        if (value := data.get("ipAddress")) is not None:
            kwargs["ip_address"] = value
        if (value := data.get("ipv6Addresses")) is not None:
            kwargs["ipv6_addresses"] = value
        if (value := data.get("password")) is not None:
            kwargs["password"] = value
        if (value := data.get("passwordData")) is not None:
            kwargs["password_data"] = PasswordData.from_dict(value)
        if (value := data.get("privateKey")) is not None:
            kwargs["private_key"] = value
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(InstanceAccessProtocol, value)
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("username")) is not None:
            kwargs["username"] = value
        if (value := data.get("hostKeys")) is not None:
            kwargs["host_keys"] = [
                None if item is None else HostKeyAttributes.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.cert_key is not None:
            data["certKey"] = self.cert_key
        if self.expires_at is not None:
            data["expiresAt"] = self.expires_at
        if self.ip_address is not None:
            data["ipAddress"] = self.ip_address
        if self.ipv6_addresses is not None:
            data["ipv6Addresses"] = self.ipv6_addresses
        if self.password is not None:
            data["password"] = self.password
        if self.password_data is not None:
            data["passwordData"] = self.password_data.to_dict()
        if self.private_key is not None:
            data["privateKey"] = self.private_key
        if self.protocol is not None:
            data["protocol"] = self.protocol
        if self.instance_name is not None:
            data["instanceName"] = self.instance_name
        if self.username is not None:
            data["username"] = self.username
        if self.host_keys is not None:
            data["hostKeys"] = [shape_to_dict(item) for item in self.host_keys]
        return data

    from_wire = from_dict
