"""GetBucketsResult: The result of the ``GetBuckets`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .account_level_bpa_sync import AccountLevelBpaSync
from .bucket import Bucket


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketsResult(Shape):
    """The result of the ``GetBuckets`` operation."""

    buckets: list[Bucket] | None = None
    """An array of objects that describe buckets."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetBuckets`` request
    and specify the next page token using the ``pageToken`` parameter.
    """

    account_level_bpa_sync: AccountLevelBpaSync | None = None
    """An object that describes the synchronization status of the Amazon S3
    account-level block public access feature for your Lightsail buckets.

    For more information about this feature and how it affects Lightsail
    buckets, see
    [Block public access for buckets in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-block-public-access-for-buckets).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "buckets": Rule("buckets", "list", item=Rule("", "Bucket")),
        "next_page_token": Rule("nextPageToken", "string"),
        "account_level_bpa_sync": Rule("accountLevelBpaSync", "AccountLevelBpaSync"),
    }

    def __init__(
        self,
        *,
        buckets: list[Bucket] | None = None,
        next_page_token: str | None = None,
        account_level_bpa_sync: AccountLevelBpaSync | None = None,
    ) -> None:
        self.buckets = buckets
        self.next_page_token = next_page_token
        self.account_level_bpa_sync = account_level_bpa_sync

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("buckets")) is not None:
            kwargs["buckets"] = [
                None if item is None else Bucket.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        if (value := data.get("accountLevelBpaSync")) is not None:
            kwargs["account_level_bpa_sync"] = AccountLevelBpaSync.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.buckets is not None:
            data["buckets"] = [shape_to_dict(item) for item in self.buckets]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        if self.account_level_bpa_sync is not None:
            data["accountLevelBpaSync"] = self.account_level_bpa_sync.to_dict()
        return data

    from_wire = from_dict
