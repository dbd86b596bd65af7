"""Error responses: the generated client raises what boto3 raises, field for field.

Both clients call GetInstance against one loopback server replaying the same error
response, with retries disabled so that 5xx replies are not repeated. Compared: the
error code (from ``__type``, with a ``prefix#`` namespace and a ``:suffix`` stripped),
the message (``message`` or ``Message``), the HTTP status, the request id from
``x-amzn-RequestId``, the exception class (modelled or the service's base) and
Lightsail's modelled members ``code``, ``docs`` and ``tip`` (our ``code_member``, since
``.code`` is the error code), and the whole ``response`` of botocore's ``ClientError``,
which the generated errors derive from.

Two rules of the generated client go beyond botocore's plain ``json`` protocol parser
and are tested on their own, not against botocore: the ``x-amzn-ErrorType`` header takes
precedence over the body (botocore reads that header only for rest-json), and a body's
``code`` gives the error code when it has no ``__type`` (botocore falls back to the HTTP
status). Both come from DESIGN.md's wire rules.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
import botocore.config
import lightsail
import pytest
from async_support import KINDS, clients_of_each_kind, failing_for
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lightsail.errors import ERRORS, LightsailError, NotFoundException
from loopback import LoopbackServer, Reply, loopback_server
from strategies import boto3_client, botocore_session

REGION = "us-east-1"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "secret"
MODELLED_MEMBERS = ("code", "docs", "tip")
MODELLED_CODES = sorted(ERRORS)
JSON_TYPE = {"Content-Type": "application/x-amz-json-1.1"}
CORAL_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.lightsail/"


@dataclass
class Wire:
    server: LoopbackServer
    boto3: Any
    generated: lightsail.Client


@pytest.fixture(scope="module")
def wires() -> Iterator[dict[str, Wire]]:
    """The sync client, and the async one (async_support.py), by kind, against boto3:
    one loopback server and one boto3 client for both."""
    with loopback_server() as server, clients_of_each_kind(
        region_name=REGION,
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        max_attempts=1,
    ) as clients:
        reference = boto3_client(server.url, REGION, ACCESS_KEY, SECRET_KEY)
        yield {kind: Wire(server, reference, client) for kind, client in clients.items()}


@pytest.fixture(params=KINDS)
def wire(request: pytest.FixtureRequest, wires: dict[str, Wire]) -> Wire:
    return wires[request.param]


@dataclass(frozen=True)
class Outcome:
    """What a caller can learn from the exception, in terms both clients share."""

    error_class: str
    code: str
    message: str
    http_status: int
    request_id: str | None
    members: dict[str, Any]
    response: dict[str, Any] = field(default_factory=dict, compare=False)
    """``ClientError.response``: compared on its own (`assert_same_error`)."""
    operation_name: str = field(default="", compare=False)


def botocore_outcome(wire: Wire, reply: Reply) -> Outcome:
    wire.server.reply(reply)
    wire.server.requests.clear()
    with pytest.raises(ClientError) as raised:
        wire.boto3.get_instance(instanceName="web-1")
    assert len(wire.server.requests) == 1, "boto3 retried"
    error, response = raised.value, raised.value.response
    name = type(error).__name__
    return Outcome(
        # botocore raises ClientError itself for a code the model does not know; the
        # generated client raises the service's base error.
        error_class="LightsailError" if name == "ClientError" else name,
        code=response["Error"]["Code"],
        message=response["Error"]["Message"],
        http_status=response["ResponseMetadata"]["HTTPStatusCode"],
        request_id=response["ResponseMetadata"].get("RequestId"),
        members={name: response[name] for name in MODELLED_MEMBERS if name in response},
        response=response,
        operation_name=error.operation_name,
    )


def generated_outcome(wire: Wire, reply: Reply) -> Outcome:
    return _outcome(generated_error(wire, reply))


def generated_error(wire: Wire, reply: Reply) -> LightsailError:
    wire.server.reply(reply)
    wire.server.requests.clear()
    with pytest.raises(LightsailError) as raised:
        wire.generated.get_instance(instance_name="web-1")
    assert len(wire.server.requests) == 1, "the generated client retried"
    return raised.value


def _outcome(error: LightsailError) -> Outcome:
    attributes = {"code": "code_member", "docs": "docs", "tip": "tip"}
    members = {
        member: getattr(error, attribute)
        for member, attribute in attributes.items()
        if getattr(error, attribute, None) is not None
    }
    assert isinstance(error, ClientError)  # botocore's, as boto3 users catch it
    return Outcome(
        type(error).__name__,
        error.code,
        error.message,
        error.http_status,
        error.request_id,
        members,
        error.response,
        error.operation_name,
    )


def assert_same_error(wire: Wire, reply: Reply) -> Outcome:
    expected = botocore_outcome(wire, reply)
    assert_raises_as_botocore(wire, reply, expected)
    return expected


def assert_raises_as_botocore(wire: Wire, reply: Reply, expected: Outcome) -> None:
    actual = generated_outcome(wire, reply)
    assert actual == expected
    assert actual.response == expected.response
    assert actual.operation_name == expected.operation_name == "GetInstance"


# Compared with botocore ---------------------------------------------------------------

_NAMES = st.text(string.ascii_letters + string.digits + "_.-", min_size=1, max_size=16)
_KNOWN_KEYS = {"__type", "message", "Message", *MODELLED_MEMBERS}
_MEMBER_VALUES = st.one_of(st.none(), st.text(max_size=12))


@st.composite
def error_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A JSON error body as a JSON 1.1 service sends it, with an optional wrapping of the code."""
    body: dict[str, Any] = {}
    name = draw(st.one_of(st.sampled_from(MODELLED_CODES), _NAMES))
    namespace = draw(st.sampled_from(["", "com.amazonaws.lightsail#", "aws.lightsail.v2#"]))
    suffix = draw(st.one_of(st.sampled_from(["", CORAL_SUFFIX]), _NAMES.map(":{}".format)))
    if draw(st.booleans()):
        body["__type"] = namespace + name + suffix
    for key in draw(st.sampled_from([(), ("message",), ("Message",), ("message", "Message")])):
        body[key] = draw(st.text(max_size=20))
    # Without __type, a body `code` is the error code for us but not for botocore.
    members = MODELLED_MEMBERS if "__type" in body else ("docs", "tip")
    for member in members:
        if draw(st.booleans()):
            body[member] = draw(_MEMBER_VALUES)
    unknown = _NAMES.filter(lambda key: key not in body and key not in _KNOWN_KEYS)
    body.update(draw(st.dictionaries(unknown, st.integers(), max_size=2)))
    return body


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    body=error_bodies(),
    status=st.sampled_from([400, 403, 404, 409, 429, 500, 502, 503]),
    request_id=st.one_of(st.none(), st.uuids().map(str)),
    ascii_only=st.booleans(),
)
def test_json_errors_match_botocore(
    wires: dict[str, Wire],
    body: dict[str, Any],
    status: int,
    request_id: str | None,
    ascii_only: bool,
) -> None:
    """Each drawn reply is read by boto3 once and by every client kind."""
    headers = dict(JSON_TYPE)
    if request_id is not None:
        headers["x-amzn-RequestId"] = request_id
    reply = Reply(status, json.dumps(body, ensure_ascii=ascii_only).encode(), headers)
    expected = botocore_outcome(wires["sync"], reply)
    for kind, wire in wires.items():
        with failing_for(kind):
            assert_raises_as_botocore(wire, reply, expected)


