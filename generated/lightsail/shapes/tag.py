"""Tag: Describes a tag key and optional value assigned to an Amazon Lightsail resource."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Tag(Shape):
    """Describes a tag key and optional value assigned to an Amazon Lightsail
    resource.

    For more information about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    key: str | None = None
    """The key of the tag.

    Constraints: Tag keys accept a maximum of 128 letters, numbers, spaces
    in UTF-8, or the following characters: + - = . _ : / @
    """

    value: str | None = None
    """The value of the tag.

    Constraints: Tag values accept a maximum of 256 letters, numbers, spaces
    in UTF-8, or the following characters: + - = . _ : / @
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key": Rule("key", "string"),
        "value": Rule("value", "string"),
    }

    def __init__(self, *, key: str | None = None, value: str | None = None) -> None:
        self.key = key
        self.value = value

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tag:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("key")) is not None:
            kwargs["key"] = value
        if (value := data.get("value")) is not None:
            kwargs["value"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.key is not None:
            data["key"] = self.key
        if self.value is not None:
            data["value"] = self.value
        return data

    from_wire = from_dict
    to_wire = to_dict


TagDict = TypedDict(
    "TagDict",
    {
        "key": "str",
        "value": "str",
    },
    total=False,
)
"""The dict client methods accept for `Tag`, keys as in the model."""
