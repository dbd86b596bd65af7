"""Paginators in every form paginators-1.json uses, side by side with boto3's.

The kitchen sink's paginators have two tokens with ``more_results`` and two result lists
(ListVersions), map tokens with bytes in them and counts (QueryThings), a token and a
result list inside a structure with a limit sent as text (GetReport); DynamoDB's real
Query and Scan have map tokens of AttributeValues. boto3's reference clients are built
from the same models. Each test runs our paginator and boto3's against the same replies
and compares the requests they send and what they return: pages, ``build_full_result``,
``resume_token`` (MaxItems), ``non_aggregate_part``, and resuming from each other's tokens.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import pytest
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import new_session

BLOB = b"\x00\xffkey"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


def boto3_client(service: str, server: LoopbackServer, data: Path | None = None) -> Any:
    session = new_session(data)
    return boto3.Session(botocore_session=session).client(
        service,
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=botocore.config.Config(retries={"total_max_attempts": 1}),
    )


@pytest.fixture
def sink(kitchen_sink_dir: Path, server: LoopbackServer) -> Any:
    from kitchen_sink import Client

    return Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY, max_attempts=1)


@pytest.fixture(scope="module")
def sink_boto3(sink_botocore_data: Path, server: LoopbackServer) -> Any:
    return boto3_client("kitchensink", server, sink_botocore_data)


def run(server: LoopbackServer, replies: list[dict[str, Any]], action: Callable[[], Any]
        ) -> tuple[Any, list[Any]]:
    """What ``action`` returns against ``replies``, and the request bodies it sent."""
    server.requests.clear()
    server.reply(*(Reply.of_json(reply) for reply in replies))
    result = action()
    return result, [request.json() for request in server.requests]


def same_as_boto3(server: LoopbackServer, replies: list[dict[str, Any]],
                  ours: Callable[[], Any], theirs: Callable[[], Any]) -> Any:
    """Run both against the same replies; they must send the same requests and return
    the same thing. Returns what they returned."""
    our_result, our_requests = run(server, replies, ours)
    their_result, their_requests = run(server, replies, theirs)
    assert our_requests == their_requests
    assert our_result == their_result
    return our_result


# -- QueryThings: map tokens (bytes in them), counts summed, a non-aggregate key --------

QUERY_PAGES = [
    {"things": [{"name": "a"}, {"name": "b"}], "count": 2, "scannedCount": 3,
     "lastEvaluatedKey": {"id": {"S": "b", "B": base64.b64encode(BLOB).decode()}},
     "consumed": {"units": 1.5}},
    {"things": [{"name": "c"}], "count": 1, "scannedCount": 1,
     "lastEvaluatedKey": {"id": {"S": "c"}}, "consumed": {"units": 0.5}},
    {"things": [{"name": "d"}, {"name": "e"}], "count": 2, "scannedCount": 2},
]


@pytest.mark.parametrize("config", [
    {},
    {"PageSize": 2},
    {"MaxItems": 3},  # stops on a page boundary
    {"MaxItems": 1},  # stops inside the first page, before any token
    {"MaxItems": 4, "PageSize": 2},  # stops inside the third page
])
def test_map_tokens_as_boto3(server: LoopbackServer, sink: Any, sink_boto3: Any,
                             config: dict[str, Any]) -> None:
    def ours() -> tuple[Any, ...]:
        pages = sink.get_paginator("query_things").paginate(kind="small",
                                                            PaginationConfig=config)
        return pages.build_full_result(), pages.resume_token, pages.non_aggregate_part

    def theirs() -> tuple[Any, ...]:
        pages = sink_boto3.get_paginator("query_things").paginate(kind="small",
                                                                  PaginationConfig=config)
        return pages.build_full_result(), pages.resume_token, pages.non_aggregate_part

    full, token, first = same_as_boto3(server, QUERY_PAGES, ours, theirs)
    assert first == {"consumed": {"units": 1.5}}
    if not config.get("MaxItems"):
        assert full["count"] == 5 and full["scannedCount"] == 6 and token is None
    else:
        assert len(full["things"]) == config["MaxItems"] and full["NextToken"] == token


def test_bytes_in_a_map_token_are_encoded_as_boto3_encodes_them(
    server: LoopbackServer, sink: Any, sink_boto3: Any
) -> None:
    # MaxItems 3 stops inside the second page, fetched with the first page's key: bytes.
    def stop(paginator: Any) -> str:
        pages = paginator.paginate(PaginationConfig={"MaxItems": 3})
        list(pages)
        return str(pages.resume_token)

    replies = [QUERY_PAGES[0], {**QUERY_PAGES[1], "things": [{"name": "c"}, {"name": "x"}]}]
    token = same_as_boto3(server, replies, lambda: stop(sink.get_paginator("query_things")),
                          lambda: stop(sink_boto3.get_paginator("query_things")))
    assert json.loads(base64.b64decode(token)) == {
        "exclusiveStartKey": {"id": {"S": "b", "B": base64.b64encode(BLOB).decode()}},
        "boto_truncate_amount": 1,
        "boto_encoded_keys": [["exclusiveStartKey", "id", "B"]],
    }
    items, requests = run(server, [replies[1], QUERY_PAGES[2]], lambda: list(
        sink.get_paginator("query_things").paginate(starting_token=token).items()))
    assert [item.name for item in items] == ["x", "d", "e"]
    assert requests == [{"exclusiveStartKey": {"id": {"S": "b", "B": "AP9rZXk="}}},
                        {"exclusiveStartKey": {"id": {"S": "c"}}}]


def test_typed_pages_and_items(server: LoopbackServer, sink: Any) -> None:
    from kitchen_sink.shapes import KeyValue, QueryThingsResult, Thing

    pages = sink.get_paginator("query_things").paginate()
    found, requests = run(server, QUERY_PAGES, lambda: list(pages))
    assert all(isinstance(page, QueryThingsResult) for page in found)
    assert found[0].last_evaluated_key == {"id": KeyValue(s="b", b=BLOB)}
    assert [page.count for page in found] == [2, 1, 2]
    # The key of a page, typed, went back as the next request's token.
    assert requests[1] == {"exclusiveStartKey": {"id": {"S": "b", "B": "AP9rZXk="}}}
    items, _ = run(server, QUERY_PAGES, lambda: list(pages.items()))
    assert all(isinstance(item, Thing) for item in items)
    assert [item.name for item in items] == ["a", "b", "c", "d", "e"]


def test_resuming_from_each_others_tokens(server: LoopbackServer, sink: Any,
                                          sink_boto3: Any) -> None:
    def stop(paginator: Any) -> str:
        pages = paginator.paginate(PaginationConfig={"MaxItems": 3, "PageSize": 2})
        list(pages)
        return str(pages.resume_token)

    ours_token, _ = run(server, QUERY_PAGES, lambda: stop(sink.get_paginator("query_things")))
    boto3_token, _ = run(server, QUERY_PAGES,
                         lambda: stop(sink_boto3.get_paginator("query_things")))
    assert ours_token == boto3_token
    rest = QUERY_PAGES[2:]
    names = same_as_boto3(
        server, rest,
        lambda: [t.name for t in sink.get_paginator("query_things").paginate(
            starting_token=boto3_token, page_size=2).items()],
        lambda: [t["name"] for t in sink_boto3.get_paginator("query_things").paginate(
            PaginationConfig={"StartingToken": ours_token, "PageSize": 2}).search("things[]")],
    )
    assert names == ["d", "e"]


def test_resuming_inside_a_page(server: LoopbackServer, sink: Any, sink_boto3: Any) -> None:
    """A token from MaxItems inside a page holds the page's own token and how many of its
    items were taken: resuming fetches that page again and skips them."""
    pages = sink_boto3.get_paginator("query_things").paginate(PaginationConfig={"MaxItems": 1})
    run(server, QUERY_PAGES, lambda: list(pages))
    token = pages.resume_token
    full = same_as_boto3(
        server, QUERY_PAGES,
        lambda: sink.get_paginator("query_things").paginate(
            starting_token=token).build_full_result(),
        lambda: sink_boto3.get_paginator("query_things").paginate(
            PaginationConfig={"StartingToken": token}).build_full_result(),
    )
    assert [t["name"] for t in full["things"]] == ["b", "c", "d", "e"]


# -- ListVersions: two tokens, more_results, two result lists --------------------------

VERSION_PAGES = [
    {"versions": [{"version": "1"}, {"version": "2"}], "deleteMarkers": [{"version": "0"}],
     "nextKeyMarker": "k1", "nextVersionMarker": "v1", "isTruncated": True,
     "thingName": "box", "owner": {"name": "me", "id": "42"}},
    {"versions": [{"version": "3"}], "nextKeyMarker": "k2", "isTruncated": True},
    # Tokens, but isTruncated false: the last page.
    {"versions": [{"version": "4"}], "deleteMarkers": [{"version": "9"}],
     "nextKeyMarker": "k3", "nextVersionMarker": "v3", "isTruncated": False},
]


@pytest.mark.parametrize("config", [{}, {"MaxItems": 2}, {"MaxItems": 3, "PageSize": 1}])
def test_two_tokens_and_more_results_as_boto3(
    server: LoopbackServer, sink: Any, sink_boto3: Any, config: dict[str, Any]
) -> None:
    def call(paginator: Any, **kwargs: Any) -> tuple[Any, ...]:
        pages = paginator.paginate(**kwargs, PaginationConfig=config)
        return pages.build_full_result(), pages.resume_token, pages.non_aggregate_part

    full, token, first = same_as_boto3(
        server, VERSION_PAGES,
        lambda: call(sink.get_paginator("list_versions"), thing_name="box", page_size=7),
        lambda: call(sink_boto3.get_paginator("list_versions"), thingName="box", pageSize=7),
    )
    assert first == {"thingName": "box", "owner": {"name": "me"}}
    if not config:
        assert [v["version"] for v in full["versions"]] == ["1", "2", "3", "4"]
        assert [v["version"] for v in full["deleteMarkers"]] == ["0", "9"]
        assert token is None


def test_both_tokens_go_back(server: LoopbackServer, sink: Any) -> None:
    pages = sink.get_paginator("list_versions").paginate(thing_name="box")
    _, requests = run(server, VERSION_PAGES, lambda: list(pages))
    assert requests == [
        {"thingName": "box"},
        {"thingName": "box", "keyMarker": "k1", "versionMarker": "v1"},
        {"thingName": "box", "keyMarker": "k2"},  # a token the page left out is not sent
    ]


def test_several_result_lists_have_pages_but_no_items(sink: Any) -> None:
    from kitchen_sink._runtime.pagination import PageIterator, Pages

    pages = sink.get_paginator("list_versions").paginate(thing_name="box")
    assert isinstance(pages, Pages) and not isinstance(pages, PageIterator)
    assert not hasattr(pages, "items")
    assert pages.result_keys == ("versions", "deleteMarkers")


# -- GetReport: keys inside a structure, a limit sent as text ---------------------------

REPORT_PAGES = [
    {"report": {"rows": ["r1", "r2"], "nextToken": "n1"}},
    {"report": {"rows": ["r3"]}},
]


@pytest.mark.parametrize("config", [{}, {"PageSize": 5}, {"MaxItems": 2}])
def test_nested_keys_as_boto3(server: LoopbackServer, sink: Any, sink_boto3: Any,
                              config: dict[str, Any]) -> None:
    def call(paginator: Any, **kwargs: Any) -> tuple[Any, ...]:
        pages = paginator.paginate(**kwargs, PaginationConfig=config)
        return pages.build_full_result(), pages.resume_token

    full, _ = same_as_boto3(
        server, REPORT_PAGES,
        lambda: call(sink.get_paginator("get_report"), report_id="r"),
        lambda: call(sink_boto3.get_paginator("get_report"), reportId="r"),
    )
    assert full["report"]["rows"] == ["r1", "r2", "r3"][: config.get("MaxItems", 3)]


def test_page_size_of_a_text_limit_is_sent_as_text(server: LoopbackServer, sink: Any) -> None:
    pages = sink.get_paginator("get_report").paginate(report_id="r", page_size=5)
    items, requests = run(server, REPORT_PAGES, lambda: list(pages.items()))
    assert items == ["r1", "r2", "r3"]
    assert requests == [{"reportId": "r", "pageSize": "5"},
                        {"reportId": "r", "pageSize": "5", "nextToken": "n1"}]


# -- the options ------------------------------------------------------------------------


def test_keywords_and_pagination_config_are_the_same(server: LoopbackServer, sink: Any) -> None:
    paginator = sink.get_paginator("list_things")
    replies = [{"things": [{"name": "a"}, {"name": "b"}], "nextPageToken": "t"}]
    by_keyword = run(server, replies, lambda: paginator.paginate(
        max_items=1, page_size=2).build_full_result())
    by_config = run(server, replies, lambda: paginator.paginate(
        PaginationConfig={"MaxItems": 1, "PageSize": 2}).build_full_result())
    assert by_keyword == by_config
    assert by_keyword[1] == [{"maxResults": 2}]
    with pytest.raises(ValueError, match="PaginationConfig\\['MaxItems'\\] and the keyword"):
        paginator.paginate(max_items=1, PaginationConfig={"MaxItems": 2})


def test_a_member_named_like_an_option_keeps_its_name(server: LoopbackServer,
                                                     sink: Any) -> None:
    # ListVersions has a member pageSize (not its limit key): the option is page_size_.
    pages = sink.get_paginator("list_versions").paginate(thing_name="box", page_size=3,
                                                         page_size_=1)
    _, requests = run(server, VERSION_PAGES[2:], lambda: list(pages))
    assert requests == [{"thingName": "box", "pageSize": 3, "maxItems": 1}]


def test_each_pass_starts_again(server: LoopbackServer, sink: Any) -> None:
    pages = sink.get_paginator("get_report").paginate(report_id="r")
    server.requests.clear()
    server.reply(*(Reply.of_json(page) for page in REPORT_PAGES + REPORT_PAGES))
    assert list(pages.items()) == list(pages.items()) == ["r1", "r2", "r3"]
    assert [r.json().get("nextToken") for r in server.requests] == [None, "n1", None, "n1"]


def test_search_as_boto3(server: LoopbackServer, sink: Any, sink_boto3: Any) -> None:
    found = same_as_boto3(
        server, QUERY_PAGES,
        lambda: list(sink.get_paginator("query_things").paginate().search("things[].name")),
        lambda: list(sink_boto3.get_paginator("query_things").paginate().search(
            "things[].name")),
    )
    assert found == ["a", "b", "c", "d", "e"]


# -- DynamoDB, generated from botocore's own model --------------------------------------

ITEM_PAGES = [
    {"Items": [{"pk": {"S": "a"}, "n": {"N": "1"}}, {"pk": {"S": "b"}, "bin": {"B": "AP8="}}],
     "Count": 2, "ScannedCount": 2,
     "LastEvaluatedKey": {"pk": {"S": "b"}, "bin": {"B": "AP8="}},
     "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}},
    {"Items": [{"pk": {"S": "c"}, "l": {"L": [{"BOOL": True}, {"NULL": True}]}}],
     "Count": 1, "ScannedCount": 4},
]


@pytest.fixture
def dynamodb(dynamodb_dir: Path, server: LoopbackServer) -> Any:
    from dynamodb import Client

    return Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY, max_attempts=1)


@pytest.fixture(scope="module")
def dynamodb_boto3(server: LoopbackServer) -> Any:
    return boto3_client("dynamodb", server)


@pytest.mark.parametrize("operation", ["query", "scan"])
@pytest.mark.parametrize("config", [{}, {"MaxItems": 1}, {"MaxItems": 2, "PageSize": 2}])
def test_dynamodb_query_and_scan_as_boto3(server: LoopbackServer, dynamodb: Any,
                                          dynamodb_boto3: Any, operation: str,
                                          config: dict[str, Any]) -> None:
    reference = dynamodb_boto3

    def call(paginator: Any, **kwargs: Any) -> tuple[Any, ...]:
        pages = paginator.paginate(**kwargs, PaginationConfig=config)
        return pages.build_full_result(), pages.resume_token, pages.non_aggregate_part

    full, token, first = same_as_boto3(
        server, ITEM_PAGES,
        lambda: call(dynamodb.get_paginator(operation), table_name="t"),
        lambda: call(reference.get_paginator(operation), TableName="t"),
    )
    assert first == {"ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}}
    if config:
        assert full["NextToken"] == token
        # Resuming from the token gives the rest, here as in boto3: from the page of
        # the key it holds (the first page when it holds none).
        key = json.loads(base64.b64decode(token)).get("ExclusiveStartKey")
        rest = same_as_boto3(
            server, ITEM_PAGES[1:] if key else ITEM_PAGES,
            lambda: dynamodb.get_paginator(operation).paginate(
                table_name="t", starting_token=token).build_full_result(),
            lambda: reference.get_paginator(operation).paginate(
                TableName="t", PaginationConfig={"StartingToken": token}).build_full_result(),
        )
        assert len(full["Items"]) + len(rest["Items"]) == 3


def test_dynamodb_items_are_typed_attribute_maps(server: LoopbackServer, dynamodb: Any) -> None:
    from dynamodb.shapes import AttributeValue

    pages = dynamodb.get_paginator("scan").paginate(table_name="t")
    items, requests = run(server, ITEM_PAGES, lambda: list(pages.items()))
    assert len(items) == 3
    assert all(isinstance(v, AttributeValue) for item in items for v in item.values())
    assert items[1]["bin"].b == b"\x00\xff"
    assert requests[1]["ExclusiveStartKey"] == {"pk": {"S": "b"}, "bin": {"B": "AP8="}}
