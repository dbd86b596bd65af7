"""Bucket: Describes an Amazon Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, shape_to_dict
from .access_rules import AccessRules
from .bucket_access_log_config import BucketAccessLogConfig
from .bucket_cors_config import BucketCorsConfig
from .bucket_state import BucketState
from .resource_location import ResourceLocation
from .resource_receiving_access import ResourceReceivingAccess
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Bucket(Shape):
    """Describes an Amazon Lightsail bucket."""

    resource_type: str | None = None
    """The Lightsail resource type of the bucket."""

    access_rules: AccessRules | None = None
    """An object that describes the access rules of the bucket."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the bucket."""

    bundle_id: str | None = None
    """The ID of the bundle currently applied to the bucket.

    A bucket bundle specifies the monthly cost, storage space, and data
    transfer quota for a bucket.

    Use the
    [UpdateBucketBundle](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html)
    action to change the bundle of a bucket.
    """

    created_at: datetime | None = None
    """The timestamp when the distribution was created."""

    url: str | None = None
    """The URL of the bucket."""

    location: ResourceLocation | None = None
    """An object that describes the location of the bucket, such as the Amazon
    Web Services Region and Availability Zone.
    """

    name: str | None = None
    """The name of the bucket."""

    support_code: str | None = None
    """The support code for a bucket. Include this code in your email to
    support when you have questions about a Lightsail bucket. This code
    enables our support team to look up your Lightsail information more
    easily.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the bucket. For more information,
    see
    [Tags in Amazon Lightsail](https://lightsail.aws.amazon.com/ls/docs/en/articles/amazon-lightsail-tags)
    in the *Amazon Lightsail Developer Guide*.
    """

    object_versioning: str | None = None
    """Indicates whether object versioning is enabled for the bucket.

    The following options can be configured:

    - ``Enabled`` - Object versioning is enabled.
    - ``Suspended`` - Object versioning was previously enabled but is
      currently suspended. Existing object versions are retained.
    - ``NeverEnabled`` - Object versioning has never been enabled.
    """

    able_to_update_bundle: bool | None = None
    """Indicates whether the bundle that is currently applied to a bucket can
    be changed to another bundle.

    You can update a bucket's bundle only one time within a monthly Amazon
    Web Services billing cycle.

    Use the
    [UpdateBucketBundle](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html)
    action to change a bucket's bundle.
    """

    readonly_access_accounts: list[str] | None = None
    """An array of strings that specify the Amazon Web Services account IDs
    that have read-only access to the bucket.
    """

    resources_receiving_access: list[ResourceReceivingAccess] | None = None
    """An array of objects that describe Lightsail instances that have access
    to the bucket.

    Use the
    [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
    action to update the instances that have access to a bucket.
    """

    state: BucketState | None = None
    """An object that describes the state of the bucket."""

    access_log_config: BucketAccessLogConfig | None = None
    """An object that describes the access log configuration for the bucket."""

    cors: BucketCorsConfig | None = None
    """An array of cross-origin resource sharing (CORS) rules that identify
    origins and the HTTP methods that can be executed on your bucket. This
    field is only included in the response when CORS configuration is
    requested or when updating CORS configuration. For more information, see
    [Configuring cross-origin resource sharing (CORS)](https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_type": Rule("resourceType", "string"),
        "access_rules": Rule("accessRules", "AccessRules"),
        "arn": Rule("arn", "string"),
        "bundle_id": Rule("bundleId", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "url": Rule("url", "string"),
        "location": Rule("location", "ResourceLocation"),
        "name": Rule("name", "string", min=3),
        "support_code": Rule("supportCode", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "object_versioning": Rule("objectVersioning", "string"),
        "able_to_update_bundle": Rule("ableToUpdateBundle", "boolean"),
        "readonly_access_accounts": Rule(
            "readonlyAccessAccounts", "list", item=Rule("", "string")
        ),
        "resources_receiving_access": Rule(
            "resourcesReceivingAccess", "list", item=Rule("", "ResourceReceivingAccess")
        ),
        "state": Rule("state", "BucketState"),
        "access_log_config": Rule("accessLogConfig", "BucketAccessLogConfig"),
        "cors": Rule("cors", "BucketCorsConfig"),
    }

    def __init__(
        self,
        *,
        resource_type: str | None = None,
        access_rules: AccessRules | None = None,
        arn: str | None = None,
        bundle_id: str | None = None,
        created_at: datetime | None = None,
        url: str | None = None,
        location: ResourceLocation | None = None,
        name: str | None = None,
        support_code: str | None = None,
        tags: list[Tag] | None = None,
        object_versioning: str | None = None,
        able_to_update_bundle: bool | None = None,
        readonly_access_accounts: list[str] | None = None,
        resources_receiving_access: list[ResourceReceivingAccess] | None = None,
        state: BucketState | None = None,
        access_log_config: BucketAccessLogConfig | None = None,
        cors: BucketCorsConfig | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.access_rules = access_rules
        self.arn = arn
        self.bundle_id = bundle_id
        self.created_at = created_at
        self.url = url
        self.location = location
        self.name = name
        self.support_code = support_code
        self.tags = tags
        self.object_versioning = object_versioning
        self.able_to_update_bundle = able_to_update_bundle
        self.readonly_access_accounts = readonly_access_accounts
        self.resources_receiving_access = resources_receiving_access
        self.state = state
        self.access_log_config = access_log_config
        self.cors = cors

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bucket:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = value
        if (value := data.get("accessRules")) is not None:
            kwargs["access_rules"] = AccessRules.from_dict(value)
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("url")) is not None:
            kwargs["url"] = value
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("objectVersioning")) is not None:
            kwargs["object_versioning"] = value
        if (value := data.get("ableToUpdateBundle")) is not None:
            kwargs["able_to_update_bundle"] = value
        if (value := data.get("readonlyAccessAccounts")) is not None:
            kwargs["readonly_access_accounts"] = value
        if (value := data.get("resourcesReceivingAccess")) is not None:
            kwargs["resources_receiving_access"] = [
                None if item is None else ResourceReceivingAccess.from_dict(item)
                for item in value
            ]
        if (value := data.get("state")) is not None:
            kwargs["state"] = BucketState.from_dict(value)
        if (value := data.get("accessLogConfig")) is not None:
            kwargs["access_log_config"] = BucketAccessLogConfig.from_dict(value)
        if (value := data.get("cors")) is not None:
            kwargs["cors"] = BucketCorsConfig.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.access_rules is not None:
            data["accessRules"] = self.access_rules.to_dict()
        if self.arn is not None:
            data["arn"] = self.arn
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.url is not None:
            data["url"] = self.url
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.name is not None:
            data["name"] = self.name
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.object_versioning is not None:
            data["objectVersioning"] = self.object_versioning
        if self.able_to_update_bundle is not None:
            data["ableToUpdateBundle"] = self.able_to_update_bundle
        if self.readonly_access_accounts is not None:
            data["readonlyAccessAccounts"] = self.readonly_access_accounts
        if self.resources_receiving_access is not None:
            data["resourcesReceivingAccess"] = [
                shape_to_dict(item) for item in self.resources_receiving_access
            ]
        if self.state is not None:
            data["state"] = self.state.to_dict()
        if self.access_log_config is not None:
            data["accessLogConfig"] = self.access_log_config.to_dict()
        if self.cors is not None:
            data["cors"] = self.cors.to_dict()
        return data

    from_wire = from_dict
