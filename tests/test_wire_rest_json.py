"""rest-json on the wire: for every operation of Lambda, API Gateway, EKS, EFS and EBS,
the generated client sends what botocore sends and reads what botocore reads.

Requests: each operation is called twice through both clients (every member set, then
only the required ones), with boto3's arguments as boto3 takes them; each client's
request is captured where it would be sent (botocore's ``before-send`` event, the
engine's transport) and method, URL (path and query, byte for byte), headers, body and
signature must agree. Responses: a response setting every output member in its
headers, status code and body is read by botocore's RestJSONParser and by the generated
client; ``to_dict()`` must equal botocore's result. Errors: every error shape, its code
in the ``X-Amzn-Errortype`` header, the body's ``code`` or its ``__type``.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from async_support import KINDS, make_client
from botocore import xform_name
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HeadersDict, prepare_request_dict
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.model import OperationModel, ServiceModel
from botocore.parsers import create_parser
from botocore.response import StreamingBody
from botocore.serialize import create_serializer
from conftest import REST_JSON_SERVICES, REST_JSON_SINK_MODEL
from loopback import Reply, loopback_server
from rest_json_support import BLOB, MOMENT, example_input, example_output
from strategies import new_session

pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated:DeprecationWarning")

REGION = "us-east-1"
ENDPOINT = "https://example.com"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
VOLATILE_HEADERS = frozenset({
    "user-agent",
    "x-amz-date",
    "authorization",
    "amz-sdk-invocation-id",
    "amz-sdk-request",
    "content-length",
})
"""Headers that differ between any two calls or clients (the signature is checked
apart; http.client and urllib3 both write Content-Length from the body)."""
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
"""An idempotency token each client draws itself."""


@dataclass
class CapturedRequest(Exception):  # noqa: N818 - raised to stop the call, not an error
    method: str
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Clients:
    service: str
    model: ServiceModel
    botocore: Any
    generated: Any
    package: str


@pytest.fixture(scope="module")
def clients(rest_json_packages: dict[str, str]) -> Iterator[dict[str, Clients]]:
    session = new_session()
    found = {}
    for service in REST_JSON_SERVICES:
        package = rest_json_packages[service]
        reference = session.create_client(
            service,
            region_name=REGION,
            endpoint_url=ENDPOINT,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        reference.meta.events.register("before-send", _capture_botocore)
        generated = importlib.import_module(package).Client(
            region_name=REGION,
            endpoint_url=ENDPOINT,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        capture(generated)
        model = reference.meta.service_model
        found[service] = Clients(service, model, reference, generated, package)
    yield found
    for pair in found.values():
        pair.generated.close()


def _capture_botocore(request: Any, **_: Any) -> None:
    body = request.body or b""
    if hasattr(body, "read"):
        body = body.read()
    headers = {k: v.decode() if isinstance(v, bytes) else v for k, v in request.headers.items()}
    raise CapturedRequest(request.method, request.url, headers, body)


class _CapturingTransport:
    def send(
        self, method: str, url: str, headers: dict[str, str], body: Any, stream: bool = False
    ) -> Any:
        data = body if isinstance(body, bytes) else body.read()
        raise CapturedRequest(method, url, dict(headers), data)


    def close(self) -> None:
        pass


def capture(client: Any) -> None:
    """Every request of ``client`` raised as a CapturedRequest, whichever endpoint it
    goes to (a host prefix gives a call its own transport)."""
    client._engine._transport = _CapturingTransport()
    client._engine.TRANSPORT = lambda url, **settings: _CapturingTransport()


def sent(client: Any, operation: str, params: dict[str, Any]) -> CapturedRequest:
    """The request ``client`` would send for ``params`` (boto3's names and dicts)."""
    with pytest.raises(CapturedRequest) as caught:
        getattr(client, xform_name(operation))(**params)
    return caught.value


def differences(expected: CapturedRequest, actual: CapturedRequest) -> list[str]:
    problems = []
    if expected.method != actual.method:
        problems.append(f"method: {expected.method} != {actual.method}")
    if _tokens(expected.url) != _tokens(actual.url):
        problems.append(f"url: {expected.url} != {actual.url}")
    expected_headers, actual_headers = _compared(expected.headers), _compared(actual.headers)
    if expected_headers != actual_headers:
        problems.append(f"headers: {expected_headers} != {actual_headers}")
    if _body(expected) != _body(actual):
        problems.append(f"body: {expected.body!r:.300} != {actual.body!r:.300}")
    return problems


def _tokens(text: str) -> str:
    return UUID4.sub("<uuid4>", text)


def _compared(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items() if k.lower() not in VOLATILE_HEADERS}


def _body(request: CapturedRequest) -> Any:
    """A JSON body parsed (key order is the arguments' for botocore), else its bytes."""
    if request.headers.get("Content-Type") == "application/json":
        return json.loads(_tokens(request.body.decode()))
    return request.body


def signature_problems(request: CapturedRequest) -> list[str]:
    """Verify the generated client's SigV4 signature with botocore, from what it sends."""
    headers = {k.lower(): v for k, v in request.headers.items()}
    fields = dict(
        part.strip().split("=", 1) for part in headers["authorization"].split(" ", 1)[1].split(",")
    )
    signed = fields["SignedHeaders"].split(";")
    host = request.url.split("/")[2]
    reference = AWSRequest(
        method=request.method,
        url=request.url,
        headers={name: host if name == "host" else headers[name] for name in signed},
        data=request.body,
    )
    reference.context["timestamp"] = headers["x-amz-date"]
    signer = SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), _signing_name(request), REGION)
    expected = signer.signature(
        signer.string_to_sign(reference, signer.canonical_request(reference)), reference
    )
    return [] if fields["Signature"] == expected else [f"signature of {request.url}"]


