"""Timeouts, keep-alive connection reuse and its failures, close(), TLS verification, and
errors that keep what the server sent out of their messages."""

from __future__ import annotations

import select
import socket
import ssl
import threading
import time
import traceback
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import botocore.httpsession
import pytest
from botocore.config import Config
from lightsail import Client
from lightsail._runtime.errors import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError
from lightsail._runtime.transport import Transport, default_ca_bundle
from runtime_support import (
    ACCESS_KEY,
    ANSWER,
    ANSWER_THEN_CLOSE,
    ANSWER_THEN_HALF_CLOSE,
    CLOSE,
    RESET,
    SECRET_KEY,
    TLS_CERT,
    RawServer,
    Step,
    isolate_aws,
    make_client,
    raw_server,
    scripted_server,
)

REGIONS = Step.of_json({"regions": []})


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


def idle_connections(client: Client) -> list[Any]:
    idle: list[Any] = client._engine._transport._idle
    return idle


def test_defaults_are_boto3s() -> None:
    config = Client("us-east-1", None, ACCESS_KEY, SECRET_KEY).meta.config
    assert (config.connect_timeout, config.read_timeout) == (60, 60)
    assert config.max_pool_connections == 10
    assert config.max_attempts == 3
    assert config.verify is True


def test_timeouts_from_arguments_and_config() -> None:
    config = Config(connect_timeout=3, read_timeout=7, max_pool_connections=4)
    meta = Client("us-east-1", None, ACCESS_KEY, SECRET_KEY, config=config).meta.config
    assert (meta.connect_timeout, meta.read_timeout, meta.max_pool_connections) == (3, 7, 4)
    meta = Client(
        "us-east-1", None, ACCESS_KEY, SECRET_KEY, config=config, read_timeout=1.5
    ).meta.config
    assert (meta.connect_timeout, meta.read_timeout) == (3, 1.5)


def test_read_timeout() -> None:
    with scripted_server() as server:
        server.script(Step(delay=1.0), REGIONS)
        client = make_client(server.url, read_timeout=0.2, max_attempts=1)
        with pytest.raises(ReadTimeoutError) as raised:  # the server answers after 1 s
            client.get_regions()
        assert isinstance(raised.value, EndpointConnectionError)
        assert isinstance(raised.value.reason, TimeoutError)
        assert client.get_regions().to_dict() == {"regions": []}  # a new connection works


def test_connect_then_read_timeout_apply_to_the_socket() -> None:
    with scripted_server() as server:
        client = make_client(server.url, connect_timeout=2.5, read_timeout=4.5)
        transport = client._engine._transport
        assert transport._new_connection().timeout == 2.5  # used by socket.create_connection
        client.get_regions()
        assert idle_connections(client)[0].sock.gettimeout() == 4.5


def test_connect_timeout_is_its_own_error_and_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[float | None] = []

    def time_out(address: Any, timeout: float | None = None, *args: Any) -> Any:
        attempts.append(timeout)
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", time_out)
    client = make_client("http://127.0.0.1:9", connect_timeout=0.75, max_attempts=2)
    with pytest.raises(ConnectTimeoutError):
        client.get_regions()
    assert attempts == [0.75, 0.75]


def test_keep_alive_reuses_one_connection() -> None:
    with scripted_server() as server:
        server.script(REGIONS)
        client = make_client(server.url)
        for _ in range(25):
            client.get_regions()
        assert len(server.requests) == 25
        assert server.connections == 1


def test_keep_alive_over_tls_reuses_one_connection() -> None:
    # The check of an idle connection before reuse must not take TLS records the server
    # sends unasked (TLS 1.3 session tickets) for a closed connection.
    with scripted_server(tls=True) as server:
        server.script(REGIONS)
        client = make_client(server.url, verify=str(TLS_CERT))
        for _ in range(5):
            client.get_regions()
        assert len(server.requests) == 5
        assert server.connections == 1


def test_connection_close_from_the_server_is_honoured() -> None:
    with scripted_server() as server:
        server.script(Step(headers={"Connection": "close"}), REGIONS)
        client = make_client(server.url)
        client.get_regions()
        assert idle_connections(client) == []
        client.get_regions()
        client.get_regions()
        assert server.connections == 2


def test_a_connection_the_server_dropped_is_replaced_once() -> None:
    with scripted_server() as server:
        server.script(Step(drop=True), REGIONS)
        client = make_client(server.url, max_attempts=1)  # no retry would hide a failure
        client.get_regions()
        time.sleep(0.05)  # let the server close its end
        assert client.get_regions().to_dict() == {"regions": []}
        assert (len(server.requests), server.connections) == (2, 2)


def test_close_and_context_manager() -> None:
    with scripted_server() as server:
        server.script(REGIONS)
        client = make_client(server.url)
        client.get_regions()
        pooled = idle_connections(client)[0]
        client.close()
        assert idle_connections(client) == [] and pooled.sock is None
        client.get_regions()  # still usable: a new connection
        assert server.connections == 2
        with make_client(server.url) as managed:
            assert isinstance(managed, Client)
            managed.get_regions()
            pooled = idle_connections(managed)[0]
        assert idle_connections(managed) == [] and pooled.sock is None


