"""Model validation: every bad input is a one-line ModelError naming the file and the JSON
path, raised before anything is rendered."""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import botocore
import pytest
from conftest import KITCHEN_SINK_MODEL, LIGHTSAIL_MODEL

from generator.loader import ModelError, child, load_model

Model = dict[str, Any]
SINK: Model = json.loads((KITCHEN_SINK_MODEL / "service-2.json").read_text(encoding="utf-8"))
SINK_PAGINATORS: Model = json.loads(
    (KITCHEN_SINK_MODEL / "paginators-1.json").read_text(encoding="utf-8")
)


def write_model(
    directory: Path, service: Model | str, paginators: Model | str | None = None
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, document in (("service-2.json", service), ("paginators-1.json", paginators)):
        if document is not None:
            text = document if isinstance(document, str) else json.dumps(document)
            (directory / name).write_text(text, encoding="utf-8")
    return directory


def error_of(directory: Path) -> str:
    with pytest.raises(ModelError) as raised:
        load_model(directory)
    message = str(raised.value)
    assert "\n" not in message
    return message


def sink_error(tmp_path: Path, change: Callable[[Model], object]) -> str:
    """The error for the kitchen-sink model after ``change`` (given a deep copy)."""
    model = copy.deepcopy(SINK)
    change(model)
    return error_of(write_model(tmp_path, model, SINK_PAGINATORS))


def at(tmp_path: Path) -> Path:
    """The service file of a model written into ``tmp_path``."""
    return tmp_path / "service-2.json"


# -- the file -------------------------------------------------------------------------


def test_not_json(tmp_path: Path) -> None:
    write_model(tmp_path, '{"metadata": ')
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $: not valid JSON: Expecting value: line 1 column 14 (char 13)"
    )


def test_not_an_object(tmp_path: Path) -> None:
    write_model(tmp_path, "[1, 2]")
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $: expected a JSON object at the top level"
    )


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "service-2.json").write_bytes(b'{"a": "\xff"}')
    assert error_of(tmp_path).startswith(f"{at(tmp_path)}: $: not valid JSON: ")


def test_nested_too_deeply(tmp_path: Path) -> None:
    write_model(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert error_of(tmp_path) == f"{at(tmp_path)}: $: not valid JSON: nested too deeply"


def test_corrupt_gzip(tmp_path: Path) -> None:
    (tmp_path / "service-2.json.gz").write_bytes(b"not gzip at all")
    assert error_of(tmp_path) == (
        f"{tmp_path / 'service-2.json.gz'}: $: cannot read: Not a gzipped file (b'no')"
    )


def test_gzipped_model_loads(tmp_path: Path) -> None:
    (tmp_path / "service-2.json.gz").write_bytes(gzip.compress(json.dumps(SINK).encode()))
    loaded, sink = load_model(tmp_path), load_model(KITCHEN_SINK_MODEL)
    assert loaded.source == tmp_path / "service-2.json.gz"
    assert (loaded.shapes, loaded.operations) == (sink.shapes, sink.operations)


def test_missing_model_directory(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nowhere") == (
        f"{tmp_path / 'nowhere'}: $: no such file or directory"
    )


def test_directory_without_a_model(tmp_path: Path) -> None:
    assert error_of(tmp_path) == f"{tmp_path}: $: no service-2.json or service-2.json.gz found"


# -- duplicate keys (json.loads would silently keep the last) ---------------------------


def test_duplicate_operation_names(tmp_path: Path) -> None:
    # A second "Ping" before the real one: json.loads alone would quietly keep the last.
    text = json.dumps(SINK).replace('"PutThing": {', '"Ping": {"name": "Ping"}, "PutThing": {', 1)
    write_model(tmp_path, text, SINK_PAGINATORS)
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $.operations.Ping: duplicate key 'Ping': JSON keeps "
        "only the last of the definitions, so the model is ambiguous"
    )


