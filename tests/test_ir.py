"""The intermediate representation: names, types, requiredness, imports, decided once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import KITCHEN_SINK_MODEL, LIGHTSAIL_MODEL, REST_JSON_SINK_MODEL, ROUTING_MODEL

from generator.build import build_service
from generator.ir import Binding, EventStream, Paginator, Service, Structure
from generator.loader import load_model
from generator.types import Import


@pytest.fixture(scope="module")
def lightsail() -> Service:
    return build_service(load_model(LIGHTSAIL_MODEL))


@pytest.fixture(scope="module")
def sink() -> Service:
    return build_service(load_model(KITCHEN_SINK_MODEL))


def structure(service: Service, name: str) -> Structure:
    return next(s for s in service.structures if s.name == name)


def test_service_metadata(lightsail: Service) -> None:
    assert lightsail.package == "lightsail"
    assert lightsail.client_class == "LightsailClient"
    assert lightsail.base_error == "LightsailError"
    assert lightsail.protocol.name == "json"
    assert lightsail.protocol.setup == 'JsonProtocol(json_version="1.1")'
    assert lightsail.has_endpoint_rules


def test_operation_of_register_container_image(lightsail: Service) -> None:
    op = next(o for o in lightsail.operations if o.name == "RegisterContainerImage")
    assert op.method == "register_container_image"
    assert op.target == "Lightsail_20161128.RegisterContainerImage"
    assert (op.http_method, op.request_uri) == ("POST", "/")
    assert op.input is not None and op.output is not None
    assert [m.name for m in op.input.members] == ["service_name", "label", "digest"]
    assert all(m.required for m in op.input.members)
    assert [e.class_name for e in op.errors] == [
        "ServiceException",
        "InvalidInputException",
        "NotFoundException",
        "AccessDeniedException",
        "UnauthenticatedException",
        "RegionSetupInProgressException",
    ]


def test_every_operation_is_built_with_unique_methods(lightsail: Service) -> None:
    methods = [op.method for op in lightsail.operations]
    assert len(methods) == len(set(methods)) == len(lightsail.operations) >= 161


def test_output_shapes_are_lenient_about_required_members(lightsail: Service) -> None:
    # BucketCorsRule marks members required but comes back in responses: parsing must
    # not fail when the service leaves one out, so no member is required there.
    cors_rule = structure(lightsail, "BucketCorsRule")
    assert [m.name for m in cors_rule.members if m.model_required] == [
        "allowed_methods",
        "allowed_origins",
    ]
    assert not any(m.required for m in cors_rule.members)


def test_member_types_and_conversions(sink: Service) -> None:
    thing = {m.wire_name: m for m in structure(sink, "Thing").members}
    assert str(thing["createdAt"].type) == "datetime"
    assert str(thing["createdAt"].to_wire) == "timestamp_to_epoch(self.created_at)"
    assert str(thing["createdAt"].to_dict) == "self.created_at"
    assert str(thing["payload"].type) == "bytes"
    assert str(thing["payload"].from_wire) == "blob_from_wire(value)"
    assert str(thing["kind"].type) == "ThingKind | str"
    assert str(thing["kind"].from_wire) == "open_enum(ThingKind, value)"
    assert str(thing["children"].type) == "list[Thing]"
    assert str(thing["children"].from_wire) == (
        "[None if item is None else Thing.from_wire(item) for item in value]"
    )
    assert str(thing["tags"].type) == "dict[str, str]"
    assert str(thing["tags"].from_wire) == "value"
    assert not thing["tags"].converts_from_wire and thing["children"].converts_from_wire
    assert str(thing["history"].to_wire) == "[timestamp_to_epoch(item) for item in self.history]"
    assert str(thing["kindsByName"].type) == "dict[str, ThingKind | str]"


def test_types_and_conversions_report_their_imports(sink: Service) -> None:
    thing = {m.wire_name: m for m in structure(sink, "Thing").members}
    assert thing["createdAt"].type.imports == {Import("datetime", "datetime")}
    assert thing["createdAt"].to_wire.imports == {Import("._runtime.values", "timestamp_to_epoch")}
    assert thing["createdAt"].to_dict.imports == frozenset()
    assert thing["kindsByName"].type.imports == {Import(".shapes.thing_kind", "ThingKind")}
    assert thing["kind"].from_wire.imports == {
        Import("._runtime.values", "open_enum"),
        Import(".shapes.thing_kind", "ThingKind"),
    }
    assert thing["tags"].type.imports == frozenset()


def test_imports_come_from_what_the_module_uses(sink: Service) -> None:
    attribute = structure(sink, "Attribute")
    assert attribute.imports == [
        "from collections.abc import Mapping",
        "from dataclasses import dataclass",
        "from datetime import datetime",
        "from typing import Any, ClassVar, Required, TypedDict",  # its TypedDict
        "",
        "from .._runtime.shapes import Rule, Shape",
        "from .._runtime.values import parse_timestamp, timestamp_to_epoch",
    ]


def test_structures_inputs_hold_get_a_typed_dict(sink: Service) -> None:
    thing = structure(sink, "Thing")
    assert thing.dict_class == "ThingDict"
    assert str(thing.dict_fields["name"]) == "Required[str]"
    assert str(thing.dict_fields["children"]) == "Sequence[ThingDict]"
    request = structure(sink, "PutThingRequest")
    assert request.dict_class == ""  # its members are the method's arguments
    arguments = {m.wire_name: m for m in request.members}
    assert str(arguments["thing"].argument_type) == "Thing | ThingDict"
    assert str(arguments["thing"].type) == "Thing"
    put = next(op for op in sink.operations if op.name == "PutThing")
    assert put.dict_arguments
    assert sink.shape_exports["ThingDict"] == sink.shape_exports["Thing"] == "thing"
def test_python_keywords_are_escaped_and_wire_names_kept(sink: Service) -> None:
    thing = {m.wire_name: m.name for m in structure(sink, "Thing").members}
    assert thing["from"] == "from_"
    assert thing["class"] == "class_"


def test_sensitive_members_are_marked(sink: Service) -> None:
    thing = structure(sink, "Thing")
    assert thing.sensitive
    assert [m.wire_name for m in thing.members if m.sensitive] == ["secret"]


def test_validation_rules(sink: Service) -> None:
    request = {m.wire_name: str(m.rule) for m in structure(sink, "PutThingRequest").members}
    assert request["thing"] == 'Rule("thing", "Thing", required=True)'  # a structure's class
    rule = next(m.rule for m in structure(sink, "PutThingRequest").members if m.name == "thing")
    assert {i.name for i in rule.imports} == {"Rule", "Thing"}  # the runtime looks Thing up
    thing = {m.wire_name: str(m.rule) for m in structure(sink, "Thing").members}
    assert thing["name"] == 'Rule("name", "string", required=True, min=1)'
    assert thing["labels"] == 'Rule("labels", "list", min=1, item=Rule("", "string"))'
    assert thing["count"] == 'Rule("count", "integer", min=0)'


def test_reference_cycles_use_late_imports(sink: Service) -> None:
    node, edge = structure(sink, "Node"), structure(sink, "Edge")
    assert node.late_imports == ["from .edge import Edge, EdgeDict"]
    assert edge.late_imports == ["from .node import Node, NodeDict"]
    assert not any("import Edge" in line for line in node.imports)
    # A shape that only refers to itself needs no import at all.
    assert "from .thing import Thing" not in structure(sink, "Thing").imports


def test_wire_methods_only_where_a_request_or_response_holds_the_shape(sink: Service) -> None:
    # Thing is sent and received, with a blob inside (base64 on the wire, bytes in dicts).
    thing = structure(sink, "Thing")
    assert (thing.from_wire, thing.to_wire) == ("method", "method")
    # Attribute holds a timestamp: written as epoch seconds, read like a dict.
    attribute = structure(sink, "Attribute")
    assert (attribute.from_wire, attribute.to_wire) == ("alias", "method")
    # Requests are never read, results never written.
    assert structure(sink, "DeleteThingRequest").from_wire == ""
    assert structure(sink, "DeleteThingRequest").to_wire == "alias"
    assert structure(sink, "PingResult").to_wire == ""
    assert structure(sink, "PingResult").from_wire == "alias"


def test_undocumented_structures_say_what_they_are(sink: Service) -> None:
    assert structure(sink, "DeleteThingRequest").doc == (
        "The arguments of the ``DeleteThing`` operation."
    )
    assert structure(sink, "PingResult").doc == "The result of the ``Ping`` operation."
    assert structure(sink, "Edge").doc == "Found in ``Node.edges``."


def test_error_shapes(sink: Service) -> None:
    errors = {e.name: e for e in sink.errors}
    not_found = errors["ThingNotFoundException"]
    assert not_found.code == "ThingNotFoundException"
    # `.code` is the error code; the modelled `code` member gets a name of its own and
    # the modelled message is the error's message.
    assert [m.name for m in not_found.members] == ["code_member", "resource_name"]
    assert [m.name for m in errors["ValidationProblem"].members] == [
        "fields",
        "retry_after",
        "conflicts",
    ]


def paginator(service: Service, operation: str) -> Paginator:
    op = next(o for o in service.operations if o.name == operation)
    assert op.paginator is not None
    return op.paginator


def test_paginator(sink: Service) -> None:
    # Tokens and keys are the model's names: botocore's paginator sends and reads them.
    p = paginator(sink, "ListThings")
    assert (p.input_tokens, p.output_tokens, p.result_keys) == (
        ["pageToken"], ["nextPageToken"], ["things"]
    )
    assert str(p.item_type) == "Thing"
    assert p.limit_key == "max_results"
    assert (p.limit_member, p.limit_type) == ("maxResults", "integer")
    # paginate() takes the other members; the token and the limit are its own business.
    assert [m.name for m in p.parameters] == ["kind"]
    assert (p.max_items, p.page_size, p.starting_token) == ("max_items", "page_size",
                                                            "starting_token")
    assert str(p.items) == "page.things"
    assert str(p.iterator) == "PageIterator[ListThingsResult, Thing]"
    # GetGraph's paginator names no result_key: it is left out, and said so.
    assert [o.name for o in sink.paginated] == [
        "GetReport", "ListThings", "ListVersions", "QueryThings",
    ]
    assert sink.omitted == [
        "The paginator of GetGraph is left out: it names no result_key, which botocore's "
        "paginator needs.",
        "The waiter Unheard is left out: botocore's waiter has no 'pathNone' matcher.",
    ]


def test_paginator_with_two_tokens_more_results_and_two_lists(sink: Service) -> None:
    p = paginator(sink, "ListVersions")
    assert p.input_tokens == ["keyMarker", "versionMarker"]
    assert p.output_tokens == ["nextKeyMarker", "nextVersionMarker"]
    assert p.more_results == "isTruncated"
    assert p.non_aggregate_keys == ["thingName", "owner.name"]
    # Two result lists: no .items(), pages only.
    assert p.result_keys == ["versions", "deleteMarkers"]
    assert (p.item_type, p.items) == (None, None)
    assert str(p.iterator) == "Pages[ListVersionsResult]"
    # The limit key (maxItems) is not an argument, so max_items is free; the member
    # pageSize keeps its name and the option yields.
    assert [m.name for m in p.parameters] == ["thing_name", "page_size"]
    assert (p.max_items, p.page_size) == ("max_items", "page_size_")


def test_paginator_with_map_tokens_and_counts(sink: Service) -> None:
    p = paginator(sink, "QueryThings")
    assert (p.input_tokens, p.output_tokens) == (["exclusiveStartKey"], ["lastEvaluatedKey"])
    # Counts are summed by build_full_result; the one list is what .items() yields.
    assert p.result_keys == ["things", "count", "scannedCount"]
    assert str(p.item_type) == "Thing" and str(p.items) == "page.things"
    assert p.non_aggregate_keys == ["consumed"]


def test_paginator_with_keys_inside_a_structure(sink: Service) -> None:
    p = paginator(sink, "GetReport")
    assert (p.output_tokens, p.result_keys) == (["report.nextToken"], ["report.rows"])
    assert str(p.item_type) == "str"
    assert str(p.items) == "page.report.rows if page.report is not None else None"
    assert (p.limit_key, p.limit_type) == ("page_size", "string")
    assert [m.name for m in p.parameters] == ["report_id"]


def test_waiters(sink: Service) -> None:
    assert [w.waiter_name for w in sink.waiters] == [
        "parts_ready", "pinged", "thing_gone", "thing_ready",
    ]
    ready = next(w for w in sink.waiters if w.name == "ThingReady")
    assert ready.class_name == "ThingReadyWaiter"
    assert ready.operation.method == "describe_thing"
    assert (ready.delay, ready.max_attempts) == (2, 4)
    assert [(a.state, a.matcher, a.expected, a.argument) for a in ready.acceptors] == [
        ("success", "path", '"READY"', '"status"'),
        ("failure", "path", '"BROKEN"', '"status"'),
        ("retry", "error", '"ThingNotFoundException"', ""),
    ]
    assert ready.summary == "Wait until a thing is READY."
    assert "- retry when the service answers with the error\n  ``ThingNotFoundException``" in (
        ready.doc
    )
    gone = next(w for w in sink.waiters if w.name == "ThingGone")
    assert [a.expected for a in gone.acceptors] == ['"ThingNotFoundException"', "True", "False"]
    pinged = next(w for w in sink.waiters if w.name == "Pinged")
    assert pinged.operation.input is None
    assert pinged.summary == "Waits for the Pinged state of ``ping``."


def test_lightsail_paginators(lightsail: Service) -> None:
    assert len(lightsail.paginated) == 20


def test_operation_docstring_is_google_style(sink: Service) -> None:
    op = next(o for o in sink.operations if o.name == "PutThing")
    assert op.doc.startswith("Stores a ``Thing``.")
    assert "Args:\n    thing: Required. The thing to store." in op.doc
    assert "Returns:\n    PutThingResult:" in op.doc
    assert "Raises:\n    ThingNotFoundException: No thing has that name." in op.doc


def test_service_without_endpoint_rules(sink: Service) -> None:
    assert not sink.has_endpoint_rules
    assert sink.endpoint_rule_set_json == ""
    assert sink.package == "kitchen_sink"
    assert sink.protocol.setup == 'JsonProtocol(json_version="1.0")'


# -- endpoints and idempotency tokens (the routing fixture) --------------------------------


@pytest.fixture(scope="module")
def routing() -> Service:
    return build_service(load_model(ROUTING_MODEL))


def test_endpoint_bindings_as_botocore_binds_them(routing: Service) -> None:
    ops = {op.name: op for op in routing.operations}
    # A constant the rule set does not declare is left out; a constant beats the member
    # bound to the same parameter.
    assert ops["Search"].endpoint_params == {"Mode": '"search"'}
    assert ops["Search"].endpoint_inputs == {}
    assert {k: str(v) for k, v in ops["PutThing"].endpoint_inputs.items()} == {
        "ThingName": "request.name"}
    assert {k: str(v) for k, v in ops["Describe"].endpoint_inputs.items()} == {
        "ThingName": "request.name",
        "Names": "search_input('Filters[*].Name', request)",
    }
    assert (ops["GetShard"].host_prefix, ops["GetShard"].host_labels) == (
        "{ShardId}.shards.", {"ShardId": "request.shard_id"})
    assert (ops["Ping"].host_prefix, ops["Ping"].host_labels) == ("ping-", {})
    assert "from .._runtime.endpoints import EndpointInputs, search_input" in (
        ops["Describe"].imports)


def test_idempotency_tokens_are_filled_and_optional(routing: Service) -> None:
    put = next(op for op in routing.operations if op.name == "PutThing")
    assert put.idempotency_tokens == ["token_", "other_token"]
    token = next(m for m in structure(routing, "PutThingRequest").members if m.name == "token_")
    assert (token.required, token.model_required) == (False, True)


def test_rest_json_bindings() -> None:
    """What the rest-json sink's operations bind where, as the runtime reads it."""
    service = build_service(load_model(REST_JSON_SINK_MODEL))
    assert service.protocol.setup == "RestJsonProtocol()"
    put, post = (next(op for op in service.operations if op.name == name)
                 for name in ("PutThing", "PostText"))
    bindings = {b.key: b for b in put.bindings}
    assert bindings["Key"] == Binding("Key", "uri", "string")
    assert bindings["x-amz-since-epoch"] == Binding(
        "x-amz-since-epoch", "header", "timestamp", format="unixtimestamp"
    )
    assert bindings["x-amz-moments"] == Binding("x-amz-moments", "header", "list", "timestamp")
    assert bindings["x-amz-attributes"].kind == "jsonvalue"
    assert bindings["Filters"] == Binding("Filters", "querystring", "map", "list")
    assert bindings["Body"] == Binding("Body", "payload", "structure")
    assert (put.host_prefix, put.host_labels) == (
        "{AccountId}.data.", {"AccountId": "request.account_id"})
    assert put.idempotency_tokens == ["token_"]
    assert not put.json_body and not put.streaming_output
    assert [b.location for b in put.result_bindings][:2] == ["statusCode", "header"]
    assert post.bindings[-1] == Binding("Text", "payload", "string")
    # Dicts are keyed by the model's names, the wire by the location names.
    request = structure(service, "PutThingRequest")
    since = next(m for m in request.members if m.name == "since")
    assert (since.dict_key, since.wire_name) == ("Since", "If-Modified-Since")
    assert since.to_wire.code == "self.since"  # formatted by the runtime, not converted
    assert request.to_wire == "method"
    attributes = next(m for m in request.members if m.name == "attributes")
    assert str(attributes.type) == "Any"
    throttled = next(e for e in service.errors if e.name == "ThrottledException")
    assert throttled.bindings == [Binding("Retry-After", "header", "integer")]


