"""Endpoint rule parameters bound per operation and per client, checked against botocore.

For every operation of ACM (``ServiceType`` from each operation's constants), DynamoDB
(``ResourceArn`` from input members, ``ResourceArnList`` from paths over the input, a
constant for one operation, the account endpoint mode) and Kinesis (constants and ARNs
together), the same boto3-style input goes through boto3 and through the generated
client; neither sends anything: botocore's request is caught at ``before-send``, ours at
the transport. The URL and the SigV4 scope (region and service) must be the same. Cloud
Map's DiscoverInstances has a host prefix: the prefixed host is sent and signed.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import boto3
import botocore.model
import pytest
from botocore import xform_name
from botocore.config import Config
from botocore.exceptions import EndpointResolutionError as BotocoreEndpointError
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import new_session

REGION = "us-east-1"
ACCOUNT = "123456789012"


class Sent(NamedTuple):
    url: str
    scope: str
    """``<region>/<service>`` of the Authorization header's credential scope."""
    host: str
    """The Host the signature covers: the URL's."""
    body: bytes = b""


class CapturedError(Exception):
    """Raised where a request would be sent: what would have gone."""

    def __init__(self, sent: Sent) -> None:
        super().__init__(sent.url)
        self.sent = sent


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


def scope(authorization: str) -> str:
    credential = authorization.split("Credential=")[1].split(",")[0]
    _, _, region, service, _ = credential.split("/")
    return f"{region}/{service}"


def signed_headers(authorization: str) -> list[str]:
    return authorization.split("SignedHeaders=")[1].split(",")[0].split(";")


# -- inputs -------------------------------------------------------------------------------


def example(shape: botocore.model.Shape, text: str) -> Any:
    """The smallest input botocore's validator accepts for ``shape``, every string
    ``text`` (padded to the model's minimum length)."""
    kind = shape.type_name
    minimum = int(shape.metadata.get("min", 0))
    if kind == "structure":
        if shape.is_document_type:
            return {}
        names = list(shape.required_members)
        if not names and shape.is_tagged_union:
            names = list(shape.members)[:1]
        return {name: example(shape.members[name], text) for name in names}
    if kind == "list":
        return [example(shape.member, text)] * max(minimum, 1)
    if kind == "map":
        return {example(shape.key, text): example(shape.value, text)}
    if kind == "string":
        return text + "x" * max(0, minimum - len(text))
    if kind in ("integer", "long"):
        return max(minimum, 1)
    if kind in ("float", "double"):
        return float(max(minimum, 1))
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return datetime(2024, 1, 2, tzinfo=UTC)
    assert kind == "blob", kind
    return b"x" * max(minimum, 1)


class Clients(NamedTuple):
    boto3: Any
    ours: Any
    model: botocore.model.ServiceModel
    endpoint_error: type[Exception]
    """The generated package's EndpointResolutionError."""


def botocore_client(service: str, data: Path | None = None, keys: bool = True,
                    **options: Any) -> Any:
    """boto3's client; ``data``: a botocore data directory holding the service's model;
    ``keys``: pass the test's keys (else the credential chain finds its own)."""
    session = new_session(data)
    if keys:
        options = {"aws_access_key_id": ACCESS_KEY, "aws_secret_access_key": SECRET_KEY,
                   **options}
    return boto3.Session(botocore_session=session).client(
        service, region_name=REGION, **options)


