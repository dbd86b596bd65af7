"""Proxies and configured endpoint URLs, as boto3 has them.

Through a loopback proxy the test starts (tests/proxies.py): an https endpoint (the
loopback TLS server) is reached through a CONNECT tunnel, an http one with
absolute-form requests. The proxy comes from ``Config(proxies=...)``, else from
``HTTPS_PROXY``/``HTTP_PROXY`` unless ``NO_PROXY`` exempts the host; its credentials go
to the proxy only. Where boto3 can go through the same proxy, it is asked the same.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import botocore.httpsession
import botocore.utils
import pytest
from lightsail._runtime.errors import EndpointConnectionError, ProxyConnectionError
from lightsail._runtime.transport import find_proxy
from proxies import Proxy, http_proxy
from runtime_support import (
    ACCESS_KEY,
    SECRET_KEY,
    TLS_CERT,
    ScriptedServer,
    Step,
    isolate_aws,
    make_client,
    scripted_server,
    unused_port,
)
from strategies import new_session

REGIONS = Step.of_json({"regions": []})
GENERATED = Path(__file__).resolve().parent.parent / "generated"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    with http_proxy() as running:
        yield running


@pytest.fixture
def tls_server() -> Iterator[ScriptedServer]:
    with scripted_server(tls=True) as running:
        running.script(REGIONS)
        yield running


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as running:
        running.script(REGIONS)
        yield running


def proxies(proxy_url: str) -> botocore.config.Config:
    return botocore.config.Config(proxies={"http": proxy_url, "https": proxy_url})


def authority(url: str) -> str:
    return url.split("://", 1)[1]


def basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


# -- https: a CONNECT tunnel ---------------------------------------------------------


def test_https_goes_through_a_connect_tunnel(proxy: Proxy, tls_server: ScriptedServer) -> None:
    client = make_client(tls_server.url, verify=str(TLS_CERT), config=proxies(proxy.url))
    assert client.get_regions().to_dict() == {"regions": []}
    assert client.get_regions().to_dict() == {"regions": []}
    # One tunnel, kept alive for both calls; TLS with the endpoint inside it.
    assert [(a.method, a.target) for a in proxy.asked] == [
        ("CONNECT", authority(tls_server.url))
    ]
    assert len(tls_server.requests) == 2 and tls_server.connections == 1
    assert tls_server.requests[0].headers["Host"] == authority(tls_server.url)


def test_https_proxy_from_the_environment(
    proxy: Proxy, tls_server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    make_client(tls_server.url, verify=str(TLS_CERT)).get_regions()
    assert [a.method for a in proxy.asked] == ["CONNECT"]
    assert len(tls_server.requests) == 1


def test_the_endpoint_certificate_is_still_checked_through_the_tunnel(
    proxy: Proxy, tls_server: ScriptedServer
) -> None:
    client = make_client(tls_server.url, config=proxies(proxy.url))  # default CA bundle
    with pytest.raises(EndpointConnectionError) as raised:
        client.get_regions()
    assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value)
    assert tls_server.requests == []


def test_proxy_credentials_go_to_the_proxy_only(
    proxy: Proxy, tls_server: ScriptedServer
) -> None:
    proxy.required_auth = basic("user:pa ss")
    url = proxy.url_with("user:pa%20ss")
    make_client(tls_server.url, verify=str(TLS_CERT), config=proxies(url)).get_regions()
    assert [a.headers.get("Proxy-Authorization") for a in proxy.asked] == [basic("user:pa ss")]
    assert "Proxy-Authorization" not in tls_server.requests[0].headers


def test_a_refused_tunnel_names_the_status_not_the_proxy_s_words(
    proxy: Proxy, tls_server: ScriptedServer
) -> None:
    proxy.required_auth = basic("user:right")
    proxy.refusal_reason = "Go Away Quoted-Proxy-Text"
    client = make_client(
        tls_server.url, verify=str(TLS_CERT), config=proxies(proxy.url_with("user:wrong"))
    )
    with pytest.raises(ProxyConnectionError) as raised:
        client.get_regions()
    error = raised.value
    assert error.status == 407 and error.proxy_url == proxy.url_with("***:***")
    assert str(error) == (
        f"could not connect to {tls_server.url} through the proxy {error.proxy_url}: it "
        "refused the tunnel with HTTP 407"
    )
    assert "Quoted-Proxy-Text" not in str(error) and error.__cause__ is None
    assert "wrong" not in str(error)
    assert len(proxy.asked) == 3  # a connection failure: retried, as botocore retries it
    assert tls_server.requests == []


def test_an_unreachable_proxy_is_named(tls_server: ScriptedServer) -> None:
    proxy_url = f"http://user:secret@127.0.0.1:{unused_port()}"
    client = make_client(tls_server.url, verify=str(TLS_CERT), config=proxies(proxy_url))
    with pytest.raises(ProxyConnectionError) as raised:
        client.get_regions()
    error = raised.value
    assert error.proxy_url == f"http://***:***@127.0.0.1:{proxy_url.rsplit(':', 1)[1]}"
    assert str(error).startswith(
        f"could not connect to {tls_server.url} through the proxy {error.proxy_url}: "
    )
    assert isinstance(error.reason, ConnectionRefusedError) and error.status is None
    assert "secret" not in str(error)


def test_connect_is_what_boto3_sends(proxy: Proxy, tls_server: ScriptedServer) -> None:
    url = proxy.url_with("user:secret")
    make_client(tls_server.url, verify=str(TLS_CERT), config=proxies(url)).get_regions()
    reference = boto3.Session(botocore_session=new_session()).client(
        "lightsail",
        region_name="us-east-1",
        endpoint_url=tls_server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        verify=str(TLS_CERT),
        config=proxies(url),
    )
    reference.get_regions()
    ours, theirs = proxy.asked
    assert (ours.method, ours.target) == (theirs.method, theirs.target)
    assert ours.headers["Proxy-Authorization"] == theirs.headers["Proxy-Authorization"]


# -- http: absolute-form requests ----------------------------------------------------


def test_http_goes_through_a_forward_proxy(
    proxy: Proxy, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    direct = make_client(server.url)
    direct.get_regions()
    monkeypatch.setenv("HTTP_PROXY", proxy.url_with("user:secret"))
    proxied = make_client(server.url)
    proxied.get_regions()
    proxied.get_regions()
    assert [(a.method, a.target) for a in proxy.asked] == [("POST", server.url + "/")] * 2
    assert proxy.asked[0].headers["Proxy-Authorization"] == basic("user:secret")
    straight, forwarded = server.requests[0], server.requests[1]
    # What reaches the endpoint is what a direct request carries: the same Host (which
    # the signature covers) and signed headers, and not the proxy's credentials.
    assert forwarded.path == straight.path == "/"
    assert forwarded.headers["Host"] == straight.headers["Host"] == authority(server.url)
    signed = [r.headers["Authorization"].split("SignedHeaders=")[1] for r in server.requests]
    assert signed[0].split(",")[0] == signed[1].split(",")[0]
    assert "Proxy-Authorization" not in forwarded.headers


def test_no_proxy_exempts_a_host(
    proxy: Proxy, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.com, .127.0.0.1,localhost")
    make_client(server.url).get_regions()
    assert proxy.asked == [] and len(server.requests) == 1
    monkeypatch.setenv("no_proxy", "example.com")  # lower case wins, as in urllib
    make_client(server.url).get_regions()
    assert len(proxy.asked) == 1 and len(server.requests) == 2


def test_config_proxies_win_over_the_environment(
    proxy: Proxy, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    make_client(server.url, config=proxies(proxy.url)).get_regions()
    assert len(proxy.asked) == 1
    # An empty mapping means no proxy at all, as in botocore: the environment is ignored.
    make_client(server.url, config=botocore.config.Config(proxies={})).get_regions()
    assert len(proxy.asked) == 1 and len(server.requests) == 2


@pytest.mark.parametrize(
    "environment",
    [{}, {"https_proxy": "http://127.0.0.1:9"}, {"Https_Proxy": "http://127.0.0.1:9"},
     {"HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": "*"}, {"HTTPS_PROXY": ""}],
)  # fmt: skip
def test_the_environment_s_proxy_as_botocore_finds_it(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    """With no ``*_proxy`` variable set, the transport decides without botocore's passes
    over the environment; the result is botocore's either way."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    url = "https://lightsail.us-east-1.amazonaws.com"
    expected = botocore.httpsession.ProxyConfiguration(
        proxies=botocore.utils.get_environ_proxies(url)
    ).proxy_url_for(url)
    found = find_proxy(url, None)
    assert (found and f"http://{found.host}:{found.port}") == (expected or None)


