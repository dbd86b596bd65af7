"""AccessKey: Describes an access key for an Amazon Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .access_key_last_used import AccessKeyLastUsed
from .status_type import StatusType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AccessKey(Shape):
    """Describes an access key for an Amazon Lightsail bucket.

    Access keys grant full programmatic access to the specified bucket and
    its objects. You can have a maximum of two access keys per bucket. Use
    the
    [CreateBucketAccessKey](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html)
    action to create an access key for a specific bucket. For more
    information about access keys, see
    [Creating access keys for a bucket in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-bucket-access-keys)
    in the *Amazon Lightsail Developer Guide*.

    Important:
        The ``secretAccessKey`` value is returned only in response to the
        ``CreateBucketAccessKey`` action. You can get a secret access key
        only when you first create an access key; you cannot get the secret
        access key later. If you lose the secret access key, you must create
        a new access key.
    """

    access_key_id: str | None = field(default=None, metadata={"sensitive": True})
    """The ID of the access key."""

    secret_access_key: str | None = field(default=None, metadata={"sensitive": True})
    """The secret access key used to sign requests.

    You should store the secret access key in a safe location. We recommend
    that you delete the access key if the secret access key is compromised.
    """

    status: StatusType | str | None = None
    """The status of the access key.

    A status of ``Active`` means that the key is valid, while ``Inactive``
    means it is not.
    """

    created_at: datetime | None = None
    """The timestamp when the access key was created."""

    last_used: AccessKeyLastUsed | None = None
    """An object that describes the last time the access key was used.

    Note:
        This object does not include data in the response of a
        [CreateBucketAccessKey](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html)
        action. If the access key has not been used, the ``region`` and
        ``serviceName`` values are ``N/A``, and the ``lastUsedDate`` value
        is null.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "access_key_id": Rule("accessKeyId", "string", min=20),
        "secret_access_key": Rule("secretAccessKey", "string"),
        "status": Rule("status", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "last_used": Rule("lastUsed", "AccessKeyLastUsed"),
    }

    def __init__(
        self,
        *,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        status: StatusType | str | None = None,
        created_at: datetime | None = None,
        last_used: AccessKeyLastUsed | None = None,
    ) -> None:
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.status = status
        self.created_at = created_at
        self.last_used = last_used

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccessKey:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("accessKeyId")) is not None:
            kwargs["access_key_id"] = value
        if (value := data.get("secretAccessKey")) is not None:
            kwargs["secret_access_key"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(StatusType, value)
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("lastUsed")) is not None:
            kwargs["last_used"] = AccessKeyLastUsed.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.access_key_id is not None:
            data["accessKeyId"] = self.access_key_id
        if self.secret_access_key is not None:
            data["secretAccessKey"] = self.secret_access_key
        if self.status is not None:
            data["status"] = self.status
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.last_used is not None:
            data["lastUsed"] = self.last_used.to_dict()
        return data

    from_wire = from_dict