def test_duplicate_member_names(tmp_path: Path) -> None:
    text = json.dumps(SINK).replace(
        '"id": {"shape": "String"}', '"id": {"shape": "String"}, "id": {"shape": "Double"}'
    )
    write_model(tmp_path, text, SINK_PAGINATORS)
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $.shapes.Node.members.id: duplicate key 'id': JSON keeps "
        "only the last of the definitions, so the model is ambiguous"
    )


def test_duplicate_key_with_an_awkward_name(tmp_path: Path) -> None:
    write_model(tmp_path, '{"shapes": {"Foo-Bar": {"a": [{}, {"x\\ny": 1, "x\\ny": 2}]}}}')
    assert error_of(tmp_path) == (
        f'{at(tmp_path)}: $.shapes["Foo-Bar"].a[1]["x\\ny"]: duplicate key '
        "'x\\ny': JSON keeps only the last of the definitions, so the model is ambiguous"
    )


def test_duplicate_paginator(tmp_path: Path) -> None:
    entry = json.dumps(SINK_PAGINATORS["pagination"]["ListThings"])
    twice = f'{{"pagination": {{"ListThings": {entry}, "ListThings": {entry}}}}}'
    write_model(tmp_path, SINK, twice)
    assert error_of(tmp_path) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings: duplicate key "
        "'ListThings': JSON keeps only the last of the definitions, so the model is ambiguous"
    )


# -- service-2.json -----------------------------------------------------------------------


@pytest.mark.parametrize("key", ["metadata", "operations", "shapes"])
def test_missing_top_level_key(tmp_path: Path, key: str) -> None:
    message = sink_error(tmp_path, lambda m: m.pop(key))
    assert message == f"{at(tmp_path)}: $.{key}: missing or not an object"


def test_protocol_not_supported(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["metadata"].update(protocol="rest-xml"))
    assert message == (
        f"{at(tmp_path)}: $.metadata.protocol: protocol 'rest-xml' is not "
        "supported yet (supported: json, rest-json)"
    )


def test_json_among_the_listed_protocols_is_chosen_as_botocore_chooses(tmp_path: Path) -> None:
    # Like CodeBuild's model: smithy-rpc-v2-cbor first, json also listed.
    def listed(model: dict[str, Any]) -> None:
        model["metadata"].update(protocol="smithy-rpc-v2-cbor")
        model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor", "json"]

    model = copy.deepcopy(SINK)
    listed(model)
    loaded = load_model(write_model(tmp_path, model))
    assert loaded.metadata.protocol == "json"
    assert loaded.metadata.protocols == ("smithy-rpc-v2-cbor", "json")


def test_listed_protocols_none_supported(tmp_path: Path) -> None:
    def listed(model: dict[str, Any]) -> None:
        model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor", "query"]

    assert sink_error(tmp_path, listed) == (
        f"{at(tmp_path)}: $.metadata.protocols: protocol 'smithy-rpc-v2-cbor', 'query' is "
        "not supported yet (supported: json, rest-json)"
    )


def test_missing_protocol(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["metadata"].pop("protocol"))
    assert message == f"{at(tmp_path)}: $.metadata.protocol: missing; the model names no protocol"


def test_unknown_json_version(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["metadata"].update(jsonVersion="2.0"))
    assert message == (
        f"{at(tmp_path)}: $.metadata.jsonVersion: unknown JSON version '2.0' "
        "(expected 1.0 or 1.1)"
    )


def test_service_id_that_is_not_a_name(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["metadata"].update(serviceId="Kitchen/Sink"))
    assert message == (
        f"{at(tmp_path)}: $.metadata.serviceId: 'Kitchen/Sink' is not a service id "
        "(letters, digits, spaces, '-', '_' and '.')"
    )


def test_service_full_name_with_quotes(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["metadata"].update(serviceFullName='The """ one'))
    assert message == (
        f"{at(tmp_path)}: $.metadata.serviceFullName: serviceFullName 'The \"\"\" "
        "one' contains '\"'; names may not contain quotes, backslashes or control characters"
    )


