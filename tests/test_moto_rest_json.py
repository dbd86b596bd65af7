"""Lambda and API Gateway (rest-json) against moto's server, the generated clients beside
boto3, each result equal to boto3's (its ``to_dict()``, boto3's dict without
ResponseMetadata; an error as its ``response``).

Lambda: two create_functions from a zip built here (an IAM role made first: moto's Lambda
wants one that exists), list_functions through its paginator (a page size of 1, which
moto ignores: it answers with one page), get_function, and get_function of a missing
function (ResourceNotFoundException), then invoke, synchronous and as an event (a blob
payload both ways, the status code bound to the result). API Gateway:
create_rest_api, get_resources, create_resource, put_method, get_resources embedding the
methods, and get_rest_api of a missing API (NotFoundException).

moto's server (tests/moto_server.py) is reset and its ids seeded before each client's
run, so both runs get the same ids; only the time differs (``VOLATILE``). moto's Lambda
runs a function in docker when it is invoked (creating one needs no docker): its
``use_docker`` setting off, an invocation answers with the payload it was sent.
"""

from __future__ import annotations

import importlib
import io
import json
import urllib.request
import zipfile
from collections.abc import Callable
from types import ModuleType
from typing import Any

import boto3
import botocore.config
import moto_server
import pytest
from moto_server import reset

REGION = "us-east-1"
KEYS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
VOLATILE = frozenset({"LastModified", "createdDate"})
"""What differs between two runs of the same calls: when moto made the thing."""
ROLE = "lambda-runner"
TRUST = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",'
    ' "Principal": {"Service": "lambda.amazonaws.com"}}]}'
)
MISSING = "no-such-function"
LAMBDA_STEPS = ("create_function", "list_functions pages", "get_function", "missing function",
                "invoke", "invoke as an event")
EVENT = b'{"name": "Nina", "tags": ["a", "b"]}'
NO_DOCKER = b'{"lambda": {"use_docker": false}}'
"""moto's configuration (POST /moto-api/config): invoke answers without running docker."""
API_STEPS = ("create_rest_api", "get_resources", "create_resource", "put_method",
             "get_resources with methods", "missing rest api")


def plain(response: dict[str, Any]) -> dict[str, Any]:
    return moto_server.plain(response, VOLATILE)


def deployment_package() -> bytes:
    """A zip holding one handler, the same bytes each time (its CodeSha256 is compared)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entry = zipfile.ZipInfo("app.py", date_time=(2024, 1, 1, 0, 0, 0))
        archive.writestr(entry, "def handler(event, context):\n    return event\n")
    return buffer.getvalue()


def functions(role: str) -> list[dict[str, Any]]:
    """create_function's arguments, as boto3 takes them: one function with most members
    set (an Environment and Tags map, a list), one with only what moto needs."""
    code = {"ZipFile": deployment_package()}
    return [
        {"FunctionName": "greeter", "Role": role, "Code": code, "Runtime": "python3.12",
         "Handler": "app.handler", "Description": "says hello", "Timeout": 7,
         "MemorySize": 256, "Environment": {"Variables": {"GREETING": "hello"}},
         "Tags": {"team": "blue", "cost": "42"}, "Architectures": ["arm64"],
         "EphemeralStorage": {"Size": 1024}},
        {"FunctionName": "minimal", "Role": role, "Code": code, "Runtime": "python3.12",
         "Handler": "app.handler"},
    ]


def prepare(url: str) -> str:
    """A reset server that runs no docker, with Lambda's execution role in it; the role's
    ARN."""
    reset(url)
    request = urllib.request.Request(f"{url}/moto-api/config", data=NO_DOCKER, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.load(response)["lambda"] == {"use_docker": False}
    iam = boto3.client("iam", region_name=REGION, endpoint_url=url, **KEYS)
    created = iam.create_role(RoleName=ROLE, AssumeRolePolicyDocument=TRUST)
    arn: str = created["Role"]["Arn"]
    return arn


def snake(arguments: dict[str, Any]) -> dict[str, Any]:
    """boto3's top-level argument names as the generated methods take them."""
    from botocore import xform_name

    return {xform_name(name): value for name, value in arguments.items()}


def boto3_client(service: str, url: str) -> Any:
    return boto3.client(service, region_name=REGION, endpoint_url=url, **KEYS,
                        config=botocore.config.Config(retries={"total_max_attempts": 1}))