def _signing_name(request: CapturedRequest) -> str:
    scope = request.headers["Authorization"].split("Credential=", 1)[1].split(",", 1)[0]
    return scope.split("/")[3]


def operations(model: ServiceModel) -> list[OperationModel]:
    return [model.operation_model(name) for name in model.operation_names]


@pytest.mark.parametrize("service", sorted(REST_JSON_SERVICES))
def test_requests_match_botocore(clients: dict[str, Clients], service: str) -> None:
    pair = clients[service]
    problems = []
    for operation in operations(pair.model):
        if operation.has_event_stream_input:
            with pytest.raises(NotImplementedError):  # needs HTTP/2, and says so
                sent(pair.generated, operation.name, example_input(operation.input_shape))
            continue
        for full in (True, False):
            params = example_input(operation.input_shape, full) if operation.input_shape else {}
            expected = sent(pair.botocore, operation.name, params)
            actual = sent(pair.generated, operation.name, params)
            found = differences(expected, actual) + signature_problems(actual)
            problems += [f"{operation.name} ({'all' if full else 'required'}): {p}" for p in found]
    assert problems == []


def test_every_operation_is_compared(clients: dict[str, Clients]) -> None:
    counts = {service: len(pair.model.operation_names) for service, pair in clients.items()}
    assert all(count >= 5 for count in counts.values()), counts
    assert sum(counts.values()) > 300


def test_a_missing_idempotency_token_is_filled_once_per_call(
    clients: dict[str, Clients],
) -> None:
    pair = clients["eks"]
    params = {"clusterName": "c", "nodegroupName": "ng", "subnets": ["s"], "nodeRole": "r"}
    first = json.loads(sent(pair.generated, "CreateNodegroup", params).body)
    second = json.loads(sent(pair.generated, "CreateNodegroup", params).body)
    assert UUID4.fullmatch(first["clientRequestToken"])
    assert first["clientRequestToken"] != second["clientRequestToken"]
    given = sent(pair.generated, "CreateNodegroup", {**params, "clientRequestToken": "mine"})
    assert json.loads(given.body)["clientRequestToken"] == "mine"


