"""LoadBalancerTlsCertificateDomainStatus"""

from enum import StrEnum


class LoadBalancerTlsCertificateDomainStatus(StrEnum):
    """LoadBalancerTlsCertificateDomainStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_VALIDATION = "PENDING_VALIDATION"
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
