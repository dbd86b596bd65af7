"""botocore's "standard" retry mode (botocore/retries/standard.py), without its event system.

Retried: throttling error codes, a 429 whose code the model does not know, transient
codes, HTTP 500/502/503/504, and failures to connect or to read a response. Each retry
waits ``random() * min(base * 2 ** (attempt - 1), 20)`` seconds (base 1 s for throttling,
50 ms otherwise; at least ``x-amz-retry-after`` when the service sends it, but never more
than 5 s longer), and takes capacity from a retry quota shared by the client's calls
(botocore's RetryQuota: 500 units, 5 a throttling retry, 14 any other). A call that
succeeds gives back what its last retry took, or 1 unit when it needed none.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Container
from typing import Any

from ._botocore import botocore_module
from .errors import EndpointConnectionError, Error, ServiceError
from .records import NamedTuple

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
THROTTLING_STATUS = frozenset({429})
THROTTLING_BASE_DELAY = 1.0
BASE_DELAY = 0.05
MAX_BACKOFF = 20.0
RETRY_AFTER_MAX_EXTRA = 5.0
RETRY_COST = 14
THROTTLING_RETRY_COST = 5
NO_RETRY_INCREMENT = 1


class Retry(NamedTuple):
    """A decision to retry: how long to wait first, and the quota capacity it took."""

    delay: float
    capacity: int


class RetryPolicy:
    """Decides whether and when to retry; one instance (and so one quota) per client."""

    def __init__(
        self,
        max_attempts: int = 3,
        *,
        modeled_codes: Container[str] = frozenset(),
        random_fraction: Callable[[], float] = random.random,
        quota: Any = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
        self.max_attempts = max_attempts
        self.random_fraction = random_fraction
        """Jitter source in [0, 1); replace it to make delays predictable."""
        self._modeled_codes = modeled_codes
        self._quota: Any = quota
        self._quota_lock = threading.Lock()

    @property
    def quota(self) -> Any:
        """The botocore.retries.quota.RetryQuota, made at the first retry or look.

        Until then it would be full, and a success only refills a quota that is not.
        """
        if self._quota is None:
            with self._quota_lock:
                if self._quota is None:
                    self._quota = botocore_module("retries.quota").RetryQuota()
        return self._quota

    def next_retry(self, error: Error, attempt: int) -> Retry | None:
        """What to do after ``attempt`` (1-based) failed with ``error``; None: give up."""
        if attempt >= self.max_attempts or not self.is_retryable(error):
            return None
        capacity = THROTTLING_RETRY_COST if self.is_throttling(error) else RETRY_COST
        if not self.quota.acquire(capacity):
            return None
        return Retry(self.delay(error, attempt), capacity)

    def succeeded(self, last_retry: Retry | None) -> None:
        """A call succeeded: give back what its last retry took, or the no-retry bonus."""
        if (
            self._quota is not None
        ):  # a quota never drawn on is full: nothing to give back
            self._quota.release(
                last_retry.capacity if last_retry else NO_RETRY_INCREMENT
            )

    def is_retryable(self, error: Error) -> bool:
        if isinstance(error, EndpointConnectionError):
            return True
        if not isinstance(error, ServiceError):
            return False
        return (
            error.code in TRANSIENT_CODES
            or error.http_status in TRANSIENT_STATUS
            or self.is_throttling(error)
        )

    def is_throttling(self, error: Error) -> bool:
        if not isinstance(error, ServiceError):
            return False
        if error.code in THROTTLING_CODES:
            return True
        # A 429 counts only when the model has no error of that code to say otherwise.
        return (
            error.http_status in THROTTLING_STATUS
            and error.code not in self._modeled_codes
        )

    def delay(self, error: Error, attempt: int) -> float:
        """Seconds to wait before attempt ``attempt + 1``: truncated exponential, full jitter."""
        base = THROTTLING_BASE_DELAY if self.is_throttling(error) else BASE_DELAY
        delay = self.random_fraction() * min(base * 2.0 ** (attempt - 1), MAX_BACKOFF)
        retry_after = _retry_after(error)
        if retry_after is None:
            return delay
        return max(delay, min(retry_after, delay + RETRY_AFTER_MAX_EXTRA))


def _retry_after(error: Error) -> float | None:
    """The ``x-amz-retry-after`` header (milliseconds) in seconds, if valid."""
    if not isinstance(error, ServiceError):
        return None
    value = error.http_headers.get("x-amz-retry-after")
    if value is None:
        return None
    try:
        seconds = int(value) / 1000.0
    except (ValueError, OverflowError):
        return None
    return seconds if seconds >= 0 else None
