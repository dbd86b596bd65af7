"""The generated Lightsail client against a loopback server: the request on the wire,
the parsed response, and a modelled error."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from async_support import KINDS, make_client
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from conftest import REPO
from lightsail import Client
from lightsail.errors import LightsailError, NotFoundException
from loopback import LoopbackServer, Recorded, Reply, loopback_server

ACCESS_KEY, SECRET_KEY = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture(params=KINDS)
def client(server: LoopbackServer, request: pytest.FixtureRequest) -> Iterator[Client]:
    """The sync client, and the async one (async_support.py): every test runs on both."""
    server.requests.clear()
    with make_client(
        request.param,
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        max_attempts=1,
    ) as client:
        yield client


def expected_signature(recorded: Recorded, url: str) -> str:
    """The SigV4 signature botocore computes over the headers the request says it signed,
    as the service does when it verifies one."""
    listed = re.search(r"SignedHeaders=([^,]+)", recorded.headers["Authorization"])
    assert listed is not None
    names = set(listed.group(1).split(";"))
    signed = {k: v for k, v in recorded.headers.items() if k.lower() in names}
    request = AWSRequest(
        method=recorded.method, url=url + recorded.path, headers=signed, data=recorded.body
    )
    request.context["timestamp"] = recorded.headers["X-Amz-Date"]
    auth = SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), "lightsail", "us-east-1")
    return str(
        auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
    )


def test_register_container_image_request_and_response(
    server: LoopbackServer, client: Client
) -> None:
    server.reply(
        Reply.of_json(
            {
                "containerImage": {
                    "image": ":my-svc.web.1",
                    "digest": "sha256:abc",
                    "createdAt": 1700000000.25,
                }
            }
        )
    )

    result = client.register_container_image(
        service_name="my-svc", label="web", digest="sha256:abc"
    )

    assert result.container_image is not None
    assert result.container_image.image == ":my-svc.web.1"
    assert result.container_image.created_at == datetime(
        2023, 11, 14, 22, 13, 20, 250000, tzinfo=UTC
    )
    [recorded] = server.requests
    assert (recorded.method, recorded.path) == ("POST", "/")
    assert recorded.headers["Content-Type"] == "application/x-amz-json-1.1"
    assert recorded.headers["X-Amz-Target"] == "Lightsail_20161128.RegisterContainerImage"
    assert recorded.json() == {"serviceName": "my-svc", "label": "web", "digest": "sha256:abc"}
    authorization = recorded.headers["Authorization"]
    assert authorization.startswith(
        f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/"
        f"{recorded.headers['X-Amz-Date'][:8]}/us-east-1/lightsail/aws4_request, "
    )
    signature = re.search(r"Signature=([0-9a-f]{64})$", authorization)
    assert signature is not None
    assert signature.group(1) == expected_signature(recorded, server.url)


def test_not_found_error_is_raised_with_its_message(server: LoopbackServer, client: Client) -> None:
    server.reply(
        Reply.of_json(
            {
                "__type": "NotFoundException",
                "message": "No such service: my-svc",
                "code": "NotFound",
                "docs": "https://docs",
                "tip": "Check the name.",
            },
            status=400,
            **{"x-amzn-RequestId": "req-123"},
        )
    )

    with pytest.raises(NotFoundException) as raised:
        client.register_container_image(service_name="my-svc", label="web", digest="sha256:abc")

    error = raised.value
    assert isinstance(error, LightsailError)
    assert (error.code, error.message, error.http_status) == (
        "NotFoundException",
        "No such service: my-svc",
        400,
    )
    assert error.request_id == "req-123"
    assert (error.code_member, error.docs, error.tip) == (
        "NotFound",
        "https://docs",
        "Check the name.",
    )
    assert "No such service: my-svc" in str(error)


def test_unknown_error_code_raises_the_base_error(server: LoopbackServer, client: Client) -> None:
    server.reply(
        Reply.of_json(
            {"__type": "com.amazon#BrandNewException:extra", "Message": "new"}, status=400
        )
    )
    with pytest.raises(LightsailError) as raised:
        client.get_regions()
    assert type(raised.value) is LightsailError
    assert (raised.value.code, raised.value.message) == ("BrandNewException", "new")


def test_operation_without_arguments_sends_an_empty_object(
    server: LoopbackServer, client: Client
) -> None:
    server.reply(Reply.of_json({"regions": [{"name": "us-east-1", "futureField": 1}]}))
    result = client.get_regions()
    assert server.requests[-1].body == b"{}"
    assert result.regions is not None and result.regions[0].name == "us-east-1"


def test_unknown_enum_value_passes_through(server: LoopbackServer, client: Client) -> None:
    server.reply(Reply.of_json({"regions": [{"name": "mars-north-1"}]}))
    result = client.get_regions()
    assert result.regions is not None
    assert result.regions[0].name == "mars-north-1"
    assert result.to_dict() == {"regions": [{"name": "mars-north-1"}]}


def test_operations_without_input_or_output(tmp_path: Path) -> None:
    """A model with no shapes at all: methods take nothing, send "{}", return None."""
    import importlib
    import inspect

    from generator.pipeline import generate

    generate(REPO / "tests" / "fixtures" / "degenerate", tmp_path)
    sys.path.insert(0, str(tmp_path))
    try:
        bare = importlib.import_module("bare")
        transport = importlib.import_module("bare._runtime.transport")
        client = bare.Client("us-east-1", "http://127.0.0.1:9", "AKIDEXAMPLE", "secret")
        sent: list[tuple[str, dict[str, str], bytes]] = []

        def send(
            method: str, url: str, headers: dict[str, str], body: bytes, stream: bool
        ) -> object:
            sent.append((method, headers, body))
            return transport.Response(200, {}, b"")

        client._engine._transport.send = send
        assert list(inspect.signature(client.ping).parameters) == []
        assert client.ping() is None
        assert [(m, h["X-Amz-Target"], b) for m, h, b in sent] == [
            ("POST", "Bare_20240101.Ping", b"{}")
        ]
        assert importlib.import_module("bare.errors").ERRORS == {}
    finally:
        sys.path.remove(str(tmp_path))
