"""CreateContainerServiceRequest: The arguments of the ``CreateContainerService`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .container_service_deployment_request import ContainerServiceDeploymentRequest
from .container_service_power_name import ContainerServicePowerName
from .private_registry_access_request import PrivateRegistryAccessRequest
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateContainerServiceRequest(Shape):
    """The arguments of the ``CreateContainerService`` operation."""

    service_name: str
    """The name for the container service.

    The name that you specify for your container service will make up part
    of its default domain. The default domain of a container service is
    typically
    ``https://<ServiceName>.<RandomGUID>.<AWSRegion>.cs.amazonlightsail.com``.
    If the name of your container service is ``container-service-1``, and
    it's located in the US East (Ohio) Amazon Web Services Region
    (``us-east-2``), then the domain for your container service will be like
    the following example:
    ``https://container-service-1.ur4EXAMPLE2uq.us-east-2.cs.amazonlightsail.com``

    The following are the requirements for container service names:

    - Must be unique within each Amazon Web Services Region in your
      Lightsail account.
    - Must contain 1 to 63 characters.
    - Must contain only alphanumeric characters and hyphens.
    - A hyphen (-) can separate words but cannot be at the start or end of
      the name.
    """

    power: ContainerServicePowerName | str
    """The power specification for the container service.

    The power specifies the amount of memory, vCPUs, and base monthly cost
    of each node of the container service. The ``power`` and ``scale`` of a
    container service makes up its configured capacity. To determine the
    monthly price of your container service, multiply the base price of the
    ``power`` with the ``scale`` (the number of nodes) of the service.

    Use the ``GetContainerServicePowers`` action to get a list of power
    options that you can specify using this parameter, and their base
    monthly cost.
    """

    scale: int
    """The scale specification for the container service.

    The scale specifies the allocated compute nodes of the container
    service. The ``power`` and ``scale`` of a container service makes up its
    configured capacity. To determine the monthly price of your container
    service, multiply the base price of the ``power`` with the ``scale``
    (the number of nodes) of the service.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the container service during
    create.

    Use the ``TagResource`` action to tag a resource after it's created.

    For more information about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

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

    deployment: ContainerServiceDeploymentRequest | None = None
    """An object that describes a deployment for the container service.

    A deployment specifies the containers that will be launched on the
    container service and their settings, such as the ports to open, the
    environment variables to apply, and the launch command to run. It also
    specifies the container that will serve as the public endpoint of the
    deployment and its settings, such as the HTTP or HTTPS port to use, and
    the health check configuration.
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
        "power": Rule("power", "string", required=True),
        "scale": Rule("scale", "integer", required=True, min=1),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "public_domain_names": Rule(
            "publicDomainNames", "map", item=Rule("", "list", item=Rule("", "string"))
        ),
        "deployment": Rule("deployment", "ContainerServiceDeploymentRequest"),
        "private_registry_access": Rule(
            "privateRegistryAccess", "PrivateRegistryAccessRequest"
        ),
    }

    def __init__(
        self,
        *,
        service_name: str,
        power: ContainerServicePowerName | str,
        scale: int,
        tags: list[Tag] | None = None,
        public_domain_names: dict[str, list[str]] | None = None,
        deployment: ContainerServiceDeploymentRequest | None = None,
        private_registry_access: PrivateRegistryAccessRequest | None = None,
    ) -> None:
        self.service_name = service_name
        self.power = power
        self.scale = scale
        self.tags = tags
        self.public_domain_names = public_domain_names
        self.deployment = deployment
        self.private_registry_access = private_registry_access

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateContainerServiceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("power")) is not None:
            kwargs["power"] = open_enum(ContainerServicePowerName, value)
        if (value := data.get("scale")) is not None:
            kwargs["scale"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("publicDomainNames")) is not None:
            kwargs["public_domain_names"] = value
        if (value := data.get("deployment")) is not None:
            kwargs["deployment"] = ContainerServiceDeploymentRequest.from_dict(value)
        if (value := data.get("privateRegistryAccess")) is not None:
            kwargs["private_registry_access"] = PrivateRegistryAccessRequest.from_dict(
                value
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "power": self.power,
            "scale": self.scale,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.public_domain_names is not None:
            data["publicDomainNames"] = self.public_domain_names
        if self.deployment is not None:
            data["deployment"] = self.deployment.to_dict()
        if self.private_registry_access is not None:
            data["privateRegistryAccess"] = self.private_registry_access.to_dict()
        return data

    to_wire = to_dict
