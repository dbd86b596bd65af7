"""InstanceAccessProtocol"""

from enum import StrEnum


class InstanceAccessProtocol(StrEnum):
    """InstanceAccessProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SSH = "ssh"
    RDP = "rdp"
