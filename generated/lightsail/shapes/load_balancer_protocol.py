"""LoadBalancerProtocol"""

from enum import StrEnum


class LoadBalancerProtocol(StrEnum):
    """LoadBalancerProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    HTTP_HTTPS = "HTTP_HTTPS"
    HTTP = "HTTP"
