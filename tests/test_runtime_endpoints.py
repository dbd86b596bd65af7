"""Endpoints from the model's rule set, checked against botocore's own resolution."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import botocore.utils
import pytest
from botocore.config import Config
from botocore.loaders import Loader
from hypothesis import given
from hypothesis import strategies as st
from lightsail import Client
from lightsail._runtime.endpoints import request_url, resolve_endpoint, valid_region_name
from lightsail._runtime.errors import EndpointResolutionError, InvalidRegionError
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import new_session

VARIANTS = [(False, False), (True, False), (False, True), (True, True)]
"""(use_fips_endpoint, use_dualstack_endpoint)."""


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


def ours(region: str | None, fips: bool = False, dualstack: bool = False, **options: Any) -> str:
    client = Client(
        region,
        options.pop("endpoint_url", None),
        ACCESS_KEY,
        SECRET_KEY,
        use_fips_endpoint=fips,
        use_dualstack_endpoint=dualstack,
        **options,
    )
    url: str = client.meta.endpoint_url
    return url


class CapturedError(Exception):
    """Raised from botocore's before-send event: the request URL is known, nothing is sent."""


@cache
def boto3_session() -> boto3.session.Session:
    return boto3.Session(botocore_session=new_session())


def botocore_resolution(
    region: str, fips: bool, dualstack: bool, endpoint_url: str | None = None
) -> tuple[str, str]:
    """botocore's ``meta.endpoint_url`` and the URL it actually sends a request to."""
    config = Config(
        use_fips_endpoint=fips, use_dualstack_endpoint=dualstack, retries={"total_max_attempts": 1}
    )
    client = boto3_session().client(
        "lightsail",
        region_name=region,
        endpoint_url=endpoint_url,
        config=config,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    sent: list[str] = []

    def capture(request: Any, **kwargs: Any) -> None:
        sent.append(request.url)
        raise CapturedError

    client.meta.events.register("before-send", capture)
    with pytest.raises(CapturedError):
        client.get_regions()
    return client.meta.endpoint_url, sent[0]


def lightsail_regions() -> list[str]:
    return boto3_session().get_available_regions("lightsail")


def other_partition_regions() -> list[str]:
    """One region of every partition where botocore lists no Lightsail region."""
    partitions = Loader().load_data("partitions")["partitions"]
    return [next(iter(p["regions"])) for p in partitions if p["id"] != "aws"]


def test_botocore_knows_lightsail_regions() -> None:
    assert len(lightsail_regions()) >= 15
    assert {"us-east-1", "eu-west-1", "ap-northeast-1"} <= set(lightsail_regions())
    assert len(other_partition_regions()) >= 5


@pytest.mark.parametrize("region", lightsail_regions())
def test_every_lightsail_region_matches_botocore(region: str) -> None:
    for fips, dualstack in VARIANTS:
        meta_url, sent_url = botocore_resolution(region, fips, dualstack)
        assert (region, fips, dualstack, ours(region, fips, dualstack)) == (
            region,
            fips,
            dualstack,
            meta_url,
        )
        assert sent_url == meta_url + "/"


@pytest.mark.parametrize(
    "region",
    [
        *other_partition_regions(),
        "fips-us-east-1",
        "us-gov-west-1-fips",
        "aws-global",
        "xx-future-1",
    ],
)
def test_other_partitions_and_aliases_match_the_url_botocore_sends_to(region: str) -> None:
    # botocore's meta.endpoint_url comes from its legacy resolver and can differ from
    # where its requests go (e.g. dual-stack in aws-iso); the rule set decides both here.
    for fips, dualstack in VARIANTS:
        _, sent_url = botocore_resolution(region, fips, dualstack)
        assert (region, fips, dualstack, ours(region, fips, dualstack) + "/") == (
            region,
            fips,
            dualstack,
            sent_url,
        )


@pytest.mark.parametrize("region", ["bad/region", "-east", "123", "a" * 64, "us east"])
def test_invalid_regions_fail_as_in_botocore(region: str) -> None:
    with pytest.raises(Exception, match="doesn't match a supported format") as botocore_error:
        botocore_resolution(region, False, False)
    assert type(botocore_error.value).__name__ == "InvalidRegionError"
    with pytest.raises(InvalidRegionError, match="does not match a supported format"):
        ours(region)
    assert issubclass(InvalidRegionError, EndpointResolutionError)


def test_rule_set_errors_are_endpoint_resolution_errors() -> None:
    rules = Path(Client.SERVICE.rules_file or "")
    with pytest.raises(EndpointResolutionError, match="Missing Region"):
        resolve_endpoint(rules, region=None, endpoint_url=None, use_fips=False, use_dualstack=False)


def test_readable_examples() -> None:
    assert ours("us-east-1") == "https://lightsail.us-east-1.amazonaws.com"
    assert ours("us-east-1", fips=True) == "https://lightsail-fips.us-east-1.amazonaws.com"
    assert ours("us-east-1", dualstack=True) == "https://lightsail.us-east-1.api.aws"
    assert ours("us-east-1", True, True) == "https://lightsail-fips.us-east-1.api.aws"
    assert ours("cn-north-1") == "https://lightsail.cn-north-1.amazonaws.com.cn"


@pytest.mark.parametrize("endpoint_url", ["https://example.com", "http://127.0.0.1:8080/base"])
@pytest.mark.parametrize(("fips", "dualstack"), VARIANTS)
def test_custom_endpoint_url_wins_like_botocore(
    endpoint_url: str, fips: bool, dualstack: bool
) -> None:
    meta_url, _ = botocore_resolution("us-east-1", fips, dualstack, endpoint_url)
    assert ours("us-east-1", fips, dualstack, endpoint_url=endpoint_url) == meta_url == endpoint_url


def test_requests_go_to_the_custom_endpoint_path_as_in_botocore() -> None:
    with loopback_server() as server:
        server.reply(Reply.of_json({}))
        for base in ("", "/", "/base", "/base/"):
            _, botocore_url = botocore_resolution("us-east-1", False, False, server.url + base)
            Client("us-east-1", server.url + base, ACCESS_KEY, SECRET_KEY).get_regions()
            assert server.url + server.requests[-1].path == botocore_url
    assert request_url("https://h/x?q=1", "/op") == "https://h/x/op?q=1"


def test_fips_pseudo_regions_turn_fips_on() -> None:
    client = Client("fips-eu-west-1", None, ACCESS_KEY, SECRET_KEY)
    assert client.meta.region_name == "eu-west-1"
    assert client.meta.config.use_fips_endpoint is True
    assert client.meta.endpoint_url == "https://lightsail-fips.eu-west-1.amazonaws.com"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            {"env": {"AWS_USE_FIPS_ENDPOINT": "true"}},
            "https://lightsail-fips.us-east-1.amazonaws.com",
        ),
        ({"env": {"AWS_USE_DUALSTACK_ENDPOINT": "TRUE"}}, "https://lightsail.us-east-1.api.aws"),
        ({"env": {"AWS_USE_FIPS_ENDPOINT": "false"}}, "https://lightsail.us-east-1.amazonaws.com"),
        (
            {"profile": "use_fips_endpoint = true\nuse_dualstack_endpoint = true"},
            "https://lightsail-fips.us-east-1.api.aws",
        ),
        ({"config": Config(use_dualstack_endpoint=True)}, "https://lightsail.us-east-1.api.aws"),
        (
            {"config": Config(use_fips_endpoint=True), "argument": False},
            "https://lightsail.us-east-1.amazonaws.com",
        ),
        (
            {"env": {"AWS_USE_FIPS_ENDPOINT": "true"}, "argument": False},
            "https://lightsail.us-east-1.amazonaws.com",
        ),
    ],
)
def test_fips_and_dualstack_from_every_source(
    monkeypatch: pytest.MonkeyPatch, isolated: Path, source: dict[str, Any], expected: str
) -> None:
    for name, value in source.get("env", {}).items():
        monkeypatch.setenv(name, value)
    if "profile" in source:
        (isolated / "config").write_text(f"[default]\n{source['profile']}\n")
        monkeypatch.setenv("AWS_CONFIG_FILE", str(isolated / "config"))
    client = Client(
        "us-east-1",
        None,
        ACCESS_KEY,
        SECRET_KEY,
        config=source.get("config"),
        use_fips_endpoint=source.get("argument"),
    )
    assert client.meta.endpoint_url == expected


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


def test_signing_region_is_the_client_region(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({}))
    Client("ap-southeast-2", server.url, ACCESS_KEY, SECRET_KEY).get_regions()
    assert "/ap-southeast-2/lightsail/aws4_request" in server.requests[0].headers["Authorization"]


def botocore_accepts(region: str) -> bool:
    try:
        botocore.utils.validate_region_name(region)
    except botocore.exceptions.InvalidRegionError:
        return False
    return True


@pytest.mark.parametrize(
    "region",
    ["us-east-1", "", "123", "12a", "-us", "us-", "a" * 63, "a" * 64, "us-east-1\n", "1\n",
     "us-\n", "a\n\n", "us east", "us_east", "é", "١٢", "\n"],
)  # fmt: skip
def test_region_names_as_botocore_validates_them(region: str) -> None:
    assert valid_region_name(region) == botocore_accepts(region)


@given(st.text(alphabet="az09-\n_.é", max_size=70))
def test_any_region_name_as_botocore_validates_it(region: str) -> None:
    assert valid_region_name(region) == botocore_accepts(region)
