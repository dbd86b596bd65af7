"""PrivateRegistryAccessRequest: Describes a request to configure an Amazon Lightsail container service to access private container image repositories, such as Amazon Elastic Container Registry (Amazon ECR) private repositories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .container_service_ecr_image_puller_role_request import (
    ContainerServiceECRImagePullerRoleRequest,
    ContainerServiceECRImagePullerRoleRequestDict,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PrivateRegistryAccessRequest(Shape):
    """Describes a request to configure an Amazon Lightsail container service
    to access private container image repositories, such as Amazon Elastic
    Container Registry (Amazon ECR) private repositories.

    For more information, see
    [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
    in the *Amazon Lightsail Developer Guide*.
    """

    ecr_image_puller_role: ContainerServiceECRImagePullerRoleRequest | None = None
    """An object to describe a request to activate or deactivate the role that
    you can use to grant an Amazon Lightsail container service access to
    Amazon Elastic Container Registry (Amazon ECR) private repositories.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "ecr_image_puller_role": Rule(
            "ecrImagePullerRole", "ContainerServiceECRImagePullerRoleRequest"
        ),
    }

    def __init__(
        self,
        *,
        ecr_image_puller_role: ContainerServiceECRImagePullerRoleRequest | None = None,
    ) -> None:
        self.ecr_image_puller_role = ecr_image_puller_role

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrivateRegistryAccessRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("ecrImagePullerRole")) is not None:
            kwargs["ecr_image_puller_role"] = (
                ContainerServiceECRImagePullerRoleRequest.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.ecr_image_puller_role is not None:
            data["ecrImagePullerRole"] = self.ecr_image_puller_role.to_dict()
        return data

    to_wire = to_dict


PrivateRegistryAccessRequestDict = TypedDict(
    "PrivateRegistryAccessRequestDict",
    {
        "ecrImagePullerRole": "ContainerServiceECRImagePullerRoleRequestDict",
    },
    total=False,
)
"""The dict client methods accept for `PrivateRegistryAccessRequest`, keys as in the model."""
