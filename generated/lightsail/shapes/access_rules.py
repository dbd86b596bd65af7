"""AccessRules: Describes the anonymous access permissions for an Amazon Lightsail bucket and its objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .access_type import AccessType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AccessRules(Shape):
    """Describes the anonymous access permissions for an Amazon Lightsail
    bucket and its objects.

    For more information about bucket access permissions, see
    [Understanding bucket permissions in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-understanding-bucket-permissions)
    in the

    *Amazon Lightsail Developer Guide*.
    """

    get_object: AccessType | str | None = None
    """Specifies the anonymous access to all objects in a bucket.

    The following options can be specified:

    - ``public`` - Sets all objects in the bucket to public (read-only),
      making them readable by anyone in the world.
      If the ``getObject`` value is set to ``public``, then all objects in
      the bucket default to public regardless of the
      ``allowPublicOverrides`` value.
    - ``private`` - Sets all objects in the bucket to private, making them
      readable only by you or anyone you give access to.
      If the ``getObject`` value is set to ``private``, and the
      ``allowPublicOverrides`` value is set to ``true``, then all objects in
      the bucket default to private unless they are configured with a
      ``public-read`` ACL. Individual objects with a ``public-read`` ACL are
      readable by anyone in the world.
    """

    allow_public_overrides: bool | None = None
    """A Boolean value that indicates whether the access control list (ACL)
    permissions that are applied to individual objects override the
    ``getObject`` option that is currently specified.

    When this is true, you can use the
    [PutObjectAcl](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html)
    Amazon S3 API action to set individual objects to public (read-only)
    using the ``public-read`` ACL, or to private using the ``private`` ACL.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "get_object": Rule("getObject", "string"),
        "allow_public_overrides": Rule("allowPublicOverrides", "boolean"),
    }

    def __init__(
        self,
        *,
        get_object: AccessType | str | None = None,
        allow_public_overrides: bool | None = None,
    ) -> None:
        self.get_object = get_object
        self.allow_public_overrides = allow_public_overrides

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccessRules:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("getObject")) is not None:
            kwargs["get_object"] = open_enum(AccessType, value)
        if (value := data.get("allowPublicOverrides")) is not None:
            kwargs["allow_public_overrides"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.get_object is not None:
            data["getObject"] = self.get_object
        if self.allow_public_overrides is not None:
            data["allowPublicOverrides"] = self.allow_public_overrides
        return data

    from_wire = from_dict
    to_wire = to_dict


AccessRulesDict = TypedDict(
    "AccessRulesDict",
    {
        "getObject": "AccessType | str",
        "allowPublicOverrides": "bool",
    },
    total=False,
)
"""The dict client methods accept for `AccessRules`, keys as in the model."""
