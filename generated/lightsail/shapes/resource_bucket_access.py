"""ResourceBucketAccess"""

from enum import StrEnum


class ResourceBucketAccess(StrEnum):
    """ResourceBucketAccess

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ALLOW = "allow"
    DENY = "deny"
