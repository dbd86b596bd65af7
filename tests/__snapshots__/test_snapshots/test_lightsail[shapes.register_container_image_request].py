"""RegisterContainerImageRequest: The arguments of the ``RegisterContainerImage`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RegisterContainerImageRequest(Shape):
    """The arguments of the ``RegisterContainerImage`` operation."""

    service_name: str
    """The name of the container service for which to register a container
    image.
    """

    label: str
    """The label for the container image when it's registered to the container
    service.

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
    """

    digest: str
    """The digest of the container image to be registered."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "label": Rule("label", "string", required=True, min=1),
        "digest": Rule("digest", "string", required=True),
    }

    def __init__(self, *, service_name: str, label: str, digest: str) -> None:
        self.service_name = service_name
        self.label = label
        self.digest = digest

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterContainerImageRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("label")) is not None:
            kwargs["label"] = value
        if (value := data.get("digest")) is not None:
            kwargs["digest"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "label": self.label,
            "digest": self.digest,
        }
        return data

    to_wire = to_dict
