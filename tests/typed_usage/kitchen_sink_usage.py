"""Typed use of the kitchen-sink fixture's client: recursive shapes, maps, enums,
blobs and timestamps. Checked, never run, by test_typing.py."""

from __future__ import annotations

from datetime import datetime
from typing import assert_type

from kitchen_sink import Client
from kitchen_sink.shapes import Attribute, Edge, Node, Thing, ThingKind


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
