"""BucketMetricName"""

from enum import StrEnum


class BucketMetricName(StrEnum):
    """BucketMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    BUCKET_SIZE_BYTES = "BucketSizeBytes"
    NUMBER_OF_OBJECTS = "NumberOfObjects"
