"""ViewerMinimumTlsProtocolVersionEnum"""

from enum import StrEnum


class ViewerMinimumTlsProtocolVersionEnum(StrEnum):
    """ViewerMinimumTlsProtocolVersionEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    TLSV1_1_2016 = "TLSv1.1_2016"
    TLSV1_2_2018 = "TLSv1.2_2018"
    TLSV1_2_2019 = "TLSv1.2_2019"
    TLSV1_2_2021 = "TLSv1.2_2021"