@pytest.mark.parametrize("code", MODELLED_CODES)
def test_every_modelled_error_with_its_members(wire: Wire, code: str) -> None:
    body = {
        "__type": code,
        "code": "SomeInternalCode",
        "docs": "https://lightsail.aws.amazon.com/ls/docs",
        "message": "Some message",
        "tip": "Try again",
    }
    reply = Reply(400, json.dumps(body).encode(), {**JSON_TYPE, "x-amzn-RequestId": "req-1"})
    outcome = assert_same_error(wire, reply)
    assert outcome.error_class == code
    assert outcome.code == code
    assert outcome.members == {"code": "SomeInternalCode", "docs": body["docs"], "tip": "Try again"}
    error = generated_error(wire, reply)
    assert type(error) is ERRORS[code]
    assert isinstance(error, LightsailError)
    assert error.code == code
    assert error.code_member == "SomeInternalCode"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "type_field",
    [
        "NotFoundException",
        "com.amazonaws.lightsail#NotFoundException",
        "NotFoundException" + CORAL_SUFFIX,
        "com.amazonaws.lightsail#NotFoundException" + CORAL_SUFFIX,
    ],
)
def test_namespace_and_suffix_are_stripped(wire: Wire, type_field: str) -> None:
    body = {"__type": type_field, "message": "no such instance", "code": "NotFound"}
    outcome = assert_same_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert outcome.error_class == "NotFoundException"
    assert outcome.code == "NotFoundException"
    assert outcome.members == {"code": "NotFound"}


