"""ProfileType"""

from enum import StrEnum


class ProfileType(StrEnum):
    """ProfileType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    LIGHTSAILOR = "Lightsailor"
    LIGHTSAIL_PARTNER = "LightsailPartner"
