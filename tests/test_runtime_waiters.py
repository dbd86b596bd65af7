"""Waiters from waiters-2.json, side by side with boto3's, never sleeping for real.

The kitchen sink's waiters use every matcher (path, pathAll, pathAny, status, error with a
code and with true), an operation without input (Pinged) and a custom delay; DynamoDB's
table_exists and table_not_exists are the real thing. boto3's waiter sleeps through
``botocore.waiter.time.sleep`` and ours through the client's ``_engine.sleep``: both are
replaced by recorders, so the tests compare the delays too.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import botocore.exceptions
import botocore.waiter
import pytest
from async_support import KINDS, make_client
from conftest import KITCHEN_SINK_MODEL
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import new_session

from generator.pipeline import generate


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


class Sleeps:
    """The sleeps of both waiters, recorded instead of slept.

    Our waiter runs botocore's with a delay of 0 and sleeps in the engine instead: those
    zero sleeps of botocore's are counted apart (no test sets a delay of 0).
    """

    def __init__(self) -> None:
        self.ours: list[float] = []
        self.boto3: list[float] = []
        self.zeros = 0


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    recorded = Sleeps()

    class FakeTime:
        @staticmethod
        def sleep(seconds: float) -> None:
            if seconds == 0:
                recorded.zeros += 1
            else:
                recorded.boto3.append(seconds)

    monkeypatch.setattr(botocore.waiter, "time", FakeTime)
    return recorded


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


@pytest.fixture(params=KINDS)
def sink(
    kitchen_sink_dir: Path, server: LoopbackServer, sleeps: Sleeps, request: pytest.FixtureRequest
) -> Iterator[Any]:
    """The sync client, and the async one (async_support.py): every waiter test runs on
    both."""
    client = make_client(
        request.param, "us-east-1", server.url, ACCESS_KEY, SECRET_KEY, max_attempts=1,
        package="kitchen_sink",
    )
    client._engine.sleep = sleeps.ours.append
    yield client
    client.close()


@pytest.fixture(scope="module")
def sink_boto3(sink_botocore_data: Path, server: LoopbackServer) -> Any:
    return boto3_client("kitchensink", server, sink_botocore_data)


def ok(body: dict[str, Any]) -> Reply:
    return Reply.of_json(body, **{"x-amzn-RequestId": "req-1"})


def error(code: str, status: int = 400) -> Reply:
    return Reply.of_json({"__type": code, "message": f"{code} says no"}, status,
                         **{"x-amzn-RequestId": "req-2"})


def without_retry_attempts(response: dict[str, Any]) -> dict[str, Any]:
    """boto3's response less what the runtime does not report: how its retries went
    (RetryAttempts, MaxAttemptsReached)."""
    retries = {"RetryAttempts", "MaxAttemptsReached"}
    metadata = {k: v for k, v in response["ResponseMetadata"].items() if k not in retries}
    return {**response, "ResponseMetadata": metadata}


def wait_both(server: LoopbackServer, replies: list[Reply], our_waiter: Any,
              their_waiter: Any, *, ours: dict[str, Any], theirs: dict[str, Any]
              ) -> tuple[Any, Any, list[Any]]:
    """Run both waiters, with their arguments, against the same replies: what each raised
    (None if nothing), and the request bodies (the same for both)."""
    outcomes = []
    bodies = []
    for waiter, kwargs in ((our_waiter, ours), (their_waiter, theirs)):
        server.requests.clear()
        server.reply(*replies)
        try:
            waiter.wait(**kwargs)
            outcomes.append(None)
        except botocore.exceptions.WaiterError as raised:
            outcomes.append(raised)
        bodies.append([request.json() for request in server.requests])
    assert bodies[0] == bodies[1]
    return outcomes[0], outcomes[1], bodies[0]


def describe(sink: Any, sink_boto3: Any, server: LoopbackServer, name: str,
             replies: list[Reply], **config: Any) -> tuple[Any, Any, list[Any]]:
    extra = {"WaiterConfig": config} if config else {}
    return wait_both(
        server, replies, sink.get_waiter(name), sink_boto3.get_waiter(name),
        ours={"name": "box", **extra}, theirs={"name": "box", **extra},
    )


def test_success_after_retries(server: LoopbackServer, sink: Any, sink_boto3: Any,
                               sleeps: Sleeps) -> None:
    replies = [error("ThingNotFoundException"), ok({"status": "BUILDING"}),
               ok({"status": "READY"})]
    ours, theirs, bodies = describe(sink, sink_boto3, server, "thing_ready", replies)
    assert ours is None and theirs is None
    assert bodies == [{"name": "box"}] * 3
    assert sleeps.ours == sleeps.boto3 == [2, 2]
    assert sleeps.zeros == 2  # botocore's own sleeps in our waiter: none of any length


def test_failure_state(server: LoopbackServer, sink: Any, sink_boto3: Any) -> None:
    from kitchen_sink._runtime.errors import Error
    from kitchen_sink._runtime.waiters import WaiterError

    ours, theirs, _ = describe(sink, sink_boto3, server, "thing_ready",
                               [ok({"status": "BROKEN"})])
    assert isinstance(ours, WaiterError) and isinstance(ours, Error)
    assert str(ours) == str(theirs) == (
        'Waiter ThingReady failed: Waiter encountered a terminal failure state: For '
        'expression "status" we matched expected path: "BROKEN"'
    )
    assert ours.last_response == without_retry_attempts(theirs.last_response)
    assert ours.last_response["ResponseMetadata"]["RequestId"] == "req-1"
    assert ours.kwargs == {"name": "ThingReady", "reason": theirs.kwargs["reason"]}


def test_max_attempts_with_waiter_config(server: LoopbackServer, sink: Any, sink_boto3: Any,
                                         sleeps: Sleeps) -> None:
    ours, theirs, bodies = describe(sink, sink_boto3, server, "thing_ready",
                                    [ok({"status": "BUILDING"})], Delay=7, MaxAttempts=3)
    assert str(ours) == str(theirs) == "Waiter ThingReady failed: Max attempts exceeded"
    assert len(bodies) == 3
    assert sleeps.ours == sleeps.boto3 == [7, 7]
    assert ours.last_response == without_retry_attempts(theirs.last_response)


def test_an_error_no_acceptor_expects(server: LoopbackServer, sink: Any,
                                      sink_boto3: Any) -> None:
    ours, theirs, bodies = describe(sink, sink_boto3, server, "parts_ready",
                                    [error("ValidationProblem")])
    assert str(ours) == str(theirs) == (
        "Waiter PartsReady failed: An error occurred (ValidationProblem): ValidationProblem "
        "says no"
    )
    # An error's response is the error's own (boto3's shape, RetryAttempts included).
    assert ours.last_response == theirs.last_response
    assert ours.last_response["Error"] == {"Code": "ValidationProblem",
                                           "Message": "ValidationProblem says no"}
    assert len(bodies) == 1


def test_path_all_path_any_and_status(server: LoopbackServer, sink: Any, sink_boto3: Any,
                                      sleeps: Sleeps) -> None:
    replies = [error("InternalFailure", 500), ok({"parts": [{"state": "ok"}, {"state": "no"}]}),
               ok({"parts": [{"state": "ok"}, {"state": "ok"}]})]
    ours, theirs, bodies = describe(sink, sink_boto3, server, "parts_ready", replies)
    assert ours is None and theirs is None and len(bodies) == 3
    assert sleeps.ours == sleeps.boto3 == [0.5, 0.5]
    ours, theirs, _ = describe(sink, sink_boto3, server, "parts_ready",
                               [ok({"parts": [{"state": "ok"}, {"state": "failed"}]})])
    assert str(ours) == str(theirs)
    assert "at least once" in str(ours)


def test_error_matchers(server: LoopbackServer, sink: Any, sink_boto3: Any) -> None:
    # success on ThingNotFoundException; failure on any other error
    replies = [ok({"parts": [{"state": "failed"}]}), ok({"parts": []}),
               error("ThingNotFoundException")]
    ours, theirs, bodies = describe(sink, sink_boto3, server, "thing_gone", replies)
    assert ours is None and theirs is None and len(bodies) == 3
    ours, theirs, _ = describe(sink, sink_boto3, server, "thing_gone", [error("Throttled")])
    assert str(ours) == str(theirs)
    assert "Matched expected service error code: True" in str(ours)


def test_an_operation_without_input_and_a_status_matcher(
    server: LoopbackServer, sink: Any, sink_boto3: Any
) -> None:
    ours, theirs, bodies = wait_both(server, [ok({"message": "pong"})], sink.get_waiter("pinged"),
                                     sink_boto3.get_waiter("pinged"), ours={}, theirs={})
    assert ours is None and theirs is None and bodies == [{}]


def test_arguments_are_validated_before_anything_is_sent(server: LoopbackServer,
                                                         sink: Any) -> None:
    from kitchen_sink._runtime.errors import ParamValidationError

    server.requests.clear()
    expected = "name: expected str of at least 1 character, got 0 characters"
    with pytest.raises(ParamValidationError, match=expected):
        sink.get_waiter("thing_ready").wait(name="")
    assert server.requests == []


def test_names_and_unknown_waiters(sink: Any, sink_boto3: Any) -> None:
    # boto3 lists the waiter it could not run either; the package leaves it out.
    assert sink.waiter_names == [n for n in sink_boto3.waiter_names if n != "unheard"]
    with pytest.raises(ValueError, match="Waiter does not exist: unheard"):
        sink.get_waiter("unheard")  # left out: its matcher is unknown to botocore


def test_a_single_waiter(tmp_path: Path, server: LoopbackServer) -> None:
    """A client with one waiter has a get_waiter without overloads."""
    model = tmp_path / "model"
    model.mkdir()
    for name in ("service-2.json", "paginators-1.json"):
        (model / name).write_bytes((KITCHEN_SINK_MODEL / name).read_bytes())
    waiters = json.loads((KITCHEN_SINK_MODEL / "waiters-2.json").read_text())
    waiters["waiters"] = {"Pinged": waiters["waiters"]["Pinged"]}
    (model / "waiters-2.json").write_text(json.dumps(waiters))
    generate(model, tmp_path / "out", package="one_waiter")
    code = (
        "from one_waiter import Client\n"
        f"client = Client('us-east-1', {server.url!r}, 'AKID', 'secret')\n"
        "client.get_waiter('pinged').wait()\n"
        "print(client.waiter_names)\n"
        "try:\n"
        "    client.get_waiter('other')\n"
        "except ValueError as error:\n"
        "    print(error)\n"
    )
    server.reply(Reply.of_json({}))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path / "out",
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "['pinged']\nWaiter does not exist: other\n"


def test_botocore_waiter_is_imported_only_when_waiting(
    kitchen_sink_dir: Path, server: LoopbackServer, tmp_path: Path
) -> None:
    report = "print(sorted(m for m in sys.modules if m.startswith('botocore.')))\n"
    code = (
        "import sys\n"
        "from kitchen_sink import Client\n"
        f"client = Client('us-east-1', {server.url!r}, 'AKID', 'secret')\n"
        + report
        + "waiter = client.get_waiter('pinged')\n"
        + report
        + "waiter.wait()\n"
        + report
    )
    server.reply(Reply.of_json({}))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
        timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "PYTHONPATH": str(kitchen_sink_dir.parent),
             "AWS_CONFIG_FILE": str(tmp_path / "none"),
             "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none")},
    )
    assert result.returncode == 0, result.stderr
    constructed, asked, waited = map(ast.literal_eval, result.stdout.splitlines())
    assert constructed == []
    assert "botocore.exceptions" in asked and "botocore.waiter" not in asked  # WaiterError
    assert "botocore.waiter" in waited


# -- DynamoDB, generated from botocore's own model --------------------------------------


@pytest.fixture
def dynamodb(dynamodb_dir: Path, server: LoopbackServer, sleeps: Sleeps) -> Any:
    from dynamodb import Client

    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY, max_attempts=1)
    client._engine.sleep = sleeps.ours.append
    return client


TABLE = {"Table": {"TableName": "t", "TableStatus": "ACTIVE", "ItemCount": 3,
                   "CreationDateTime": 1700000000.5}}


def test_dynamodb_table_exists(server: LoopbackServer, dynamodb: Any, sleeps: Sleeps) -> None:
    reference = boto3_client("dynamodb", server)
    creating = {"Table": {**TABLE["Table"], "TableStatus": "CREATING"}}
    replies = [error("ResourceNotFoundException"), ok(creating), ok(TABLE)]
    ours, theirs, bodies = wait_both(
        server, replies, dynamodb.get_waiter("table_exists"),
        reference.get_waiter("table_exists"),
        ours={"table_name": "t"}, theirs={"TableName": "t"},
    )
    assert ours is None and theirs is None
    assert bodies == [{"TableName": "t"}] * 3
    assert sleeps.ours == sleeps.boto3 == [20, 20]
    ours, theirs, _ = wait_both(
        server, [ok(creating)], dynamodb.get_waiter("table_exists"),
        reference.get_waiter("table_exists"),
        ours={"table_name": "t", "WaiterConfig": {"MaxAttempts": 2, "Delay": 1}},
        theirs={"TableName": "t", "WaiterConfig": {"MaxAttempts": 2, "Delay": 1}},
    )
    assert str(ours) == str(theirs)
    # The last response as boto3 gives it: timestamps as datetimes, and so on.
    assert ours.last_response == without_retry_attempts(theirs.last_response)


def test_dynamodb_table_not_exists(server: LoopbackServer, dynamodb: Any) -> None:
    reference = boto3_client("dynamodb", server)
    ours, theirs, bodies = wait_both(
        server, [ok(TABLE), error("ResourceNotFoundException")],
        dynamodb.get_waiter("table_not_exists"), reference.get_waiter("table_not_exists"),
        ours={"table_name": "t"}, theirs={"TableName": "t"},
    )
    assert ours is None and theirs is None and len(bodies) == 2
    assert set(dynamodb.waiter_names) == set(reference.waiter_names)
