"""WafPayloadTypeEnum"""

from enum import StrEnum


class WafPayloadTypeEnum(StrEnum):
    """WafPayloadTypeEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    JSON = "JSON"
    FORM_ENCODED = "FORM_ENCODED"
