"""SubdomainAssociationAction"""

from enum import StrEnum


class SubdomainAssociationAction(StrEnum):
    """SubdomainAssociationAction

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ASSOCIATE = "ASSOCIATE"
    DISASSOCIATE = "DISASSOCIATE"
    TRANSFER = "TRANSFER"