def test_member_referencing_a_missing_shape(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"].pop("ThingName"))
    assert message == (
        f"{at(tmp_path)}: $.shapes.Thing.members.name.shape: references shape "
        "'ThingName', which does not exist"
    )


def test_list_member_referencing_a_missing_shape(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["EdgeList"].update(member={"shape": "X"}))
    assert message == (
        f"{at(tmp_path)}: $.shapes.EdgeList.member.shape: references shape 'X', "
        "which does not exist"
    )


def test_unknown_shape_type(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["Count"].update(type="decimal128"))
    assert message == f"{at(tmp_path)}: $.shapes.Count.type: unknown shape type 'decimal128'"


def test_shape_without_a_type(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["Count"].pop("type"))
    assert message == f"{at(tmp_path)}: $.shapes.Count.type: unknown shape type None"


def test_required_member_that_is_not_a_member(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["Thing"]["members"].pop("name"))
    assert message == (
        f"{at(tmp_path)}: $.shapes.Thing.required[0]: required member 'name' is "
        "not a member"
    )


def test_shape_name_with_a_quote(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"].update({'Bad"Name': {"type": "string"}}))
    assert message == (
        f'{at(tmp_path)}: $.shapes["Bad\\"Name"]: shape name \'Bad"Name\' contains '
        "'\"'; names may not contain quotes, backslashes or control characters"
    )


def test_member_name_with_a_newline(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["shapes"]["Node"]["members"]["a\nb"] = {"shape": "String"}

    assert sink_error(tmp_path, change) == (
        f'{at(tmp_path)}: $.shapes.Node.members["a\\nb"]: member name \'a\\nb\' '
        "contains '\\n'; names may not contain quotes, backslashes or control characters"
    )


def test_documentation_that_is_not_text(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"].update(documentation=["x"]))
    assert message == (
        f"{at(tmp_path)}: $.operations.Ping.documentation: documentation must be "
        "a string"
    )


def test_min_that_is_not_a_number(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["ThingName"].update(min="1"))
    assert message == f"{at(tmp_path)}: $.shapes.ThingName.min: expected a number, not '1'"


def test_unknown_timestamp_format(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["Timestamp"].update(timestampFormat="x"))
    assert message == (
        f"{at(tmp_path)}: $.shapes.Timestamp.timestampFormat: unknown timestamp "
        "format 'x'"
    )


def test_enum_value_with_a_line_break(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["ThingKind"]["enum"].append("a\u2028b"))
    assert message == (
        f"{at(tmp_path)}: $.shapes.ThingKind.enum[4]: enum value 'a\\u2028b' "
        "contains '\\u2028', a control or line-breaking character"
    )


def test_enum_that_is_not_a_list_of_strings(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["ThingKind"].update(enum=[1]))
    assert message == f"{at(tmp_path)}: $.shapes.ThingKind.enum: expected a list of strings"


def test_lists_that_contain_each_other(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["shapes"]["Outer"] = {"type": "list", "member": {"shape": "Inner"}}
        model["shapes"]["Inner"] = {"type": "map", "key": {"shape": "String"},
                                    "value": {"shape": "Outer"}}

    assert sink_error(tmp_path, change) == (
        f"{at(tmp_path)}: $.shapes.Outer: lists and maps contain each other with "
        "no structure in between, a type that cannot exist: Inner -> Outer -> Inner"
    )


def test_operation_name_differs_from_its_key(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"].update(name="Pong"))
    assert message == (
        f"{at(tmp_path)}: $.operations.Ping.name: name 'Pong' differs from its key"
    )


def test_operation_input_that_is_not_a_structure(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"].update(
        input={"shape": "String"}))
    assert message == f"{at(tmp_path)}: $.operations.Ping.input: must reference a structure"


def test_operation_output_that_is_an_error(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["operations"]["Ping"]["output"] = {"shape": "ThingNotFoundException"}

    assert sink_error(tmp_path, change) == (
        f"{at(tmp_path)}: $.operations.Ping.output: references "
        "'ThingNotFoundException', which is an error shape"
    )


def test_operation_error_that_is_not_a_structure(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"].update(
        errors=[{"shape": "Blob"}]))
    assert message == (
        f"{at(tmp_path)}: $.operations.Ping.errors[0]: must reference a structure"
    )


def test_error_code_with_a_quote(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["ValidationProblem"].update(
        error={"code": 'Bad"Code'}))
    assert message == (
        f"{at(tmp_path)}: $.shapes.ValidationProblem.error.code: error code "
        "'Bad\"Code' contains '\"'; names may not contain quotes, backslashes or control "
        "characters"
    )


# -- paginators-1.json ------------------------------------------------------------------


def paginator_error(tmp_path: Path, **config: Any) -> str:
    paginators = {"pagination": {"ListThings": {**SINK_PAGINATORS["pagination"]["ListThings"],
                                                **config}}}
    return error_of(write_model(tmp_path, SINK, paginators))


def test_paginator_with_a_missing_input_token(tmp_path: Path) -> None:
    assert paginator_error(tmp_path, input_token="cursor") == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings.input_token: names "
        "'cursor', which is not a member of the input"
    )


def test_paginator_with_a_missing_result_key(tmp_path: Path) -> None:
    assert paginator_error(tmp_path, result_key=["things", "widgets"]) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings.result_key: names "
        "'widgets', which is not a member of the output"
    )


def test_paginator_without_tokens(tmp_path: Path) -> None:
    paginators = {"pagination": {"ListThings": {"result_key": "things"}}}
    assert error_of(write_model(tmp_path, SINK, paginators)) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings: needs input_token and "
        "output_token"
    )


def test_paginator_for_a_missing_operation(tmp_path: Path) -> None:
    paginators = {"pagination": {"ListWidgets": SINK_PAGINATORS["pagination"]["ListThings"]}}
    assert error_of(write_model(tmp_path, SINK, paginators)) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListWidgets: operation 'ListWidgets' "
        "does not exist"
    )


def test_paginator_output_keys_may_be_jmespath_expressions(tmp_path: Path) -> None:
    # Kinesis's DescribeStream: "StreamDescription.Shards[-1].ShardId".
    paginators = {"pagination": {"ListThings": {
        **SINK_PAGINATORS["pagination"]["ListThings"],
        "output_token": "nextPageToken || things[-1].name",
        "more_results": "things[0].enabled",
        "non_aggregate_keys": ["things[0].kind"],
    }}}
    loaded = load_model(write_model(tmp_path, SINK, paginators))
    paginator = loaded.paginators["ListThings"]
    assert paginator.output_token == ("nextPageToken || things[-1].name",)
    assert paginator.more_results == "things[0].enabled"
    assert paginator.non_aggregate_keys == ("things[0].kind",)


def test_paginator_with_an_expression_that_is_not_jmespath(tmp_path: Path) -> None:
    # The rest of the message is jmespath's own.
    assert paginator_error(tmp_path, output_token="things[-1.name").startswith(
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings.output_token: "
        "'things[-1.name' is not a JMESPath expression: "
    )


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("more_results", "isTruncated", "names 'isTruncated', which is not a member of the output"),
    ("non_aggregate_keys", ["owner.name"], "names 'owner.name', which is not a member of the "
                                           "output"),
    ("limit_key", ["maxResults"], "expected a non-empty string, not ['maxResults']"),
])
def test_paginator_keys_are_checked(tmp_path: Path, key: str, value: Any, problem: str) -> None:
    assert paginator_error(tmp_path, **{key: value}) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings.{key}: {problem}"
    )


