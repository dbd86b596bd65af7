"""Typed use of the kitchen-sink fixture's client: recursive shapes, maps, enums,
blobs and timestamps, paginators in every form and waiters. Checked, never run, by
test_typing.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any, assert_type

from kitchen_sink import Client
from kitchen_sink._runtime.pagination import PaginationConfig
from kitchen_sink._runtime.waiters import WaiterConfig, WaiterError
from kitchen_sink.shapes import (
    Attribute,
    Edge,
    GetReportResult,
    KeyValue,
    ListVersionsResult,
    Node,
    QueryThingsResult,
    Thing,
    ThingKind,
)


def graph(client: Client) -> list[str]:
    leaf = Node(id="leaf")
    root = Node(id="root", edges=[Edge(weight=0.5, target=leaf), Edge(target=Node(id="x"))])
    result = client.get_graph(root=root)
    assert_type(result.root, Node | None)
    ids: list[str] = []
    node = result.root
    while node is not None and node.edges:
        edge = node.edges[0]
        assert_type(edge, Edge)
        assert_type(edge.target, Node | None)
        if node.id is not None:
            ids.append(node.id)
        node = edge.target
    return ids


def things(client: Client) -> None:
    thing = Thing(
        name="t",
        kind=ThingKind.EXTRA_LARGE,
        children=[Thing(name="child", children=[])],
        attributes={"a": Attribute(value="v", updated_at=datetime(2024, 1, 1))},
        payload=b"\x00\x01",
        kinds_by_name={"x": "a kind the model does not list"},
    )
    client.put_thing(thing=thing, dry_run=True)
    for item in client.get_paginator("list_things").paginate().items():
        assert_type(item, Thing)
        assert_type(item.children, list[Thing] | None)
        assert_type(item.history, list[datetime] | None)


def pages(client: Client) -> str | None:
    config: PaginationConfig = {"MaxItems": 10, "PageSize": 5}
    query = client.get_paginator("query_things").paginate(kind="small", PaginationConfig=config)
    for page in query:
        assert_type(page, QueryThingsResult)
        assert_type(page.last_evaluated_key, dict[str, KeyValue] | None)
    for thing in query.items():
        assert_type(thing, Thing)
    full = query.build_full_result()
    assert_type(full, dict[str, Any])
    assert_type(query.resume_token, str | None)
    # Two result lists: pages, no .items().
    versions = client.get_paginator("list_versions").paginate(
        thing_name="box", max_items=3, page_size_=2, starting_token=query.resume_token
    )
    for version_page in versions:
        assert_type(version_page, ListVersionsResult)
    assert_type(versions.non_aggregate_part, dict[str, Any])
    report = client.get_paginator("get_report").paginate(report_id="r", page_size=5)
    for row in report.items():
        assert_type(row, str)
    for report_page in report:
        assert_type(report_page, GetReportResult)
    return query.resume_token


def waiters(client: Client) -> None:
    config: WaiterConfig = {"Delay": 1, "MaxAttempts": 3}
    try:
        client.get_waiter("thing_ready").wait(name="box", WaiterConfig=config)
        client.get_waiter("pinged").wait()
    except WaiterError as error:
        assert_type(error.last_response, dict[str, Any])
    assert_type(client.waiter_names, list[str])
