"""``config=botocore.config.Config(...)`` and the other option sources; arguments win."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from lightsail import Client
from lightsail._runtime.client import ClientConfig
from runtime_support import ACCESS_KEY, SECRET_KEY, TLS_CERT, isolate_aws


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


def client(**options: Any) -> Client:
    options.setdefault("aws_access_key_id", ACCESS_KEY)
    options.setdefault("aws_secret_access_key", SECRET_KEY)
    return Client(**options)


FULL_CONFIG = Config(
    region_name="eu-west-2",
    connect_timeout=4,
    read_timeout=9,
    retries={"max_attempts": 6},
    max_pool_connections=3,
    user_agent_extra="extra/1",
    use_fips_endpoint=True,
    use_dualstack_endpoint=True,
)


def test_every_supported_config_field_is_read() -> None:
    meta = client(config=FULL_CONFIG).meta
    assert meta.region_name == "eu-west-2"
    assert meta.endpoint_url == "https://lightsail-fips.eu-west-2.api.aws"
    assert meta.config == ClientConfig(
        connect_timeout=4,
        read_timeout=9,
        max_attempts=7,
        max_pool_connections=3,
        use_fips_endpoint=True,
        use_dualstack_endpoint=True,
        verify=True,
        user_agent_extra="extra/1",
    )


def test_arguments_win_over_config() -> None:
    meta = client(
        config=FULL_CONFIG,
        region_name="us-west-2",
        connect_timeout=1,
        read_timeout=2,
        max_attempts=2,
        max_pool_connections=5,
        user_agent_extra="argument/2",
        use_fips_endpoint=False,
        use_dualstack_endpoint=False,
    ).meta
    assert meta.region_name == "us-west-2"
    assert meta.endpoint_url == "https://lightsail.us-west-2.amazonaws.com"
    assert meta.config == ClientConfig(
        connect_timeout=1,
        read_timeout=2,
        max_attempts=2,
        max_pool_connections=5,
        use_fips_endpoint=False,
        use_dualstack_endpoint=False,
        verify=True,
        user_agent_extra="argument/2",
    )


def test_an_empty_config_changes_nothing() -> None:
    assert client(region_name="us-east-1", config=Config()).meta.config == ClientConfig()


def test_config_must_be_a_botocore_config() -> None:
    with pytest.raises(TypeError, match=r"botocore\.config\.Config"):
        client(region_name="us-east-1", config={"read_timeout": 5})


def test_ca_bundle_from_environment_and_profile(
    monkeypatch: pytest.MonkeyPatch, isolated: Path
) -> None:
    (isolated / "config").write_text(f"[default]\nca_bundle = {TLS_CERT}\n")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(isolated / "config"))
    assert client(region_name="us-east-1").meta.config.verify == str(TLS_CERT)
    monkeypatch.setenv("AWS_CA_BUNDLE", "/from/environment.pem")
    assert client(region_name="us-east-1").meta.config.verify == "/from/environment.pem"
    assert client(region_name="us-east-1", verify=False).meta.config.verify is False


def test_keyword_arguments() -> None:
    """boto3.client's names where they overlap; the first five positional, as in the contract."""
    parameters = inspect.signature(Client).parameters
    assert list(parameters) == [
        "region_name",
        "endpoint_url",
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_session_token",
        "aws_account_id",
        "profile_name",
        "config",
        "verify",
        "max_attempts",
        "connect_timeout",
        "read_timeout",
        "max_pool_connections",
        "use_fips_endpoint",
        "use_dualstack_endpoint",
        "user_agent_extra",
    ]
    assert all(p.default is None for p in parameters.values())
    boto3_names = set(inspect.signature(boto3.session.Session.client).parameters)
    shared = {
        "region_name",
        "endpoint_url",
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_session_token",
        "aws_account_id",
        "config",
        "verify",
    }
    assert shared <= boto3_names
