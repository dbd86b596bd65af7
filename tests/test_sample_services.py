"""A fixed sample of real json services, chosen so that together they show every
feature the generator handles: each is generated from the installed botocore's model,
imported, and a client constructed; one ``mypy --strict`` run checks them all (mypy is
slow: one run, not one per package). `make survey` does the same for every service.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import DataNotFoundError
from botocore.loaders import Loader
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws

from generator.pipeline import Job, generate_all

SAMPLE = {
    "dynamodb": "waiters; paginators with map tokens; optional endpoint discovery",
    "kms": "no waiters file, many error shapes",
    "logs": "FilterLogEvents paginates several keys; event streams (StartLiveTail)",
    "secretsmanager": "idempotency tokens",
    "ecr": "DescribeImageScanFindings paginator, waiters",
    "sqs": "json protocol with a query-compatible past (awsQueryCompatible)",
    "kinesis": "SubscribeToShard uses an event stream",
    "timestream-query": "endpoint discovery required",
    "codebuild": "smithy-rpc-v2-cbor first, json also listed",
    "servicediscovery": "endpoint hostPrefix",
}
# acm (staticContextParams) joins the sample once its client constructs.
MODEL_FILES = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")
MYPY_TIMEOUT = 600


@pytest.fixture(scope="session")
def sample_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Service name -> its generated package, all generated in one run, on sys.path."""
    loader = Loader()
    models = tmp_path_factory.mktemp("sample_models")
    jobs = []
    for service in SAMPLE:
        version = loader.determine_latest_version(service, "service-2")
        directory = models / service
        directory.mkdir()
        for kind in MODEL_FILES:
            try:
                document = loader.load_service_model(service, kind, version)
            except DataNotFoundError:  # no waiters, or no paginators
                continue
            (directory / f"{kind}.json").write_text(json.dumps(document), encoding="utf-8")
        jobs.append(Job(service, directory))
    output = tmp_path_factory.mktemp("sample")
    results = generate_all(jobs, output, workers=2)
    sys.path.insert(0, str(output))
    yield {job.name: result.package_dir for job, result in zip(jobs, results, strict=True)}
    sys.path.remove(str(output))


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


def test_mypy_strict_passes_on_every_package_at_once(sample_packages: dict[str, Path]) -> None:
    output = next(iter(sample_packages.values())).parent
    arguments = [item for p in sample_packages.values() for item in ("-p", p.name)]
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *arguments],
        cwd=output, capture_output=True, text=True, timeout=MYPY_TIMEOUT, check=False,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert checked.stdout.startswith("Success: no issues found")


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