def clients(package: Path, service: str, monkeypatch: pytest.MonkeyPatch,
            data: Path | None = None, keys: bool = True, **options: Any) -> Clients:
    """A boto3 client and the generated one with the same options (``config``,
    ``endpoint_url``, ``aws_account_id``); neither sends."""
    reference = botocore_client(service, data, keys, **options)

    def catch_botocore(request: Any, **kwargs: Any) -> None:
        authorization = request.headers["Authorization"].decode()
        host = request.url.split("/")[2]
        raise CapturedError(Sent(request.url, scope(authorization), host, request.body or b""))

    reference.meta.events.register("before-send", catch_botocore)
    runtime = importlib.import_module(f"{package.name}._runtime.transport")

    def catch_ours(self: Any, method: str, url: str, headers: dict[str, str],
                   body: bytes, **options: Any) -> Any:
        assert "host" in signed_headers(headers["Authorization"])
        assert url.startswith(self.endpoint_url)  # the connection goes to that host
        raise CapturedError(Sent(url, scope(headers["Authorization"]), url.split("/")[2], body))

    monkeypatch.setattr(runtime.Transport, "send", catch_ours)
    client_class = importlib.import_module(package.name).Client
    ours = client_class(REGION, options.get("endpoint_url"),
                        *((ACCESS_KEY, SECRET_KEY) if keys else (None, None)),
                        config=options.get("config"),
                        aws_account_id=options.get("aws_account_id"))
    errors = importlib.import_module(f"{package.name}._runtime.errors")
    return Clients(reference, ours, reference.meta.service_model,
                   errors.EndpointResolutionError)


def sent(method: Any, params: dict[str, Any]) -> Sent:
    with pytest.raises(CapturedError) as caught:
        method(**params)
    return caught.value.sent


def outcome(pair: Clients, client: Any, operation: str, params: dict[str, Any]) -> Sent | str:
    """Where the request would go, or the endpoint rules' error."""
    try:
        return sent(getattr(client, xform_name(operation)), params)
    except (BotocoreEndpointError, pair.endpoint_error) as error:
        return f"error: {error}"


def without_body(outcome: Sent | str) -> Sent | str:
    return outcome._replace(body=b"") if isinstance(outcome, Sent) else outcome


def differences(pair: Clients, text: str, operations: list[str] | None = None) -> list[str]:
    """Each operation whose request botocore and the generated client send to different
    places (URL, signing scope), with ``text`` for every string of its input."""
    found = []
    for name in operations or pair.model.operation_names:
        operation = pair.model.operation_model(name)
        if operation.has_event_stream_input or operation.has_event_stream_output:
            continue
        params = example(operation.input_shape, text) if operation.input_shape else {}
        expected = outcome(pair, pair.boto3, name, params)
        actual = outcome(pair, pair.ours, name, params)
        if without_body(expected) != without_body(actual):
            found.append(f"{name}: botocore {expected} != generated {actual}")
    return found


# -- ACM: constants ----------------------------------------------------------------------


@pytest.fixture
def acm(acm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Clients]:
    yield clients(acm_dir, "acm", monkeypatch)


def test_acm_constructs_where_each_operation_sets_its_service_type(acm: Clients) -> None:
    assert acm.ours.meta.endpoint_url == acm.boto3.meta.endpoint_url
    assert differences(acm, f"arn:aws:acm:{REGION}:{ACCOUNT}:certificate/abc") == []
    hosts = {sent(acm.ours.list_certificates, {}).host,
             sent(acm.ours.list_acme_accounts, {"AcmeEndpointArn": "arn:x"}).host}
    assert hosts == {"acm.us-east-1.amazonaws.com", "acm-acme.us-east-1.api.aws"}


@pytest.mark.parametrize("options", [
    {"config": Config(use_fips_endpoint=True)},
    {"config": Config(use_dualstack_endpoint=True)},
    {"endpoint_url": "https://acm.example.invalid/base"},
    # The operation's constant wins over the client's setting, as in botocore.
    {"config": Config(client_context_params={"service_type": "ACM-ACME"})},
], ids=["fips", "dualstack", "endpoint_url", "client_context_params"])
def test_acm_with_client_options(acm_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                 options: dict[str, Any]) -> None:
    pair = clients(acm_dir, "acm", monkeypatch, **options)
    assert differences(pair, "text", ["ListCertificates", "ListAcmeAccounts",
                                      "GetCertificate"]) == []


# -- DynamoDB: input members and paths ------------------------------------------------------


@pytest.mark.parametrize("text", ["Music", f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Music"],
                         ids=["table-name", "table-arn"])
def test_dynamodb_every_operation(dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                  text: str) -> None:
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch)
    assert differences(pair, text) == []


