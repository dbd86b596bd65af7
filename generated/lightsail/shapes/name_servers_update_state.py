"""NameServersUpdateState: Describes the state of the name server records update made by Amazon Lightsail to an Amazon Route 53 registered domain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .name_servers_update_state_code import NameServersUpdateStateCode


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class NameServersUpdateState(Shape):
    """Describes the state of the name server records update made by Amazon
    Lightsail to an Amazon Route 53 registered domain.

    For more information, see
    [DNS in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-dns-in-amazon-lightsail)
    in the *Amazon Lightsail Developer Guide*.
    """

    code: NameServersUpdateStateCode | str | None = None
    """The status code for the name servers update.

    Following are the possible values:

    - ``SUCCEEDED`` - The name server records were successfully updated.
    - ``PENDING`` - The name server record update is in progress.
    - ``FAILED`` - The name server record update failed.
    - ``STARTED`` - The automatic name server record update started.
    """

    message: str | None = None
    """The message that describes the reason for the status code."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "string"),
        "message": Rule("message", "string"),
    }

    def __init__(
        self,
        *,
        code: NameServersUpdateStateCode | str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NameServersUpdateState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = open_enum(NameServersUpdateStateCode, value)
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
