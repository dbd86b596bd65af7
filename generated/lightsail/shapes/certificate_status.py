"""CertificateStatus"""

from enum import StrEnum


class CertificateStatus(StrEnum):
    """CertificateStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_VALIDATION = "PENDING_VALIDATION"
    ISSUED = "ISSUED"
    INACTIVE = "INACTIVE"
    EXPIRED = "EXPIRED"
    VALIDATION_TIMED_OUT = "VALIDATION_TIMED_OUT"
    REVOKED = "REVOKED"
    FAILED = "FAILED"