def test_pool_keeps_at_most_max_pool_connections() -> None:
    with scripted_server() as server:
        server.script(Step.of_json({"regions": []}, delay=0.2))
        client = make_client(server.url, max_pool_connections=2)
        threads = [threading.Thread(target=client.get_regions) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        assert server.connections == 5
        assert len(idle_connections(client)) == 2


# -- TLS -------------------------------------------------------------------------------


def https_transport(verify: bool | str) -> Transport:
    return Transport(
        "https://lightsail.us-east-1.amazonaws.com",
        connect_timeout=1,
        read_timeout=1,
        verify=verify,
    )


def test_tls_verification_is_on_by_default() -> None:
    context = https_transport(True).ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.cert_store_stats()["x509_ca"] > 50
    assert (
        Client("us-east-1", None, ACCESS_KEY, SECRET_KEY)._engine._transport.ssl_context is context
    )


def test_default_ca_bundle_is_botocores() -> None:
    assert default_ca_bundle() == botocore.httpsession.get_cert_path(True)


def test_verify_false_disables_verification() -> None:
    context = https_transport(False).ssl_context
    assert context.verify_mode == ssl.CERT_NONE
    assert context.check_hostname is False


def test_verify_path_trusts_that_bundle_only() -> None:
    context = https_transport(str(TLS_CERT)).ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    subjects = [dict(part[0] for part in cert["subject"]) for cert in context.get_ca_certs()]
    assert subjects == [{"commonName": "botocore-codegen test loopback"}]


def test_tls_against_a_loopback_server(monkeypatch: pytest.MonkeyPatch) -> None:
    with scripted_server(tls=True) as server:
        server.script(REGIONS)
        with pytest.raises(EndpointConnectionError) as raised:
            make_client(server.url, max_attempts=1).get_regions()
        assert isinstance(raised.value.reason, ssl.SSLCertVerificationError)
        assert server.requests == []
        make_client(server.url, verify=str(TLS_CERT)).get_regions()
        make_client(server.url, verify=False).get_regions()
        monkeypatch.setenv("AWS_CA_BUNDLE", str(TLS_CERT))
        make_client(server.url).get_regions()
        assert len(server.requests) == 3


# -- a reused connection that fails: resent only when the request never left ------------


def attempts_received(server: RawServer) -> list[str]:
    """The amz-sdk-request header of each request the server received, in order."""
    found = []
    for request in server.requests:
        for line in request.split(b"\r\n\r\n")[0].split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.lower() == b"amz-sdk-request":
                found.append(value.strip().decode())
    return found


def boto3_requests_for_second_call(hang_up: str, max_attempts: int) -> int:
    """How many copies of its second call boto3 sends, the same server doing the same."""
    with raw_server() as server:
        server.script(ANSWER, hang_up)
        reference = boto3.client(
            "lightsail",
            region_name="us-east-1",
            endpoint_url=server.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=Config(retries={"mode": "standard", "total_max_attempts": max_attempts}),
        )
        reference.get_regions()
        with pytest.raises(botocore.exceptions.ConnectionClosedError):
            reference.get_regions()
        reference.close()
        return len(server.requests) - 1


@pytest.mark.parametrize("hang_up", [CLOSE, RESET])
@pytest.mark.parametrize("max_attempts", [1, 3])
def test_a_request_the_server_took_on_a_reused_connection_is_an_attempt(
    hang_up: str, max_attempts: int
) -> None:
    with raw_server() as server:
        server.script(ANSWER, hang_up)  # then every request is taken and not answered
        client = make_client(server.url, max_attempts=max_attempts)
        sleeps: list[float] = []
        client._engine.sleep = sleeps.append
        client.get_regions()
        assert len(idle_connections(client)) == 1  # the second call starts on it
        with pytest.raises(EndpointConnectionError) as raised:
            client.get_regions()
        assert isinstance(raised.value.reason, ConnectionError)
        assert len(server.requests) == 1 + max_attempts
        # each copy the server got was an attempt of the retry policy: numbered, backed
        # off, and paid for from the retry quota
        assert attempts_received(server)[1:] == [
            f"attempt={n}; max={max_attempts}" for n in range(1, max_attempts + 1)
        ]
        assert len(sleeps) == max_attempts - 1
        quota = client._engine.retry_policy.quota
        assert quota.available_capacity == 500 - 14 * (max_attempts - 1)
    assert boto3_requests_for_second_call(hang_up, max_attempts) == max_attempts


@pytest.mark.parametrize("idle_close", [ANSWER_THEN_CLOSE, ANSWER_THEN_HALF_CLOSE])
def test_a_connection_the_server_closed_while_idle_is_replaced_without_an_attempt(
    idle_close: str,
) -> None:
    with raw_server() as server:
        server.script(idle_close, ANSWER)
        client = make_client(server.url, max_attempts=1)  # no retry would hide a failure
        client.get_regions()
        idle = idle_connections(client)
        assert len(idle) == 1
        readable, _, _ = select.select([idle[0].sock], [], [], 5)  # the server's FIN is in
        assert readable
        assert client.get_regions().to_dict() == {"regions": []}
        # nothing was written to the closed connection: the server got one copy
        assert len(server.requests) == 2
        assert attempts_received(server) == ["attempt=1; max=1"] * 2
        assert server.connections == 2


class BrokenAfter:
    """A socket that accepts ``budget`` more bytes, then fails as a dead connection does."""

    def __init__(self, sock: socket.socket, budget: int) -> None:
        self._sock = sock
        self._budget = budget

    def send(self, data: Any) -> int:
        if self._budget == 0:
            raise BrokenPipeError(32, "Broken pipe")
        part = bytes(data[: self._budget])
        self._sock.sendall(part)
        self._budget -= len(part)
        return len(part)

    def sendall(self, data: Any) -> None:
        view = memoryview(data)
        for _ in range(len(view) + 1):
            if not view:
                return
            view = view[self.send(view) :]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def test_a_write_that_failed_before_any_byte_left_is_resent_without_an_attempt() -> None:
    with raw_server() as server:
        server.script(ANSWER)
        client = make_client(server.url, max_attempts=1)
        client.get_regions()
        pooled = idle_connections(client)[0]
        pooled.sock = BrokenAfter(pooled.sock, 0)
        assert client.get_regions().to_dict() == {"regions": []}
        assert attempts_received(server) == ["attempt=1; max=1"] * 2
        assert server.connections == 2


@pytest.mark.parametrize("budget", [1, 100])
def test_a_write_that_failed_after_some_bytes_left_is_an_attempt(budget: int) -> None:
    with raw_server() as server:
        server.script(ANSWER)
        client = make_client(server.url, max_attempts=1)
        client.get_regions()
        pooled = idle_connections(client)[0]
        pooled.sock = BrokenAfter(pooled.sock, budget)
        with pytest.raises(EndpointConnectionError) as raised:
            client.get_regions()
        assert isinstance(raised.value.reason, BrokenPipeError)
        assert server.connections == 1  # not sent again behind the retry policy's back
        assert idle_connections(client) == []  # nor kept


def test_a_write_that_failed_after_some_bytes_left_is_retried_by_the_policy() -> None:
    with raw_server() as server:
        server.script(ANSWER)
        client = make_client(server.url, max_attempts=2)
        sleeps: list[float] = []
        client._engine.sleep = sleeps.append
        client.get_regions()
        pooled = idle_connections(client)[0]
        pooled.sock = BrokenAfter(pooled.sock, 10)
        assert client.get_regions().to_dict() == {"regions": []}
        # the server got 10 bytes of attempt 1 (not a request), then attempt 2
        assert attempts_received(server) == ["attempt=1; max=2", "attempt=2; max=2"]
        assert len(sleeps) == 1
        assert server.connections == 2


# -- what the server sent stays out of error messages ----------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        b"\x00SECRET-TOKEN-abc\r\n",
        b"HTTP/1.1 SECRET-TOKEN-abc OK\r\n\r\n",
        b"HTTP/7.SECRET-TOKEN-abc 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nSECRET-TOKEN-abc\r\n",
    ],
)
def test_a_reply_that_is_not_http_is_not_quoted(reply: bytes) -> None:
    with raw_server() as server:
        server.script(reply)
        client = make_client(server.url, max_attempts=1)
        with pytest.raises(EndpointConnectionError) as raised:
            client.get_regions()
    error = raised.value
    assert str(error).startswith(f"could not connect to {server.url}: ")
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for text in shown:
        assert "SECRET" not in text and "TOKEN" not in text, text