def test_type_field_wins_over_the_code_member(wire: Wire) -> None:
    body = {"__type": "InvalidInputException", "code": "NotFoundException", "message": "m"}
    outcome = assert_same_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert (outcome.error_class, outcome.code) == ("InvalidInputException", "InvalidInputException")
    assert outcome.members == {"code": "NotFoundException"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "lower"}, "lower"),
        ({"Message": "upper"}, "upper"),
        ({"message": "lower", "Message": "upper"}, "lower"),
        ({}, ""),
    ],
)
def test_message_from_either_spelling(wire: Wire, body: dict[str, str], message: str) -> None:
    body = {"__type": "ServiceException", **body}
    outcome = assert_same_error(wire, Reply(500, json.dumps(body).encode(), JSON_TYPE))
    assert outcome.message == message


def test_unmodelled_code_raises_the_base_error(wire: Wire) -> None:
    body = {"__type": "BrandNewException", "message": "new"}
    outcome = assert_same_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert outcome.code == "BrandNewException"
    error = generated_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert type(error) is LightsailError
    assert error.code == "BrandNewException"


def test_html_502_from_a_proxy(wire: Wire) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    reply = Reply(502, page, {"Content-Type": "text/html"})
    outcome = assert_same_error(wire, reply)
    assert outcome == Outcome("LightsailError", "502", "Bad Gateway", 502, None, {})
    with_id = Reply(502, page, {"Content-Type": "text/html", "x-amzn-RequestId": "req-502"})
    assert generated_error(wire, with_id).request_id == "req-502"


@pytest.mark.parametrize("status", [400, 500, 503])
def test_empty_body(wire: Wire, status: int) -> None:
    reply = Reply(status, b"", {"x-amzn-RequestId": "req-empty"})
    expected = botocore_outcome(wire, reply)
    actual = generated_outcome(wire, reply)
    assert (actual.code, actual.http_status, actual.request_id) == (
        str(status),
        status,
        "req-empty",
    )
    if status >= 500:
        # botocore's generic-error path for an empty 5xx drops the request id that the
        # header carries; the generated client keeps it. Everything else must agree.
        assert expected.request_id is None
        assert actual.response["ResponseMetadata"].pop("RequestId") == "req-empty"
        actual = dataclasses.replace(actual, request_id=None)
    assert actual == expected
    assert actual.response == expected.response


def test_plain_text_body_is_the_message(wire: Wire) -> None:
    reply = Reply(403, b"Forbidden by policy", {"Content-Type": "text/plain"})
    outcome = assert_same_error(wire, reply)
    assert (outcome.code, outcome.message) == ("403", "Forbidden by policy")


def test_request_id_from_header(wire: Wire) -> None:
    headers = {**JSON_TYPE, "x-amzn-RequestId": "6f1c1a6e-1111-4222-8333-444455556666"}
    body = json.dumps({"__type": "NotFoundException"}).encode()
    outcome = assert_same_error(wire, Reply(400, body, headers))
    assert outcome.request_id == "6f1c1a6e-1111-4222-8333-444455556666"


def test_a_wrong_code_is_caught(wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    # Break the generated client's namespace stripping and the comparison must notice.
    from lightsail._runtime.protocols import json as protocol

    monkeypatch.setattr(protocol, "error_code", lambda headers, body: str(body.get("__type")))
    body = {"__type": "com.amazonaws.lightsail#NotFoundException", "message": "m"}
    with pytest.raises(AssertionError):
        assert_same_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))


# The generated client's own rules, beyond botocore's json parser ----------------------


def test_error_type_header_takes_precedence_over_the_body(wire: Wire) -> None:
    headers = {**JSON_TYPE, "x-amzn-ErrorType": "NotFoundException"}
    body = {"__type": "InvalidInputException", "message": "m", "code": "Internal"}
    error = generated_error(wire, Reply(400, json.dumps(body).encode(), headers))
    assert type(error) is NotFoundException
    assert (error.code, error.message, error.code_member) == ("NotFoundException", "m", "Internal")


def test_error_type_header_loses_namespace_and_suffix(wire: Wire) -> None:
    headers = {**JSON_TYPE, "x-amzn-ErrorType": "aws.lightsail#NotFoundException" + CORAL_SUFFIX}
    error = generated_error(wire, Reply(400, b"{}", headers))
    assert type(error) is NotFoundException
    assert error.code == "NotFoundException"


def test_error_type_header_on_a_proxy_page(wire: Wire) -> None:
    headers = {"Content-Type": "text/html", "x-amzn-ErrorType": "ServiceException"}
    error = generated_error(wire, Reply(503, b"<html>busy</html>", headers))
    assert type(error) is ERRORS["ServiceException"]
    assert (error.code, error.http_status, error.message) == (
        "ServiceException",
        503,
        "Service Unavailable",
    )


