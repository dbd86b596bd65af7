"""PricingUnit"""

from enum import StrEnum


class PricingUnit(StrEnum):
    """PricingUnit

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    GB = "GB"
    HRS = "Hrs"
    GB_MO = "GB-Mo"
    BUNDLES = "Bundles"
    QUERIES = "Queries"