def generated_client(package: ModuleType, url: str) -> Any:
    return package.Client(region_name=REGION, endpoint_url=url, max_attempts=1, **KEYS)


def error_response(call: Callable[[], Any], error: type[Exception]) -> dict[str, Any]:
    with pytest.raises(error) as raised:
        call()
    response: dict[str, Any] = raised.value.response  # type: ignore[attr-defined]
    return plain(response)


# -- Lambda ---------------------------------------------------------------------------


def read_payload(result: dict[str, Any]) -> dict[str, Any]:
    """The result with its streamed Payload read (both clients stream it)."""
    return {**result, "Payload": result["Payload"].read()}


def lambda_with_boto3(url: str) -> dict[str, Any]:
    client = boto3_client("lambda", url)
    role = prepare(url)
    return {
        "create_function": [plain(client.create_function(**f)) for f in functions(role)],
        "list_functions pages": [
            plain(page) for page in client.get_paginator("list_functions").paginate(
                PaginationConfig={"PageSize": 1})
        ],
        "get_function": plain(client.get_function(FunctionName="greeter")),
        "missing function": error_response(
            lambda: client.get_function(FunctionName=MISSING),
            client.exceptions.ResourceNotFoundException),
        "invoke": read_payload(plain(client.invoke(FunctionName="greeter", Payload=EVENT))),
        "invoke as an event": read_payload(plain(client.invoke(
            FunctionName="minimal", Payload=io.BytesIO(EVENT), InvocationType="Event"))),
    }


def lambda_with_generated(package: ModuleType, url: str) -> dict[str, Any]:
    role = prepare(url)
    with generated_client(package, url) as client:
        return {
            "create_function": [
                plain(client.create_function(**snake(f)).to_dict()) for f in functions(role)
            ],
            "list_functions pages": [
                plain(page.to_dict()) for page in client.get_paginator("list_functions").paginate(
                    PaginationConfig={"PageSize": 1})
            ],
            "get_function": plain(client.get_function(function_name="greeter").to_dict()),
            "missing function": error_response(
                lambda: client.get_function(function_name=MISSING),
                client.exceptions.ResourceNotFoundException),
            "invoke": read_payload(plain(
                client.invoke(function_name="greeter", payload=EVENT).to_dict())),
            "invoke as an event": read_payload(plain(client.invoke(
                function_name="minimal", payload=io.BytesIO(EVENT),
                invocation_type="Event").to_dict())),
        }


# -- API Gateway ----------------------------------------------------------------------

API = {"name": "bookshop", "description": "books by id", "tags": {"stage": "test"},
       "endpointConfiguration": {"types": ["REGIONAL"]}, "binaryMediaTypes": ["image/png"]}


def method(rest_api: str, resource: str) -> dict[str, Any]:
    """put_method's arguments, as boto3 takes them (a map of booleans, a list)."""
    return {"restApiId": rest_api, "resourceId": resource, "httpMethod": "GET",
            "authorizationType": "NONE", "apiKeyRequired": True, "operationName": "GetBook",
            "requestParameters": {"method.request.path.id": True,
                                  "method.request.querystring.format": False}}


def apigateway_scenario(
    create_rest_api: Callable[[], dict[str, Any]],
    get_resources: Callable[[str, list[str] | None], dict[str, Any]],
    create_resource: Callable[[str, str], dict[str, Any]],
    put_method: Callable[[dict[str, Any]], dict[str, Any]],
    missing: Callable[[], dict[str, Any]],
) -> dict[str, Any]:
    """Each step's result, the next step's arguments taken from the results before it."""
    api = create_rest_api()
    resources = get_resources(api["id"], None)
    books = create_resource(api["id"], resources["items"][0]["id"])
    book = create_resource(api["id"], books["id"])
    return {
        "create_rest_api": api,
        "get_resources": resources,
        "create_resource": [books, book],
        "put_method": put_method(method(api["id"], book["id"])),
        "get_resources with methods": get_resources(api["id"], ["methods"]),
        "missing rest api": missing(),
    }


PATH_PARTS = {0: "books", 1: "{id}"}


