"""GetKeyPairsResult: The result of the ``GetKeyPairs`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .key_pair import KeyPair


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetKeyPairsResult(Shape):
    """The result of the ``GetKeyPairs`` operation."""

    key_pairs: list[KeyPair] | None = None
    """An array of key-value pairs containing information about the key pairs."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetKeyPairs`` request
    and specify the next page token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "key_pairs": Rule("keyPairs", "list", item=Rule("", "KeyPair")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        key_pairs: list[KeyPair] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.key_pairs = key_pairs
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetKeyPairsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("keyPairs")) is not None:
            kwargs["key_pairs"] = [
                None if item is None else KeyPair.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.key_pairs is not None:
            data["keyPairs"] = [shape_to_dict(item) for item in self.key_pairs]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
