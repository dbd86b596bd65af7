"""The corners Lightsail never shows, on the small fixture model tests/fixtures/corners:
unions, documents, blobs, ``jsonvalue`` strings, NaN and infinite floats, each
``timestampFormat``, int enums, empty structures, and the operations the generator cannot
speak (an event stream, required endpoint discovery), which raise NotImplementedError.

Where it touches the wire, boto3 built from the same model (a botocore data directory
holding the fixture as service ``corners``) is the reference: both send to one loopback
server and parse the same reply.
"""

from __future__ import annotations

import base64
import importlib
import json
import math
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import botocore.config
import botocore.exceptions
import pytest
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY
from strategies import new_session

from generator import cli
from generator.pipeline import generate

MODEL = Path(__file__).parent / "fixtures" / "corners"
MOMENT = datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=UTC)
DOCUMENT = {"null": None, "nested": [1, -2.5, True, False, {"deep": [[], {}]}], "text": "é"}


@pytest.fixture(scope="module")
def corners(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    output = tmp_path_factory.mktemp("corners")
    generate(MODEL, output)
    sys.path.insert(0, str(output))
    yield importlib.import_module("corners")
    sys.path.remove(str(output))


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture(scope="module")
def reference(server: LoopbackServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """boto3's client for the fixture model, sending to the loopback server."""
    data = tmp_path_factory.mktemp("botocore_data")
    (data / "corners" / "2024-01-01").mkdir(parents=True)
    shutil.copy(MODEL / "service-2.json", data / "corners" / "2024-01-01")
    return boto3.Session(botocore_session=new_session(data)).client(
        "corners", region_name="us-east-1", endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
        config=botocore.config.Config(retries={"total_max_attempts": 1}),
    )


@pytest.fixture
def client(corners: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    server.requests.clear()
    server.reply(Reply.of_json({}))
    with corners.Client(region_name="us-east-1", endpoint_url=server.url,
                        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                        max_attempts=1) as made:
        yield made


def errors(corners: ModuleType) -> Any:
    return importlib.import_module(f"{corners.__name__}._runtime.errors")


def values() -> dict[str, Any]:
    """One of every corner, as boto3 takes it (the names are the client's too)."""
    return {
        "choice": {"names": ["a", "b"]},
        "document": DOCUMENT,
        "data": b"\x00\xff raw bytes",
        "policy": '{"Version": "2012-10-17", "Statement": []}',
        "ratio": math.nan,
        "share": math.inf,
        "ratios": [-math.inf, 1.5, 0.0],
        "epoch": MOMENT,
        "iso": MOMENT,
        "rfc": MOMENT,
        "plain": MOMENT,
        "level": 2,
        "empty": {},
    }


def sent_by_both(reference: Any, client: Any, server: LoopbackServer,
                 arguments: dict[str, Any]) -> tuple[bytes, bytes]:
    server.requests.clear()
    reference.echo(**arguments)
    client.echo(**arguments)
    expected, actual = server.requests
    assert actual.headers["X-Amz-Target"] == expected.headers["X-Amz-Target"]
    return expected.body, actual.body


def test_every_corner_is_sent_as_botocore_sends_it(
    reference: Any, client: Any, server: LoopbackServer
) -> None:
    expected, actual = sent_by_both(reference, client, server, values())
    assert actual == expected
    body = json.loads(actual)
    # What that means, member by member:
    assert body["document"] == DOCUMENT  # any JSON value, as it is
    assert base64.b64decode(body["data"]) == b"\x00\xff raw bytes"
    assert body["policy"] == values()["policy"]  # a JSON body sends jsonvalue as text
    assert (body["ratio"], body["share"], body["ratios"]) == ("NaN", "Infinity",
                                                             ["-Infinity", 1.5, 0.0])
    assert (body["epoch"], body["plain"]) == (1714979289.5, 1714979289.5)
    assert body["iso"] == "2024-05-06T07:08:09.500000Z"
    assert body["rfc"] == "Mon, 06 May 2024 07:08:09 GMT"
    assert (body["level"], body["empty"], body["choice"]) == (2, {}, {"names": ["a", "b"]})


@pytest.mark.parametrize("document", [0, -1.25, True, "text", [], {}, [None, [1, {}]],
                                      {"a": {"b": {"c": [False, None, 3]}}}])
def test_any_json_value_is_a_document(
    reference: Any, client: Any, server: LoopbackServer, document: Any
) -> None:
    expected, actual = sent_by_both(reference, client, server, {"document": document})
    assert actual == expected
    assert json.loads(actual)["document"] == document
    server.reply(Reply.of_json({"document": document}))
    assert client.echo().document == document
    assert client.echo().to_dict() == strip(reference.echo())


def test_a_null_document_is_read_but_none_as_an_argument_means_not_set(
    reference: Any, client: Any, server: LoopbackServer
) -> None:
    """boto3 sends ``document=None`` as null; here None is "not set", as for every
    member (a null inside a document is sent, above). Read, a null member is left out
    by both."""
    expected, actual = sent_by_both(reference, client, server, {"document": None})
    assert (expected, actual) == (b'{"document": null}', b"{}")
    server.reply(Reply.of_json({"document": None}))
    assert client.echo().document is None
    assert client.echo().to_dict() == strip(reference.echo()) == {}


def strip(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def test_every_corner_is_read_as_botocore_reads_it(reference: Any, client: Any,
                                                   server: LoopbackServer) -> None:
    server.reply(Reply.of_json({
        "choice": {"number": 7},
        "document": DOCUMENT,
        "data": base64.b64encode(b"\x00\xff out").decode(),
        "policy": '{"a": 1}',
        "ratio": "NaN",
        "share": "-Infinity",
        "ratios": ["Infinity", 2.5],
        "epoch": 1714979289.5,
        "iso": "2024-05-06T07:08:09.500Z",
        "rfc": "Mon, 06 May 2024 07:08:09 GMT",
        "plain": 1714979289,
        "level": 3,
        "empty": {},
    }))
    result = client.echo()
    assert result.data == b"\x00\xff out"
    assert result.choice.number == 7 and result.choice.text is None
    assert (result.epoch, result.iso) == (MOMENT, MOMENT)
    assert result.rfc == result.plain == MOMENT.replace(microsecond=0)
    # NaN and the infinities are floats again, as the attributes are typed; botocore's
    # JSON parser leaves them the strings the service sent (its XML and CBOR parsers
    # make floats of them).
    assert math.isnan(result.ratio)
    assert (result.share, result.ratios) == (-math.inf, [math.inf, 2.5])
    floats = ("ratio", "share", "ratios")
    theirs = strip(reference.echo())
    assert (theirs["ratio"], theirs["share"], theirs["ratios"]) == ("NaN", "-Infinity",
                                                                    ["Infinity", 2.5])
    ours = result.to_dict()
    assert {k: v for k, v in ours.items() if k not in floats} == {
        k: v for k, v in theirs.items() if k not in floats
    }


@pytest.mark.parametrize("choice", [{"text": "a", "number": 1}, {}])
def test_a_union_needs_exactly_one_member_before_anything_is_sent(
    corners: ModuleType, reference: Any, client: Any, server: LoopbackServer,
    choice: dict[str, Any],
) -> None:
    with pytest.raises(botocore.exceptions.ParamValidationError, match="tagged union"):
        reference.echo(choice=choice)
    set_ = ", ".join(choice)
    given = f"{len(choice)} ({set_})" if choice else "none"
    for argument in (choice, corners.shapes.Choice(**choice)):
        with pytest.raises(errors(corners).ParamValidationError) as raised:
            client.echo(choice=argument)
        assert [str(p) for p in raised.value.problems] == [
            f"choice: set exactly one of text, number, names, got {given}"
        ]
    assert server.requests == []


def test_a_union_member_that_is_a_falsy_value_still_counts(
    reference: Any, client: Any, server: LoopbackServer
) -> None:
    expected, actual = sent_by_both(reference, client, server, {"choice": {"number": 0}})
    assert actual == expected == b'{"choice": {"number": 0}}'


def test_an_int_enum_is_an_int(corners: ModuleType, client: Any) -> None:
    assert corners.shapes.Values.__dataclass_fields__["level"].type == "int | None"
    with pytest.raises(errors(corners).ParamValidationError, match="level: expected int"):
        client.echo(level="2")


def test_an_empty_structure_round_trips(corners: ModuleType) -> None:
    empty = corners.shapes.Empty()
    assert (empty.to_dict(), empty.to_wire(), corners.shapes.Empty.from_dict({})) == ({}, {},
                                                                                     empty)


# -- what the generator cannot speak ------------------------------------------------------


def test_an_input_event_stream_operation_raises_naming_the_feature(
    client: Any, server: LoopbackServer
) -> None:
    with pytest.raises(NotImplementedError) as raised:
        client.publish()
    assert str(raised.value) == (
        "Publish sends an event stream (which needs HTTP/2), which botocore-codegen does "
        "not support yet"
    )
    assert server.requests == []


def test_required_endpoint_discovery_raises_naming_the_feature(
    client: Any, server: LoopbackServer
) -> None:
    with pytest.raises(NotImplementedError) as raised:
        client.discover(name="x")
    assert str(raised.value) == (
        "Discover requires endpoint discovery, which botocore-codegen does not support yet"
    )
    assert server.requests == []


def test_optional_endpoint_discovery_is_not_used_as_botocore_does_not_by_default(
    reference: Any, client: Any, server: LoopbackServer
) -> None:
    reference.lookup(name="x")
    client.lookup(name="x")
    expected, actual = server.requests
    assert (actual.path, actual.body) == (expected.path, expected.body)


NOTES = [
    "Publish sends an event stream (which needs HTTP/2), which botocore-codegen does not "
    "support yet: its method raises NotImplementedError.",
    "Discover requires endpoint discovery, which botocore-codegen does not support yet: "
    "its method raises NotImplementedError.",
    "Endpoint discovery, optional for 1 operation, is not used: every call goes to the "
    "endpoint the rule set resolves, as botocore's calls do unless "
    "endpoint_discovery_enabled is set.",
]


def test_what_is_left_out_is_said_on_stderr_and_in_the_readme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["generate", "--model", str(MODEL), "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"note: corners: {n}" for n in NOTES]
    readme = (tmp_path / "corners" / "README.md").read_text(encoding="utf-8")
    assert all(f"- {note}\n" in readme for note in NOTES)
    assert ("- `publish` (Publish) *(not supported yet: raises NotImplementedError)*"
            in readme)
