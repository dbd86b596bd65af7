"""GetContactMethodsRequest: The arguments of the ``GetContactMethods`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .contact_protocol import ContactProtocol


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContactMethodsRequest(Shape):
    """The arguments of the ``GetContactMethods`` operation."""

    protocols: list[ContactProtocol | str] | None = None
    """The protocols used to send notifications, such as ``Email``, or ``SMS``
    (text messaging).

    Specify a protocol in your request to return information about a
    specific contact method protocol.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "protocols": Rule("protocols", "list", item=Rule("", "string")),
    }

    def __init__(self, *, protocols: list[ContactProtocol | str] | None = None) -> None:
        self.protocols = protocols

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContactMethodsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("protocols")) is not None:
            kwargs["protocols"] = [
                None if item is None else open_enum(ContactProtocol, item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.protocols is not None:
            data["protocols"] = self.protocols
        return data

    to_wire = to_dict