def test_an_https_proxy_url_is_refused_clearly(server: ScriptedServer) -> None:
    client = make_client(server.url, config=proxies("https://user:pw@proxy.example:3129"))
    with pytest.raises(ValueError, match=r"only http:// proxies are supported") as raised:
        client.get_regions()
    assert "pw" not in str(raised.value)
    assert server.requests == []


def test_going_through_a_proxy_imports_nothing_more(
    proxy: Proxy, server: ScriptedServer, tmp_path: Path
) -> None:
    """The proxy is found with what signing has imported already (botocore.utils,
    botocore.httpsession): no import cost."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(GENERATED),
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    report = "import json, sys; print(json.dumps(sorted(m for m in sys.modules)))"
    code = (
        "from lightsail import Client\n"
        f"Client('us-east-1', {server.url!r}, {ACCESS_KEY!r}, {SECRET_KEY!r}).get_regions()\n"
    )

    def modules(extra: dict[str, str], script: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", f"{script}\n{report}"],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            cwd=tmp_path,
        )
        found: list[str] = json.loads(result.stdout)
        return found

    direct = modules({}, code)
    proxied = modules({"HTTP_PROXY": proxy.url}, code)
    assert len(proxy.asked) == 1
    assert proxied == direct


# -- configured endpoint URLs ----------------------------------------------------------


def endpoints(region: str = "us-east-1", **options: Any) -> tuple[str, str]:
    """The endpoint URL the generated client and boto3 pick from the same settings."""
    endpoint_url = options.pop("endpoint_url", None)
    ours = make_client(endpoint_url, region_name=region, **options).meta.endpoint_url
    theirs = boto3.Session(botocore_session=new_session()).client(
        "lightsail",
        region_name=region,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        endpoint_url=endpoint_url,
        **options,
    )
    return ours, theirs.meta.endpoint_url


def test_endpoint_url_variables_as_boto3_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    assert endpoints() == ("https://lightsail.us-east-1.amazonaws.com",) * 2
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")
    assert endpoints() == ("http://127.0.0.1:4566",) * 2
    monkeypatch.setenv("AWS_ENDPOINT_URL_LIGHTSAIL", "http://127.0.0.1:4567")
    assert endpoints() == ("http://127.0.0.1:4567",) * 2  # the service's own wins
    monkeypatch.setenv("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1")  # another service's
    assert endpoints() == ("http://127.0.0.1:4567",) * 2
    assert endpoints(endpoint_url="http://127.0.0.1:9999") == ("http://127.0.0.1:9999",) * 2
    ignore = botocore.config.Config(ignore_configured_endpoint_urls=True)
    assert endpoints(config=ignore) == ("https://lightsail.us-east-1.amazonaws.com",) * 2
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert endpoints() == ("https://lightsail.us-east-1.amazonaws.com",) * 2


def test_endpoint_urls_from_the_config_file(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = isolated / "config"
    config.write_text(
        "[default]\nendpoint_url = http://127.0.0.1:5000\n\n"
        "[profile local]\nservices = local-services\nendpoint_url = http://127.0.0.1:5001\n\n"
        "[services local-services]\nlightsail =\n  endpoint_url = http://127.0.0.1:5002\n"
        "s3 =\n  endpoint_url = http://127.0.0.1:5003\n\n"
        "[profile ignoring]\nendpoint_url = http://127.0.0.1:5004\n"
        "ignore_configured_endpoint_urls = true\n"
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    assert endpoints() == ("http://127.0.0.1:5000",) * 2
    monkeypatch.setenv("AWS_PROFILE", "local")
    assert endpoints() == ("http://127.0.0.1:5002",) * 2
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:5005")  # the environment wins
    assert endpoints() == ("http://127.0.0.1:5005",) * 2
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    monkeypatch.setenv("AWS_PROFILE", "ignoring")
    assert endpoints() == ("https://lightsail.us-east-1.amazonaws.com",) * 2