def test_dynamodb_arns_reach_the_account_endpoint(dynamodb_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch)
    arn = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Music"
    assert sent(pair.ours.describe_table, {"TableName": arn}).host == (
        f"{ACCOUNT}.ddb.{REGION}.amazonaws.com")
    assert sent(pair.ours.describe_table, {"TableName": "Music"}).host == (
        f"dynamodb.{REGION}.amazonaws.com")
    # ResourceArnList: the keys of RequestItems (operationContextParams).
    items = {arn: {"Keys": [{"id": {"S": "1"}}]}}
    assert sent(pair.ours.batch_get_item, {"RequestItems": items}) == sent(
        pair.boto3.batch_get_item, {"RequestItems": items})
    # A waiter binds the same parameters as the operation it polls.
    with pytest.raises(CapturedError) as caught:
        pair.ours.get_waiter("table_exists").wait(table_name=arn)
    assert caught.value.sent.host == f"{ACCOUNT}.ddb.{REGION}.amazonaws.com"


@pytest.mark.parametrize("mode", ["disabled", "required"])
def test_dynamodb_account_id_endpoint_mode(dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                           mode: str) -> None:
    arn = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Music"
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch,
                   config=Config(account_id_endpoint_mode=mode))
    assert differences(pair, arn, ["DescribeTable", "ListTables", "BatchGetItem"]) == []
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", mode)
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch)
    assert differences(pair, arn, ["DescribeTable", "Query"]) == []


# -- the account id of the client's credentials (AWS::Auth::AccountId) ---------------------

OTHER_ACCOUNT = "111122223333"
ENVIRONMENT_KEYS = {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}
ACCOUNT_SOURCES: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
    # Each: the options of both clients, the environment.
    "argument": ({"aws_account_id": ACCOUNT}, {}),
    "environment": ({"keys": False}, {**ENVIRONMENT_KEYS, "AWS_ACCOUNT_ID": ACCOUNT}),
    "none": ({}, {}),
    # The credentials file's profile, and a credential_process (refreshable credentials):
    # written by account_clients.
    "profile": ({"keys": False}, {}),
    "process": ({"keys": False}, {}),
    # boto3 ignores an account id given without keys: the chain's (the environment's) wins.
    "argument-without-keys": ({"keys": False, "aws_account_id": ACCOUNT},
                              {**ENVIRONMENT_KEYS, "AWS_ACCOUNT_ID": OTHER_ACCOUNT}),
    # Keys given without an account id carry none, whatever the environment says.
    "keys-over-environment": ({}, {"AWS_ACCOUNT_ID": OTHER_ACCOUNT}),
}
PROCESS_OUTPUT = {"Version": 1, "AccessKeyId": ACCESS_KEY, "SecretAccessKey": SECRET_KEY,
                  "SessionToken": "token", "Expiration": "2999-01-01T00:00:00Z",
                  "AccountId": ACCOUNT}
ACCOUNT_VARIANTS = {
    "plain": {},
    "fips": {"use_fips_endpoint": True},
    "dualstack": {"use_dualstack_endpoint": True},
}
MODES = ("preferred", "disabled", "required")
ACCOUNT_SETTINGS = [
    *((source, mode, variant) for source in ("argument", "environment", "none")
      for mode in MODES for variant in ACCOUNT_VARIANTS),
    # Which account id the credentials carry, as the rules use it.
    *((source, "preferred", "plain") for source in
      ("profile", "process", "argument-without-keys", "keys-over-environment")),
]


def account_clients(package: Path, service: str, monkeypatch: pytest.MonkeyPatch,
                    source: str, **config: Any) -> Clients:
    """The two clients, with credentials (and their account id) from ``source``."""
    options, environment = ACCOUNT_SOURCES[source]
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    home = Path(os.environ["HOME"])  # a test's own (isolate_aws)
    if source == "profile":
        (home / "credentials").write_text(
            f"[default]\naws_access_key_id = {ACCESS_KEY}\n"
            f"aws_secret_access_key = {SECRET_KEY}\naws_account_id = {ACCOUNT}\n")
        monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "credentials"))
    if source == "process":
        (home / "process.json").write_text(json.dumps(PROCESS_OUTPUT))
        (home / "config").write_text(f"[default]\ncredential_process = cat {home}/process.json\n")
        monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "config"))
    return clients(package, service, monkeypatch, config=Config(**config), **options)


