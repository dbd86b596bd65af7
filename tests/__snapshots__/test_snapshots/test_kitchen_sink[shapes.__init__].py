"""Every Kitchen Sink structure and enum, by its model name.

Each lives in a module of its own, imported on first use, so that importing this package
costs nothing until a shape is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribute import Attribute as Attribute
    from .delete_thing_request import DeleteThingRequest as DeleteThingRequest
    from .edge import Edge as Edge
    from .get_graph_request import GetGraphRequest as GetGraphRequest
    from .get_graph_result import GetGraphResult as GetGraphResult
    from .list_things_request import ListThingsRequest as ListThingsRequest
    from .list_things_result import ListThingsResult as ListThingsResult
    from .node import Node as Node
    from .ping_result import PingResult as PingResult
    from .put_thing_request import PutThingRequest as PutThingRequest
    from .put_thing_result import PutThingResult as PutThingResult
    from .thing import Thing as Thing
    from .thing_kind import ThingKind as ThingKind

_MODULES: dict[str, str] = {
    "Attribute": "attribute",
    "DeleteThingRequest": "delete_thing_request",
    "Edge": "edge",
    "GetGraphRequest": "get_graph_request",
    "GetGraphResult": "get_graph_result",
    "ListThingsRequest": "list_things_request",
    "ListThingsResult": "list_things_result",
    "Node": "node",
    "PingResult": "ping_result",
    "PutThingRequest": "put_thing_request",
    "PutThingResult": "put_thing_result",
    "Thing": "thing",
    "ThingKind": "thing_kind",
}

__all__: list[str] = [
    "Attribute",
    "DeleteThingRequest",
    "Edge",
    "GetGraphRequest",
    "GetGraphResult",
    "ListThingsRequest",
    "ListThingsResult",
    "Node",
    "PingResult",
    "PutThingRequest",
    "PutThingResult",
    "Thing",
    "ThingKind",
]


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
