"""A fixed sample of real json services, chosen so that together they show every
feature the generator handles: each is generated from the installed botocore's model,
imported, and a client constructed; the session's one ``mypy --strict`` run checks them
all (tests/type_checks.py; the packages come from conftest's ``sample_packages``). `make
survey` does the same for every service.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE
from loopback import Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from type_checks import Reports


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


def client(sample_packages: dict[str, Path], service: str) -> Any:
    package = importlib.import_module(sample_packages[service].name)
    return package.Client(region_name="us-east-1", aws_access_key_id=ACCESS_KEY,
                          aws_secret_access_key=SECRET_KEY)


@pytest.mark.parametrize("service", SAMPLE)
def test_imports_and_constructs(sample_packages: dict[str, Path], service: str) -> None:
    with client(sample_packages, service) as made:
        assert made.meta.region_name == "us-east-1"


def test_mypy_strict_passes_on_every_package_at_once(
    sample_packages: dict[str, Path], type_reports: Reports
) -> None:
    assert sorted(sample_packages) == sorted(SAMPLE)
    for package in sample_packages.values():
        assert type_reports.under("mypy", package) == [], package.name


def test_the_features_are_there(sample_packages: dict[str, Path]) -> None:
    with client(sample_packages, "dynamodb") as dynamodb:
        assert "table_exists" in dynamodb.waiter_names
        assert dynamodb.can_paginate("query") and dynamodb.can_paginate("scan")
    with client(sample_packages, "logs") as logs:
        assert logs.can_paginate("filter_log_events")
    readme = (sample_packages["codebuild"] / "README.md").read_text(encoding="utf-8")
    assert "| Protocol | JSON 1.1" in readme


def test_a_json_event_stream_matches_boto3(sample_packages: dict[str, Path]) -> None:
    """Kinesis SubscribeToShard (json): the stream starts with an initial-response."""
    import boto3
    from test_eventstream import STREAM_HEADERS, event, frame

    records = {"Records": [{"SequenceNumber": "1", "Data": "aGk=", "PartitionKey": "k",
                            "ApproximateArrivalTimestamp": 1700000000.5}],
               "ContinuationSequenceNumber": "2", "MillisBehindLatest": 0}
    body = frame({":message-type": "event", ":event-type": "initial-response"}, b"{}")
    body += event("SubscribeToShardEvent", records)
    args = {"ConsumerARN": "arn", "ShardId": "shard-1", "StartingPosition": {"Type": "LATEST"}}
    with loopback_server() as server:
        server.reply(Reply(200, body, STREAM_HEADERS))
        reference = boto3.client("kinesis", region_name="us-east-1", endpoint_url=server.url,
                                 aws_access_key_id=ACCESS_KEY,
                                 aws_secret_access_key=SECRET_KEY)
        expected = list(reference.subscribe_to_shard(**args)["EventStream"])
        package = importlib.import_module(sample_packages["kinesis"].name)
        with package.Client(region_name="us-east-1", endpoint_url=server.url,
                            aws_access_key_id=ACCESS_KEY,
                            aws_secret_access_key=SECRET_KEY) as kinesis:
            result = kinesis.subscribe_to_shard(**args)
            events = list(result.event_stream)
    assert [e.to_dict() for e in events] == expected
    assert events[0].subscribe_to_shard_event.records[0].data == b"hi"
    readme = (sample_packages["kinesis"] / "README.md").read_text(encoding="utf-8")
    assert "SubscribeToShard uses" not in readme  # not among what is left out
    assert "## Event streams\n\n`subscribe_to_shard` returns" in readme


def test_required_endpoint_discovery_raises(sample_packages: dict[str, Path]) -> None:
    with client(sample_packages, "timestream-query") as timestream:
        with pytest.raises(NotImplementedError, match=r"^Query requires endpoint discovery"):
            timestream.query(query_string="SELECT 1")
        assert not hasattr(timestream, "get_paginator")  # left out, and said so
    readme = (sample_packages["timestream-query"] / "README.md").read_text(encoding="utf-8")
    assert "- The paginator of Query is left out: its operation's method raises" in readme


def test_optional_endpoint_discovery_is_said_to_be_unused(
    sample_packages: dict[str, Path],
) -> None:
    readme = (sample_packages["dynamodb"] / "README.md").read_text(encoding="utf-8")
    assert "- Endpoint discovery, optional for " in readme
