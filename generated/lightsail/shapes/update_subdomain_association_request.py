"""UpdateSubdomainAssociationRequest: The arguments of the ``UpdateSubdomainAssociation`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .subdomain_association_action import SubdomainAssociationAction


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateSubdomainAssociationRequest(Shape):
    """The arguments of the ``UpdateSubdomainAssociation`` operation."""

    subdomain_name: str
    """The subdomain to update (for example, ``mysite`` or ``blog.mysite``),
    not its web address.
    """

    action: SubdomainAssociationAction | str
    """The association change to make.

    The following actions are possible:

    - ``ASSOCIATE`` – Associates the subdomain with the resource that you
      specify in the ``targetResourceArn`` parameter. The subdomain must be
      in the ``UNATTACHED`` state.
    - ``DISASSOCIATE`` – Disassociates the subdomain from its current
      resource. The subdomain must be in the ``ATTACHED`` state.
    - ``TRANSFER`` – Moves the subdomain from its current resource to the
      resource that you specify in the ``targetResourceArn`` parameter. The
      subdomain must be in the ``ATTACHED`` state. You can transfer each
      subdomain only once in a 24-hour period.
    """

    target_resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource to associate the
    subdomain with. The resource must be in your account.

    This parameter is required when the ``action`` is ``ASSOCIATE`` or
    ``TRANSFER``. It's ignored when the ``action`` is ``DISASSOCIATE``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "subdomain_name": Rule("subdomainName", "string", required=True),
        "action": Rule("action", "string", required=True),
        "target_resource_arn": Rule("targetResourceArn", "string"),
    }

    def __init__(
        self,
        *,
        subdomain_name: str,
        action: SubdomainAssociationAction | str,
        target_resource_arn: str | None = None,
    ) -> None:
        self.subdomain_name = subdomain_name
        self.action = action
        self.target_resource_arn = target_resource_arn

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSubdomainAssociationRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        if (value := data.get("action")) is not None:
            kwargs["action"] = open_enum(SubdomainAssociationAction, value)
        if (value := data.get("targetResourceArn")) is not None:
            kwargs["target_resource_arn"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "subdomainName": self.subdomain_name,
            "action": self.action,
        }
        if self.target_resource_arn is not None:
            data["targetResourceArn"] = self.target_resource_arn
        return data

    to_wire = to_dict