def test_a_streaming_payload_is_sent_from_a_file(clients: dict[str, Clients]) -> None:
    pair = clients["ebs"]
    params = example_input(pair.model.operation_model("PutSnapshotBlock").input_shape)
    from_bytes = sent(pair.generated, "PutSnapshotBlock", params)
    from_file = sent(pair.generated, "PutSnapshotBlock", {**params, "BlockData": io.BytesIO(BLOB)})
    assert from_file.body == from_bytes.body == BLOB
    assert from_file.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD"


def test_a_request_uri_with_a_query_joins_the_endpoint_path(
    rest_json_packages: dict[str, str],
) -> None:
    # Host prefixes and their labels: the sink's PutThing above, and test_endpoint_params.
    endpoints = importlib.import_module(f"{rest_json_packages['lambda']}._runtime.endpoints")
    assert endpoints.request_url("https://svc.example.com/base", "/x?y") == (
        "https://svc.example.com/base/x?y"
    )


# -- responses ------------------------------------------------------------------------


def parse_with_botocore(
    operation: OperationModel, status: int, headers: dict[str, str], body: bytes
) -> dict[str, Any]:
    streaming = operation.has_streaming_output
    raw: Any = StreamingBody(io.BytesIO(body), len(body)) if streaming else body
    parsed: dict[str, Any] = create_parser("rest-json").parse(
        {"status_code": status, "headers": HeadersDict(headers), "body": raw},
        operation.output_shape,
    )
    parsed.pop("ResponseMetadata")
    payload = operation.output_shape.serialization.get("payload")
    if streaming:  # a StreamingBody in boto3: compared read
        parsed[payload] = parsed[payload].read()
    return parsed


def parse_with_generated(
    pair: Clients, operation: OperationModel, status: int, headers: dict[str, str], body: bytes
) -> dict[str, Any]:
    package = pair.package
    response_class = importlib.import_module(f"{package}._runtime.transport").Response
    spec = importlib.import_module(f"{package}.operations.{xform_name(operation.name)}").OPERATION
    lowered = {k.lower(): v for k, v in headers.items()}
    response = response_class(status, lowered, body, raw_headers=list(headers.items()))
    parsed = pair.generated.SERVICE.protocol.parse(response, spec)
    shapes = importlib.import_module(f"{package}.shapes")
    result_class = getattr(shapes, operation.output_shape.name)
    found: dict[str, Any] = result_class.from_wire(parsed).to_dict()
    return found


@pytest.mark.parametrize("service", sorted(REST_JSON_SERVICES))
def test_responses_match_botocore(clients: dict[str, Clients], service: str) -> None:
    pair = clients[service]
    problems = []
    for operation in operations(pair.model):
        if operation.output_shape is None or operation.has_event_stream_output:
            continue
        status, headers, body, _ = example_output(operation.output_shape)
        expected = parse_with_botocore(operation, status, headers, body)
        actual = parse_with_generated(pair, operation, status, headers, body)
        if actual != expected:
            problems.append(f"{operation.name}: {expected} != {actual}")
    assert problems == []


# -- errors ---------------------------------------------------------------------------


def botocore_error(model: ServiceModel, status: int, headers: dict[str, str], body: bytes) -> Any:
    """boto3's ``ClientError.response`` for an error response, without metadata."""
    parser = create_parser("rest-json")
    response = {"status_code": status, "headers": HeadersDict(headers), "body": body}
    parsed: dict[str, Any] = parser.parse(response, None)
    shape = model.shape_for_error_code(parsed["Error"]["Code"])
    if shape is not None:  # botocore's client adds the modelled members so
        parsed.update(parser.parse(response, shape))
    parsed.pop("ResponseMetadata")
    return parsed


