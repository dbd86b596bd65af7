"""Every Kitchen Sink structure and enum, by its model name (and the TypedDict of
each structure client methods accept as a dict: ``XDict`` for ``X``).

Each lives in a module of its own, imported on first use, so that importing this package
costs nothing until a shape is needed. Type checkers read the names from
``__init__.pyi``: importing them here, even under ``TYPE_CHECKING``, made this module
cost several times more to load.
"""

from __future__ import annotations

import functools
import importlib

# Each name and its module, one pair a line: one string is cheaper to load than a dict
# of 2 strings an entry, and importing this package is on every client's first call.
_TABLE = """
Attribute attribute
AttributeDict attribute
Consumed consumed
DeleteThingRequest delete_thing_request
DescribeThingRequest describe_thing_request
DescribeThingResult describe_thing_result
Edge edge
EdgeDict edge
GetGraphRequest get_graph_request
GetGraphResult get_graph_result
GetReportRequest get_report_request
GetReportResult get_report_result
KeyValue key_value
KeyValueDict key_value
ListThingsRequest list_things_request
ListThingsResult list_things_result
ListVersionsRequest list_versions_request
ListVersionsResult list_versions_result
Node node
NodeDict node
Owner owner
Part part
PingResult ping_result
PutThingRequest put_thing_request
PutThingResult put_thing_result
QueryThingsRequest query_things_request
QueryThingsResult query_things_result
Report report
Thing thing
ThingDict thing
ThingKind thing_kind
ThingStatus thing_status
Version version
"""


@functools.cache
def _modules() -> dict[str, str]:
    pairs = (line.split() for line in _TABLE.splitlines() if line)
    return {name: module for name, module in pairs}


def __getattr__(name: str) -> object:
    if name == "__all__":
        return list(_modules())
    module = _modules().get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_modules())
