"""CertificateDomainValidationStatus"""

from enum import StrEnum


class CertificateDomainValidationStatus(StrEnum):
    """CertificateDomainValidationStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_VALIDATION = "PENDING_VALIDATION"
    FAILED = "FAILED"
    SUCCESS = "SUCCESS"
