"""Responses: for every operation, botocore and the generated client read a body alike.

A random well-formed JSON body for the operation's output shape is parsed by botocore's
JSON parser and, through the loopback server, by the generated client; the result's
``to_dict()`` must equal botocore's parsed dict without ResponseMetadata. The bodies
carry what botocore passes through: members absent, present or null, members the model
does not know, enum values it does not list, timestamps as epoch numbers (with
fractions) or ISO 8601 strings, unicode, and large and negative numbers.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import lightsail
import lightsail.shapes
import pytest
from async_support import clients_of_each_kind, failing_for
from botocore import xform_name
from botocore.parsers import create_parser
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from loopback import LoopbackServer, Reply, loopback_server
from strategies import input_values, json_text, service_model, wire_values

# Inputs may set members the model marks deprecated; both clients still send them.
pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated:DeprecationWarning")

REGION = "us-east-1"
OPERATIONS = sorted(service_model().operation_names)
EXAMPLES_PER_OPERATION = 4
REQUEST_ID = "c0ffee00-0000-4000-8000-000000000000"
HEADERS = {"Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": REQUEST_ID}


@dataclass
class Wire:
    server: LoopbackServer
    clients: dict[str, lightsail.Client]
    """The sync client, and the async one (async_support.py), by kind."""


@pytest.fixture(scope="module")
def wire() -> Iterator[Wire]:
    with loopback_server() as server, clients_of_each_kind(
        region_name=REGION,
        endpoint_url=server.url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        max_attempts=1,
    ) as clients:
        yield Wire(server, clients)


def parse_with_botocore(operation: str, body: bytes) -> dict[str, Any]:
    """What boto3 returns for this body, without ResponseMetadata."""
    output_shape = service_model().operation_model(operation).output_shape
    response = {"body": body, "headers": {k.lower(): v for k, v in HEADERS.items()}}
    parsed: dict[str, Any] = create_parser("json").parse(
        {**response, "status_code": 200}, output_shape
    )
    metadata = parsed.pop("ResponseMetadata")
    assert metadata["RequestId"] == REQUEST_ID
    return parsed


def parse_with_generated(
    wire: Wire, kind: str, operation: str, params: dict[str, Any], body: bytes
) -> dict[str, Any]:
    """``to_dict()`` of what the generated client returns when the service sends ``body``."""
    input_shape = service_model().operation_model(operation).input_shape
    request = getattr(lightsail.shapes, input_shape.name).from_dict(params)
    arguments = {field.name: getattr(request, field.name) for field in dataclasses.fields(request)}
    wire.server.reply(Reply(200, body, HEADERS))
    result = getattr(wire.clients[kind], xform_name(operation))(**arguments)
    output_class = getattr(
        lightsail.shapes, service_model().operation_model(operation).output_shape.name
    )
    assert type(result) is output_class
    parsed: dict[str, Any] = result.to_dict()
    return parsed


def datetimes_not_in_utc(value: Any, path: str = "") -> list[str]:
    """Paths of datetimes in ``value`` that are not aware datetimes in UTC."""
    if isinstance(value, datetime):
        return [] if value.tzinfo is UTC else [f"{path}: {value!r}"]
    if isinstance(value, dict):
        return [
            p for key, item in value.items() for p in datetimes_not_in_utc(item, f"{path}.{key}")
        ]
    if isinstance(value, list):
        return [
            p for i, item in enumerate(value) for p in datetimes_not_in_utc(item, f"{path}[{i}]")
        ]
    return []


def check_response(wire: Wire, operation: str, params: dict[str, Any], body: bytes) -> None:
    """Every client kind reads ``body`` as botocore does (botocore parses it once)."""
    expected = parse_with_botocore(operation, body)
    for kind in wire.clients:
        with failing_for(kind):
            actual = parse_with_generated(wire, kind, operation, params, body)
            assert actual == expected
            assert datetimes_not_in_utc(actual) == []


@pytest.mark.parametrize("operation", OPERATIONS)
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: a regression would otherwise shrink large examples for minutes per
    # operation; the failing example is reported whole instead.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_response_matches_botocore(wire: Wire, operation: str, data: st.DataObject) -> None:
    operation_model = service_model().operation_model(operation)
    params = data.draw(input_values(operation_model.input_shape), label="params")
    value = data.draw(wire_values(operation_model.output_shape), label="response")
    body = json_text(value, ascii_only=data.draw(st.booleans(), label="ascii_only"))
    check_response(wire, operation, params, body)


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == len(service_model().operation_names) == 167


# Values botocore passes through, picked by hand so that they are always exercised.

INSTANCE_PARAMS = {"instanceName": "web-1"}
CONTAINER_IMAGES_PARAMS = {"serviceName": "svc"}


def test_unknown_enum_value_passes_through(wire: Wire) -> None:
    # The Dart client broke on a PortAccessType value the model did not list.
    port = {"fromPort": 22, "toPort": 22, "protocol": "tcp", "accessType": "SomethingNew"}
    body = json.dumps({"instance": {"networking": {"ports": [port]}}}).encode()
    check_response(wire, "GetInstance", INSTANCE_PARAMS, body)
    result = lightsail.shapes.GetInstanceResult.from_wire(json.loads(body))
    assert result.instance is not None and result.instance.networking is not None
    assert result.instance.networking.ports is not None
    assert result.instance.networking.ports[0].access_type == "SomethingNew"


def test_unknown_members_are_ignored(wire: Wire) -> None:
    body = json.dumps(
        {
            "containerImages": [{"image": "svc.web.1", "brandNew": {"nested": [1, 2]}}],
            "somethingElse": True,
        }
    ).encode()
    check_response(wire, "GetContainerImages", CONTAINER_IMAGES_PARAMS, body)


def test_null_members_read_as_absent(wire: Wire) -> None:
    body = json.dumps(
        {"containerImages": [{"image": None, "digest": "sha256:1", "createdAt": None}, None]}
    ).encode()
    check_response(wire, "GetContainerImages", CONTAINER_IMAGES_PARAMS, body)


@pytest.mark.parametrize(
    "created_at",
    [
        1700000000,
        1700000000.123456,
        -86400.5,
        "2023-11-14T22:13:20Z",
        "2023-11-14T22:13:20.123Z",
        "2023-11-15T03:43:20.123456+05:30",
        "1700000000.25",
    ],
)
def test_timestamps_as_epoch_numbers_or_iso8601_strings(wire: Wire, created_at: Any) -> None:
    body = json.dumps({"containerImages": [{"createdAt": created_at}]}).encode()
    check_response(wire, "GetContainerImages", CONTAINER_IMAGES_PARAMS, body)


def test_required_members_missing_from_a_response(wire: Wire) -> None:
    # BucketCorsRule requires allowedMethods and allowedOrigins; botocore reads it anyway.
    output_shape = service_model().operation_model("GetBuckets").output_shape
    assert (
        "allowedMethods"
        in output_shape.members["buckets"]
        .member.members["cors"]
        .members["rules"]
        .member.required_members
    )
    body = json.dumps({"buckets": [{"name": "b", "cors": {"rules": [{"id": "r"}]}}]}).encode()
    check_response(wire, "GetBuckets", {}, body)


def test_empty_body_is_an_empty_result(wire: Wire) -> None:
    check_response(wire, "GetContainerImages", CONTAINER_IMAGES_PARAMS, b"")


def test_aware_datetimes_compare_across_zones(wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    # botocore gives epoch timestamps the local zone (dateutil's tzlocal); ours are UTC.
    # Under a zone far from UTC they are still equal, because both are aware.
    monkeypatch.setenv("TZ", "America/St_Johns")
    time.tzset()
    try:
        body = json.dumps({"containerImages": [{"createdAt": 1700000000.5}]}).encode()
        expected = parse_with_botocore("GetContainerImages", body)
        params = CONTAINER_IMAGES_PARAMS
        actual = {
            kind: parse_with_generated(wire, kind, "GetContainerImages", params, body)
            for kind in wire.clients
        }
    finally:
        monkeypatch.undo()
        time.tzset()
    theirs = expected["containerImages"][0]["createdAt"]
    assert theirs.utcoffset().total_seconds() == -3.5 * 3600
    for kind, parsed in actual.items():
        ours = parsed["containerImages"][0]["createdAt"]
        assert ours.tzinfo is UTC, kind
        assert ours == theirs, kind


# The suite must catch a broken parser: break one on purpose and watch it fail.


def test_a_dropped_member_is_caught(wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    image_class = lightsail.shapes.ContainerImage
    original = image_class.from_dict.__func__  # type: ignore[attr-defined]

    def without_digest(cls: type[Any], data: dict[str, Any]) -> Any:
        return original(cls, {key: value for key, value in data.items() if key != "digest"})

    # Results read nested shapes with from_dict or from_wire; break both.
    monkeypatch.setattr(image_class, "from_dict", classmethod(without_digest))
    monkeypatch.setattr(image_class, "from_wire", classmethod(without_digest))
    body = json.dumps({"containerImages": [{"image": "svc.web.1", "digest": "sha256:1"}]}).encode()
    async_only = dataclasses.replace(wire, clients={"async": wire.clients["async"]})
    for checked, kind in ((wire, "sync"), (async_only, "async")):
        with pytest.raises(AssertionError, match=rf"^{kind} client: "):
            check_response(checked, "GetContainerImages", CONTAINER_IMAGES_PARAMS, body)
        with pytest.raises(AssertionError, match=rf"^{kind} client: "):
            test_response_matches_botocore(wire=checked, operation="GetContainerImages")
