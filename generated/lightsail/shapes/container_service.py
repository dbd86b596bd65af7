"""ContainerService: Describes an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .container_service_deployment import ContainerServiceDeployment
from .container_service_power_name import ContainerServicePowerName
from .container_service_state import ContainerServiceState
from .container_service_state_detail import ContainerServiceStateDetail
from .private_registry_access import PrivateRegistryAccess
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerService(Shape):
    """Describes an Amazon Lightsail container service."""

    container_service_name: str | None = None
    """The name of the container service."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the container service."""

    created_at: datetime | None = None
    """The timestamp when the container service was created."""

    location: ResourceLocation | None = None
    """An object that describes the location of the container service, such as
    the Amazon Web Services Region and Availability Zone.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type of the container service."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    power: ContainerServicePowerName | str | None = None
    """The power specification of the container service.

    The power specifies the amount of RAM, the number of vCPUs, and the base
    price of the container service.
    """

    power_id: str | None = None
    """The ID of the power of the container service."""

    state: ContainerServiceState | str | None = None
    """The current state of the container service.

    The following container service states are possible:

    - ``PENDING`` - The container service is being created.
    - ``READY`` - The container service is running but it does not have an
      active container deployment.
    - ``DEPLOYING`` - The container service is launching a container
      deployment.
    - ``RUNNING`` - The container service is running and it has an active
      container deployment.
    - ``UPDATING`` - The container service capacity or its custom domains
      are being updated.
    - ``DELETING`` - The container service is being deleted.
    - ``DISABLED`` - The container service is disabled, and its active
      deployment and containers, if any, are shut down.
    """

    state_detail: ContainerServiceStateDetail | None = None
    """An object that describes the current state of the container service.

    Note:
        The state detail is populated only when a container service is in a
        ``PENDING``, ``DEPLOYING``, or ``UPDATING`` state.
    """

    scale: int | None = None
    """The scale specification of the container service.

    The scale specifies the allocated compute nodes of the container
    service.
    """

    current_deployment: ContainerServiceDeployment | None = None
    """An object that describes the current container deployment of the
    container service.
    """

    next_deployment: ContainerServiceDeployment | None = None
    """An object that describes the next deployment of the container service.

    This value is ``null`` when there is no deployment in a ``pending``
    state.
    """

    is_disabled: bool | None = None
    """A Boolean value indicating whether the container service is disabled."""

    principal_arn: str | None = None
    """The principal ARN of the container service.

    The principal ARN can be used to create a trust relationship between
    your standard Amazon Web Services account and your Lightsail container
    service. This allows you to give your service permission to access
    resources in your standard Amazon Web Services account.
    """

    private_domain_name: str | None = None
    """The private domain name of the container service.

    The private domain name is accessible only by other resources within the
    default virtual private cloud (VPC) of your Lightsail account.
    """

    public_domain_names: dict[str, list[str]] | None = None
    """The public domain name of the container service, such as ``example.com``
    and ``www.example.com``.

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

    See ``CreateContainerService`` or ``UpdateContainerService`` for
    information about how to specify public domain names for your Lightsail
    container service.
    """

    url: str | None = None
    """The publicly accessible URL of the container service.

    If no public endpoint is specified in the ``currentDeployment``, this
    URL returns a 404 response.
    """

    private_registry_access: PrivateRegistryAccess | None = None
    """An object that describes the configuration for the container service to
    access private container image repositories, such as Amazon Elastic
    Container Registry (Amazon ECR) private repositories.

    For more information, see
    [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
    in the *Amazon Lightsail Developer Guide*.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_service_name": Rule("containerServiceName", "string", min=1),
        "arn": Rule("arn", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "power": Rule("power", "string"),
        "power_id": Rule("powerId", "string"),
        "state": Rule("state", "string"),
        "state_detail": Rule("stateDetail", "ContainerServiceStateDetail"),
        "scale": Rule("scale", "integer", min=1),
        "current_deployment": Rule("currentDeployment", "ContainerServiceDeployment"),
        "next_deployment": Rule("nextDeployment", "ContainerServiceDeployment"),
        "is_disabled": Rule("isDisabled", "boolean"),
        "principal_arn": Rule("principalArn", "string"),
        "private_domain_name": Rule("privateDomainName", "string"),
        "public_domain_names": Rule(
            "publicDomainNames", "map", item=Rule("", "list", item=Rule("", "string"))
        ),
        "url": Rule("url", "string"),
        "private_registry_access": Rule(
            "privateRegistryAccess", "PrivateRegistryAccess"
        ),
    }

    def __init__(
        self,
        *,
        container_service_name: str | None = None,
        arn: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        tags: list[Tag] | None = None,
        power: ContainerServicePowerName | str | None = None,
        power_id: str | None = None,
        state: ContainerServiceState | str | None = None,
        state_detail: ContainerServiceStateDetail | None = None,
        scale: int | None = None,
        current_deployment: ContainerServiceDeployment | None = None,
        next_deployment: ContainerServiceDeployment | None = None,
        is_disabled: bool | None = None,
        principal_arn: str | None = None,
        private_domain_name: str | None = None,
        public_domain_names: dict[str, list[str]] | None = None,
        url: str | None = None,
        private_registry_access: PrivateRegistryAccess | None = None,
    ) -> None:
        self.container_service_name = container_service_name
        self.arn = arn
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.power = power
        self.power_id = power_id
        self.state = state
        self.state_detail = state_detail
        self.scale = scale
        self.current_deployment = current_deployment
        self.next_deployment = next_deployment
        self.is_disabled = is_disabled
        self.principal_arn = principal_arn
        self.private_domain_name = private_domain_name
        self.public_domain_names = public_domain_names
        self.url = url
        self.private_registry_access = private_registry_access

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerService:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerServiceName")) is not None:
            kwargs["container_service_name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("power")) is not None:
            kwargs["power"] = open_enum(ContainerServicePowerName, value)
        if (value := data.get("powerId")) is not None:
            kwargs["power_id"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(ContainerServiceState, value)
        if (value := data.get("stateDetail")) is not None:
            kwargs["state_detail"] = ContainerServiceStateDetail.from_dict(value)
        if (value := data.get("scale")) is not None:
            kwargs["scale"] = value
        if (value := data.get("currentDeployment")) is not None:
            kwargs["current_deployment"] = ContainerServiceDeployment.from_dict(value)
        if (value := data.get("nextDeployment")) is not None:
            kwargs["next_deployment"] = ContainerServiceDeployment.from_dict(value)
        if (value := data.get("isDisabled")) is not None:
            kwargs["is_disabled"] = value
        if (value := data.get("principalArn")) is not None:
            kwargs["principal_arn"] = value
        if (value := data.get("privateDomainName")) is not None:
            kwargs["private_domain_name"] = value
        if (value := data.get("publicDomainNames")) is not None:
            kwargs["public_domain_names"] = value
        if (value := data.get("url")) is not None:
            kwargs["url"] = value
        if (value := data.get("privateRegistryAccess")) is not None:
            kwargs["private_registry_access"] = PrivateRegistryAccess.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_service_name is not None:
            data["containerServiceName"] = self.container_service_name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.power is not None:
            data["power"] = self.power
        if self.power_id is not None:
            data["powerId"] = self.power_id
        if self.state is not None:
            data["state"] = self.state
        if self.state_detail is not None:
            data["stateDetail"] = self.state_detail.to_dict()
        if self.scale is not None:
            data["scale"] = self.scale
        if self.current_deployment is not None:
            data["currentDeployment"] = self.current_deployment.to_dict()
        if self.next_deployment is not None:
            data["nextDeployment"] = self.next_deployment.to_dict()
        if self.is_disabled is not None:
            data["isDisabled"] = self.is_disabled
        if self.principal_arn is not None:
            data["principalArn"] = self.principal_arn
        if self.private_domain_name is not None:
            data["privateDomainName"] = self.private_domain_name
        if self.public_domain_names is not None:
            data["publicDomainNames"] = self.public_domain_names
        if self.url is not None:
            data["url"] = self.url
        if self.private_registry_access is not None:
            data["privateRegistryAccess"] = self.private_registry_access.to_dict()
        return data

    from_wire = from_dict
