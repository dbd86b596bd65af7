"""DnsRecordCreationStateCode"""

from enum import StrEnum


class DnsRecordCreationStateCode(StrEnum):
    """DnsRecordCreationStateCode

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCEEDED = "SUCCEEDED"
    STARTED = "STARTED"
    FAILED = "FAILED"
