"""UpdateContainerServiceRequest: The arguments of the ``UpdateContainerService`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .container_service_power_name import ContainerServicePowerName
from .private_registry_access_request import PrivateRegistryAccessRequest


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateContainerServiceRequest(Shape):
    """The arguments of the ``UpdateContainerService`` operation."""

    service_name: str
    """The name of the container service to update."""

    power: ContainerServicePowerName | str | None = None
    """The power for the container service.

    The power specifies the amount of memory, vCPUs, and base monthly cost
    of each node of the container service. The ``power`` and ``scale`` of a
    container service makes up its configured capacity. To determine the
    monthly price of your container service, multiply the base price of the
    ``power`` with the ``scale`` (the number of nodes) of the service.

    Use the ``GetContainerServicePowers`` action to view the specifications
    of each power option.
    """

    scale: int | None = None
    """The scale for the container service.

    The scale specifies the allocated compute nodes of the container
    service. The ``power`` and ``scale`` of a container service makes up its
    configured capacity. To determine the monthly price of your container
    service, multiply the base price of the ``power`` with the ``scale``
    (the number of nodes) of the service.
    """

    is_disabled: bool | None = None
    """A Boolean value to indicate whether the container service is disabled."""

    public_domain_names: dict[str, list[str]] | None = None
    """The public domain names to use with the container service, such as
    ``example.com`` and ``www.example.com``.

    You can specify up to four public domain names for a container service.
    The domain names that you specify are used when you create a deployment
    with a container configured as the public endpoint of your container
    service.

    If you don't specify public domain names, then you can use the default
    domain of the container service.

    Important:
        You must create and validate an SSL/TLS certificate before you can
        use public domain names with your container service. Use the
        ``CreateCertificate`` action to create a certificate for the public
        domain names you want to use with your container service.

    You can specify public domain names using a string to array map as shown
    in the example later on this page.
    """

    private_registry_access: PrivateRegistryAccessRequest | None = None
    """An object to describe the configuration for the container service to
    access private container image repositories, such as Amazon Elastic
    Container Registry (Amazon ECR) private repositories.

    For more information, see
    [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
    in the *Amazon Lightsail Developer Guide*.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "power": Rule("power", "string"),
        "scale": Rule("scale", "integer", min=1),
        "is_disabled": Rule("isDisabled", "boolean"),
        "public_domain_names": Rule(
            "publicDomainNames", "map", item=Rule("", "list", item=Rule("", "string"))
        ),
        "private_registry_access": Rule(
            "privateRegistryAccess", "PrivateRegistryAccessRequest"
        ),
    }

    def __init__(
        self,
        *,
        service_name: str,
        power: ContainerServicePowerName | str | None = None,
        scale: int | None = None,
        is_disabled: bool | None = None,
        public_domain_names: dict[str, list[str]] | None = None,
        private_registry_access: PrivateRegistryAccessRequest | None = None,
    ) -> None:
        self.service_name = service_name
        self.power = power
        self.scale = scale
        self.is_disabled = is_disabled
        self.public_domain_names = public_domain_names
        self.private_registry_access = private_registry_access

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateContainerServiceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("power")) is not None:
            kwargs["power"] = open_enum(ContainerServicePowerName, value)
        if (value := data.get("scale")) is not None:
            kwargs["scale"] = value
        if (value := data.get("isDisabled")) is not None:
            kwargs["is_disabled"] = value
        if (value := data.get("publicDomainNames")) is not None:
            kwargs["public_domain_names"] = value
        if (value := data.get("privateRegistryAccess")) is not None:
            kwargs["private_registry_access"] = PrivateRegistryAccessRequest.from_dict(
                value
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
        }
        if self.power is not None:
            data["power"] = self.power
        if self.scale is not None:
            data["scale"] = self.scale
        if self.is_disabled is not None:
            data["isDisabled"] = self.is_disabled
        if self.public_domain_names is not None:
            data["publicDomainNames"] = self.public_domain_names
        if self.private_registry_access is not None:
            data["privateRegistryAccess"] = self.private_registry_access.to_dict()
        return data

    to_wire = to_dict
