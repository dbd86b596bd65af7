"""A script written for boto3 runs unchanged against the generated client, but for the
import and the constructor: boto3's argument names, dicts for structures,
``client.exceptions.X``, ``except ClientError`` and ``e.response["Error"]["Code"]``.

The same script runs with a boto3 client and with the generated one, each against a
loopback server replaying the same replies; what it records and what the server
receives must agree.
"""

from __future__ import annotations

import inspect
import json
import warnings
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import pytest
from lightsail import Client
from lightsail._runtime.errors import EndpointConnectionError
from loopback import Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws

BOTO3_SCRIPT = '''
from botocore.exceptions import ClientError


def provision(client, log):
    client.tag_resource(
        resourceName="web-1", tags=[{"key": "team", "value": "web"}, {"key": "env"}]
    )
    try:
        client.create_container_service(
            serviceName="my-svc",
            power="nano",
            scale=1,
            tags=[{"key": "team", "value": "web"}],
            deployment={
                "containers": {"web": {"image": "nginx", "ports": {"80": "HTTP"}}},
                "publicEndpoint": {"containerName": "web", "containerPort": 80},
            },
        )
    except client.exceptions.InvalidInputException as e:
        log.append(["invalid input", e.response["Error"]["Code"], e.response["Error"]["Message"]])
    try:
        client.delete_container_service(serviceName="gone")
    except client.exceptions.NotFoundException as e:
        log.append(["not found", e.response["Error"]["Code"], e.response.get("tip")])
    try:
        client.get_container_images(serviceName="my-svc")
    except ClientError as e:
        error = e.response["Error"]
        metadata = e.response["ResponseMetadata"]
        log.append([error["Code"], error["Message"], metadata["HTTPStatusCode"],
                    metadata["RequestId"], metadata["RetryAttempts"], e.operation_name])
    for bad in ({"key": 5}, {"Key": "team"}):
        try:
            client.tag_resource(resourceName="web-1", tags=[bad])
        except Exception as e:
            log.append(["invalid", type(e).__name__])
'''
"""The script, as written for boto3 (it is quoted in the issue's closing note)."""

JSON = {"Content-Type": "application/x-amz-json-1.1"}


def replies() -> list[Reply]:
    def error(status: int, body: dict[str, Any]) -> Reply:
        return Reply(status, json.dumps(body).encode(), {**JSON, "x-amzn-RequestId": "req-7"})

    return [
        Reply.of_json({"operations": []}),
        error(400, {"__type": "InvalidInputException", "message": "power is not valid"}),
        error(400, {"__type": "NotFoundException", "message": "no such", "tip": "list"}),
        error(403, {"__type": "AccessDeniedException", "message": "denied", "code": "AD"}),
    ]


def run(client: Any, server: Any) -> tuple[list[Any], list[Any]]:
    namespace: dict[str, Any] = {}
    exec(compile(BOTO3_SCRIPT, "boto3_script.py", "exec"), namespace)
    server.reply(*replies())
    server.requests.clear()
    log: list[Any] = []
    namespace["provision"](client, log)
    return log, [(r.headers["X-Amz-Target"], r.json()) for r in server.requests]


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


def test_a_boto3_script_runs_unchanged() -> None:
    config = botocore.config.Config(retries={"mode": "standard", "total_max_attempts": 1})
    with loopback_server() as server:
        # The only lines that differ: the import and the constructor.
        reference = boto3.client(
            "lightsail",
            region_name="us-east-1",
            endpoint_url=server.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=config,
        )
        generated = Client(
            region_name="us-east-1",
            endpoint_url=server.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=config,
        )
        theirs = run(reference, server)
        ours = run(generated, server)
    assert ours == theirs
    log, sent = ours
    assert log == [
        ["invalid input", "InvalidInputException", "power is not valid"],
        ["not found", "NotFoundException", "list"],
        ["AccessDeniedException", "denied", 403, "req-7", 0, "GetContainerImages"],
        ["invalid", "ParamValidationError"],
        ["invalid", "ParamValidationError"],
    ]
    assert len(sent) == 4  # the invalid calls sent nothing


# -- boto3's argument names ----------------------------------------------------------


@pytest.fixture
def client() -> Client:
    return Client("us-east-1", "http://127.0.0.1:1", ACCESS_KEY, SECRET_KEY, max_attempts=1)


def test_both_spellings_of_one_argument_are_refused(client: Client) -> None:
    arguments: dict[str, Any] = {"serviceName": "a", "service_name": "b", "label": "l"}
    with pytest.raises(TypeError, match=r"got 'service_name' twice: as 'serviceName' and as"):
        client.register_container_image(**arguments, digest="d")


def test_an_unknown_argument_is_still_a_type_error(client: Client) -> None:
    arguments: dict[str, Any] = {"serviceNam": "a", "label": "l", "digest": "d"}
    with pytest.raises(TypeError, match="unexpected keyword argument 'serviceNam'"):
        client.register_container_image(**arguments)


def test_methods_keep_their_signature_and_documentation(client: Client) -> None:
    method = client.register_container_image
    assert method.__name__ == "register_container_image"
    assert (method.__doc__ or "").startswith("Registers a container image")
    assert list(inspect.signature(method).parameters) == ["service_name", "label", "digest"]


def test_deprecation_warnings_point_at_the_caller(client: Client) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(EndpointConnectionError):  # nothing listens there
            client.create_instances(
                instance_names=["a"],
                availability_zone="us-east-1a",
                blueprint_id="b",
                bundle_id="c",
                custom_image_name="deprecated",
            )
    [warning] = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert Path(warning.filename) == Path(__file__)


def test_a_subclass_s_own_methods_are_left_as_they_are() -> None:
    class Mine(Client):
        def tagged(self, *, name: str) -> str:
            return name

    assert Mine.tagged.__code__.co_kwonlyargcount == 1  # not wrapped
    assert Mine.register_container_image is Client.register_container_image