def test_paginator_input_token_that_is_not_a_string(tmp_path: Path) -> None:
    assert paginator_error(tmp_path, input_token=["pageToken", 3]) == (
        f"{tmp_path / 'paginators-1.json'}: $.pagination.ListThings.input_token[1]: expected "
        "a non-empty string, not 3"
    )


# -- waiters-2.json ---------------------------------------------------------------------

THING_GONE: Model = {
    "operation": "ListThings",
    "delay": 5,
    "maxAttempts": 3,
    "description": "Waits until no thing is left.",
    "acceptors": [
        {"state": "success", "matcher": "path", "argument": "length(things) == `0`",
         "expected": True},
        {"state": "retry", "matcher": "pathAny", "argument": "things[].kind",
         "expected": "small"},
        {"state": "failure", "matcher": "pathAll", "argument": "things[].name",
         "expected": "broken"},
        {"state": "retry", "matcher": "status", "expected": 500},
        {"state": "failure", "matcher": "error", "expected": "ValidationProblem"},
        {"state": "failure", "matcher": "error", "expected": True},
    ],
}


def write_waiters(directory: Path, waiters: Model | str) -> Path:
    write_model(directory, SINK, SINK_PAGINATORS)
    text = waiters if isinstance(waiters, str) else json.dumps(waiters)
    (directory / "waiters-2.json").write_text(text, encoding="utf-8")
    return directory


