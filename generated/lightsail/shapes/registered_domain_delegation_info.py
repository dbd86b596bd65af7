"""RegisteredDomainDelegationInfo: Describes the delegation state of an Amazon Route 53 registered domain to Amazon Lightsail."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .name_servers_update_state import NameServersUpdateState
from .r53_hosted_zone_deletion_state import R53HostedZoneDeletionState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RegisteredDomainDelegationInfo(Shape):
    """Describes the delegation state of an Amazon Route 53 registered domain
    to Amazon Lightsail.

    When you delegate an Amazon Route 53 registered domain to Lightsail, you
    can manage the DNS of the domain using a Lightsail DNS zone. You no
    longer use the Route 53 hosted zone to manage the DNS of the domain. To
    delegate the domain, Lightsail automatically updates the domain's name
    servers in Route 53 to the name servers of the Lightsail DNS zone. Then,
    Lightsail automatically deletes the Route 53 hosted zone for the domain.

    All of the following conditions must be true for automatic domain
    delegation to be successful:

    - The registered domain must be in the same Amazon Web Services account
      as the Lightsail account making the request.
    - The user or entity making the request must have permission to manage
      domains in Route 53.
    - The Route 53 hosted zone for the domain must be empty. It cannot
      contain DNS records other than start of authority (SOA) and name
      server records.

    If automatic domain delegation fails, or if you manage the DNS of your
    domain using a service other than Route 53, then you must manually add
    the Lightsail DNS zone name servers to your domain in order to delegate
    management of its DNS to Lightsail. For more information, see
    [Creating a DNS zone to manage your domain’s records in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-how-to-create-dns-entry)
    in the *Amazon Lightsail Developer Guide*.
    """

    name_servers_update_state: NameServersUpdateState | None = None
    """An object that describes the state of the name server records that are
    automatically added to the Route 53 domain by Lightsail.
    """

    r53_hosted_zone_deletion_state: R53HostedZoneDeletionState | None = None
    """Describes the deletion state of an Amazon Route 53 hosted zone for a
    domain that is being automatically delegated to an Amazon Lightsail DNS
    zone.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name_servers_update_state": Rule(
            "nameServersUpdateState", "NameServersUpdateState"
        ),
        "r53_hosted_zone_deletion_state": Rule(
            "r53HostedZoneDeletionState", "R53HostedZoneDeletionState"
        ),
    }

    def __init__(
        self,
        *,
        name_servers_update_state: NameServersUpdateState | None = None,
        r53_hosted_zone_deletion_state: R53HostedZoneDeletionState | None = None,
    ) -> None:
        self.name_servers_update_state = name_servers_update_state
        self.r53_hosted_zone_deletion_state = r53_hosted_zone_deletion_state

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisteredDomainDelegationInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("nameServersUpdateState")) is not None:
            kwargs["name_servers_update_state"] = NameServersUpdateState.from_dict(
                value
            )
        if (value := data.get("r53HostedZoneDeletionState")) is not None:
            kwargs["r53_hosted_zone_deletion_state"] = (
                R53HostedZoneDeletionState.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name_servers_update_state is not None:
            data["nameServersUpdateState"] = self.name_servers_update_state.to_dict()
        if self.r53_hosted_zone_deletion_state is not None:
            data["r53HostedZoneDeletionState"] = (
                self.r53_hosted_zone_deletion_state.to_dict()
            )
        return data

    from_wire = from_dict