def generated_error(pair: Clients, status: int, headers: dict[str, str], body: bytes) -> Any:
    response_class = importlib.import_module(f"{pair.package}._runtime.transport").Response
    errors = pair.generated._engine.errors
    response = response_class(status, {k.lower(): v for k, v in headers.items()}, body)
    error = pair.generated.SERVICE.protocol.parse_error(response, errors.by_code, errors.base)
    assert isinstance(error, errors.by_code.get(error.code, errors.base))
    found = dict(error.response)
    found.pop("ResponseMetadata")
    return found


def error_responses(model: ServiceModel) -> Iterator[tuple[str, int, dict[str, str], bytes]]:
    """For every error shape: its code in the header, in ``code`` and in ``__type``."""
    for shape in model.error_shapes:
        code = shape.error_code or shape.name
        status, headers, _, document = example_output(shape)
        status = shape.metadata.get("error", {}).get("httpStatusCode", 400)
        document = {**document, "message": "went wrong"}
        yield (
            f"{code} (header)",
            status,
            {**headers, "X-Amzn-Errortype": f"{code}:http://internal.amazon.com/"},
            json.dumps(document).encode(),
        )
        yield f"{code} (code)", status, headers, json.dumps({**document, "code": code}).encode()
        body = {**document, "__type": f"aws.protocoltests#{code}", "Message": "Other"}
        yield f"{code} (__type)", status, headers, json.dumps(body).encode()
    yield "unmodelled", 418, {}, b'{"code": "Teapot", "message": "short and stout"}'
    yield "no code", 404, {}, b"{}"
    yield "generic", 503, {}, b"<html>busy</html>"


@pytest.mark.parametrize("service", sorted(REST_JSON_SERVICES))
def test_errors_match_botocore(clients: dict[str, Clients], service: str) -> None:
    pair = clients[service]
    problems = []
    for name, status, headers, body in error_responses(pair.model):
        expected = botocore_error(pair.model, status, headers, body)
        actual = generated_error(pair, status, headers, body)
        if actual != expected:
            problems.append(f"{name}: {expected} != {actual}")
    assert problems == []


# -- over a connection ----------------------------------------------------------------


