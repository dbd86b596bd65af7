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


def test_an_event_stream_operation_raises(sample_packages: dict[str, Path]) -> None:
    kinesis = client(sample_packages, "kinesis")
    with kinesis, pytest.raises(NotImplementedError) as raised:
        kinesis.subscribe_to_shard(consumer_arn="arn", shard_id="shard-1",
                                   starting_position={"Type": "LATEST"})
    message = "SubscribeToShard uses an event stream, which botocore-codegen does not support yet"
    assert str(raised.value) == message
    readme = (sample_packages["kinesis"] / "README.md").read_text(encoding="utf-8")
    assert f"- {message}: its method raises NotImplementedError.\n" in readme


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