@pytest.mark.parametrize(("source", "mode", "variant"), ACCOUNT_SETTINGS)
def test_dynamodb_takes_the_account_id_of_the_credentials(
    dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch, source: str, mode: str,
    variant: str,
) -> None:
    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, source,
                           account_id_endpoint_mode=mode, **ACCOUNT_VARIANTS[variant])
    operations = ["DescribeTable", "ListTables", "BatchGetItem", "Query"]
    assert differences(pair, "Music", operations) == []
    # An ARN's account wins over the credentials'.
    other = f"arn:aws:dynamodb:{REGION}:{OTHER_ACCOUNT}:table/Music"
    assert differences(pair, other, operations) == []


@pytest.mark.parametrize("source", ["argument", "environment", "profile", "process"])
def test_dynamodb_sends_to_the_account_endpoint(dynamodb_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                source: str) -> None:
    """What the comparisons above compare: the account's endpoint, else the region's."""
    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, source)
    assert sent(pair.ours.list_tables, {}).host == f"{ACCOUNT}.ddb.{REGION}.amazonaws.com"
    assert pair.ours.meta.endpoint_url == pair.boto3.meta.endpoint_url == (
        f"https://dynamodb.{REGION}.amazonaws.com")  # made before any credentials are read
    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, "keys-over-environment",
                           account_id_endpoint_mode="required")
    with pytest.raises(pair.endpoint_error, match="no AccountID was provided"):
        pair.ours.list_tables()


@pytest.mark.parametrize("mode", MODES)
def test_a_custom_endpoint_wins_over_the_account_id(
    dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str,
) -> None:
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch, aws_account_id=ACCOUNT,
                   endpoint_url="https://ddb.example.invalid/base",
                   config=Config(account_id_endpoint_mode=mode))
    assert differences(pair, "Music", ["ListTables", "DescribeTable"]) == []


@pytest.mark.parametrize("account", ["12345", "not-an-account-id"])
def test_an_account_id_the_rules_refuse_fails_as_in_botocore(
    dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch, account: str,
) -> None:
    pair = clients(dynamodb_dir, "dynamodb", monkeypatch, aws_account_id=account)
    assert differences(pair, "Music", ["DescribeTable", "ListTables"]) == []


@pytest.mark.parametrize(("source", "mode", "variant"), ACCOUNT_SETTINGS)
def test_kinesis_takes_the_account_id_of_the_credentials(
    kinesis_dir: Path, monkeypatch: pytest.MonkeyPatch, source: str, mode: str,
    variant: str,
) -> None:
    pair = account_clients(kinesis_dir, "kinesis", monkeypatch, source,
                           account_id_endpoint_mode=mode, **ACCOUNT_VARIANTS[variant])
    # Control, data and queue endpoints; an ARN's account (TagResource's) wins.
    operations = ["ListStreams", "PutRecord", "CreateQueue", "TagResource"]
    assert differences(pair, "stream", operations) == []
    arn = f"arn:aws:kinesis:{REGION}:{OTHER_ACCOUNT}:stream/s"
    assert differences(pair, arn, operations) == []


@pytest.mark.parametrize("mode", ["preferred", "required"])
def test_without_credentials_the_rules_answer_first(
    dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str,
) -> None:
    """As botocore: no credentials, no account id; the endpoint is chosen before the
    call is signed, so the rules' error comes first, else the missing credentials'."""
    from botocore.exceptions import NoCredentialsError

    pair = clients(dynamodb_dir, "dynamodb", monkeypatch, keys=False,
                   config=Config(account_id_endpoint_mode=mode))
    no_credentials = importlib.import_module(
        f"{dynamodb_dir.name}._runtime.errors").NoCredentialsError
    found = []
    for client, missing in ((pair.boto3, NoCredentialsError), (pair.ours, no_credentials)):
        try:
            found.append(outcome(pair, client, "ListTables", {}))
        except missing:
            found.append("no credentials")
    assert found[0] == found[1]
    assert found[0] == ("no credentials" if mode == "preferred" else
                        "error: AccountIdEndpointMode is required but no AccountID was "
                        "provided or able to be loaded")


