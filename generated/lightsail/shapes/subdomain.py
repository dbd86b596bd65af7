"""Subdomain: Describes a Lightsail subdomain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .resource_location import ResourceLocation
from .subdomain_attachable_resource import SubdomainAttachableResource
from .subdomain_state import SubdomainState
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Subdomain(Shape):
    """Describes a Lightsail subdomain. A subdomain is the name that you
    choose, such as ``mysite`` or ``blog.mysite``. Its web address is the
    subdomain followed by ``amazonlightsail.com``, such as
    ``blog.mysite.amazonlightsail.com``. You can associate a subdomain with
    a Lightsail resource to make the resource reachable at the web address.
    """

    subdomain_name: str | None = None
    """The subdomain (for example, ``mysite`` or ``blog.mysite``). To get the
    web address, use the ``fqdn`` parameter.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the subdomain.

    If you create a subdomain with a depth of 2, such as ``blog.mysite``,
    without first creating the subdomain with a depth of 1 (``mysite``),
    Lightsail holds ``mysite`` for your account in the ``IMPLICIT`` state.
    It doesn't have an ARN until you create a subdomain with that name.
    """

    fqdn: str | None = None
    """The web address of the subdomain, which is the subdomain followed by
    ``amazonlightsail.com`` (for example,
    ``blog.mysite.amazonlightsail.com``).
    """

    depth: int | None = None
    """The number of labels in the subdomain. A top-level subdomain, such as
    ``mysite``, has a depth of ``1``. A nested subdomain, such as
    ``blog.mysite``, has a depth of ``2``.
    """

    state: SubdomainState | str | None = None
    """The state of the subdomain.

    The following states are possible:

    - ``CREATING`` – The subdomain is being created.
    - ``CREATE_FAILED`` – The subdomain couldn't be created. Delete the
      subdomain, and then create it again if the name is still available.
    - ``UNATTACHED`` – The subdomain is ready, and isn't associated with a
      resource.
    - ``ATTACHING`` – The subdomain is being associated with a resource.
    - ``ATTACHED`` – The subdomain is associated with a resource, and routes
      traffic to it.
    - ``DETACHING`` – The subdomain is being disassociated from a resource.
    - ``TRANSFERRING`` – The subdomain is being moved from one resource to
      another resource.
    - ``IMPLICIT`` – The subdomain is the parent of one or more nested
      subdomains that you created, but you didn't create the parent
      subdomain itself. You can't associate or delete a subdomain in this
      state. To use it, create it with the ``CreateSubdomain`` action.
    """

    attached_resource: SubdomainAttachableResource | None = None
    """An object that describes the resource that the subdomain is associated
    with.

    When the subdomain is in the ``TRANSFERRING`` state, this is the
    resource that the subdomain is being moved from.
    """

    attaching_resource: SubdomainAttachableResource | None = None
    """An object that describes the resource that the subdomain is being
    associated with.

    This parameter is returned only when the subdomain is in the
    ``ATTACHING`` or ``TRANSFERRING`` state.
    """

    location: ResourceLocation | None = None
    """An object that describes the location of the subdomain, such as the AWS
    Region.
    """

    created_at: datetime | None = None
    """The timestamp when the subdomain was created."""

    parent_fqdn: str | None = None
    """The web address of the parent subdomain (for example,
    ``mysite.amazonlightsail.com`` for ``blog.mysite``).

    This parameter isn't returned for a subdomain with a depth of 1.
    """

    children: list[Subdomain] | None = None
    """An array of objects that describe the nested subdomains of the
    subdomain.

    This parameter is returned only by the ``GetSubdomains`` action when you
    don't specify a subdomain.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the subdomain. For more information
    about tags in Lightsail, see the
    [Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).

    This parameter is returned only by the ``GetSubdomains`` action when you
    specify a subdomain.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "subdomain_name": Rule("subdomainName", "string"),
        "arn": Rule("arn", "string"),
        "fqdn": Rule("fqdn", "string"),
        "depth": Rule("depth", "integer"),
        "state": Rule("state", "string"),
        "attached_resource": Rule("attachedResource", "SubdomainAttachableResource"),
        "attaching_resource": Rule("attachingResource", "SubdomainAttachableResource"),
        "location": Rule("location", "ResourceLocation"),
        "created_at": Rule("createdAt", "timestamp"),
        "parent_fqdn": Rule("parentFqdn", "string"),
        "children": Rule("children", "list", item=Rule("", "Subdomain")),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        subdomain_name: str | None = None,
        arn: str | None = None,
        fqdn: str | None = None,
        depth: int | None = None,
        state: SubdomainState | str | None = None,
        attached_resource: SubdomainAttachableResource | None = None,
        attaching_resource: SubdomainAttachableResource | None = None,
        location: ResourceLocation | None = None,
        created_at: datetime | None = None,
        parent_fqdn: str | None = None,
        children: list[Subdomain] | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.subdomain_name = subdomain_name
        self.arn = arn
        self.fqdn = fqdn
        self.depth = depth
        self.state = state
        self.attached_resource = attached_resource
        self.attaching_resource = attaching_resource
        self.location = location
        self.created_at = created_at
        self.parent_fqdn = parent_fqdn
        self.children = children
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Subdomain:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("fqdn")) is not None:
            kwargs["fqdn"] = value
        if (value := data.get("depth")) is not None:
            kwargs["depth"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(SubdomainState, value)
        if (value := data.get("attachedResource")) is not None:
            kwargs["attached_resource"] = SubdomainAttachableResource.from_dict(value)
        if (value := data.get("attachingResource")) is not None:
            kwargs["attaching_resource"] = SubdomainAttachableResource.from_dict(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("parentFqdn")) is not None:
            kwargs["parent_fqdn"] = value
        if (value := data.get("children")) is not None:
            kwargs["children"] = [
                None if item is None else Subdomain.from_dict(item) for item in value
            ]
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.subdomain_name is not None:
            data["subdomainName"] = self.subdomain_name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.fqdn is not None:
            data["fqdn"] = self.fqdn
        if self.depth is not None:
            data["depth"] = self.depth
        if self.state is not None:
            data["state"] = self.state
        if self.attached_resource is not None:
            data["attachedResource"] = self.attached_resource.to_dict()
        if self.attaching_resource is not None:
            data["attachingResource"] = self.attaching_resource.to_dict()
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.parent_fqdn is not None:
            data["parentFqdn"] = self.parent_fqdn
        if self.children is not None:
            data["children"] = [shape_to_dict(item) for item in self.children]
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    from_wire = from_dict
