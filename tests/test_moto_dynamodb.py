"""DynamoDB against moto's server (a real AWS emulator), the generated client beside
boto3: create_table, the table_exists waiter, 25 put_items, a query paginated 10 a page
over all 3 pages, and a ConditionalCheckFailedException, each result equal to boto3's.

moto's server (tests/moto_server.py) is reset between the two clients, so both see the
same state.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import botocore.config
import botocore.exceptions
import moto_server
import pytest
from moto_server import reset

TABLE = "music"
REGION = "us-east-1"
KEYS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
# What differs between two runs of the scenario: the time (moto_server.reset seeds the ids).
VOLATILE = frozenset({"CreationDateTime"})


def plain(response: dict[str, Any]) -> dict[str, Any]:
    return moto_server.plain(response, VOLATILE)


def item(number: int) -> dict[str, Any]:
    return {
        "artist": {"S": "Nina"},
        "song": {"S": f"song-{number:02}"},
        "plays": {"N": str(number * 7)},
        "tags": {"SS": ["jazz", f"t{number % 3}"]},
        "live": {"BOOL": number % 2 == 0},
    }


CREATE = {
    "TableName": TABLE,
    "KeySchema": [{"AttributeName": "artist", "KeyType": "HASH"},
                  {"AttributeName": "song", "KeyType": "RANGE"}],
    "AttributeDefinitions": [{"AttributeName": "artist", "AttributeType": "S"},
                             {"AttributeName": "song", "AttributeType": "S"}],
    "BillingMode": "PAY_PER_REQUEST",
}
QUERY = {
    "TableName": TABLE,
    "KeyConditionExpression": "artist = :a",
    "ExpressionAttributeValues": {":a": {"S": "Nina"}},
    "PaginationConfig": {"PageSize": 10},
}
CONDITIONAL_PUT = {"TableName": TABLE, "Item": item(3),
                   "ConditionExpression": "attribute_not_exists(artist)"}


def scenario(
    create: Callable[[], dict[str, Any]],
    wait: Callable[[], None],
    put: Callable[[dict[str, Any]], dict[str, Any]],
    pages: Callable[[], list[dict[str, Any]]],
    failing_put: Callable[[], dict[str, Any]],
) -> dict[str, Any]:
    """Each step's result, as boto3-style dicts; the error as its ``response``."""
    created = create()
    wait()
    return {"create_table": created, "wait": None,
            "put_item": [put(item(n)) for n in range(25)],
            "query pages": pages(), "conditional put_item": failing_put()}


def with_boto3(url: str) -> dict[str, Any]:
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=url, **KEYS,
                          config=botocore.config.Config(retries={"total_max_attempts": 1}))

    def failing_put() -> dict[str, Any]:
        with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
            client.put_item(**CONDITIONAL_PUT)
        return plain(raised.value.response)

    return scenario(
        lambda: plain(client.create_table(**CREATE)),
        lambda: client.get_waiter("table_exists").wait(
            TableName=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 10}),
        lambda data: plain(client.put_item(TableName=TABLE, Item=data)),
        lambda: [plain(page) for page in client.get_paginator("query").paginate(**QUERY)],
        failing_put,
    )


def with_generated(dynamodb: ModuleType, url: str) -> dict[str, Any]:
    client = dynamodb.Client(region_name=REGION, endpoint_url=url, max_attempts=1, **KEYS)

    def failing_put() -> dict[str, Any]:
        with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
            client.put_item(table_name=TABLE, item=CONDITIONAL_PUT["Item"],
                            condition_expression=CONDITIONAL_PUT["ConditionExpression"])
        return plain(raised.value.response)

    query = client.get_paginator("query").paginate(
        table_name=TABLE, key_condition_expression=QUERY["KeyConditionExpression"],
        expression_attribute_values=QUERY["ExpressionAttributeValues"],
        PaginationConfig=QUERY["PaginationConfig"],
    )
    with client:
        return scenario(
            lambda: plain(client.create_table(
                table_name=TABLE, key_schema=CREATE["KeySchema"],
                attribute_definitions=CREATE["AttributeDefinitions"],
                billing_mode=CREATE["BillingMode"]).to_dict()),
            lambda: client.get_waiter("table_exists").wait(
                table_name=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 10}),
            lambda data: plain(client.put_item(table_name=TABLE, item=data).to_dict()),
            lambda: [plain(page.to_dict()) for page in query],
            failing_put,
        )


@pytest.fixture(scope="module")
def results(moto_url: str, dynamodb_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(boto3's results, the generated client's), each on a freshly reset server."""
    import dynamodb

    assert Path(dynamodb.__file__).parent == dynamodb_dir
    reset(moto_url)
    theirs = with_boto3(moto_url)
    reset(moto_url)
    ours = with_generated(dynamodb, moto_url)
    return theirs, ours


@pytest.mark.parametrize("step", ["create_table", "wait", "put_item", "query pages",
                                  "conditional put_item"])
def test_same_result_as_boto3(results: tuple[dict[str, Any], dict[str, Any]],
                              step: str) -> None:
    theirs, ours = results
    assert ours[step] == theirs[step]


def test_the_scenario_did_what_it_says(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    theirs, _ = results
    assert theirs["create_table"]["TableDescription"]["TableName"] == TABLE
    pages = theirs["query pages"]
    assert [page["Count"] for page in pages] == [10, 10, 5]
    assert [row["song"]["S"] for page in pages for row in page["Items"]] == [
        f"song-{n:02}" for n in range(25)
    ]
    assert theirs["conditional put_item"]["Error"]["Code"] == "ConditionalCheckFailedException"


def test_moto_is_not_in_the_project_environment() -> None:
    assert not Path(sys.prefix, "bin", "moto_server").exists()
