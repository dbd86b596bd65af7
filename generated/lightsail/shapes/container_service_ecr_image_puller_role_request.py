"""ContainerServiceECRImagePullerRoleRequest: Describes a request to activate or deactivate the role that you can use to grant an Amazon Lightsail container service access to Amazon Elastic Container Registry (Amazon ECR) private repositories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceECRImagePullerRoleRequest(Shape):
    """Describes a request to activate or deactivate the role that you can use
    to grant an Amazon Lightsail container service access to Amazon Elastic
    Container Registry (Amazon ECR) private repositories.

    When activated, Lightsail creates an Identity and Access Management
    (IAM) role for the specified Lightsail container service. You can use
    the ARN of the role to create a trust relationship between your
    Lightsail container service and an Amazon ECR private repository in your
    Amazon Web Services account. This allows your container service to pull
    images from Amazon ECR private repositories. For more information, see
    [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
    in the *Amazon Lightsail Developer Guide*.
    """

    is_active: bool | None = None
    """A Boolean value that indicates whether to activate the role."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "is_active": Rule("isActive", "boolean"),
    }

    def __init__(self, *, is_active: bool | None = None) -> None:
        self.is_active = is_active

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> ContainerServiceECRImagePullerRoleRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.is_active is not None:
            data["isActive"] = self.is_active
        return data

    to_wire = to_dict


ContainerServiceECRImagePullerRoleRequestDict = TypedDict(
    "ContainerServiceECRImagePullerRoleRequestDict",
    {
        "isActive": "bool",
    },
    total=False,
)
"""The dict client methods accept for `ContainerServiceECRImagePullerRoleRequest`, keys as in the model."""
