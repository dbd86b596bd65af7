"""User-Agent and DEBUG logging: the operation, endpoint and status, never a secret."""

from __future__ import annotations

import logging
import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from botocore.config import Config
from lightsail import Client
from lightsail.errors import NotFoundException
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, isolate_aws

import generator

PASSWORD = "sensitive-master-password-value"
PRIVATE_KEY = "sensitive-private-key-from-the-response"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        running.reply(Reply.of_json({}))
        yield running


def test_user_agent_names_the_generator_and_its_version(server: LoopbackServer) -> None:
    Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY).get_regions()
    agent = server.requests[0].headers["User-Agent"]
    assert agent == (
        f"botocore-codegen/{generator.__version__} lightsail/2016-11-28 "
        f"Python/{platform.python_version()}"
    )
    assert Client.SERVICE.generator_version == generator.__version__


def test_user_agent_extra(server: LoopbackServer) -> None:
    Client(
        "us-east-1", server.url, ACCESS_KEY, SECRET_KEY, user_agent_extra="app/1.2"
    ).get_regions()
    config = Config(user_agent_extra="from-config/3")
    Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY, config=config).get_regions()
    Client(
        "us-east-1",
        server.url,
        ACCESS_KEY,
        SECRET_KEY,
        config=config,
        user_agent_extra="argument/4",
    ).get_regions()
    agents = [r.headers["User-Agent"] for r in server.requests]
    assert [a.rsplit(" ", 1)[1] for a in agents] == ["app/1.2", "from-config/3", "argument/4"]
    assert all(a.startswith("botocore-codegen/") for a in agents)


def test_debug_log_shows_operation_endpoint_and_status_and_no_secret(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(
        Reply(503, b"", {"x-amzn-RequestId": "req-1"}),
        Reply.of_json({"operations": []}, **{"x-amzn-RequestId": "req-2"}),
        Reply.of_json({"keyPair": {"name": "k"}, "privateKeyBase64": PRIVATE_KEY}),
        Reply.of_json({"__type": "NotFoundException", "message": "no such database"}, 400),
    )
    caplog.set_level(logging.DEBUG)  # every logger, botocore's included
    client = Client("eu-west-1", server.url, ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    client._engine.sleep = lambda seconds: None
    client.create_relational_database(
        relational_database_name="db",
        relational_database_blueprint_id="mysql_8_0",
        relational_database_bundle_id="micro_2_0",
        master_database_name="main",
        master_username="admin",
        master_user_password=PASSWORD,
    )
    result = client.create_key_pair(key_pair_name="k")
    with pytest.raises(NotFoundException):
        client.update_relational_database(
            relational_database_name="db", master_user_password=PASSWORD
        )

    assert result.private_key_base64 == PRIVATE_KEY
    ours = [r.getMessage() for r in caplog.records if r.name == "lightsail"]
    assert f"Lightsail client for region eu-west-1 at {server.url}" in ours
    assert f"CreateRelationalDatabase: POST {server.url}/ (attempt 1 of 3)" in ours
    assert any(
        m.startswith("CreateRelationalDatabase: HTTP 503 in ") and m.endswith("request id req-1")
        for m in ours
    )
    assert any(m.startswith("CreateRelationalDatabase: retrying after 503 in ") for m in ours)
    assert f"CreateRelationalDatabase: POST {server.url}/ (attempt 2 of 3)" in ours
    assert any(m.startswith("CreateRelationalDatabase: HTTP 200 in ") for m in ours)
    assert any(m.startswith("UpdateRelationalDatabase: HTTP 400 in ") for m in ours)

    logged = "\n".join(
        f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
    )
    for secret in (
        SECRET_KEY,
        SESSION_TOKEN,
        ACCESS_KEY,
        PASSWORD,
        PRIVATE_KEY,
        "Authorization",
        "Signature=",
        "no such database",
    ):
        assert secret not in logged


def test_errors_do_not_carry_credentials(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({"__type": "NotFoundException", "message": "m"}, 400))
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    with pytest.raises(NotFoundException) as raised:
        client.get_regions()
    shown = f"{raised.value} {raised.value!r} {client!r} {client.meta!r}"
    for secret in (SECRET_KEY, SESSION_TOKEN, ACCESS_KEY):
        assert secret not in shown
