"""LoadBalancerTlsCertificateFailureReason"""

from enum import StrEnum


class LoadBalancerTlsCertificateFailureReason(StrEnum):
    """LoadBalancerTlsCertificateFailureReason

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    NO_AVAILABLE_CONTACTS = "NO_AVAILABLE_CONTACTS"
    ADDITIONAL_VERIFICATION_REQUIRED = "ADDITIONAL_VERIFICATION_REQUIRED"
    DOMAIN_NOT_ALLOWED = "DOMAIN_NOT_ALLOWED"
    INVALID_PUBLIC_DOMAIN = "INVALID_PUBLIC_DOMAIN"
    OTHER = "OTHER"
