"""Retries with the semantics of botocore's standard mode, checked against botocore itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import botocore.auth
import botocore.exceptions
import pytest
from async_support import KINDS, make_client
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from botocore.retries import quota, standard
from lightsail import Client
from lightsail._runtime.errors import (
    ConnectTimeoutError,
    EndpointConnectionError,
    Error,
    ReadTimeoutError,
    ServiceError,
)
from lightsail._runtime.retries import RetryPolicy
from lightsail.errors import LightsailError, NotFoundException, ServiceException
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, Step, isolate_aws, scripted_server, unused_port
from strategies import new_session


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


class Sleeps(list[float]):
    """Records the backoff delays instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


ClientFor = Callable[..., tuple[Client, Sleeps]]


@pytest.fixture(params=KINDS)
def client_for(request: pytest.FixtureRequest) -> Iterator[ClientFor]:
    """Makes the sync client, or the async one (async_support.py): the tests that make
    one run on both. They are closed after the test."""
    made: list[Client] = []

    def make(url: str, jitter: float = 1.0, **options: Any) -> tuple[Client, Sleeps]:
        client, sleeps = make_retrying_client(request.param, url, jitter, **options)
        made.append(client)
        return client, sleeps

    yield make
    for client in made:
        client.close()


def make_retrying_client(
    kind: str, url: str, jitter: float = 1.0, **options: Any
) -> tuple[Client, Sleeps]:
    client: Client = make_client(kind, "us-east-1", url, ACCESS_KEY, SECRET_KEY, **options)
    sleeps = Sleeps()
    client._engine.sleep = sleeps
    client._engine.retry_policy.random_fraction = lambda: jitter
    return client, sleeps


def error_reply(code: str, status: int, **headers: str) -> Reply:
    return Reply.of_json({"__type": code, "message": "m"}, status, **headers)


OK = Reply.of_json({"regions": []})


# -- decisions, compared with botocore's standard-mode classes -------------------------

FAILURES: list[tuple[str, int, dict[str, str]]] = [
    (code, status, {})
    for code, status in [
        ("ThrottlingException", 400),
        ("Throttling", 400),
        ("TooManyRequestsException", 400),
        ("RequestLimitExceeded", 400),
        ("SlowDown", 503),
        ("PriorRequestNotComplete", 400),
        ("RequestTimeout", 400),
        ("RequestTimeoutException", 408),
        ("ServiceException", 500),
        ("InternalFailure", 500),
        ("502", 502),
        ("503", 503),
        ("504", 504),
        ("NotImplemented", 501),
        ("NotFoundException", 400),
        ("InvalidInputException", 400),
        ("AccessDeniedException", 403),
        ("UnknownThing", 429),
        ("429", 429),
        ("NotFoundException", 429),
        ("ValidationException", 400),
    ]
] + [
    ("ThrottlingException", 400, {"x-amz-retry-after": "2500"}),
    ("503", 503, {"x-amz-retry-after": "100"}),
    ("503", 503, {"x-amz-retry-after": "60000"}),
    ("503", 503, {"x-amz-retry-after": "-5"}),
    ("503", 503, {"x-amz-retry-after": "soon"}),
]
CONNECTION_FAILURES = [
    (botocore.exceptions.EndpointConnectionError, EndpointConnectionError),
    (botocore.exceptions.ConnectTimeoutError, ConnectTimeoutError),
    (botocore.exceptions.ReadTimeoutError, ReadTimeoutError),
    (botocore.exceptions.ConnectionClosedError, EndpointConnectionError),
]


@cache
def get_instances_model() -> Any:
    """An operation whose model lists all eight Lightsail errors."""
    service = new_session().get_service_model("lightsail")
    return service.operation_model("GetInstances")


def botocore_verdicts(context_args: dict[str, Any], attempts: int, jitter: float) -> list[Any]:
    """For each attempt: None (no retry) or (quota cost, delay), as botocore decides."""
    operation = get_instances_model()
    detector = standard.ThrottlingErrorDetector(standard.RetryEventAdapter())
    conditions = standard.StandardRetryConditions(max_attempts=attempts)
    backoff = standard.ExponentialBackoff(
        random=lambda: jitter, service_name="lightsail", throttling_detector=detector
    )
    verdicts = []
    for attempt in range(1, attempts + 1):
        context = standard.RetryContext(
            attempt_number=attempt, operation_model=operation, request_context={}, **context_args
        )
        if not conditions.is_retryable(context):
            verdicts.append(None)
            continue
        checker = standard.RetryQuotaChecker(quota.RetryQuota(), detector)
        assert checker.acquire_retry_quota(context)
        cost = context.request_context["retry_quota_capacity"]
        verdicts.append((cost, round(backoff.delay_amount(context), 9)))
    return verdicts