@pytest.mark.parametrize("source", ["argument", "environment", "none", "process"])
def test_the_async_client_takes_the_account_id_of_the_credentials(
    dynamodb_dir: Path, monkeypatch: pytest.MonkeyPatch, source: str,
) -> None:
    """The async engine resolves the chain's credentials in a worker thread before the
    core chooses the endpoint: the account id is theirs."""
    import asyncio

    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, source)
    options, _ = ACCOUNT_SOURCES[source]
    keys = (None, None) if options.get("keys") is False else (ACCESS_KEY, SECRET_KEY)

    async def catch(self: Any, method: str, url: str, headers: dict[str, str],
                    body: Any, stream: bool = False) -> Any:
        raise CapturedError(Sent(url, scope(headers["Authorization"]), url.split("/")[2],
                                 body))

    transport = importlib.import_module(f"{dynamodb_dir.name}._runtime.aio").AsyncTransport
    monkeypatch.setattr(transport, "send", catch)
    aio = importlib.import_module(f"{dynamodb_dir.name}.aio")
    calls = [("list_tables", {}), ("describe_table", {"TableName": "Music"})]

    async def urls() -> list[str]:
        found = []
        async with aio.AsyncClient(REGION, None, *keys,
                                   aws_account_id=options.get("aws_account_id")) as client:
            for operation, params in calls:
                with pytest.raises(CapturedError) as caught:
                    await getattr(client, operation)(**params)
                found.append(caught.value.sent.url)
        return found

    assert asyncio.run(urls()) == [sent(getattr(pair.boto3, operation), params).url
                                   for operation, params in calls]


