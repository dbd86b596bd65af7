"""botocore's "standard" retry mode: which failures to retry, backoff, and a retry quota."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ._botocore import botocore_module
from .errors import ClientError, EndpointConnectionError, ReadTimeoutError, ServiceError

THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
TRANSIENT_CODES = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
TRANSIENT_STATUS = frozenset({500, 502, 503, 504})
MAX_BACKOFF = 20.0
RETRY_COST = 5
TIMEOUT_RETRY_COST = 10
NO_RETRY_INCREMENT = 1


class RetryPolicy:
    """Decides whether and when to retry; one instance (and so one quota) per client."""

    def __init__(
        self,
        max_attempts: int = 3,
        *,
        random_fraction: Callable[[], float] = random.random,
        quota: Any = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.max_attempts = max_attempts
        self._random = random_fraction
        self._quota = quota or botocore_module("retries.quota").RetryQuota()

    def is_retryable(self, error: ClientError) -> bool:
        if isinstance(error, EndpointConnectionError):
            return True
        if isinstance(error, ServiceError):
            return (
                error.code in THROTTLING_CODES
                or error.code in TRANSIENT_CODES
                or error.http_status in TRANSIENT_STATUS
            )
        return False

    def acquire(self, error: ClientError) -> int:
        """Take the retry's cost from the quota: the capacity taken, or 0 when exhausted."""
        cost = TIMEOUT_RETRY_COST if isinstance(error, ReadTimeoutError) else RETRY_COST
        return cost if self._quota.acquire(cost) else 0

    def release(self, acquired: int) -> None:
        """A request succeeded: give back what its retries took, or the success bonus."""
        self._quota.release(acquired or NO_RETRY_INCREMENT)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (truncated exponential, full jitter)."""
        return min(self._random() * 2.0 ** (attempt - 1), MAX_BACKOFF)