def waiter_error(tmp_path: Path, **change: Any) -> str:
    waiter = {**THING_GONE, **change}
    return error_of(write_waiters(tmp_path, {"version": 2, "waiters": {"ThingGone": waiter}}))


def acceptor_error(tmp_path: Path, **acceptor: Any) -> str:
    return waiter_error(tmp_path, acceptors=[acceptor])


def test_waiters_are_parsed_into_the_typed_model(tmp_path: Path) -> None:
    loaded = load_model(write_waiters(tmp_path, {"version": 2,
                                                 "waiters": {"ThingGone": THING_GONE}}))
    waiter = loaded.waiters["ThingGone"]
    assert (waiter.name, waiter.operation, waiter.delay, waiter.max_attempts) == (
        "ThingGone", "ListThings", 5, 3
    )
    assert waiter.description == "Waits until no thing is left."
    assert [(a.state, a.matcher, a.expected, a.argument) for a in waiter.acceptors] == [
        ("success", "path", True, "length(things) == `0`"),
        ("retry", "pathAny", "small", "things[].kind"),
        ("failure", "pathAll", "broken", "things[].name"),
        ("retry", "status", 500, ""),
        ("failure", "error", "ValidationProblem", ""),
        ("failure", "error", True, ""),
    ]


def test_a_model_without_waiters_has_none() -> None:
    assert load_model(LIGHTSAIL_MODEL).waiters == {}


def test_waiters_of_another_version(tmp_path: Path) -> None:
    assert error_of(write_waiters(tmp_path, {"version": 1, "waiters": {}})) == (
        f"{tmp_path / 'waiters-2.json'}: $.version: waiters version 1 is not supported "
        "(expected 2)"
    )


def test_waiters_that_are_not_an_object(tmp_path: Path) -> None:
    assert error_of(write_waiters(tmp_path, {"version": 2, "waiters": []})) == (
        f"{tmp_path / 'waiters-2.json'}: $.waiters: missing or not an object"
    )


def test_waiters_file_that_is_not_json(tmp_path: Path) -> None:
    assert error_of(write_waiters(tmp_path, "{")).startswith(
        f"{tmp_path / 'waiters-2.json'}: $: not valid JSON"
    )


@pytest.mark.parametrize(("change", "where", "problem"), [
    ({"operation": "ListWidgets"}, "operation", "operation 'ListWidgets' does not exist"),
    ({"delay": "5"}, "delay", "expected a number of seconds, not '5'"),
    ({"delay": -1}, "delay", "expected a number of seconds, not -1"),
    ({"maxAttempts": 0}, "maxAttempts", "expected a positive integer, not 0"),
    ({"maxAttempts": True}, "maxAttempts", "expected a positive integer, not True"),
    ({"description": 3}, "description", "expected a string"),
    ({"acceptors": []}, "acceptors", "expected a non-empty list"),
])
def test_waiter_settings_are_checked(
    tmp_path: Path, change: Model, where: str, problem: str
) -> None:
    assert waiter_error(tmp_path, **change) == (
        f"{tmp_path / 'waiters-2.json'}: $.waiters.ThingGone.{where}: {problem}"
    )


