"""LoadBalancerAttributeName"""

from enum import StrEnum


class LoadBalancerAttributeName(StrEnum):
    """LoadBalancerAttributeName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    HEALTH_CHECK_PATH = "HealthCheckPath"
    SESSION_STICKINESS_ENABLED = "SessionStickinessEnabled"
    SESSION_STICKINESS_LB_COOKIE_DURATION_SECONDS = (
        "SessionStickiness_LB_CookieDurationSeconds"
    )
    HTTPS_REDIRECTION_ENABLED = "HttpsRedirectionEnabled"
    TLS_POLICY_NAME = "TlsPolicyName"
