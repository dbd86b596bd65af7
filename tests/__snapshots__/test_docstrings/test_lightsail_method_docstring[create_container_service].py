def create_container_service(
    self,
    *,
    service_name: str,
    power: ContainerServicePowerName | str,
    scale: int,
    tags: Sequence[Tag | TagDict] | None = None,
    public_domain_names: dict[str, list[str]] | None = None,
    deployment: (
        ContainerServiceDeploymentRequest
        | ContainerServiceDeploymentRequestDict
        | None
    ) = None,
    private_registry_access: (
        PrivateRegistryAccessRequest | PrivateRegistryAccessRequestDict | None
    ) = None,
) -> CreateContainerServiceResult:
    """Creates an Amazon Lightsail container service.

    A Lightsail container service is a compute resource to which you can
    deploy containers. For more information, see
    [Container services in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-services)
    in the *Lightsail Dev Guide*.

    Args:
        service_name: Required. The name for the container service.

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
        power: Required. The power specification for the container service.

            The power specifies the amount of memory, vCPUs, and base monthly cost
            of each node of the container service. The ``power`` and ``scale`` of a
            container service makes up its configured capacity. To determine the
            monthly price of your container service, multiply the base price of the
            ``power`` with the ``scale`` (the number of nodes) of the service.

            Use the ``GetContainerServicePowers`` action to get a list of power
            options that you can specify using this parameter, and their base
            monthly cost.
        scale: Required. The scale specification for the container service.

            The scale specifies the allocated compute nodes of the container
            service. The ``power`` and ``scale`` of a container service makes up its
            configured capacity. To determine the monthly price of your container
            service, multiply the base price of the ``power`` with the ``scale``
            (the number of nodes) of the service.
        tags: The tag keys and optional values to add to the container service
            during create.

            Use the ``TagResource`` action to tag a resource after it's created.

            For more information about tags in Lightsail, see the
            [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
        public_domain_names: The public domain names to use with the container
            service, such as ``example.com`` and ``www.example.com``.

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
        deployment: An object that describes a deployment for the container service.

            A deployment specifies the containers that will be launched on the
            container service and their settings, such as the ports to open, the
            environment variables to apply, and the launch command to run. It also
            specifies the container that will serve as the public endpoint of the
            deployment and its settings, such as the HTTP or HTTPS port to use, and
            the health check configuration.
        private_registry_access: An object to describe the configuration for the
            container service to access private container image repositories, such
            as Amazon Elastic Container Registry (Amazon ECR) private repositories.

            For more information, see
            [Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access)
            in the *Amazon Lightsail Developer Guide*.

    Returns:
        CreateContainerServiceResult: The parsed response. Its attributes (``None``
            when the response leaves one out):

            - ``container_service`` (``ContainerService``): An object that describes
              a container service.

    Raises:
        ServiceException: A general service exception.
        InvalidInputException: Lightsail throws this exception when user input does
            not conform to the validation rules of an input field.
        NotFoundException: Lightsail throws this exception when it cannot find a
            resource.
        AccessDeniedException: Lightsail throws this exception when the user cannot
            be authenticated or uses invalid credentials to access a resource.
        UnauthenticatedException: Lightsail throws this exception when the user has
            not been authenticated.
        RegionSetupInProgressException: Lightsail throws this exception when an
            operation is performed on resources in an opt-in Region that is
            currently being set up.
    """