def our_verdicts(error: Error, attempts: int, jitter: float) -> list[Any]:
    verdicts = []
    for attempt in range(1, attempts + 1):
        policy = RetryPolicy(
            attempts, modeled_codes=Client.SERVICE.errors().by_code, random_fraction=lambda: jitter
        )
        retry = policy.next_retry(error, attempt)
        verdicts.append(None if retry is None else (retry.capacity, round(retry.delay, 9)))
    return verdicts


@pytest.mark.parametrize(("code", "status", "headers"), FAILURES)
@pytest.mark.parametrize("jitter", [0.0, 0.37, 1.0])
def test_service_errors_are_retried_as_botocore_retries_them(
    code: str, status: int, headers: dict[str, str], jitter: float
) -> None:
    response = AWSResponse("https://lightsail.us-east-1.amazonaws.com/", status, headers, None)
    parsed = {"Error": {"Code": code, "Message": "m"}}
    expected = botocore_verdicts({"http_response": response, "parsed_response": parsed}, 7, jitter)
    error_class = Client.SERVICE.errors().by_code.get(code, LightsailError)
    error = error_class("m", code=code, http_status=status)
    error.http_headers = headers
    assert our_verdicts(error, 7, jitter) == expected


@pytest.mark.parametrize(("botocore_class", "our_class"), CONNECTION_FAILURES)
def test_connection_failures_are_retried_as_botocore_retries_them(
    botocore_class: type[Exception], our_class: type[EndpointConnectionError]
) -> None:
    caught = botocore_class(endpoint_url="https://x", error="e")
    expected = botocore_verdicts({"caught_exception": caught}, 4, 0.5)
    assert expected[0] is not None  # botocore retries these
    assert our_verdicts(our_class("https://x", OSError("e")), 4, 0.5) == expected


def test_other_client_errors_are_not_retried() -> None:
    assert RetryPolicy(5).next_retry(Error("no"), 1) is None


# -- the engine, against a loopback server ---------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        error_reply("ThrottlingException", 400),
        error_reply("ServiceException", 500),
        Reply(502, b"<html>Bad Gateway</html>"),
        Reply(503, b""),
        Reply(504, b"{}"),
        error_reply("TooManyRequestsException", 429),
        error_reply("RequestTimeoutException", 408),
    ],
)
@pytest.mark.parametrize("failures", [1, 2])
def test_retryable_failures_then_success(
    server: LoopbackServer, failure: Reply, failures: int, client_for: ClientFor
) -> None:
    server.reply(*[failure] * failures, OK)
    client, sleeps = client_for(server.url)
    assert client.get_regions().to_dict() == {"regions": []}
    assert len(server.requests) == failures + 1
    assert len(sleeps) == failures


@pytest.mark.parametrize(("max_attempts", "requests"), [(None, 3), (1, 1), (2, 2), (5, 5)])
def test_gives_up_after_max_attempts(
    server: LoopbackServer, max_attempts: int | None, requests: int, client_for: ClientFor
) -> None:
    server.reply(error_reply("ServiceException", 500))
    client, sleeps = client_for(server.url, max_attempts=max_attempts)
    with pytest.raises(ServiceException) as raised:
        client.get_regions()
    assert raised.value.http_status == 500
    assert len(server.requests) == requests
    assert len(sleeps) == requests - 1


@pytest.mark.parametrize(
    "failure",
    [
        error_reply("NotFoundException", 400),
        error_reply("InvalidInputException", 400),
        error_reply("AccessDeniedException", 403),
        error_reply("NotFoundException", 429),
        Reply(501, b"{}"),
    ],
)
def test_non_retryable_errors_are_raised_at_once(
    server: LoopbackServer, failure: Reply, client_for: ClientFor
) -> None:
    server.reply(failure, OK)
    client, sleeps = client_for(server.url, max_attempts=5)
    with pytest.raises(ServiceError):
        client.get_regions()
    assert len(server.requests) == 1
    assert sleeps == []