def test_only_calls_with_an_account_id_leave_the_table(dynamodb_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an account id a call's endpoint is the precomputed one; with one, the
    rules run once and their answer is remembered."""
    endpoints = importlib.import_module(f"{dynamodb_dir.name}._runtime.endpoints")
    endpoints._run_rules.cache_clear()
    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, "none")
    for _ in range(3):
        sent(pair.ours.list_tables, {})
    assert endpoints._run_rules.cache_info().misses == 0
    pair = account_clients(dynamodb_dir, "dynamodb", monkeypatch, "argument")
    for _ in range(3):
        sent(pair.ours.list_tables, {})
    assert endpoints._run_rules.cache_info().misses == 1


def test_the_account_id_builtin_is_no_omission(dynamodb_dir: Path, kinesis_dir: Path) -> None:
    for package in (dynamodb_dir, kinesis_dir):
        readme = (package / "README.md").read_text()
        assert "AWS::Auth::AccountId" not in readme


def test_an_unknown_account_id_endpoint_mode_is_refused(dynamodb_dir: Path) -> None:
    from botocore.exceptions import InvalidConfigError

    client_class = importlib.import_module(dynamodb_dir.name).Client
    with pytest.raises(InvalidConfigError, match="account_id_endpoint_mode"):
        client_class(REGION, None, ACCESS_KEY, SECRET_KEY,
                     config=Config(account_id_endpoint_mode="sometimes"))


# -- Kinesis: constants and input members together ---------------------------------------


@pytest.mark.parametrize("text", ["stream", f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/s"],
                         ids=["name", "stream-arn"])
def test_kinesis_every_operation(kinesis_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                 text: str) -> None:
    pair = clients(kinesis_dir, "kinesis", monkeypatch)
    assert differences(pair, text) == []


# -- host prefixes -------------------------------------------------------------------------


@pytest.mark.parametrize("options", [
    {},
    {"endpoint_url": "https://cloudmap.example.invalid:8443"},
    {"config": Config(inject_host_prefix=False)},
], ids=["region", "endpoint_url", "inject_host_prefix-off"])
def test_servicediscovery_host_prefix(servicediscovery_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      options: dict[str, Any]) -> None:
    pair = clients(servicediscovery_dir, "servicediscovery", monkeypatch, **options)
    assert differences(pair, "name", ["DiscoverInstances", "ListServices"]) == []
    host = sent(pair.ours.discover_instances,
                {"NamespaceName": "ns", "ServiceName": "svc"}).host
    assert host.startswith("data-") == ("config" not in options)


def test_host_prefix_injection_off_from_the_environment(
    servicediscovery_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_DISABLE_HOST_PREFIX_INJECTION", "true")
    pair = clients(servicediscovery_dir, "servicediscovery", monkeypatch)
    assert differences(pair, "name", ["DiscoverInstances"]) == []
    # Config's explicit setting wins over the environment.
    pair = clients(servicediscovery_dir, "servicediscovery", monkeypatch,
                   config=Config(inject_host_prefix=True))
    assert differences(pair, "name", ["DiscoverInstances"]) == []
    assert sent(pair.ours.discover_instances,
                {"NamespaceName": "ns", "ServiceName": "svc"}).host.startswith("data-")


# -- the routing fixture: every binding, host labels, idempotency tokens -------------------

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ROUTING_CALLS = [
    ("PutThing", {"Name": "thing-1"}),  # contextParam ThingName: a host label
    ("PutThing", {"Name": "not a label"}),  # the rules pass over it
    ("PutThing", {"Name": "thing-1", "Token": "mine"}),
    ("Search", {"Query": "ignored"}),  # a constant beats the member; signing overridden
    ("Search", {}),
    ("Describe", {"Filters": [{"Name": "a"}, {"Name": "b"}]}),  # a path: a stringArray
    ("Describe", {"Filters": [], "Name": "thing-2"}),  # [] is set: multi, as in botocore
    ("Describe", {"Name": "thing-2"}),
    ("GetShard", {"ShardId": "shard-7.a"}),  # hostPrefix {ShardId}.shards.
    ("Ping", {}),  # hostPrefix ping-
]


@pytest.mark.parametrize("options", [
    {},
    {"config": Config(client_context_params={"stage": "beta"})},
    {"config": Config(inject_host_prefix=False)},
    {"config": Config(use_dualstack_endpoint=True)},
    {"endpoint_url": "https://routing.example.invalid:8443/base"},
    # Only a call's ThingName gives an endpoint: resolved per call, the others fail.
    {"config": Config(client_context_params={"stage": "things-only"})},
], ids=["default", "client_context_params", "no-host-prefix", "dualstack", "endpoint_url",
        "needs-input"])
def test_routing_fixture_against_botocore(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
    options: dict[str, Any],
) -> None:
    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data, **options)
    found = []
    for operation, params in ROUTING_CALLS:
        expected = outcome(pair, pair.boto3, operation, params)
        actual = outcome(pair, pair.ours, operation, params)
        if without_body(expected) != without_body(actual):
            found.append(f"{operation}({params}): botocore {expected} != generated {actual}")
    assert found == []


@pytest.mark.parametrize(("config", "message"), [
    (Config(use_fips_endpoint=True), "no FIPS here"),
    (Config(client_context_params={"stage": "things-only"}), "needs a thing name"),
], ids=["fips", "needs-input"])
def test_settings_the_rules_refuse_fail_each_call_as_in_botocore(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
    config: Config, message: str,
) -> None:
    """Operations bind rule parameters to their input, so a client whose settings alone
    give no endpoint is created, as botocore's is, with botocore's ``meta.endpoint_url``;
    each call resolves its own endpoint, or raises the rules' error before sending."""
    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data, config=config)
    assert pair.ours.meta.endpoint_url == pair.boto3.meta.endpoint_url
    with pytest.raises(BotocoreEndpointError, match=message):
        pair.boto3.ping()
    with pytest.raises(pair.endpoint_error, match=message):
        pair.ours.ping()
    assert differences(pair, "t", ["PutThing"]) == []


