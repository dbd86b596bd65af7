"""A successful response whose body cannot be read: the client's own error, retried (or
not) as botocore's standard retry mode treats it, and never quoting the whole body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import botocore.parsers
import pytest
from lightsail import Client
from lightsail._runtime import errors
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import botocore_session
from test_runtime_retries import botocore_verdicts

REQUEST_ID = "parse-error-request-1"
SECRET = "s3cr3t-" * 20  # what a broken body might carry: never quoted whole


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


def broken(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "application/x-amz-json-1.1",
                             "x-amzn-RequestId": REQUEST_ID})


def our_client(url: str, max_attempts: int) -> Client:
    client = Client("us-east-1", url, ACCESS_KEY, SECRET_KEY, max_attempts=max_attempts)
    client._engine.sleep = lambda seconds: None
    return client


def boto3_client(url: str, max_attempts: int) -> Any:
    session = boto3.Session(botocore_session=botocore_session())
    return session.client(
        "lightsail", region_name="us-east-1", endpoint_url=url,
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
        config=botocore.config.Config(
            retries={"mode": "standard", "max_attempts": max_attempts}
        ),
    )


BROKEN_BODIES = [
    b"not json at all",
    b'{"regions": [',
    b"\xff\xfe\x00garbage",  # not UTF-8
    b"<html><body>" + SECRET.encode() + b"</body></html>",
    b"[" * 100_000,  # deeper than json can nest
    b'{"regions": []} trailing',
]


@pytest.mark.parametrize("body", BROKEN_BODIES, ids=lambda body: repr(body[:16]))
def test_a_2xx_body_that_is_not_json_is_a_response_parser_error(
    server: LoopbackServer, body: bytes
) -> None:
    server.reply(broken(body))
    with pytest.raises(errors.Error) as raised:
        our_client(server.url, 1).get_regions()
    error = raised.value
    assert type(error) is errors.ResponseParserError
    assert (error.http_status, error.request_id) == (200, REQUEST_ID)
    shown = repr(body[:40]) + ("..." if len(body) > 40 else "")
    assert error.body_start == shown
    message = str(error)
    assert message.startswith("the HTTP 200 response could not be parsed as JSON: ")
    assert message.endswith(
        f"(request id {REQUEST_ID}; the body, {len(body)} bytes, starts {shown})"
    )
    assert "\n" not in message and len(message) < 300
    assert SECRET not in message and SECRET not in repr(error)
    assert error.__cause__ is None and error.__context__ is None  # none holds the body


def test_botocore_standard_mode_does_not_retry_a_response_parser_error() -> None:
    caught = botocore.parsers.ResponseParserError("unparseable")
    assert botocore_verdicts({"caught_exception": caught}, 5, 0.5) == [None] * 5


@pytest.mark.parametrize("max_attempts", [1, 3, 5])
def test_an_unparseable_body_is_sent_once_as_boto3_sends_it(
    server: LoopbackServer, max_attempts: int
) -> None:
    server.reply(broken(b"not json at all"))
    reference = boto3_client(server.url, max_attempts)
    reference.get_regions()  # botocore reads it as {"message": <body>}: nothing to retry
    assert len(server.requests) == 1
    server.requests.clear()
    with pytest.raises(errors.ResponseParserError):
        our_client(server.url, max_attempts).get_regions()
    assert len(server.requests) == 1


def test_a_good_body_after_a_broken_one_is_read(server: LoopbackServer) -> None:
    server.reply(broken(b"{"), Reply.of_json({"regions": []}))
    client = our_client(server.url, 3)
    with pytest.raises(errors.ResponseParserError):
        client.get_regions()
    assert client.get_regions().to_dict() == {"regions": []}
    assert len(server.requests) == 2
