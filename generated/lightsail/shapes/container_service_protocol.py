"""ContainerServiceProtocol"""

from enum import StrEnum


class ContainerServiceProtocol(StrEnum):
    """ContainerServiceProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    HTTP = "HTTP"
    HTTPS = "HTTPS"
    TCP = "TCP"
    UDP = "UDP"
