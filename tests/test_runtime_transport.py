"""Timeouts, keep-alive connection reuse, close(), and TLS verification."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from pathlib import Path
from typing import Any

import botocore.httpsession
import pytest
from botocore.config import Config
from lightsail import Client
from lightsail._runtime.errors import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError
from lightsail._runtime.transport import Transport, default_ca_bundle
from runtime_support import (
    ACCESS_KEY,
    SECRET_KEY,
    TLS_CERT,
    Step,
    isolate_aws,
    make_client,
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
        started = time.monotonic()
        with pytest.raises(ReadTimeoutError) as raised:
            client.get_regions()
        assert 0.2 <= time.monotonic() - started < 0.9
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
