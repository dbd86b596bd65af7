"""LoadBalancerTlsCertificateDnsRecordCreationStateCode"""

from enum import StrEnum


class LoadBalancerTlsCertificateDnsRecordCreationStateCode(StrEnum):
    """LoadBalancerTlsCertificateDnsRecordCreationStateCode

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCEEDED = "SUCCEEDED"
    STARTED = "STARTED"
    FAILED = "FAILED"
