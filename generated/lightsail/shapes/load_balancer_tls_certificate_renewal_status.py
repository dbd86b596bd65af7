"""LoadBalancerTlsCertificateRenewalStatus"""

from enum import StrEnum


class LoadBalancerTlsCertificateRenewalStatus(StrEnum):
    """LoadBalancerTlsCertificateRenewalStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_AUTO_RENEWAL = "PENDING_AUTO_RENEWAL"
    PENDING_VALIDATION = "PENDING_VALIDATION"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
