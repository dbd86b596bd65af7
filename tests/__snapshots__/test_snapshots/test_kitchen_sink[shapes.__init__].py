"""Every Kitchen Sink structure and enum, by its model name (and the TypedDict of
each structure client methods accept as a dict: ``XDict`` for ``X``).

Each lives in a module of its own, imported on first use, so that importing this package
costs nothing until a shape is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribute import Attribute as Attribute
    from .attribute import AttributeDict as AttributeDict
    from .delete_thing_request import DeleteThingRequest as DeleteThingRequest
    from .edge import Edge as Edge
    from .edge import EdgeDict as EdgeDict
    from .get_graph_request import GetGraphRequest as GetGraphRequest
    from .get_graph_result import GetGraphResult as GetGraphResult
    from .list_things_request import ListThingsRequest as ListThingsRequest
    from .list_things_result import ListThingsResult as ListThingsResult
    from .node import Node as Node
    from .node import NodeDict as NodeDict
    from .ping_result import PingResult as PingResult
    from .put_thing_request import PutThingRequest as PutThingRequest
    from .put_thing_result import PutThingResult as PutThingResult
    from .thing import Thing as Thing
    from .thing import ThingDict as ThingDict
    from .thing_kind import ThingKind as ThingKind

_MODULES = {
    "Attribute": "attribute",
    "AttributeDict": "attribute",
    "DeleteThingRequest": "delete_thing_request",
    "Edge": "edge",
    "EdgeDict": "edge",
    "GetGraphRequest": "get_graph_request",
    "GetGraphResult": "get_graph_result",
    "ListThingsRequest": "list_things_request",
    "ListThingsResult": "list_things_result",
    "Node": "node",
    "NodeDict": "node",
    "PingResult": "ping_result",
    "PutThingRequest": "put_thing_request",
    "PutThingResult": "put_thing_result",
    "Thing": "thing",
    "ThingDict": "thing",
    "ThingKind": "thing_kind",
}

__all__ = [
    "Attribute",
    "AttributeDict",
    "DeleteThingRequest",
    "Edge",
    "EdgeDict",
    "GetGraphRequest",
    "GetGraphResult",
    "ListThingsRequest",
    "ListThingsResult",
    "Node",
    "NodeDict",
    "PingResult",
    "PutThingRequest",
    "PutThingResult",
    "Thing",
    "ThingDict",
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
