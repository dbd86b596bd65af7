"""Paginators for the 20 paginated Lightsail operations, against a loopback server."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import lightsail.paginators
import lightsail.shapes
import pytest
from async_support import KINDS, make_client
from botocore import xform_name
from lightsail import Client
from lightsail._runtime.errors import Error, PaginationError
from lightsail._runtime.pagination import AsyncPageIterator, PageIterator
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from test_runtime_perf_signing import botocore_modules

MODEL = Path(__file__).resolve().parent.parent / "models" / "lightsail" / "2016-11-28"
PAGINATION: dict[str, dict[str, str]] = json.loads((MODEL / "paginators-1.json").read_text())[
    "pagination"
]
SERVICE: dict[str, Any] = json.loads((MODEL / "service-2.json").read_text())


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


MADE: list[Any] = []
KIND = ["sync"]


@pytest.fixture(autouse=True, params=KINDS)
def kind(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test runs on the sync client and on the async one (async_support.py)."""
    KIND[0] = request.param
    yield request.param
    while MADE:
        MADE.pop().close()


def client_for(server: LoopbackServer) -> Client:
    client: Client = make_client(KIND[0], "us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    MADE.append(client)
    return client


def required_arguments(operation: str) -> dict[str, str]:
    """Values for the required members (all strings in Lightsail's paginated inputs)."""
    shape = SERVICE["shapes"][SERVICE["operations"][operation]["input"]["shape"]]
    return {name: f"{name}-value" for name in shape.get("required", [])}


def item_shape(operation: str) -> str:
    output = SERVICE["shapes"][SERVICE["operations"][operation]["output"]["shape"]]
    result_list = output["members"][PAGINATION[operation]["result_key"]]["shape"]
    item: str = SERVICE["shapes"][result_list]["member"]["shape"]
    return item


def pages_of(operation: str) -> list[Reply]:
    """Three pages of two items each, linked by tokens."""
    config = PAGINATION[operation]
    string_items = SERVICE["shapes"][item_shape(operation)]["type"] == "string"
    pages = []
    for number, token in enumerate(["token-1", "token-2", None]):
        items = [f"item-{number}-{i}" if string_items else {} for i in range(2)]
        page: dict[str, Any] = {config["result_key"]: items}
        if token:
            page[config["output_token"]] = token
        pages.append(Reply.of_json(page))
    return pages


def test_the_model_has_twenty_paginators() -> None:
    assert len(PAGINATION) == 20
    assert set(lightsail.paginators.PAGINATORS) == {xform_name(op) for op in PAGINATION}


@pytest.mark.parametrize("operation", sorted(PAGINATION))
def test_paginator_follows_tokens_like_boto3(server: LoopbackServer, operation: str) -> None:
    method = xform_name(operation)
    arguments = required_arguments(operation)
    client = client_for(server)
    assert client.can_paginate(method)

    server.reply(*pages_of(operation))
    items = list(
        client.get_paginator(method)
        .paginate(**{xform_name(k): v for k, v in arguments.items()})
        .items()
    )
    ours = [r.json() for r in server.requests]

    server.requests.clear()
    server.reply(*pages_of(operation))
    boto3_client = boto3.client(
        "lightsail",
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    boto3_items = list(
        boto3_client.get_paginator(method)
        .paginate(**arguments)
        .search(PAGINATION[operation]["result_key"] + "[]")
    )
    assert ours == [r.json() for r in server.requests]
    token_key = PAGINATION[operation]["input_token"]
    assert [body.get(token_key) for body in ours] == [None, "token-1", "token-2"]
    assert len(items) == len(boto3_items) == 6
    expected = getattr(lightsail.shapes, item_shape(operation), str)
    assert all(isinstance(item, expected) for item in items)


@pytest.mark.parametrize("operation", sorted(PAGINATION))
def test_paginators_are_typed(operation: str) -> None:
    method = xform_name(operation)
    paginator_class = lightsail.paginators.PAGINATORS[method]
    result = getattr(lightsail.shapes, SERVICE["operations"][operation]["output"]["shape"])
    item = getattr(lightsail.shapes, item_shape(operation), str)
    annotation = inspect.get_annotations(paginator_class.paginate)["return"]  # type: ignore[attr-defined]
    assert annotation == f"PageIterator[{result.__name__}, {item.__name__}]"


def test_pages_items_and_starting_token(server: LoopbackServer) -> None:
    server.reply(
        Reply.of_json({"instances": [{"name": "a"}, {"name": "b"}], "nextPageToken": "t1"}),
        Reply.of_json({"instances": [], "nextPageToken": "t2"}),
        Reply.of_json({"instances": [{"name": "c"}]}),
    )
    pages = client_for(server).get_paginator("get_instances").paginate()
    assert isinstance(getattr(pages, "_target", pages), PageIterator | AsyncPageIterator)
    assert [[i.name for i in page.instances or []] for page in pages] == [["a", "b"], [], ["c"]]
    assert pages.resume_token is None

    server.requests.clear()
    server.reply(
        Reply.of_json({"instances": [{"name": "c"}], "nextPageToken": "t3"}),
        Reply.of_json({"instances": [{"name": "d"}]}),
    )
    # A service token as the starting token works too (boto3 takes it as it is)...
    resumed = client_for(server).get_paginator("get_instances").paginate(starting_token="t2")
    first = next(iter(resumed))
    assert [i.name for i in first.instances or []] == ["c"]
    assert [r.json() for r in server.requests] == [{"pageToken": "t2"}]
    # ...and, as boto3's, resume_token is where MaxItems stopped, not the next page's token.
    assert resumed.resume_token is None


def test_items_are_fetched_lazily(server: LoopbackServer) -> None:
    server.reply(
        Reply.of_json({"staticIps": [{"name": "a"}], "nextPageToken": "t1"}),
        Reply.of_json({"staticIps": [{"name": "b"}]}),
    )
    items = client_for(server).get_paginator("get_static_ips").paginate().items()
    assert next(items).name == "a"
    assert len(server.requests) == 1
    assert [i.name for i in items] == ["b"]
    assert len(server.requests) == 2


def test_empty_token_ends_pagination(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({"keyPairs": [{"name": "a"}], "nextPageToken": ""}))
    assert len(list(client_for(server).get_paginator("get_key_pairs").paginate())) == 1
    assert len(server.requests) == 1


@pytest.mark.parametrize("tokens", [["same", "same"], ["a", "b", "a"]])
def test_a_repeated_token_raises(server: LoopbackServer, tokens: list[str]) -> None:
    server.reply(
        *[Reply.of_json({"disks": [], "nextPageToken": t}) for t in tokens],
        Reply.of_json({"disks": []}),
    )
    pages = client_for(server).get_paginator("get_disks").paginate()
    with pytest.raises(PaginationError, match="repeated the pagination token") as raised:
        list(pages)
    assert isinstance(raised.value, Error)
    assert len(server.requests) == len(tokens)


def test_unknown_paginator(server: LoopbackServer) -> None:
    client = client_for(server)
    assert not client.can_paginate("get_regions")
    with pytest.raises(ValueError, match="cannot be paginated"):
        client.get_paginator("get_regions")  # type: ignore[call-overload]


def boto3_lightsail(server: LoopbackServer) -> Any:
    return boto3.client(
        "lightsail",
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


INSTANCE_PAGES = [
    {"instances": [{"name": "a"}, {"name": "b"}], "nextPageToken": "t1"},
    {"instances": [{"name": "c"}, {"name": "d"}], "nextPageToken": "t2"},
    {"instances": [{"name": "e"}]},
]


def run(server: LoopbackServer, action: Any, pages: list[dict[str, Any]] = INSTANCE_PAGES
        ) -> tuple[Any, list[Any]]:
    server.requests.clear()
    server.reply(*(Reply.of_json(page) for page in pages))
    result = action()
    return result, [r.json() for r in server.requests]


@pytest.mark.parametrize("max_items", [1, 2, 3, 5, 6])
def test_max_items_stops_where_boto3_stops(server: LoopbackServer, max_items: int) -> None:
    def stop(paginator: Any) -> tuple[Any, Any]:
        pages = paginator.paginate(PaginationConfig={"MaxItems": max_items})
        return pages.build_full_result(), pages.resume_token

    ours = run(server, lambda: stop(client_for(server).get_paginator("get_instances")))
    theirs = run(server, lambda: stop(boto3_lightsail(server).get_paginator("get_instances")))
    assert ours == theirs
    (full, token), _ = ours
    assert len(full["instances"]) == min(max_items, 5)
    assert (token is None) == (max_items >= 5)


def test_resuming_from_a_boto3_token(server: LoopbackServer) -> None:
    pages = boto3_lightsail(server).get_paginator("get_instances").paginate(
        PaginationConfig={"MaxItems": 3})
    run(server, lambda: list(pages))
    # boto3's token: the second page's token and one item of that page taken already.
    token = pages.resume_token
    rest = INSTANCE_PAGES[1:]
    ours = run(server, lambda: [i.name for i in client_for(server).get_paginator(
        "get_instances").paginate(starting_token=token).items()], rest)
    theirs = run(server, lambda: [i["name"] for i in boto3_lightsail(server).get_paginator(
        "get_instances").paginate(PaginationConfig={"StartingToken": token}).search(
        "instances[]")], rest)
    assert ours[1] == theirs[1] == [{"pageToken": "t1"}, {"pageToken": "t2"}]
    # Both fetch the second page again and skip the item already taken from it.
    assert ours[0] == theirs[0] == ["d", "e"]


def test_page_size_needs_a_limit_key(server: LoopbackServer) -> None:
    # Lightsail's paginators have no limit key: boto3 refuses PageSize, and so does this.
    server.requests.clear()
    message = "PageSize parameter is not supported for the pagination interface"
    with pytest.raises(PaginationError, match=message):
        client_for(server).get_paginator("get_instances").paginate(
            PaginationConfig={"PageSize": 5})
    with pytest.raises(botocore.exceptions.PaginationError, match=message):
        boto3_lightsail(server).get_paginator("get_instances").paginate(
            PaginationConfig={"PageSize": 5})
    assert server.requests == []


def test_botocore_paginate_is_imported_only_when_paging(tmp_path: Path) -> None:
    with loopback_server() as server:
        server.reply(Reply.of_json({"instances": []}))
        code = (
            "from lightsail import Client\n"
            f"client = Client('us-east-1', {server.url!r}, {ACCESS_KEY!r}, {SECRET_KEY!r})\n"
            "paginator = client.get_paginator('get_instances')\n"
        )
        before = botocore_modules(code, tmp_path)
        after = botocore_modules(code + "list(paginator.paginate())\n", tmp_path)
    assert before == []
    assert "botocore.paginate" in after and "botocore.waiter" not in after
