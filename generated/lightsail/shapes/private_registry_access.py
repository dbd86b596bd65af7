"""PrivateRegistryAccess: Describes the configuration for an Amazon Lightsail container service to access private container image repositories, such as Amazon Elastic Container Registry (Amazon ECR) private repositories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .container_service_ecr_image_puller_role import ContainerServiceECRImagePullerRole


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PrivateRegistryAccess(Shape):
    """Describes the configuration for an Amazon Lightsail container service to
    access private container image repositories, such as Amazon Elastic
    Container Registry (Amazon ECR) private repositories.

    For more information, see
    [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
    in the *Amazon Lightsail Developer Guide*.
    """

    ecr_image_puller_role: ContainerServiceECRImagePullerRole | None = None
    """An object that describes the activation status of the role that you can
    use to grant a Lightsail container service access to Amazon ECR private
    repositories. If the role is activated, the Amazon Resource Name (ARN)
    of the role is also listed.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "ecr_image_puller_role": Rule(
            "ecrImagePullerRole", "ContainerServiceECRImagePullerRole"
        ),
    }

    def __init__(
        self, *, ecr_image_puller_role: ContainerServiceECRImagePullerRole | None = None
    ) -> None:
        self.ecr_image_puller_role = ecr_image_puller_role

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrivateRegistryAccess:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("ecrImagePullerRole")) is not None:
            kwargs["ecr_image_puller_role"] = (
                ContainerServiceECRImagePullerRole.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.ecr_image_puller_role is not None:
            data["ecrImagePullerRole"] = self.ecr_image_puller_role.to_dict()
        return data

    from_wire = from_dict
