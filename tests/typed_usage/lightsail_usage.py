"""Typed use of the generated Lightsail client: mypy --strict and pyright (strict) accept
it, and ``assert_type`` pins the types they infer. Checked, never run, by test_typing.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any, assert_type

from lightsail import Client, LightsailClient
from lightsail.errors import LightsailError, NotFoundException
from lightsail.shapes import (
    Blueprint,
    Container,
    ContainerImage,
    ContainerServiceDeploymentRequest,
    ContainerServiceDeploymentRequestDict,
    ContainerServicePowerName,
    ContainerServiceProtocol,
    CreateContainerServiceResult,
    RegisterContainerImageRequest,
    RegisterContainerImageResult,
    Tag,
)


def register(client: Client) -> str | None:
    result = client.register_container_image(
        service_name="my-svc", label="web", digest="sha256:0123"
    )
    assert_type(result, RegisterContainerImageResult)
    image = result.container_image
    assert_type(image, ContainerImage | None)
    if image is None:
        return None
    assert_type(image.created_at, datetime | None)
    return image.image


def create_service(client: LightsailClient) -> CreateContainerServiceResult:
    web = Container(
        image=":my-svc.web.1",
        command=["serve"],
        environment={"MODE": "prod"},
        ports={"80": ContainerServiceProtocol.HTTP, "8443": "HTTPS"},
    )
    return client.create_container_service(
        service_name="my-svc",
        power=ContainerServicePowerName.NANO,
        scale=1,
        tags=[Tag(key="team", value="web")],
        public_domain_names={"my-cert": ["example.com", "www.example.com"]},
        deployment=ContainerServiceDeploymentRequest(containers={"web": web}),
    )


def create_service_from_dicts(client: LightsailClient) -> CreateContainerServiceResult:
    # The dicts boto3 takes, checked against the TypedDicts; mixing forms is fine too.
    tags: list[Tag] = [Tag(key="team", value="web")]
    client.create_container_service(service_name="a", power="nano", scale=1, tags=tags)
    deployment: ContainerServiceDeploymentRequestDict = {
        "containers": {"web": {"image": ":my-svc.web.1", "ports": {"80": "HTTP"}}},
        "publicEndpoint": {"containerName": "web", "containerPort": 80},
    }
    return client.create_container_service(
        service_name="my-svc",
        power="nano",
        scale=1,
        tags=[{"key": "team", "value": "web"}, Tag(key="env")],
        deployment=deployment,
    )


def open_enum(client: Client) -> None:
    # A power the model does not list yet is accepted as a plain string.
    client.create_container_service(service_name="my-svc", power="xxlarge", scale=2)
    power: ContainerServicePowerName | str = ContainerServicePowerName("nano")
    assert_type(power.upper(), str)


def blueprints(client: Client) -> list[str]:
    paginator = client.get_paginator("get_blueprints")
    names: list[str] = []
    for page in paginator.paginate():
        assert_type(page.next_page_token, str | None)
    for blueprint in paginator.paginate().items():
        assert_type(blueprint, Blueprint)
        if blueprint.blueprint_id is not None:
            names.append(blueprint.blueprint_id)
    # boto3's PaginationConfig, or the same as keywords; a resume token either way.
    first = paginator.paginate(include_inactive=True, PaginationConfig={"MaxItems": 10})
    rest = paginator.paginate(max_items=10, starting_token=first.resume_token)
    assert_type(rest.resume_token, str | None)
    assert_type(rest.build_full_result(), dict[str, Any])
    return names


def errors(client: Client) -> str:
    try:
        client.delete_bucket(bucket_name="my-bucket", force_delete=True)
    except NotFoundException as error:
        assert_type(error.code_member, str | None)
        return f"{error.code} {error.message} {error.http_status} {error.request_id}"
    except LightsailError as error:
        assert_type(error.code, str)
        return error.code
    return ""


def boto3_style_errors(client: Client) -> str:
    try:
        client.delete_bucket(bucket_name="my-bucket")
    except client.exceptions.NotFoundException as error:
        assert_type(error, NotFoundException)
        assert_type(error.response, dict[str, Any])
        return str(error.response["Error"]["Code"])
    except client.exceptions.ClientError as error:
        assert_type(error.operation_name, str)
        return str(error.response["ResponseMetadata"]["RequestId"])
    assert_type(client.exceptions.from_code("X"), type[LightsailError])
    return ""


def dicts() -> dict[str, Any]:
    request = RegisterContainerImageRequest.from_dict(
        {"serviceName": "my-svc", "label": "web", "digest": "sha256:0123"}
    )
    assert_type(request, RegisterContainerImageRequest)
    assert_type(request.service_name, str)
    return request.to_dict()


def context_manager() -> None:
    with Client(region_name="us-east-1", max_attempts=5) as client:
        client.get_regions(include_availability_zones=True)