@pytest.mark.parametrize(("acceptor", "where", "problem"), [
    ({"state": "done", "matcher": "status", "expected": 200}, ".state",
     "unknown state 'done' (expected one of success, failure, retry)"),
    ({"state": "success", "matcher": "", "expected": 200}, ".matcher",
     "expected a non-empty string"),
    ({"state": "success", "matcher": "status"}, "", "needs expected"),
    ({"state": "success", "matcher": "path", "expected": "x"}, ".argument",
     "a path matcher needs a JMESPath expression"),
    ({"state": "success", "matcher": "path", "argument": "a", "expected": ["x"]}, ".expected",
     "expected a string, number or boolean, not ['x']"),
    ({"state": "success", "matcher": "status", "expected": "200"}, ".expected",
     "a status matcher expects an HTTP status code, not '200'"),
    ({"state": "success", "matcher": "error", "expected": 404}, ".expected",
     "an error matcher expects an error code or a boolean, not 404"),
])
def test_acceptors_are_checked(tmp_path: Path, acceptor: Model, where: str, problem: str) -> None:
    assert acceptor_error(tmp_path, **acceptor) == (
        f"{tmp_path / 'waiters-2.json'}: $.waiters.ThingGone.acceptors[0]{where}: {problem}"
    )


def test_an_acceptor_argument_that_is_not_jmespath(tmp_path: Path) -> None:
    error = acceptor_error(tmp_path, state="success", matcher="pathAll", argument="a[?",
                           expected="x")
    assert error.startswith(f"{tmp_path / 'waiters-2.json'}: $.waiters.ThingGone.acceptors[0]"
                            ".argument: 'a[?' is not a JMESPath expression: ")


def test_an_unknown_matcher_is_kept_for_the_generator_to_report(tmp_path: Path) -> None:
    # The generator leaves the waiter out and says so; the rest of the service is fine.
    acceptor = {"state": "success", "matcher": "pathNone", "argument": "a", "expected": 1}
    waiters = {"version": 2, "waiters": {"ThingGone": {**THING_GONE, "acceptors": [acceptor]}}}
    loaded = load_model(write_waiters(tmp_path, waiters))
    assert loaded.waiters["ThingGone"].acceptors[0].matcher == "pathNone"


# -- good models ------------------------------------------------------------------------


def test_json_paths() -> None:
    assert child("$", "shapes") == "$.shapes"
    assert child("$.shapes", "Foo-Bar") == '$.shapes["Foo-Bar"]'
    assert child("$.x", 3) == "$.x[3]"


def test_lightsail_and_the_fixtures_pass() -> None:
    lightsail = load_model(LIGHTSAIL_MODEL)
    assert len(lightsail.operations) == len(json.loads(
        (LIGHTSAIL_MODEL / "service-2.json").read_text(encoding="utf-8"))["operations"]) >= 161
    assert lightsail.botocore_version == (LIGHTSAIL_MODEL / "BOTOCORE_VERSION").read_text().strip()
    sink = load_model(KITCHEN_SINK_MODEL)
    assert set(sink.paginators) == set(SINK_PAGINATORS["pagination"])
    assert list(sink.shapes) == list(SINK["shapes"])
    assert list(sink.operations) == list(SINK["operations"])


def botocore_json_models() -> list[Path]:
    """The newest version of every model in the installed botocore that uses json."""
    found = []
    for service in sorted((Path(botocore.__file__).parent / "data").iterdir()):
        versions = sorted(p for p in service.iterdir() if p.is_dir()) if service.is_dir() else []
        if versions and (versions[-1] / "service-2.json.gz").is_file():
            raw = gzip.decompress((versions[-1] / "service-2.json.gz").read_bytes())
            if json.loads(raw)["metadata"].get("protocol") == "json":
                found.append(versions[-1])
    return found


def test_every_json_model_botocore_ships_passes_validation() -> None:
    models = botocore_json_models()
    assert len(models) > 100
    problems = []
    for model in models:
        try:
            load_model(model)
        except ModelError as exc:
            problems.append(str(exc))
    assert problems == []


# -- the typed model ------------------------------------------------------------------


