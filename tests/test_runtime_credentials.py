"""Credentials and region, found the way boto3 finds them, in an isolated AWS environment."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import botocore.auth
import botocore.credentials
import botocore.session
import pytest
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from lightsail import Client
from lightsail._runtime.auth import CredentialSource, Signer
from lightsail._runtime.errors import (
    NoCredentialsError,
    NoRegionError,
    PartialCredentialsError,
    ProfileNotFoundError,
)
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, isolate_aws

GENERATED = Path(__file__).resolve().parent.parent / "generated"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        running.reply(Reply.of_json({"regions": []}))
        yield running


def write_files(
    monkeypatch: pytest.MonkeyPatch, home: Path, *, config: str = "", credentials: str = ""
) -> None:
    """Shared config and credentials files, found through the AWS_* file variables."""
    config_file, credentials_file = home / "config", home / "credentials"
    config_file.write_text(textwrap.dedent(config))
    credentials_file.write_text(textwrap.dedent(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config_file))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials_file))


def signed_with(server: LoopbackServer) -> tuple[str, str, str | None]:
    """The access key, signing region and session token of the last request."""
    headers = server.requests[-1].headers
    match = re.search(
        r"Credential=([^/]+)/\d{8}/([^/]+)/lightsail/aws4_request", headers["Authorization"]
    )
    assert match, headers["Authorization"]
    return match[1], match[2], headers.get("X-Amz-Security-Token")


def test_explicit_keys_sign_requests(server: LoopbackServer) -> None:
    client = Client("eu-west-2", server.url, ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    client.get_regions()
    assert signed_with(server) == (ACCESS_KEY, "eu-west-2", SESSION_TOKEN)


@pytest.mark.parametrize(
    ("keys", "missing"),
    [
        ({"aws_access_key_id": ACCESS_KEY}, "aws_secret_access_key"),
        ({"aws_secret_access_key": SECRET_KEY}, "aws_access_key_id"),
    ],
)
def test_half_a_key_pair_is_refused(keys: dict[str, str], missing: str) -> None:
    with pytest.raises(PartialCredentialsError, match=missing):
        Client("us-east-1", **keys)


def test_environment_variables(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT1")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    Client("us-east-1", server.url).get_regions()
    assert signed_with(server) == ("AKIDFROMENVIRONMENT1", "us-east-1", "env-token")


def test_explicit_keys_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT1")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY).get_regions()
    assert signed_with(server) == (ACCESS_KEY, "us-east-1", None)


SHARED_CREDENTIALS = """\
    [default]
    aws_access_key_id = AKIDDEFAULTPROFILE01
    aws_secret_access_key = default-secret

    [dev]
    aws_access_key_id = AKIDDEVPROFILE000001
    aws_secret_access_key = dev-secret
    aws_session_token = dev-token
"""
SHARED_CONFIG = """\
    [default]
    region = ap-south-1

    [profile dev]
    region = eu-central-1

    [profile ops]
    region = ca-central-1
    aws_access_key_id = AKIDOPSCONFIGFILE001
    aws_secret_access_key = ops-secret
"""


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        (None, ("AKIDDEFAULTPROFILE01", "ap-south-1", None)),
        ("dev", ("AKIDDEVPROFILE000001", "eu-central-1", "dev-token")),
        ("ops", ("AKIDOPSCONFIGFILE001", "ca-central-1", None)),
    ],
)
def test_shared_files_and_profile_name(
    monkeypatch: pytest.MonkeyPatch,
    isolated: Path,
    server: LoopbackServer,
    profile: str | None,
    expected: tuple[str, str, str | None],
) -> None:
    write_files(monkeypatch, isolated, config=SHARED_CONFIG, credentials=SHARED_CREDENTIALS)
    client = Client(endpoint_url=server.url, profile_name=profile)
    assert client.meta.region_name == expected[1]
    client.get_regions()
    assert signed_with(server) == expected


def test_aws_profile_variable_selects_the_profile(
    monkeypatch: pytest.MonkeyPatch, isolated: Path, server: LoopbackServer
) -> None:
    write_files(monkeypatch, isolated, config=SHARED_CONFIG, credentials=SHARED_CREDENTIALS)
    monkeypatch.setenv("AWS_PROFILE", "dev")
    Client(endpoint_url=server.url).get_regions()
    assert signed_with(server) == ("AKIDDEVPROFILE000001", "eu-central-1", "dev-token")


def test_unknown_profile(monkeypatch: pytest.MonkeyPatch, isolated: Path) -> None:
    write_files(monkeypatch, isolated, config=SHARED_CONFIG, credentials=SHARED_CREDENTIALS)
    with pytest.raises(ProfileNotFoundError, match="'nope'"):
        Client("us-east-1", profile_name="nope").get_regions()


def test_credential_process_from_botocore_chain(
    monkeypatch: pytest.MonkeyPatch, isolated: Path, server: LoopbackServer
) -> None:
    """The rest of botocore's chain (here credential_process, which needs no network)."""
    output = {
        "Version": 1,
        "AccessKeyId": "AKIDFROMPROCESS00001",
        "SecretAccessKey": "s",
        "SessionToken": "process-token",
    }
    script = isolated / "credentials.py"
    script.write_text(f"print({json.dumps(json.dumps(output))})\n")
    write_files(
        monkeypatch,
        isolated,
        config=(
            "[profile tool]\nregion = us-west-2\n"
            f"credential_process = {sys.executable} {script}\n"
        ),
    )
    Client(endpoint_url=server.url, profile_name="tool").get_regions()
    assert signed_with(server) == ("AKIDFROMPROCESS00001", "us-west-2", "process-token")