def test_not_found_is_not_retried(server: LoopbackServer, client_for: ClientFor) -> None:
    server.reply(error_reply("NotFoundException", 400), OK)
    client, _ = client_for(server.url)
    with pytest.raises(NotFoundException):
        client.get_regions()
    assert len(server.requests) == 1


def test_attempt_headers(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, client_for: ClientFor
) -> None:
    # A clock a second further on at each signature: botocore signs the same headers as we
    # do (not amz-sdk-*), so within one second a new signature would look like the old one.
    seconds = iter(range(60))
    monkeypatch.setattr(
        botocore.auth,
        "get_current_datetime",
        lambda: datetime(2026, 1, 1) + timedelta(seconds=next(seconds)),
    )
    server.reply(error_reply("ThrottlingException", 400), Reply(503, b""), OK, OK)
    client, _ = client_for(server.url, max_attempts=4)
    client.get_regions()
    client.get_regions()
    headers = [r.headers for r in server.requests]
    assert [h["amz-sdk-request"] for h in headers] == [
        "attempt=1; max=4",
        "attempt=2; max=4",
        "attempt=3; max=4",
        "attempt=1; max=4",
    ]
    ids = [h["amz-sdk-invocation-id"] for h in headers]
    assert ids[0] == ids[1] == ids[2] != ids[3]
    assert len({h["X-Amz-Date"] + h["Authorization"] for h in headers}) == 4  # each one signed anew


@pytest.mark.parametrize(
    ("source", "attempts"),
    [
        ({}, 3),
        ({"max_attempts": 2}, 2),
        ({"env": "4"}, 4),
        ({"env": "4", "max_attempts": 2}, 2),
        ({"profile": "6"}, 6),
        ({"profile": "6", "env": "4"}, 4),
        ({"config": Config(retries={"max_attempts": 4})}, 5),  # botocore counts retries there
        ({"config": Config(retries={"total_max_attempts": 4})}, 4),
        ({"config": Config(retries={"max_attempts": 4}), "env": "2"}, 5),
        ({"config": Config(retries={"max_attempts": 4}), "max_attempts": 2}, 2),
        ({"config": Config(retries={"mode": "standard"}), "env": "2"}, 2),
    ],
)
def test_max_attempts_sources(
    monkeypatch: pytest.MonkeyPatch,
    isolated: Path,
    server: LoopbackServer,
    source: dict[str, Any],
    attempts: int,
    client_for: ClientFor,
) -> None:
    if "env" in source:
        monkeypatch.setenv("AWS_MAX_ATTEMPTS", source["env"])
    if "profile" in source:
        (isolated / "config").write_text(f"[default]\nmax_attempts = {source['profile']}\n")
        monkeypatch.setenv("AWS_CONFIG_FILE", str(isolated / "config"))
    server.reply(Reply(503, b""))
    client, _ = client_for(
        server.url, config=source.get("config"), max_attempts=source.get("max_attempts")
    )
    assert client.meta.config.max_attempts == attempts
    with pytest.raises(ServiceError):
        client.get_regions()
    assert len(server.requests) == attempts


def test_max_attempts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Client("us-east-1", None, ACCESS_KEY, SECRET_KEY, max_attempts=0)


def test_connection_refused_is_retried(client_for: ClientFor) -> None:
    client, sleeps = client_for(f"http://127.0.0.1:{unused_port()}")
    with pytest.raises(EndpointConnectionError) as raised:
        client.get_regions()
    assert isinstance(raised.value.reason, ConnectionRefusedError)
    assert len(sleeps) == 2


def test_read_timeout_is_retried(client_for: ClientFor) -> None:
    with scripted_server() as slow:
        slow.script(Step(delay=1.0), Step.of_json({"regions": []}))
        client, sleeps = client_for(slow.url, read_timeout=0.2)
        assert client.get_regions().to_dict() == {"regions": []}
        # Without the timeout the first, slow answer would be the result: one request.
        assert len(slow.requests) == 2
        assert len(sleeps) == 1