def test_a_call_over_loopback(rest_json_packages: dict[str, str]) -> None:
    """GET with labels and a query list, through the engine, the transport and back."""
    package = importlib.import_module(rest_json_packages["lambda"])
    with loopback_server() as server:
        client = package.Client(
            region_name=REGION,
            endpoint_url=server.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        server.reply(
            Reply(200, b'{"Tags": {"a": "b"}}', {"Content-Type": "application/json"}),
            Reply(
                404,
                b'{"Type": "User", "message": "no such function"}',
                {"X-Amzn-Errortype": "ResourceNotFoundException:http://internal"},
            ),
        )
        with client:
            result = client.list_tags(resource="arn:aws:lambda:us-east-1:1:function:f/1")
            assert result.to_dict() == {"Tags": {"a": "b"}}
            with pytest.raises(client.exceptions.ResourceNotFoundException) as caught:
                client.get_function(FunctionName="my fn", Qualifier="$LATEST")
    listed, got = server.requests
    assert (listed.method, listed.path) == (
        "GET",
        "/2017-03-31/tags/arn%3Aaws%3Alambda%3Aus-east-1%3A1%3Afunction%3Af%2F1",
    )
    assert (got.method, got.path) == ("GET", "/2015-03-31/functions/my%20fn?Qualifier=%24LATEST")
    assert caught.value.response["Error"] == {
        "Code": "ResourceNotFoundException",
        "Message": "no such function",
    }
    assert caught.value.response["Type"] == "User"


@pytest.mark.parametrize("kind", KINDS)
def test_a_headers_map_keeps_the_names_the_server_sent(
    rest_json_packages: dict[str, str], kind: str
) -> None:
    """Data Exchange's SendApiAsset returns every response header in ResponseHeaders (a
    ``headers`` map, its prefix empty): boto3 keys it by the names as the server wrote
    them. Single header members and error codes are still read in any case."""
    reply_headers = {"Content-Type": "application/json", "X-Custom-Header": "one",
                     "x-amzn-RequestId": "r-1", "ETAG": "e", "lower-case": "two"}
    params = {"AssetId": "a", "DataSetId": "d", "RevisionId": "r", "Body": "x"}
    options = dict(region_name=REGION, aws_access_key_id=ACCESS_KEY,
                   aws_secret_access_key=SECRET_KEY,
                   config=Config(inject_host_prefix=False))  # api-fulfill.127.0.0.1
    error_headers = {"X-AMZN-ERRORTYPE": "ThrottlingException:http://internal"}
    with loopback_server() as server:
        server.reply(Reply(200, b"text", reply_headers), Reply(429, b"{}", error_headers))
        reference = new_session().create_client(
            "dataexchange", endpoint_url=server.url, **options)
        expected = reference.send_api_asset(**params)
        expected.pop("ResponseMetadata")
        with pytest.raises(reference.exceptions.ThrottlingException):
            reference.list_data_sets()
        server.reply(Reply(200, b"text", reply_headers), Reply(429, b"{}", error_headers))
        with make_client(kind, endpoint_url=server.url, max_attempts=1,
                         package=rest_json_packages["dataexchange"], **options) as client:
            got = client.send_api_asset(**params).to_dict()
            assert got == expected
            with pytest.raises(client.exceptions.ThrottlingException):
                client.list_data_sets()
    assert expected["ResponseHeaders"] == {"Content-Length": "4", **reply_headers}


def test_a_prefixed_headers_map_keeps_the_case_after_the_prefix() -> None:
    """botocore matches the prefix in any case and keeps the rest of each name as sent."""
    from generator.runtime.protocols import Binding
    from generator.runtime.protocols.rest_json import read_bindings
    from generator.runtime.transport import Response

    string = {"shape": "S"}
    model = ServiceModel({
        "metadata": {"protocol": "rest-json", "apiVersion": "2024-01-01"},
        "operations": {"Op": {"name": "Op", "http": {"method": "GET", "requestUri": "/"},
                              "output": {"shape": "Out"}}},
        "shapes": {
            "Out": {"type": "structure", "members": {"Meta": {
                "shape": "M", "location": "headers", "locationName": "x-amz-meta-"}}},
            "M": {"type": "map", "key": string, "value": string},
            "S": {"type": "string"},
        },
    })
    headers = {"X-Amz-Meta-Color": "red", "x-amz-meta-Size": "L", "X-AMZ-META-": "empty",
               "x-amz-metadata": "no", "Content-Type": "application/json"}
    expected = parse_with_botocore(model.operation_model("Op"), 200, headers, b"{}")
    response = Response(200, {k.lower(): v for k, v in headers.items()}, b"{}",
                        raw_headers=list(headers.items()))
    binding = Binding("x-amz-meta-", "headers", "map", item="string")
    assert read_bindings((binding,), response) == {"x-amz-meta-": expected["Meta"]}
    assert expected["Meta"] == {"Color": "red", "Size": "L", "": "empty"}


# -- every binding: the rest-json sink against botocore's serializer and parser -------


@pytest.fixture(scope="module")
def sink(rest_json_packages: dict[str, str]) -> Iterator[tuple[ServiceModel, Any]]:
    document = json.loads((REST_JSON_SINK_MODEL / "service-2.json").read_text("utf-8"))
    client = importlib.import_module(rest_json_packages["restsink"]).Client(
        region_name=REGION,
        endpoint_url=ENDPOINT,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    capture(client)
    with client:
        yield ServiceModel(document, "restsink"), client


def serialized_by_botocore(
    model: ServiceModel, operation: str, params: dict[str, Any]
) -> CapturedRequest:
    """botocore's serializer and URL preparation (no handlers run: no client needed)."""
    request = create_serializer("rest-json").serialize_to_request(
        params, model.operation_model(operation)
    )
    prepare_request_dict(request, ENDPOINT)
    body = request["body"]
    return CapturedRequest(request["method"], request["url"], dict(request["headers"]), body)


@pytest.mark.parametrize("operation", ["PutThing", "GetThing", "PostText"])
@pytest.mark.parametrize("full", [True, False], ids=["all", "required"])
def test_sink_requests_match_botocore(
    sink: tuple[ServiceModel, Any], operation: str, full: bool
) -> None:
    model, client = sink
    params = example_input(model.operation_model(operation).input_shape, full)
    if operation == "PutThing":
        params.setdefault("Token", "token-1")  # no handler fills it in botocore's serializer
    expected = serialized_by_botocore(model, operation, params)
    actual = sent(client, operation, params)
    assert differences(expected, actual) == []


def test_sink_header_values(sink: tuple[ServiceModel, Any]) -> None:
    """What the formats look like, so a change in both libraries is noticed too."""
    _, client = sink
    params = {"Bucket": "b", "Key": "k/é", "AccountId": "123", "Since": MOMENT,
              "SinceIso": MOMENT, "SinceEpoch": MOMENT, "Labels": ["a,b", 'say "hi"', "c"],
              "Attributes": {"k": [1]}, "Flag": False, "Token": "t", "After": MOMENT,
              "Filters": {"f": ["1", "2"]}, "Switches": [True, False]}
    request = sent(client, "PutThing", params)
    assert request.url == (
        "https://123.data.example.com/things/b/k/%C3%A9?versions"
        "&after=2024-02-29T23%3A59%3A58.123456Z&switch=true&switch=false&f=1&f=2&token=t"
    )
    headers = request.headers
    assert headers["If-Modified-Since"] == "Thu, 29 Feb 2024 23:59:58 GMT"
    assert headers["x-amz-since-iso"] == "2024-02-29T23:59:58Z"
    assert headers["x-amz-since-epoch"] == "1709251198"
    assert headers["x-amz-labels"] == '"a,b","say \\"hi\\"",c'
    assert headers["x-amz-attributes"] == "eyJrIjpbMV19"
    assert headers["x-amz-flag"] == "false"
    # A structure payload left out is an empty JSON object, as botocore sends it.
    assert (request.body, headers["Content-Type"]) == (b"{}", "application/json")


@pytest.mark.parametrize("operation", ["PutThing", "GetThing", "PostText"])
def test_sink_responses_match_botocore(sink: tuple[ServiceModel, Any], operation: str) -> None:
    model, client = sink
    operation_model = model.operation_model(operation)
    status, headers, body, _ = example_output(operation_model.output_shape)
    pair = Clients("restsink", model, None, client, type(client).__module__.split(".")[0])
    expected = parse_with_botocore(operation_model, status, headers, body)
    assert parse_with_generated(pair, operation_model, status, headers, body) == expected


def test_sink_error_headers(sink: tuple[ServiceModel, Any]) -> None:
    model, client = sink
    pair = Clients("restsink", model, None, client, type(client).__module__.split(".")[0])
    for name, status, headers, body in error_responses(model):
        expected = botocore_error(model, status, headers, body)
        assert generated_error(pair, status, headers, body) == expected, name
    headers = {"x-amzn-errortype": "ThrottledException", "Retry-After": "12"}
    error = generated_error(pair, 429, headers, b'{"message": "slow", "reason": "r"}')
    assert error["RetryAfter"] == 12 and error["Reason"] == "r"


def test_streaming_payloads_over_loopback(rest_json_packages: dict[str, str]) -> None:
    """EBS: a block uploaded from a file and downloaded as a StreamingBody."""
    package = importlib.import_module(rest_json_packages["ebs"])
    streaming = importlib.import_module(f"{package.__name__}._runtime.streaming")
    block = bytes(range(256)) * 64
    with loopback_server() as server:
        client = package.Client(
            region_name=REGION,
            endpoint_url=server.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        server.reply(
            Reply(201, b"{}", {"x-amz-Checksum": "c", "x-amz-Checksum-Algorithm": "SHA256"}),
            Reply(200, block, {"x-amz-Data-Length": str(len(block))}),
        )
        with client:
            put = client.put_snapshot_block(
                SnapshotId="snap-1", BlockIndex=3, BlockData=io.BytesIO(block),
                DataLength=len(block), Checksum="c", ChecksumAlgorithm="SHA256",
            )
            got = client.get_snapshot_block(SnapshotId="snap-1", BlockIndex=3, BlockToken="t")
            assert isinstance(got.block_data, streaming.StreamingBody)
            assert (got.data_length, got.block_data.read()) == (len(block), block)
    assert put.checksum == "c"
    uploaded, downloaded = server.requests
    assert (uploaded.method, uploaded.path, uploaded.body) == (
        "PUT", "/snapshots/snap-1/blocks/3", block
    )
    assert downloaded.path == "/snapshots/snap-1/blocks/3?blockToken=t"


def test_async_client_streams_the_payload(rest_json_packages: dict[str, str]) -> None:
    """EBS's AsyncClient: the block read with the body's async methods; an error status on
    the same operation read whole and raised."""
    package = importlib.import_module(rest_json_packages["ebs"])
    aio = importlib.import_module(f"{package.__name__}.aio")
    errors = importlib.import_module(f"{package.__name__}.errors")
    block = bytes(range(256)) * 2048  # 512 KiB

    async def main(url: str) -> list[bytes]:
        async with aio.AsyncClient(
            region_name=REGION,
            endpoint_url=url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        ) as client:
            got = await client.get_snapshot_block(
                SnapshotId="snap-1", BlockIndex=3, BlockToken="t"
            )
            assert got.data_length == len(block)
            with pytest.raises(TypeError, match=r"await body\.aread"):
                got.block_data.read()
            async with got.block_data as body:
                chunks = [chunk async for chunk in body.aiter_chunks(64 * 1024)]
            with pytest.raises(errors.ResourceNotFoundException, match="no such block"):
                await client.get_snapshot_block(
                    SnapshotId="snap-1", BlockIndex=4, BlockToken="t"
                )
            return chunks

    with loopback_server() as server:
        server.reply(
            Reply(200, block, {"x-amz-Data-Length": str(len(block))}),
            Reply(
                404,
                b'{"message": "no such block"}',
                {"x-amzn-ErrorType": "ResourceNotFoundException"},
            ),
        )
        chunks = asyncio.run(main(server.url))
    assert b"".join(chunks) == block
    assert {len(chunk) for chunk in chunks} == {64 * 1024}
    assert [r.path for r in server.requests] == [
        "/snapshots/snap-1/blocks/3?blockToken=t",
        "/snapshots/snap-1/blocks/4?blockToken=t",
    ]


@pytest.mark.parametrize(("kind", "value"), [
    ("integer", "12 secret-ish"), ("timestamp", "not a date 12x"),
    ("jsonvalue", "%%%not-base64%%%"), ("blob", "xyzab"),
])
def test_a_header_member_that_does_not_parse_says_which_without_quoting_it(
    kind: str, value: str
) -> None:
    from generator.runtime.errors import ResponseParserError
    from generator.runtime.protocols import Binding
    from generator.runtime.protocols.rest_json import read_bindings
    from generator.runtime.transport import Response

    response = Response(200, {"x-amz-count": value}, b"{}")
    with pytest.raises(ResponseParserError) as raised:
        read_bindings((Binding("X-Amz-Count", "header", kind),), response)
    assert "header X-Amz-Count" in str(raised.value)
    assert value not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__context__ is None
