"""Blueprint: Describes a blueprint (a virtual private server image)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .app_category import AppCategory
from .blueprint_type import BlueprintType
from .instance_platform import InstancePlatform


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Blueprint(Shape):
    """Describes a blueprint (a virtual private server image)."""

    blueprint_id: str | None = None
    """The ID for the virtual private server image (``app_wordpress_x_x`` or
    ``app_lamp_x_x``).
    """

    name: str | None = None
    """The friendly name of the blueprint (``Amazon Linux``)."""

    group: str | None = None
    """The group name of the blueprint (``amazon-linux``)."""

    type: BlueprintType | str | None = None
    """The type of the blueprint (``os`` or ``app``)."""

    description: str | None = None
    """The description of the blueprint."""

    is_active: bool | None = None
    """A Boolean value indicating whether the blueprint is active. Inactive
    blueprints are listed to support customers with existing instances but
    are not necessarily available for launch of new instances. Blueprints
    are marked inactive when they become outdated due to operating system
    updates or new application releases.
    """

    min_power: int | None = None
    """The minimum bundle power required to run this blueprint. For example,
    you need a bundle with a power value of 500 or more to create an
    instance that uses a blueprint with a minimum power value of 500. ``0``
    indicates that the blueprint runs on all instance sizes.
    """

    version: str | None = None
    """The version number of the operating system, application, or stack (
    ``2016.03.0``).
    """

    version_code: str | None = None
    """The version code."""

    product_url: str | None = None
    """The product URL to learn more about the image or blueprint."""

    license_url: str | None = None
    """The end-user license agreement URL for the image or blueprint."""

    platform: InstancePlatform | str | None = None
    """The operating system platform (either Linux/Unix-based or Windows
    Server-based) of the blueprint.
    """

    app_category: AppCategory | str | None = None
    """Virtual computer blueprints that are supported by Lightsail for
    Research.

    Important:
        This parameter only applies to Lightsail for Research resources.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "blueprint_id": Rule("blueprintId", "string"),
        "name": Rule("name", "string"),
        "group": Rule("group", "string"),
        "type": Rule("type", "string"),
        "description": Rule("description", "string"),
        "is_active": Rule("isActive", "boolean"),
        "min_power": Rule("minPower", "integer"),
        "version": Rule("version", "string"),
        "version_code": Rule("versionCode", "string"),
        "product_url": Rule("productUrl", "string"),
        "license_url": Rule("licenseUrl", "string"),
        "platform": Rule("platform", "string"),
        "app_category": Rule("appCategory", "string"),
    }

    def __init__(
        self,
        *,
        blueprint_id: str | None = None,
        name: str | None = None,
        group: str | None = None,
        type: BlueprintType | str | None = None,
        description: str | None = None,
        is_active: bool | None = None,
        min_power: int | None = None,
        version: str | None = None,
        version_code: str | None = None,
        product_url: str | None = None,
        license_url: str | None = None,
        platform: InstancePlatform | str | None = None,
        app_category: AppCategory | str | None = None,
    ) -> None:
        self.blueprint_id = blueprint_id
        self.name = name
        self.group = group
        self.type = type
        self.description = description
        self.is_active = is_active
        self.min_power = min_power
        self.version = version
        self.version_code = version_code
        self.product_url = product_url
        self.license_url = license_url
        self.platform = platform
        self.app_category = app_category

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Blueprint:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("blueprintId")) is not None:
            kwargs["blueprint_id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("group")) is not None:
            kwargs["group"] = value
        if (value := data.get("type")) is not None:
            kwargs["type"] = open_enum(BlueprintType, value)
        if (value := data.get("description")) is not None:
            kwargs["description"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        if (value := data.get("minPower")) is not None:
            kwargs["min_power"] = value
        if (value := data.get("version")) is not None:
            kwargs["version"] = value
        if (value := data.get("versionCode")) is not None:
            kwargs["version_code"] = value
        if (value := data.get("productUrl")) is not None:
            kwargs["product_url"] = value
        if (value := data.get("licenseUrl")) is not None:
            kwargs["license_url"] = value
        if (value := data.get("platform")) is not None:
            kwargs["platform"] = open_enum(InstancePlatform, value)
        if (value := data.get("appCategory")) is not None:
            kwargs["app_category"] = open_enum(AppCategory, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.blueprint_id is not None:
            data["blueprintId"] = self.blueprint_id
        if self.name is not None:
            data["name"] = self.name
        if self.group is not None:
            data["group"] = self.group
        if self.type is not None:
            data["type"] = self.type
        if self.description is not None:
            data["description"] = self.description
        if self.is_active is not None:
            data["isActive"] = self.is_active
        if self.min_power is not None:
            data["minPower"] = self.min_power
        if self.version is not None:
            data["version"] = self.version
        if self.version_code is not None:
            data["versionCode"] = self.version_code
        if self.product_url is not None:
            data["productUrl"] = self.product_url
        if self.license_url is not None:
            data["licenseUrl"] = self.license_url
        if self.platform is not None:
            data["platform"] = self.platform
        if self.app_category is not None:
            data["appCategory"] = self.app_category
        return data

    from_wire = from_dict
