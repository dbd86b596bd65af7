"""Thing: Found in ``DescribeThingResult.thing``, ``ListThingsResult.things``, ``PutThingRequest.thing`` and 3 more."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import (
    blob_from_dict,
    blob_from_wire,
    blob_to_wire,
    float_from_wire,
    float_to_wire,
    open_enum,
    parse_timestamp,
    shape_to_dict,
    timestamp_to_epoch,
)
from .attribute import Attribute, AttributeDict
from .thing_kind import ThingKind


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Thing(Shape):
    """Found in ``DescribeThingResult.thing``, ``ListThingsResult.things``,
    ``PutThingRequest.thing`` and 3 more.
    """

    name: str | None = None
    """The name. See [naming rules](https://example.com/names)."""

    kind: ThingKind | str | None = None
    """How big a thing is."""

    count: int | None = None

    size: int | None = None

    ratio: float | None = None

    weight: float | None = None

    enabled: bool | None = None

    created_at: datetime | None = None

    payload: bytes | None = None

    tags: dict[str, str] | None = None

    labels: list[str] | None = None

    children: list[Thing] | None = None

    attributes: dict[str, Attribute] | None = None

    history: list[datetime] | None = None

    secret: str | None = field(default=None, metadata={"sensitive": True})

    from_: str | None = None
    """A member named like a Python keyword."""

    class_: str | None = None

    kinds_by_name: dict[str, ThingKind | str] | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string", required=True, min=1),
        "kind": Rule("kind", "string"),
        "count": Rule("count", "integer", min=0),
        "size": Rule("size", "integer"),
        "ratio": Rule("ratio", "float"),
        "weight": Rule("weight", "float"),
        "enabled": Rule("enabled", "boolean"),
        "created_at": Rule("createdAt", "timestamp"),
        "payload": Rule("payload", "blob"),
        "tags": Rule("tags", "map", item=Rule("", "string")),
        "labels": Rule("labels", "list", min=1, item=Rule("", "string")),
        "children": Rule("children", "list", item=Rule("", "Thing")),
        "attributes": Rule("attributes", "map", item=Rule("", "Attribute")),
        "history": Rule("history", "list", item=Rule("", "timestamp")),
        "secret": Rule("secret", "string"),
        "from_": Rule("from", "string"),
        "class_": Rule("class", "string"),
        "kinds_by_name": Rule("kindsByName", "map", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        kind: ThingKind | str | None = None,
        count: int | None = None,
        size: int | None = None,
        ratio: float | None = None,
        weight: float | None = None,
        enabled: bool | None = None,
        created_at: datetime | None = None,
        payload: bytes | None = None,
        tags: dict[str, str] | None = None,
        labels: list[str] | None = None,
        children: list[Thing] | None = None,
        attributes: dict[str, Attribute] | None = None,
        history: list[datetime] | None = None,
        secret: str | None = None,
        from_: str | None = None,
        class_: str | None = None,
        kinds_by_name: dict[str, ThingKind | str] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.count = count
        self.size = size
        self.ratio = ratio
        self.weight = weight
        self.enabled = enabled
        self.created_at = created_at
        self.payload = payload
        self.tags = tags
        self.labels = labels
        self.children = children
        self.attributes = attributes
        self.history = history
        self.secret = secret
        self.from_ = from_
        self.class_ = class_
        self.kinds_by_name = kinds_by_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Thing:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("kind")) is not None:
            kwargs["kind"] = open_enum(ThingKind, value)
        if (value := data.get("count")) is not None:
            kwargs["count"] = value
        if (value := data.get("size")) is not None:
            kwargs["size"] = value
        if (value := data.get("ratio")) is not None:
            kwargs["ratio"] = value
        if (value := data.get("weight")) is not None:
            kwargs["weight"] = value
        if (value := data.get("enabled")) is not None:
            kwargs["enabled"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("payload")) is not None:
            kwargs["payload"] = blob_from_dict(value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = value
        if (value := data.get("labels")) is not None:
            kwargs["labels"] = value
        if (value := data.get("children")) is not None:
            kwargs["children"] = [
                None if item is None else Thing.from_dict(item) for item in value
            ]
        if (value := data.get("attributes")) is not None:
            kwargs["attributes"] = {
                key: None if item is None else Attribute.from_dict(item)
                for key, item in value.items()
            }
        if (value := data.get("history")) is not None:
            kwargs["history"] = [
                None if item is None else parse_timestamp(item) for item in value
            ]
        if (value := data.get("secret")) is not None:
            kwargs["secret"] = value
        if (value := data.get("from")) is not None:
            kwargs["from_"] = value
        if (value := data.get("class")) is not None:
            kwargs["class_"] = value
        if (value := data.get("kindsByName")) is not None:
            kwargs["kinds_by_name"] = {
                key: None if item is None else open_enum(ThingKind, item)
                for key, item in value.items()
            }
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.kind is not None:
            data["kind"] = self.kind
        if self.count is not None:
            data["count"] = self.count
        if self.size is not None:
            data["size"] = self.size
        if self.ratio is not None:
            data["ratio"] = self.ratio
        if self.weight is not None:
            data["weight"] = self.weight
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.payload is not None:
            data["payload"] = self.payload
        if self.tags is not None:
            data["tags"] = self.tags
        if self.labels is not None:
            data["labels"] = self.labels
        if self.children is not None:
            data["children"] = [shape_to_dict(item) for item in self.children]
        if self.attributes is not None:
            data["attributes"] = {
                key: shape_to_dict(item) for key, item in self.attributes.items()
            }
        if self.history is not None:
            data["history"] = self.history
        if self.secret is not None:
            data["secret"] = self.secret
        if self.from_ is not None:
            data["from"] = self.from_
        if self.class_ is not None:
            data["class"] = self.class_
        if self.kinds_by_name is not None:
            data["kindsByName"] = self.kinds_by_name
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Thing:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("kind")) is not None:
            kwargs["kind"] = open_enum(ThingKind, value)
        if (value := data.get("count")) is not None:
            kwargs["count"] = value
        if (value := data.get("size")) is not None:
            kwargs["size"] = value
        if (value := data.get("ratio")) is not None:
            kwargs["ratio"] = float_from_wire(value)
        if (value := data.get("weight")) is not None:
            kwargs["weight"] = float_from_wire(value)
        if (value := data.get("enabled")) is not None:
            kwargs["enabled"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("payload")) is not None:
            kwargs["payload"] = blob_from_wire(value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = value
        if (value := data.get("labels")) is not None:
            kwargs["labels"] = value
        if (value := data.get("children")) is not None:
            kwargs["children"] = [
                None if item is None else Thing.from_wire(item) for item in value
            ]
        if (value := data.get("attributes")) is not None:
            kwargs["attributes"] = {
                key: None if item is None else Attribute.from_wire(item)
                for key, item in value.items()
            }
        if (value := data.get("history")) is not None:
            kwargs["history"] = [
                None if item is None else parse_timestamp(item) for item in value
            ]
        if (value := data.get("secret")) is not None:
            kwargs["secret"] = value
        if (value := data.get("from")) is not None:
            kwargs["from_"] = value
        if (value := data.get("class")) is not None:
            kwargs["class_"] = value
        if (value := data.get("kindsByName")) is not None:
            kwargs["kinds_by_name"] = {
                key: None if item is None else open_enum(ThingKind, item)
                for key, item in value.items()
            }
        return cls(**kwargs)

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.kind is not None:
            data["kind"] = self.kind
        if self.count is not None:
            data["count"] = self.count
        if self.size is not None:
            data["size"] = self.size
        if self.ratio is not None:
            data["ratio"] = float_to_wire(self.ratio)
        if self.weight is not None:
            data["weight"] = float_to_wire(self.weight)
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.created_at is not None:
            data["createdAt"] = timestamp_to_epoch(self.created_at)
        if self.payload is not None:
            data["payload"] = blob_to_wire(self.payload)
        if self.tags is not None:
            data["tags"] = self.tags
        if self.labels is not None:
            data["labels"] = self.labels
        if self.children is not None:
            data["children"] = [item.to_wire() for item in self.children]
        if self.attributes is not None:
            data["attributes"] = {
                key: item.to_wire() for key, item in self.attributes.items()
            }
        if self.history is not None:
            data["history"] = [timestamp_to_epoch(item) for item in self.history]
        if self.secret is not None:
            data["secret"] = self.secret
        if self.from_ is not None:
            data["from"] = self.from_
        if self.class_ is not None:
            data["class"] = self.class_
        if self.kinds_by_name is not None:
            data["kindsByName"] = self.kinds_by_name
        return data


ThingDict = TypedDict(
    "ThingDict",
    {
        "name": "Required[str]",
        "kind": "ThingKind | str",
        "count": "int",
        "size": "int",
        "ratio": "float",
        "weight": "float",
        "enabled": "bool",
        "createdAt": "datetime",
        "payload": "bytes",
        "tags": "dict[str, str]",
        "labels": "list[str]",
        "children": "Sequence[ThingDict]",
        "attributes": "Mapping[str, AttributeDict]",
        "history": "list[datetime]",
        "secret": "str",
        "from": "str",
        "class": "str",
        "kindsByName": "dict[str, ThingKind | str]",
    },
    total=False,
)
"""The dict client methods accept for `Thing`, keys as in the model."""