def test_traits_are_parsed_into_the_typed_model(tmp_path: Path) -> None:
    model = copy.deepcopy(SINK)
    model["shapes"]["PutThingRequest"]["members"]["token"] = {
        "shape": "ThingName",
        "idempotencyToken": True,
        "location": "header",
        "locationName": "X-Token",
        "timestampFormat": "iso8601",
        "deprecated": True,
        "deprecatedMessage": "use thing",
        "contextParam": {"name": "Token"},
    }
    model["operations"]["PutThing"]["endpoint"] = {"hostPrefix": "{token}."}
    model["operations"]["PutThing"]["staticContextParams"] = {"UseX": {"value": True}}
    model["operations"]["PutThing"]["httpChecksum"] = {"requestChecksumRequired": True}
    loaded = load_model(write_model(tmp_path, model, SINK_PAGINATORS))
    request = loaded.structure("PutThingRequest")
    token = request.member("token")
    assert token is not None
    assert (token.location, token.wire_name, token.idempotency_token) == ("header", "X-Token", True)
    assert (token.timestamp_format, token.context_param) == ("iso8601", "Token")
    assert token.deprecated is not None and token.deprecated.message == "use thing"
    put = loaded.operations["PutThing"]
    assert put.host_prefix == "{token}."
    assert put.static_context_params == {"UseX": True}
    assert put.http_checksum is not None and put.http_checksum.request_checksum_required
    assert loaded.paginators["ListThings"].input_token == ("pageToken",)


def test_a_trait_of_the_wrong_type_is_located(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["shapes"]["PutThingRequest"]["members"]["thing"]["idempotencyToken"] = "yes"

    assert sink_error(tmp_path, change) == (
        f"{at(tmp_path)}: $.shapes.PutThingRequest.members.thing.idempotencyToken: "
        "expected true or false, not 'yes'"
    )


def test_an_unknown_location_is_located(tmp_path: Path) -> None:
    def change(model: Model) -> None:
        model["shapes"]["PutThingRequest"]["members"]["thing"]["location"] = "cookie"

    assert sink_error(tmp_path, change) == (
        f"{at(tmp_path)}: $.shapes.PutThingRequest.members.thing.location: unknown location "
        "'cookie' (expected one of uri, querystring, header, headers, statusCode)"
    )


# -- waiters and the botocore release ----------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-20\n", "2026-11-20"), ("unknown\n", "unknown"), ("20 Nov 2026", "unknown"),
])
def test_the_botocore_release_date_is_read_when_it_is_a_date(
    tmp_path: Path, text: str, expected: str
) -> None:
    directory = write_model(tmp_path, SINK, SINK_PAGINATORS)
    assert load_model(directory).botocore_release_date == "unknown"  # no file
    (directory / "BOTOCORE_RELEASE_DATE").write_text(text)
    assert load_model(directory).botocore_release_date == expected


def test_what_the_generator_reads_of_an_endpoint_rule_set_is_parsed() -> None:
    """Its parameters with their builtins, and the auth schemes its endpoints list; the
    document itself is kept as it is, for botocore and the package."""
    data = Path(botocore.__file__).parent / "data"
    dynamodb = load_model(max((data / "dynamodb").iterdir()))
    assert dynamodb.endpoint_parameters["AccountId"] == "AWS::Auth::AccountId"
    assert dynamodb.endpoint_parameters["ResourceArn"] == ""
    assert dynamodb.endpoint_rule_set is not None
    assert list(dynamodb.endpoint_parameters) == list(dynamodb.endpoint_rule_set["parameters"])
    assert dynamodb.endpoint_auth_schemes == {frozenset({"sigv4"})}
    keyvaluestore = load_model(max((data / "cloudfront-keyvaluestore").iterdir()))
    assert keyvaluestore.endpoint_auth_schemes == {frozenset({"sigv4a"})}
    sink = load_model(KITCHEN_SINK_MODEL)
    assert (sink.endpoint_parameters, sink.endpoint_auth_schemes) == ({}, frozenset())
