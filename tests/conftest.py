"""Shared fixtures: generated packages are built once per session and reused.

Keeping `make test` fast (about 3 minutes on a loaded 2-core machine, two runs at once):
- A package a test needs comes from a session fixture here, never from a generate() per
  test: ``lightsail_files``, ``kitchen_sink_dir``, ``routing_dir``, and for real
  services ``sample_packages`` (add the service to SAMPLE).
- Type checks: add what you want checked to ``targets`` in tests/type_checks.py and
  assert on the ``type_reports`` fixture; never start mypy or pyright yourself.
- hypothesis: bounded ``max_examples``, ``derandomize=True``, ``database=None``, no
  shrinking for large values; a test running against several clients (sync, async)
  should draw each example once and check it against all of them.
- No real waiting: inject the engine's sleep (runtime_support.py), use the loopback
  servers, start subprocesses per module, not per test.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from generator.pipeline import Files, build_files, generate

REPO = Path(__file__).resolve().parent.parent
LIGHTSAIL_MODEL = REPO / "models" / "lightsail" / "2016-11-28"
KITCHEN_SINK_MODEL = Path(__file__).parent / "fixtures" / "kitchen_sink"
ROUTING_MODEL = Path(__file__).parent / "fixtures" / "routing"
REST_JSON_SINK_MODEL = Path(__file__).parent / "fixtures" / "rest_json_sink"
"""A small rest-json model with every binding the real models use (header timestamps
in each format, jsonvalue headers, header lists and maps, query maps of lists...)."""
GENERATED = REPO / "generated"

sys.path.insert(0, str(Path(__file__).parent))  # tests/loopback.py and friends
sys.path.insert(0, str(GENERATED))  # the checked-in `lightsail` package

from moto_server import moto_url  # noqa: E402, F401 - one moto server for the session's tests

# The one mypy and one pyright run of the session (tests/type_checks.py): fixture
# ``type_reports``.
pytest_plugins = ["type_checks"]


class PythonSnapshot(SingleFileSnapshotExtension):
    """Snapshots stored as real .py files, so they read as code in review."""

    _write_mode = WriteMode.TEXT
    file_extension = "py"


@pytest.fixture
def python_snapshot(snapshot):  # type: ignore[no-untyped-def]
    return snapshot.use_extension(PythonSnapshot)


@pytest.fixture(scope="session")
def lightsail_files() -> Files:
    """Lightsail's package as the generator produces it now, in memory."""
    return build_files(LIGHTSAIL_MODEL)


def configured_templates() -> list[Path]:
    """The template directories pyproject.toml lists (``[tool.botocore-codegen]``), which
    `make generate` and `make check` use besides the built-in ones."""
    from generator.config import load_config

    return list(load_config(REPO / "pyproject.toml").templates)


@pytest.fixture(scope="session")
def configured_lightsail_files(lightsail_files: Files) -> Files:
    """Lightsail's package as `make generate` writes it: with the configured templates."""
    templates = configured_templates()
    if not templates:
        return lightsail_files
    return build_files(LIGHTSAIL_MODEL, templates=templates)


@pytest.fixture(scope="session")
def kitchen_sink_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The kitchen-sink fixture model generated into a temporary directory on sys.path."""
    output = tmp_path_factory.mktemp("kitchen_sink")
    generate(KITCHEN_SINK_MODEL, output)
    sys.path.insert(0, str(output))
    yield output / "kitchen_sink"
    sys.path.remove(str(output))


@pytest.fixture(scope="session")
def sink_botocore_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A botocore data directory holding the kitchen-sink model as service
    ``kitchensink``: a boto3 client built from it is the reference for the fixture."""
    data = tmp_path_factory.mktemp("botocore_data")
    target = data / "kitchensink" / "2024-01-01"
    target.mkdir(parents=True)
    for name in ("service-2.json", "paginators-1.json", "waiters-2.json"):
        shutil.copy(KITCHEN_SINK_MODEL / name, target / name)
    return data


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
    "acm": "staticContextParams: every operation sets the rule parameter ServiceType",
}
"""A fixed sample of real json services, chosen so that together they show every feature
the generator handles (tests/test_sample_services.py). A test that needs one of these
services, or another real one, takes it from ``sample_packages`` (add the service here)
rather than generating it again."""
MODEL_FILES = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")