def test_chain_comes_from_the_botocore_session(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    """SSO, assume-role, container and instance metadata: whatever the session resolves."""
    calls: list[str | None] = []

    def get_credentials(session: Any) -> Any:
        calls.append(session.profile)
        return botocore.credentials.Credentials("AKIDFROMSESSION00001", "s", "t")

    monkeypatch.setattr(botocore.session.Session, "get_credentials", get_credentials)
    client = Client("us-east-1", server.url)
    assert calls == []  # resolved when the first request is signed, not before
    client.get_regions()
    client.get_regions()
    assert calls == [None]
    assert signed_with(server) == ("AKIDFROMSESSION00001", "us-east-1", "t")


def test_no_credentials_is_a_clear_error_and_nothing_is_sent(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url)  # as in boto3, creating the client succeeds
    with pytest.raises(NoCredentialsError, match="unable to locate AWS credentials"):
        client.get_regions()
    assert server.requests == []


@pytest.mark.parametrize(
    ("variables", "argument", "config", "expected"),
    [
        ({}, "sa-east-1", None, "sa-east-1"),
        ({"AWS_REGION": "eu-west-3"}, None, None, "eu-west-3"),
        ({"AWS_DEFAULT_REGION": "eu-north-1"}, None, None, "eu-north-1"),
        ({"AWS_REGION": "eu-west-3", "AWS_DEFAULT_REGION": "eu-north-1"}, None, None, "eu-west-3"),
        ({"AWS_REGION": "eu-west-3"}, "sa-east-1", None, "sa-east-1"),
        ({"AWS_REGION": "eu-west-3"}, None, Config(region_name="ap-east-1"), "ap-east-1"),
        ({}, "sa-east-1", Config(region_name="ap-east-1"), "sa-east-1"),
    ],
)
def test_region_sources_in_order(
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    argument: str | None,
    config: Config | None,
    expected: str,
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    client = Client(argument, None, ACCESS_KEY, SECRET_KEY, config=config)
    assert client.meta.region_name == expected
    assert client.meta.endpoint_url == f"https://lightsail.{expected}.amazonaws.com"


def test_region_from_the_default_profile(monkeypatch: pytest.MonkeyPatch, isolated: Path) -> None:
    write_files(monkeypatch, isolated, config=SHARED_CONFIG)
    assert (
        Client(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY).meta.region_name
        == "ap-south-1"
    )
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-2")  # the environment wins over the file
    assert (
        Client(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY).meta.region_name
        == "us-east-2"
    )


def test_no_region_is_a_clear_error() -> None:
    with pytest.raises(NoRegionError, match="pass region_name=, set AWS_REGION"):
        Client(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)


def test_creating_clients_does_no_network_io(
    monkeypatch: pytest.MonkeyPatch, isolated: Path
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("network I/O while creating a client")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    write_files(monkeypatch, isolated, config=SHARED_CONFIG, credentials=SHARED_CREDENTIALS)
    Client("us-east-1")
    Client(profile_name="dev", use_fips_endpoint=True, use_dualstack_endpoint=True)
    Client("us-east-1", "https://example.com", ACCESS_KEY, SECRET_KEY)
    monkeypatch.delenv("AWS_EC2_METADATA_DISABLED")  # even with instance metadata enabled
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(isolated / "none"))
    Client("us-east-1")


def run_python(code: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=GENERATED,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_botocore_modules_are_imported_only_when_needed(isolated: Path) -> None:
    """Importing imports no botocore module (the package's ``__init__`` only, for its
    version); explicit keys and region need no session."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(isolated),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": str(isolated / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(isolated / "none"),
    }
    probe = (
        "import sys; from lightsail import Client; "
        "print(any(m.startswith('botocore.') for m in sys.modules)); Client({args}); "
        "print('botocore.session' in sys.modules, 'botocore.credentials' in sys.modules)"
    )
    explicit = probe.format(args=f"'us-east-1', None, '{ACCESS_KEY}', '{SECRET_KEY}'")
    chain = probe.format(args="'us-east-1'")
    assert run_python(explicit, env) == "False\nFalse False"
    assert run_python(chain, env) == "False\nTrue True"
    (isolated / "config").write_text("[default]\nmax_attempts = 5\n")
    with_config = {**env, "AWS_CONFIG_FILE": str(isolated / "config")}
    assert run_python(explicit, with_config) == "False\nTrue True"


def test_signature_is_botocore_sigv4(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our signer runs SigV4Auth's steps (without its logging): same headers, byte for byte."""
    frozen_now = datetime(2026, 1, 2, 3, 4, 5)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: frozen_now)
    credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    url, body = "https://lightsail.us-east-1.amazonaws.com/", b'{"a": 1}'
    headers = {
        "X-Amz-Target": "Lightsail_20161128.GetRegions",
        "Content-Type": "application/x-amz-json-1.1",
    }
    ours = Signer(CredentialSource(credentials, lambda: None), "lightsail", "us-east-1").sign(
        "POST", url, dict(headers), body
    )
    reference = AWSRequest(method="POST", url=url, headers=dict(headers), data=body)
    botocore.auth.SigV4Auth(
        credentials.get_frozen_credentials(), "lightsail", "us-east-1"
    ).add_auth(reference)
    assert ours == dict(reference.headers.items())
    assert ours["X-Amz-Date"] == "20260102T030405Z"
