"""DistributionMetricName"""

from enum import StrEnum


class DistributionMetricName(StrEnum):
    """DistributionMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    REQUESTS = "Requests"
    BYTES_DOWNLOADED = "BytesDownloaded"
    BYTES_UPLOADED = "BytesUploaded"
    TOTAL_ERROR_RATE = "TotalErrorRate"
    HTTP4XX_ERROR_RATE = "Http4xxErrorRate"
    HTTP5XX_ERROR_RATE = "Http5xxErrorRate"
    WAF_ALLOWED_REQUESTS = "WafAllowedRequests"
    WAF_BLOCKED_REQUESTS = "WafBlockedRequests"