# -- backoff ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "attempts", "jitter", "expected"),
    [
        (Reply(503, b""), 5, 1.0, [0.05, 0.1, 0.2, 0.4]),
        (Reply(503, b""), 3, 0.5, [0.025, 0.05]),
        (error_reply("ThrottlingException", 400), 5, 1.0, [1, 2, 4, 8]),
        (error_reply("ThrottlingException", 400), 8, 1.0, [1, 2, 4, 8, 16, 20, 20]),
        (error_reply("ThrottlingException", 400), 8, 0.5, [0.5, 1, 2, 4, 8, 10, 10]),
        (Reply(503, b"", {"x-amz-retry-after": "1500"}), 3, 0.0, [1.5, 1.5]),
        (Reply(503, b"", {"x-amz-retry-after": "60000"}), 2, 1.0, [5.05]),
    ],
)
def test_exponential_backoff_with_jitter_and_cap(
    server: LoopbackServer,
    failure: Reply,
    attempts: int,
    jitter: float,
    expected: list[float],
    client_for: ClientFor,
) -> None:
    server.reply(failure)
    client, sleeps = client_for(server.url, jitter=jitter, max_attempts=attempts)
    with pytest.raises(ServiceError):
        client.get_regions()
    assert sleeps == pytest.approx(expected)


def test_jitter_is_random_by_default() -> None:
    policy = RetryPolicy(3)
    error = ServiceError(code="ThrottlingException", http_status=400)
    delays = {policy.delay(error, 3) for _ in range(50)}
    assert len(delays) > 40
    assert all(0 <= d < 4 for d in delays)


# -- the retry quota -------------------------------------------------------------------


def capacity(client: Client) -> int:
    available: int = client._engine.retry_policy.quota.available_capacity
    return available


def test_quota_is_botocore_retry_quota(server: LoopbackServer, client_for: ClientFor) -> None:
    client, _ = client_for(server.url)
    assert isinstance(client._engine.retry_policy.quota, quota.RetryQuota)
    assert capacity(client) == quota.RetryQuota.INITIAL_CAPACITY == 500


@pytest.mark.parametrize(
    ("replies", "during", "after"),
    [
        ([Reply(503, b""), OK], 500 - 14, 500),
        ([error_reply("ThrottlingException", 400), OK], 500 - 5, 500),
        # botocore gives back only what the last retry took
        ([Reply(503, b""), Reply(503, b""), OK], 500 - 28, 500 - 14),
        ([error_reply("ThrottlingException", 400), Reply(503, b""), OK], 500 - 19, 500 - 5),
    ],
)
def test_retry_costs_and_refunds(
    server: LoopbackServer, replies: list[Reply], during: int, after: int, client_for: ClientFor
) -> None:
    client, _ = client_for(server.url)
    seen: list[int] = []
    client._engine.sleep = lambda seconds: seen.append(capacity(client))
    server.reply(*replies)
    client.get_regions()
    assert seen[-1] == during
    assert capacity(client) == after


def test_exhausted_quota_stops_retries_until_successes_refill_it(
    server: LoopbackServer, client_for: ClientFor
) -> None:
    client, _ = client_for(server.url, max_attempts=2)
    server.reply(Reply(503, b""))
    for call in range(36):
        with pytest.raises(ServiceError):
            client.get_regions()
        expected_requests = 2 * (call + 1) if call < 35 else 71
        assert len(server.requests) == expected_requests, call
    assert capacity(client) == 500 - 35 * 14
    server.reply(OK)
    for _ in range(4):
        client.get_regions()  # each success without a retry gives back 1
    assert capacity(client) == 14
    server.reply(Reply(503, b""), OK)
    before = len(server.requests)
    client.get_regions()
    assert len(server.requests) == before + 2
    assert capacity(client) == 14


def test_quota_is_per_client_and_shared_by_its_calls(
    server: LoopbackServer, client_for: ClientFor
) -> None:
    first, _ = client_for(server.url)
    second, _ = client_for(server.url)
    server.reply(Reply(503, b""))
    with pytest.raises(ServiceError):
        first.get_regions()
    with pytest.raises(ServiceError):
        first.get_instances()
    assert capacity(first) == 500 - 4 * 14
    assert capacity(second) == 500


def test_retries_are_logged_without_the_message(
    server: LoopbackServer, caplog: Any, client_for: ClientFor
) -> None:
    server.reply(Reply.of_json({"__type": "ThrottlingException", "message": "secret-ish"}, 400), OK)
    client, _ = client_for(server.url)
    with caplog.at_level("DEBUG", logger="lightsail"):
        client.get_regions()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GetRegions: retrying after ThrottlingException" in text
    assert "secret-ish" not in text