def test_an_endpoint_asking_for_sigv4a_fails_its_calls_before_sending(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """botocore signs SigV4a only with awscrt (botocore[crt]), and without it raises
    MissingDependencyException; the generated client never signs SigV4a, and says so."""
    from botocore.exceptions import MissingDependencyException

    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data,
                   config=Config(client_context_params={"stage": "sigv4a"}))
    assert pair.ours.meta.endpoint_url == pair.boto3.meta.endpoint_url
    errors = importlib.import_module("routing._runtime.errors")
    with pytest.raises(MissingDependencyException, match=r"botocore\[crt\]"):
        pair.boto3.ping()
    with pytest.raises(errors.UnsupportedAuthSchemeError, match="sigv4a") as caught:
        pair.ours.ping()  # the transport would raise CapturedError: nothing is sent
    assert caught.value.url == "https://global.example.com"
    assert isinstance(caught.value, pair.endpoint_error)
    # An operation whose input leads to a SigV4 endpoint is sent as botocore sends it.
    assert differences(pair, "t", ["PutThing"]) == []


def test_routing_fixture_endpoints(routing_dir: Path, routing_botocore_data: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data)
    hosts = [sent(getattr(pair.ours, xform_name(op)), params).host
             for op, params in ROUTING_CALLS]
    assert hosts == [
        "thing-1.things.us-east-1.example.com",
        "routing.us-east-1.example.com",
        "thing-1.things.us-east-1.example.com",
        "search.us-east-1.example.com",
        "search.us-east-1.example.com",
        "multi.us-east-1.example.com",
        "multi.us-east-1.example.com",
        "thing-2.things.us-east-1.example.com",
        "shard-7.a.shards.routing.us-east-1.example.com",
        "ping-routing.us-east-1.example.com",
    ]
    assert sent(pair.ours.search, {}).scope == "us-west-2/routing-search"
    assert pair.ours.meta.endpoint_url == "https://routing.us-east-1.example.com"


@pytest.mark.parametrize("injected", [True, False], ids=["injected", "not-injected"])
@pytest.mark.parametrize("label", ["", "a/b", "a b", "ünï"])
def test_bad_host_labels_are_refused_before_sending(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
    label: str, injected: bool,
) -> None:
    """Checked even when the prefix is left out (``inject_host_prefix=False``), as botocore
    checks them."""
    from botocore.exceptions import ParamValidationError as BotocoreParamValidationError

    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data,
                   config=Config(inject_host_prefix=injected))
    errors = importlib.import_module("routing._runtime.errors")
    with pytest.raises(BotocoreParamValidationError, match="ShardId"):
        pair.boto3.get_shard(ShardId=label)
    with pytest.raises(errors.ParamValidationError, match="ShardId") as caught:
        pair.ours.get_shard(shard_id=label)
    assert caught.value.problems[0].kind == "host_label"
    assert label not in str(caught.value) or not label  # never the value itself


def test_idempotency_tokens_filled_as_botocore_fills_them(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data)
    bodies = {}
    for name, client in (("botocore", pair.boto3), ("generated", pair.ours)):
        first = json.loads(sent(client.put_thing, {"Name": "t"}).body)
        second = json.loads(sent(client.put_thing, {"Name": "t"}).body)
        given = json.loads(sent(client.put_thing, {"Name": "t", "Token": "mine"}).body)
        assert UUID4.match(first["Token"]) and UUID4.match(first["OtherToken"]), name
        assert first["Token"] != second["Token"] != first["OtherToken"], name
        assert given["Token"] == "mine" and UUID4.match(given["OtherToken"]), name
        bodies[name] = sorted(first), sorted(given)
    assert bodies["generated"] == bodies["botocore"]
    # The typed signature: a token the model requires may be left out.
    put_thing = importlib.import_module("routing.shapes").PutThingRequest
    assert put_thing(name="t").token_ is None


