"""ThingKind: How big a thing is."""

from enum import StrEnum


class ThingKind(StrEnum):
    """How big a thing is.

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SMALL = "small"
    LARGE = "LARGE"
    EXTRA_LARGE = "extra-large"
    V_2XL = "2xl"
