"""Wrong uses of the generated clients that both type checkers must report.

An ``# expect:`` comment lists the error codes mypy and pyright must report for the line
after it, and nothing else; no other line may get an error. Checked, never run, by
test_typing.py.
"""

from __future__ import annotations

from kitchen_sink import Client as SinkClient
from kitchen_sink.shapes import Edge, Node
from lightsail import Client
from lightsail._runtime.streaming import StreamingBody
from lightsail.shapes import ContainerServicePowerName, EndpointRequestDict, Tag

NANO = ContainerServicePowerName.NANO


def missing_and_unknown_arguments(client: Client) -> None:
    # expect: mypy[call-arg] pyright[reportCallIssue]
    client.register_container_image(service_name="svc", label="web")
    # expect: mypy[call-arg] pyright[reportCallIssue]
    client.create_container_service(service_name="svc", power=NANO)
    # expect: mypy[call-arg] pyright[reportCallIssue]
    client.get_regions(include_availabilty_zones=True)
    # expect: mypy[call-arg] pyright[reportCallIssue]
    client.register_container_image("svc", "web", "sha256:0123")


def wrong_types(client: Client) -> None:
    # expect: mypy[arg-type] pyright[reportArgumentType]
    client.register_container_image(service_name="svc", label=1, digest="d")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    client.create_container_service(service_name="svc", power=NANO, scale="1")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    client.create_container_service(service_name="svc", power=3, scale=1)
    # expect: mypy[list-item] pyright[reportArgumentType]
    client.create_container_service(service_name="svc", power=NANO, scale=1, tags=["t"])
    # expect: mypy[arg-type] pyright[reportArgumentType]
    Tag(key=1)


def wrong_dicts(client: Client) -> None:
    # expect: mypy[list-item] pyright[reportArgumentType]
    client.create_container_service(service_name="svc", power=NANO, scale=1, tags=[{"key": 1}])
    # expect: mypy[list-item] pyright[reportArgumentType]
    client.create_container_service(service_name="svc", power=NANO, scale=1, tags=[{"Key": "k"}])
    # expect: mypy[typeddict-item] pyright[reportAssignmentType]
    endpoint: EndpointRequestDict = {"containerName": "web"}  # containerPort is required
    client.create_container_service(
        service_name="svc", power=NANO, scale=1, deployment={"publicEndpoint": endpoint}
    )


def wrong_nesting() -> None:
    # expect: mypy[list-item] pyright[reportArgumentType]
    Node(edges=[Node()])
    # expect: mypy[arg-type] pyright[reportArgumentType]
    Edge(target=Edge())


def optional_result_member(client: Client) -> str | None:
    result = client.register_container_image(service_name="svc", label="web", digest="d")
    # expect: mypy[union-attr] pyright[reportOptionalMemberAccess]
    return result.container_image.image


def pages_and_waiters(client: Client, sink: SinkClient) -> None:
    paginator = client.get_paginator("get_blueprints")
    # The page token is the paginator's business, not an argument.
    # expect: mypy[call-arg] pyright[reportCallIssue]
    paginator.paginate(page_token="t")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    paginator.paginate(PaginationConfig={"MaxItem": 1})
    # expect: mypy[arg-type] pyright[reportArgumentType]
    sink.get_waiter("thing_ready").wait(name=1)
    # expect: mypy[call-arg] pyright[reportCallIssue]
    sink.get_waiter("thing_ready").wait(WaiterConfig={"Delay": 1})


async def streaming_body_read_as_the_other_client_reads(body: StreamingBody) -> None:
    # The async client's body is read with aread(): read() is not awaitable.
    # expect: mypy[misc] pyright[reportGeneralTypeIssues]
    await body.read()
    # expect: mypy[call-overload] pyright[reportArgumentType]
    list(body.aiter_chunks())