def test_the_async_client_routes_as_the_sync_one(
    routing_dir: Path, routing_botocore_data: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine core chooses each call's endpoint; the async driver sends it there."""
    import asyncio

    pair = clients(routing_dir, "routing", monkeypatch, routing_botocore_data)
    aio = importlib.import_module("routing.aio")

    async def catch(self: Any, method: str, url: str, headers: dict[str, str],
                    body: Any, stream: bool = False) -> Any:
        raise CapturedError(Sent(url, scope(headers["Authorization"]), url.split("/")[2],
                                 body))

    transport = importlib.import_module("routing._runtime.aio").AsyncTransport
    monkeypatch.setattr(transport, "send", catch)

    async def hosts() -> list[Sent]:
        found = []
        async with aio.AsyncClient(REGION, None, ACCESS_KEY, SECRET_KEY) as client:
            for operation, params in ROUTING_CALLS:
                with pytest.raises(CapturedError) as caught:
                    await getattr(client, xform_name(operation))(**params)
                found.append(without_body(caught.value.sent))
        return found

    expected = [without_body(sent(getattr(pair.ours, xform_name(op)), params))
                for op, params in ROUTING_CALLS]
    assert asyncio.run(hosts()) == expected


# -- CloudFront KeyValueStore: every endpoint needs the call's KvsARN, and SigV4a ---------

KVS_ARN = f"arn:aws:cloudfront::{ACCOUNT}:key-value-store/abc"
KVS_CALLS = [
    ("DescribeKeyValueStore", {"KvsARN": KVS_ARN}),
    ("GetKey", {"KvsARN": KVS_ARN, "Key": "k"}),
    ("DescribeKeyValueStore", {"KvsARN": "not-an-arn"}),
    ("GetKey", {"KvsARN": f"arn:aws-cn:cloudfront::{ACCOUNT}:key-value-store/a", "Key": "k"}),
    ("ListKeys", {"KvsARN": f"arn:aws:cloudfront:us-east-1:{ACCOUNT}:key-value-store/a"}),
]


def kvs_outcome(pair: Clients, client: Any, operation: str, params: dict[str, Any]) -> str:
    """The endpoint of a call that asks for SigV4a (botocore without awscrt fails it,
    the generated client always does), or the rules' error; nothing is ever sent."""
    from botocore.exceptions import MissingDependencyException

    unsupported = importlib.import_module(
        f"{type(pair.ours).__module__.split('.')[0]}._runtime.errors"
    ).UnsupportedAuthSchemeError
    try:
        sent(getattr(client, xform_name(operation)), params)
    except MissingDependencyException:
        endpoint = pair.boto3._ruleset_resolver.construct_endpoint(
            operation_model=pair.model.operation_model(operation), call_args=params,
            request_context={})
        return f"sigv4a: {endpoint.url}"
    except unsupported as error:
        return f"sigv4a: {error.url}"
    except (BotocoreEndpointError, pair.endpoint_error) as error:
        return f"error: {error}"
    raise AssertionError(f"{operation} was sent")


@pytest.mark.parametrize("options", [
    {},
    {"config": Config(use_fips_endpoint=True)},
    {"config": Config(use_dualstack_endpoint=True)},
    {"endpoint_url": "https://kvs.example.invalid/base"},
], ids=["default", "fips", "dualstack", "endpoint_url"])
def test_cloudfront_keyvaluestore_constructs_and_resolves_each_call(
    rest_json_packages: dict[str, str], monkeypatch: pytest.MonkeyPatch,
    options: dict[str, Any],
) -> None:
    package = Path(rest_json_packages["cloudfront-keyvaluestore"])
    pair = clients(package, "cloudfront-keyvaluestore", monkeypatch, **options)
    assert pair.ours.meta.endpoint_url == pair.boto3.meta.endpoint_url
    expected = [kvs_outcome(pair, pair.boto3, op, params) for op, params in KVS_CALLS]
    assert [kvs_outcome(pair, pair.ours, op, params) for op, params in KVS_CALLS] == expected
    if not options:
        assert expected[:2] == [f"sigv4a: https://{ACCOUNT}.cloudfront-kvs.global.api.aws"] * 2
        readme = Path(importlib.import_module(package.name).__file__ or "").with_name("README.md")
        assert "raises UnsupportedAuthSchemeError" in readme.read_text()
