def register_container_image(
    self, *, service_name: str, label: str, digest: str
) -> RegisterContainerImageResult:
    """Registers a container image to your Amazon Lightsail container service.

    Note:
        This action is not required if you install and use the Lightsail
        Control (lightsailctl) plugin to push container images to your
        Lightsail container service. For more information, see
        [Pushing and managing container images on your Amazon Lightsail container services](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-pushing-container-images)
        in the *Amazon Lightsail Developer Guide*.

    Args:
        service_name: Required. The name of the container service for which to
            register a container image.
        label: Required. The label for the container image when it's registered to
            the container service.

            Use a descriptive label that you can use to track the different versions
            of your registered container images.

            Use the ``GetContainerImages`` action to return the container images
            registered to a Lightsail container service. The label is the
            ``<imagelabel>`` portion of the following image name example:

            - ``:container-service-1.<imagelabel>.1``

            If the name of your container service is ``mycontainerservice``, and the
            label that you specify is ``mystaticwebsite``, then the name of the
            registered container image will be
            ``:mycontainerservice.mystaticwebsite.1``.

            The number at the end of these image name examples represents the
            version of the registered container image. If you push and register
            another container image to the same Lightsail container service, with
            the same label, then the version number for the new registered container
            image will be ``2``. If you push and register another container image,
            the version number will be ``3``, and so on.
        digest: Required. The digest of the container image to be registered.

    Returns:
        RegisterContainerImageResult: The parsed response. Its attributes (``None``
            when the response leaves one out):

            - ``container_image`` (``ContainerImage``): An object that describes a
              container image that is registered to a Lightsail container service

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