def apigateway_with_boto3(url: str) -> dict[str, Any]:
    client = boto3_client("apigateway", url)
    reset(url)
    made: list[str] = []

    def create_resource(rest_api: str, parent: str) -> dict[str, Any]:
        part = PATH_PARTS[len(made)]
        made.append(part)
        return plain(client.create_resource(restApiId=rest_api, parentId=parent, pathPart=part))

    def get_resources(rest_api: str, embed: list[str] | None) -> dict[str, Any]:
        extra = {"embed": embed} if embed else {}
        return plain(client.get_resources(restApiId=rest_api, **extra))

    return apigateway_scenario(
        lambda: plain(client.create_rest_api(**API)),
        get_resources,
        create_resource,
        lambda arguments: plain(client.put_method(**arguments)),
        lambda: error_response(lambda: client.get_rest_api(restApiId="nope"),
                               client.exceptions.NotFoundException),
    )


def apigateway_with_generated(package: ModuleType, url: str) -> dict[str, Any]:
    reset(url)
    made: list[str] = []
    with generated_client(package, url) as client:

        def create_resource(rest_api: str, parent: str) -> dict[str, Any]:
            part = PATH_PARTS[len(made)]
            made.append(part)
            return plain(client.create_resource(
                rest_api_id=rest_api, parent_id=parent, path_part=part).to_dict())

        def get_resources(rest_api: str, embed: list[str] | None) -> dict[str, Any]:
            return plain(client.get_resources(rest_api_id=rest_api, embed=embed).to_dict())

        return apigateway_scenario(
            lambda: plain(client.create_rest_api(**snake(API)).to_dict()),
            get_resources,
            create_resource,
            lambda arguments: plain(client.put_method(**snake(arguments)).to_dict()),
            lambda: error_response(lambda: client.get_rest_api(rest_api_id="nope"),
                                   client.exceptions.NotFoundException),
        )


# -- the comparisons ------------------------------------------------------------------

Results = dict[str, tuple[dict[str, Any], dict[str, Any]]]


@pytest.fixture(scope="module")
def results(moto_url: str, rest_json_packages: dict[str, str]) -> Results:
    """service -> (boto3's results, the generated client's), each run on a reset server."""
    lambda_ = importlib.import_module(rest_json_packages["lambda"])
    apigateway = importlib.import_module(rest_json_packages["apigateway"])
    return {
        "lambda": (lambda_with_boto3(moto_url), lambda_with_generated(lambda_, moto_url)),
        "apigateway": (apigateway_with_boto3(moto_url),
                       apigateway_with_generated(apigateway, moto_url)),
    }


@pytest.mark.parametrize(("service", "step"), [
    *(("lambda", step) for step in LAMBDA_STEPS),
    *(("apigateway", step) for step in API_STEPS),
])
def test_same_result_as_boto3(results: Results, service: str, step: str) -> None:
    theirs, ours = results[service]
    assert ours[step] == theirs[step]


def test_the_lambda_scenario_did_what_it_says(results: Results) -> None:
    theirs, _ = results["lambda"]
    greeter, minimal = theirs["create_function"]
    assert (greeter["FunctionName"], minimal["FunctionName"]) == ("greeter", "minimal")
    assert greeter["Environment"] == {"Variables": {"GREETING": "hello"}}
    assert greeter["LastModified"] == "<str>"
    listed = [f["FunctionName"] for page in theirs["list_functions pages"]
              for f in page["Functions"]]
    assert sorted(listed) == ["greeter", "minimal"]
    assert theirs["get_function"]["Tags"] == {"team": "blue", "cost": "42"}
    assert theirs["get_function"]["Configuration"]["CodeSha256"] == greeter["CodeSha256"]
    assert theirs["missing function"]["Error"]["Code"] == "ResourceNotFoundException"
    assert theirs["invoke"] == {"StatusCode": 200, "Payload": EVENT}
    assert theirs["invoke as an event"] == {"StatusCode": 202, "Payload": EVENT}


def test_the_apigateway_scenario_did_what_it_says(results: Results) -> None:
    theirs, _ = results["apigateway"]
    api = theirs["create_rest_api"]
    assert (api["name"], api["createdDate"]) == ("bookshop", "<datetime>")
    assert [item["path"] for item in theirs["get_resources"]["items"]] == ["/"]
    assert [r["path"] for r in theirs["create_resource"]] == ["/books", "/books/{id}"]
    methods = {item["path"]: item.get("resourceMethods")
               for item in theirs["get_resources with methods"]["items"]}
    assert methods["/books/{id}"] == {"GET": theirs["put_method"]}
    assert theirs["missing rest api"]["Error"]["Code"] == "NotFoundException"