@pytest.fixture(scope="session")
def sample_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Service name -> its package, all generated in one run (in worker processes) from
    the installed botocore's newest models, as `make update-models` would copy them, on
    sys.path. The one mypy run of the session checks them (tests/type_checks.py)."""
    from botocore.exceptions import DataNotFoundError
    from botocore.loaders import Loader

    from generator.pipeline import Job, generate_all

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


@pytest.fixture(scope="session")
def routing_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The routing fixture model (every way an operation chooses its endpoint, and
    idempotency tokens) generated into a temporary directory on sys.path."""
    output = tmp_path_factory.mktemp("routing")
    generate(ROUTING_MODEL, output)
    sys.path.insert(0, str(output))
    yield output / "routing"
    sys.path.remove(str(output))


@pytest.fixture(scope="session")
def routing_botocore_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A botocore data directory holding the routing fixture as service ``routing``."""
    data = tmp_path_factory.mktemp("routing_data")
    target = data / "routing" / "2024-01-01"
    target.mkdir(parents=True)
    for name in ("service-2.json", "endpoint-rule-set-1.json"):
        shutil.copy(ROUTING_MODEL / name, target / name)
    return data


@pytest.fixture(scope="session")
def dynamodb_dir(sample_packages: dict[str, Path]) -> Path:
    """DynamoDB's package (from the sample): map tokens (Query and Scan's
    ExclusiveStartKey), real waiters (table_exists), endpoint rule parameters bound to
    input members and paths (ResourceArn, ResourceArnList)."""
    return sample_packages["dynamodb"]


@pytest.fixture(scope="session")
def acm_dir(sample_packages: dict[str, Path]) -> Path:
    """ACM's package (from the sample): every operation sets the endpoint rule parameter
    ServiceType."""
    return sample_packages["acm"]


@pytest.fixture(scope="session")
def kinesis_dir(sample_packages: dict[str, Path]) -> Path:
    """Kinesis's package (from the sample): constants and input members (stream and
    consumer ARNs) bound to endpoint rule parameters, account endpoints."""
    return sample_packages["kinesis"]


@pytest.fixture(scope="session")
def servicediscovery_dir(sample_packages: dict[str, Path]) -> Path:
    """Cloud Map's package (from the sample): DiscoverInstances has the host prefix
    ``data-``."""
    return sample_packages["servicediscovery"]


REST_JSON_SERVICES = {
    "lambda": "2015-03-31",
    "apigateway": "2015-07-09",
    "eks": "2017-11-01",
    "efs": "2015-02-01",
    "ebs": "2019-11-02",
}
"""rest-json services the wire tests compare with botocore: Lambda (a blob payload,
labels, query lists), API Gateway (greedy labels, its Accept header), EKS and EFS
(idempotency tokens in the body and query), EBS (streaming input and output, an
unsigned body)."""
REST_JSON_OTHERS = {
    "cloudfront-keyvaluestore": "2022-07-26",
    "dataexchange": "2017-07-25",
    "bedrock-runtime": "2023-09-30",
}
"""rest-json services generated with them for single tests: CloudFront KeyValueStore
(every operation binds the KvsARN rule parameter; its endpoints ask for SigV4a) and
Data Exchange (SendApiAsset's response headers map)."""


@pytest.fixture(scope="session")
def rest_json_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The rest-json services' packages, generated once per session (in worker
    processes) from the installed botocore's models, and the rest-json sink's, on
    sys.path: service (``restsink``) -> package."""
    from botocore.exceptions import DataNotFoundError
    from botocore.loaders import Loader

    from generator.pipeline import Job, generate_all

    loader = Loader()
    jobs = []
    for service, version in {**REST_JSON_SERVICES, **REST_JSON_OTHERS}.items():
        model = tmp_path_factory.mktemp(f"{service}_model")
        for kind in ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1"):
            try:
                document = loader.load_service_model(service, kind, version)
            except DataNotFoundError:  # not every service has waiters
                continue
            (model / f"{kind}.json").write_text(json.dumps(document), encoding="utf-8")
        jobs.append(Job(service, model))
    jobs.append(Job("restsink", REST_JSON_SINK_MODEL))
    output = tmp_path_factory.mktemp("rest_json")
    results = generate_all(jobs, output)
    sys.path.insert(0, str(output))
    yield {job.name: result.package_dir.name for job, result in zip(jobs, results, strict=True)}
    sys.path.remove(str(output))
