"""UpdateBucketRequest: The arguments of the ``UpdateBucket`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .access_rules import AccessRules
from .bucket_access_log_config import BucketAccessLogConfig
from .bucket_cors_config import BucketCorsConfig


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateBucketRequest(Shape):
    """The arguments of the ``UpdateBucket`` operation."""

    bucket_name: str
    """The name of the bucket to update."""

    access_rules: AccessRules | None = None
    """An object that sets the public accessibility of objects in the specified
    bucket.
    """

    versioning: str | None = None
    """Specifies whether to enable or suspend versioning of objects in the
    bucket.

    The following options can be specified:

    - ``Enabled`` - Enables versioning of objects in the specified bucket.
    - ``Suspended`` - Suspends versioning of objects in the specified
      bucket. Existing object versions are retained.
    """

    readonly_access_accounts: list[str] | None = None
    """An array of strings to specify the Amazon Web Services account IDs that
    can access the bucket.

    You can give a maximum of 10 Amazon Web Services accounts access to a
    bucket.
    """

    access_log_config: BucketAccessLogConfig | None = None
    """An object that describes the access log configuration for the bucket."""

    cors: BucketCorsConfig | None = None
    """Sets the cross-origin resource sharing (CORS) configuration for your
    bucket. If a CORS configuration exists, it is replaced with the
    specified configuration. For AWS CLI operations, this parameter can also
    be passed as a file. For more information, see
    [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).

    Note:
        CORS information is only returned in a response when you update the
        CORS policy.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "access_rules": Rule("accessRules", "AccessRules"),
        "versioning": Rule("versioning", "string"),
        "readonly_access_accounts": Rule(
            "readonlyAccessAccounts", "list", item=Rule("", "string")
        ),
        "access_log_config": Rule("accessLogConfig", "BucketAccessLogConfig"),
        "cors": Rule("cors", "BucketCorsConfig"),
    }

    def __init__(
        self,
        *,
        bucket_name: str,
        access_rules: AccessRules | None = None,
        versioning: str | None = None,
        readonly_access_accounts: list[str] | None = None,
        access_log_config: BucketAccessLogConfig | None = None,
        cors: BucketCorsConfig | None = None,
    ) -> None:
        self.bucket_name = bucket_name
        self.access_rules = access_rules
        self.versioning = versioning
        self.readonly_access_accounts = readonly_access_accounts
        self.access_log_config = access_log_config
        self.cors = cors

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateBucketRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("accessRules")) is not None:
            kwargs["access_rules"] = AccessRules.from_dict(value)
        if (value := data.get("versioning")) is not None:
            kwargs["versioning"] = value
        if (value := data.get("readonlyAccessAccounts")) is not None:
            kwargs["readonly_access_accounts"] = value
        if (value := data.get("accessLogConfig")) is not None:
            kwargs["access_log_config"] = BucketAccessLogConfig.from_dict(value)
        if (value := data.get("cors")) is not None:
            kwargs["cors"] = BucketCorsConfig.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
        }
        if self.access_rules is not None:
            data["accessRules"] = self.access_rules.to_dict()
        if self.versioning is not None:
            data["versioning"] = self.versioning
        if self.readonly_access_accounts is not None:
            data["readonlyAccessAccounts"] = self.readonly_access_accounts
        if self.access_log_config is not None:
            data["accessLogConfig"] = self.access_log_config.to_dict()
        if self.cors is not None:
            data["cors"] = self.cors.to_dict()
        return data

    to_wire = to_dict
