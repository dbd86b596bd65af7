"""Session: Describes a web-based, remote graphical user interface (GUI), Amazon DCV session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Session(Shape):
    """Describes a web-based, remote graphical user interface (GUI), Amazon DCV
    session. The session is used to access a virtual computer’s operating
    system or application.
    """

    name: str | None = None
    """The session name."""

    url: str | None = field(default=None, metadata={"sensitive": True})
    """The session URL."""

    is_primary: bool | None = None
    """When true, this Boolean value indicates the primary session for the
    specified resource.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "url": Rule("url", "string"),
        "is_primary": Rule("isPrimary", "boolean"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        is_primary: bool | None = None,
    ) -> None:
        self.name = name
        self.url = url
        self.is_primary = is_primary

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("url")) is not None:
            kwargs["url"] = value
        if (value := data.get("isPrimary")) is not None:
            kwargs["is_primary"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.url is not None:
            data["url"] = self.url
        if self.is_primary is not None:
            data["isPrimary"] = self.is_primary
        return data

    from_wire = from_dict