def test_a_repeated_response_header_is_joined_as_botocore_joins_it() -> None:
    """Both transports give a header sent twice as botocore's response does: its values
    joined with ", " (single values stay as they are)."""
    import asyncio

    from botocore.awsrequest import AWSRequest
    from lightsail._runtime.aio import AsyncTransport

    async def async_send(url: str) -> Any:
        sender = AsyncTransport(url, connect_timeout=5, read_timeout=5)
        try:
            return await sender.send("POST", url + "/", {}, b"")
        finally:
            await sender.close()

    twice = {"X-Amz-Twice": "one", "x-amz-twice": "two", "X-Amz-Once": "three"}
    with scripted_server() as server:
        server.script(Step(headers=twice))
        request = AWSRequest(method="POST", url=server.url + "/", data=b"").prepare()
        reference = botocore.httpsession.URLLib3Session().send(request).headers
        synchronous = Transport(server.url, connect_timeout=5, read_timeout=5).send(
            "POST", server.url + "/", {}, b""
        )
        asynchronous = asyncio.run(async_send(server.url))
    assert reference["x-amz-twice"] == "one, two"
    for response in (synchronous, asynchronous):
        assert response.headers["x-amz-twice"] == reference["x-amz-twice"]
        assert response.headers["x-amz-once"] == reference["x-amz-once"] == "three"
