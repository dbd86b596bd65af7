"""SubdomainState"""

from enum import StrEnum


class SubdomainState(StrEnum):
    """SubdomainState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    UNATTACHED = "UNATTACHED"
    ATTACHING = "ATTACHING"
    ATTACHED = "ATTACHED"
    DETACHING = "DETACHING"
    TRANSFERRING = "TRANSFERRING"
    IMPLICIT = "IMPLICIT"
