"""CertificateProvider"""

from enum import StrEnum


class CertificateProvider(StrEnum):
    """CertificateProvider

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    LETS_ENCRYPT = "LetsEncrypt"