def test_what_the_readme_shows_is_decided_in_the_ir(lightsail: Service, tmp_path: Path) -> None:
    """The README's examples call the first operation taking arguments; its sections on
    streaming payloads and event streams list the operations they are about."""
    assert lightsail.example is not None and lightsail.example.name == "AllocateStaticIp"
    assert (lightsail.streamed, lightsail.evented) == ([], [])
    assert build_service(load_model(KITCHEN_SINK_MODEL.parent / "degenerate")).example is None
    corners = build_service(load_model(KITCHEN_SINK_MODEL.parent / "corners"))
    assert [op.name for op in corners.evented] == ["Subscribe"]
    model = json.loads((REST_JSON_SINK_MODEL / "service-2.json").read_text(encoding="utf-8"))
    model["shapes"]["GetThingResponse"]["payload"] = "Data"
    (tmp_path / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    streaming = build_service(load_model(tmp_path))
    assert [op.name for op in streaming.streamed] == ["GetThing"]
    assert streaming.example is not None and streaming.example.name == "GetThing"


def test_an_output_event_stream_is_decided_in_the_ir(tmp_path: Path) -> None:
    """corners (json): Subscribe's result streams its events after an initial-response;
    Publish sends an event stream, which stays unsupported and says so. An event's blob
    ``eventpayload`` is read raw, not as base64."""
    path = KITCHEN_SINK_MODEL.parent / "corners" / "service-2.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    shapes = model["shapes"]
    shapes["EventStream"]["members"]["chunk"] = {"shape": "Chunk"}
    shapes["EventStream"]["members"]["failed"] = {"shape": "Failed"}
    shapes["Chunk"] = {"type": "structure", "event": True,
                       "members": {"bytes": {"shape": "Blob", "eventpayload": True}}}
    shapes["Failed"] = {"type": "structure", "exception": True,
                        "error": {"code": "FailedCode"}, "members": {}}
    (tmp_path / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    service = build_service(load_model(tmp_path))
    operations = {op.name: op for op in service.operations}
    stream = operations["Subscribe"].event_stream
    assert stream == EventStream(
        key="events",
        events={"tick": ("", ""), "chunk": ("bytes", "blob")},
        exceptions={"failed": "FailedCode"},
        initial_response=True,
    )
    assert operations["Subscribe"].unsupported == ""
    assert operations["Publish"].event_stream is None
    assert operations["Publish"].unsupported.startswith("Publish sends an event stream")
    events = structure(service, "SubscribeResult").members[0]
    assert (str(events.type), events.from_wire.code) == (
        "EventStream[EventStream_]", "value.typed(EventStream_.from_wire)"
    )
    assert structure(service, "Chunk").members[0].from_wire.code == "value"


@pytest.mark.parametrize(("change", "message"), [
    ({"Tick": {"type": "structure", "event": True,
               "members": {"at": {"shape": "String", "eventheader": True}}}},
     "Subscribe streams events with header members (eventheader), which botocore-codegen "
     "does not support yet"),
    ({"SubscribeResult": {"type": "structure", "members": {
        "events": {"shape": "EventStream"}, "name": {"shape": "String"}}}},
     "Subscribe returns members in its event stream's initial-response, which "
     "botocore-codegen does not support yet"),
])
def test_an_event_stream_the_runtime_cannot_read_is_said(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    path = KITCHEN_SINK_MODEL.parent / "corners" / "service-2.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    model["shapes"].update(change)
    (tmp_path / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    service = build_service(load_model(tmp_path))
    subscribe = next(op for op in service.operations if op.name == "Subscribe")
    assert (subscribe.unsupported, subscribe.event_stream) == (message, None)