def test_body_code_without_type_gives_the_error_code(wire: Wire) -> None:
    body = {"code": "NotFoundException:" + "detail", "message": "m"}
    error = generated_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert type(error) is NotFoundException
    assert error.code == "NotFoundException"


def test_null_message_is_empty(wire: Wire) -> None:
    body = {"__type": "NotFoundException", "message": None}
    error = generated_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    assert error.message == ""


# Retries: RetryAttempts and MaxAttemptsReached, as botocore's standard mode records them


@pytest.mark.parametrize(
    ("replies", "max_attempts"),
    [
        (["ServiceException"] * 3, 3),  # every attempt fails: MaxAttemptsReached
        (["ServiceException", "NotFoundException"], 3),  # a retry, then a final answer
        (["NotFoundException"], 3),  # not retried, attempts left: no MaxAttemptsReached
        (["NotFoundException"], 1),  # the only attempt allowed: MaxAttemptsReached
    ],
)
def test_retry_metadata_matches_botocore(replies: list[str], max_attempts: int) -> None:
    def reply(code: str) -> Reply:
        status = 500 if code == "ServiceException" else 400
        body = json.dumps({"__type": code, "message": "m"}).encode()
        return Reply(status, body, {**JSON_TYPE, "x-amzn-RequestId": "req"})

    config = botocore.config.Config(
        retries={"mode": "standard", "total_max_attempts": max_attempts}
    )
    with loopback_server() as server:
        reference = boto3.Session(botocore_session=botocore_session()).client(
            "lightsail", REGION, endpoint_url=server.url, aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY, config=config,
        )
        server.reply(*map(reply, replies))
        with pytest.raises(ClientError) as theirs:
            reference.get_instance(instanceName="web-1")
        generated = lightsail.Client(
            REGION, server.url, ACCESS_KEY, SECRET_KEY, max_attempts=max_attempts
        )
        generated._engine.sleep = lambda seconds: None
        server.reply(*map(reply, replies))
        with pytest.raises(ClientError) as ours:
            generated.get_instance(instance_name="web-1")
    for raised in (theirs, ours):
        # The Date header and the lengths differ from one reply to the next.
        raised.value.response["ResponseMetadata"].pop("HTTPHeaders")
    assert ours.value.response == theirs.value.response
    assert ours.value.response["ResponseMetadata"]["RetryAttempts"] == len(replies) - 1
    assert type(ours.value).__name__ == type(theirs.value).__name__


# client.exceptions, as in boto3 ------------------------------------------------------


def test_client_exceptions_has_every_error_class_as_boto3_has() -> None:
    generated = lightsail.Client(REGION, "http://127.0.0.1:1", ACCESS_KEY, SECRET_KEY)
    reference = boto3_client("http://127.0.0.1:1", REGION, ACCESS_KEY, SECRET_KEY)
    theirs = {name for name in dir(reference.exceptions) if name[:1].isupper()}
    ours = {name for name in dir(generated.exceptions) if name[:1].isupper()}
    assert theirs == {*ERRORS, "ClientError"}
    assert ours == theirs | {"LightsailError"}
    assert generated.exceptions.ClientError is ClientError
    assert generated.exceptions.LightsailError is LightsailError
    for code, cls in ERRORS.items():
        assert getattr(generated.exceptions, code) is cls
        assert issubclass(cls, ClientError) and issubclass(cls, LightsailError)
        assert generated.exceptions.from_code(code) is cls
    assert generated.exceptions.from_code("BrandNewException") is LightsailError


def test_except_client_exceptions_as_in_boto3(wire: Wire) -> None:
    body = json.dumps({"__type": "NotFoundException", "message": "gone"}).encode()
    wire.server.reply(Reply(400, body, {**JSON_TYPE, "x-amzn-RequestId": "req-9"}))
    try:
        wire.generated.get_instance(instance_name="web-1")
    except wire.generated.exceptions.NotFoundException as error:
        assert error.response["Error"] == {"Code": "NotFoundException", "Message": "gone"}
        assert error.response["ResponseMetadata"]["RequestId"] == "req-9"
        assert error.operation_name == "GetInstance"
    else:
        raise AssertionError("nothing raised")


def test_errors_pickle_as_themselves(wire: Wire) -> None:
    body = {"__type": "NotFoundException", "message": "gone", "tip": "look elsewhere"}
    error = generated_error(wire, Reply(400, json.dumps(body).encode(), JSON_TYPE))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is NotFoundException
    assert (copy.code, copy.message, copy.tip, copy.response) == (
        error.code,
        error.message,
        error.tip,
        error.response,
    )
