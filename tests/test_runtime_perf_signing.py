"""The fast signing path is still botocore's SigV4: byte for byte what ``SigV4Auth.add_auth``
gives an AWSRequest, with the headers botocore signs, and no botocore module beyond what
``botocore.auth`` imports itself."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import boto3
import botocore.auth
import botocore.credentials
import pytest
from botocore.awsrequest import AWSRequest
from hypothesis import given, settings
from hypothesis import strategies as st
from lightsail import Client
from lightsail._runtime.auth import CredentialSource, Signer, SigningHeaders
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, isolate_aws
from strategies import new_session

GENERATED = Path(__file__).resolve().parent.parent / "generated"
FROZEN_NOW = datetime(2026, 3, 4, 5, 6, 7)
BASE_HEADERS = {
    "X-Amz-Target": "Lightsail_20161128.GetRegions",
    "Content-Type": "application/x-amz-json-1.1",
    "User-Agent": "botocore-codegen/0.1.0 lightsail/2016-11-28 Python/3.11.7",
}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_aws(monkeypatch, tmp_path)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: FROZEN_NOW)


def reference(
    credentials: Any, url: str, headers: dict[str, str], body: bytes, method: str = "POST"
) -> list[tuple[str, str]]:
    """botocore's own answer: SigV4Auth.add_auth on an AWSRequest."""
    request = AWSRequest(method=method, url=url, headers=dict(headers), data=body)
    frozen = credentials.get_frozen_credentials()
    botocore.auth.SigV4Auth(frozen, "lightsail", "us-east-1").add_auth(request)
    return list(request.headers.items())


def ours(
    credentials: Any, url: str, headers: dict[str, str], body: bytes, method: str = "POST"
) -> list[tuple[str, str]]:
    signer = Signer(CredentialSource(credentials, lambda: None), "lightsail", "us-east-1")
    return list(signer.sign(method, url, dict(headers), body).items())


KEYS = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY)
KEYS_AND_TOKEN = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)


@pytest.mark.parametrize("credentials", [KEYS, KEYS_AND_TOKEN], ids=["keys", "token"])
@pytest.mark.parametrize(
    "url",
    [
        "https://lightsail.us-east-1.amazonaws.com/",
        "https://lightsail.us-east-1.amazonaws.com:443/",
        "http://127.0.0.1:80/",
        "http://127.0.0.1:8080/base/",
        "https://LightSail.Example.COM:8443/a/./b/../c",
        "http://[::1]:9000/",
        "https://example.com/path?b=2&a=1",
    ],
)
@pytest.mark.parametrize(
    "body",
    [b"", b"{}", '{"label": "caf\u00e9 \u6f22\u5b57 \U0001f680"}'.encode()],
    ids=["empty", "braces", "non-ascii"],
)
def test_same_headers_as_add_auth_in_the_same_order(
    credentials: Any, url: str, body: bytes
) -> None:
    assert ours(credentials, url, BASE_HEADERS, body) == reference(
        credentials, url, BASE_HEADERS, body
    )


def test_headers_sigv4_replaces_and_odd_header_names() -> None:
    """Stale date, token and Authorization headers in any case, and values to trim."""
    headers = {
        **BASE_HEADERS,
        "x-amz-date": "19990101T000000Z",
        "AUTHORIZATION": "stale",
        "x-amz-security-token": "stale-token",
        "X-Custom": "  spaced   out  value ",
    }
    url = "https://lightsail.us-east-1.amazonaws.com/"
    assert ours(KEYS_AND_TOKEN, url, headers, b"{}") == reference(
        KEYS_AND_TOKEN, url, headers, b"{}"
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    value=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
    body=st.binary(max_size=200),
    token=st.one_of(st.none(), st.text(st.characters(min_codepoint=33, max_codepoint=126))),
)
def test_any_header_value_body_and_token(value: str, body: bytes, token: str | None) -> None:
    credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, token or None)
    headers = {**BASE_HEADERS, "X-Amz-Target": value}
    url = "https://lightsail.eu-west-1.amazonaws.com/"
    assert ours(credentials, url, headers, body) == reference(credentials, url, headers, body)


class RotatingCredentials:
    """Credentials that change on every read, as refreshed credentials do."""

    def __init__(self) -> None:
        self.reads = 0

    def get_frozen_credentials(self) -> Any:
        self.reads += 1
        key = f"AKIDROTATING{self.reads:08d}"
        return botocore.credentials.ReadOnlyCredentials(key, f"secret-{self.reads}", None)


def test_new_credentials_get_a_new_signature() -> None:
    credentials = RotatingCredentials()
    signer = Signer(CredentialSource(credentials, lambda: None), "lightsail", "us-east-1")
    url = "https://lightsail.us-east-1.amazonaws.com/"
    for read in (1, 2, 3):
        signed = list(signer.sign("POST", url, dict(BASE_HEADERS), b"{}").items())
        expected = botocore.credentials.Credentials(
            f"AKIDROTATING{read:08d}", f"secret-{read}", None
        )
        assert signed == reference(expected, url, BASE_HEADERS, b"{}")


def test_signing_headers_look_up_names_in_any_case() -> None:
    headers = SigningHeaders({"Content-Type": "a", "X-Amz-Date": "b"})
    assert "content-type" in headers and "X-AMZ-DATE" in headers and "Host" not in headers
    assert headers["CONTENT-TYPE"] == "a" and headers.get("x-amz-date") == "b"
    assert headers.get("host", "none") == "none"
    headers["content-type"] = "c"  # replaces, keeping the name as first given
    del headers["X-AMZ-DATE"]
    headers["Authorization"] = "d"
    assert list(headers.items()) == [("Content-Type", "c"), ("Authorization", "d")]
    with pytest.raises(KeyError):
        del headers["x-amz-date"]


def signed_header_names(authorization: str) -> list[str]:
    return authorization.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")


def boto3_request_headers() -> dict[str, str]:
    """The headers boto3 sends for GetRegions (captured before sending)."""
    client = boto3.Session(botocore_session=new_session()).client(
        "lightsail",
        region_name="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    captured: dict[str, str] = {}

    class CapturedError(Exception):
        pass

    def capture(request: Any, **kwargs: Any) -> None:
        for name, value in request.headers.items():
            captured[name] = value.decode() if isinstance(value, bytes) else value
        raise CapturedError

    client.meta.events.register("before-send", capture)
    with pytest.raises(CapturedError):
        client.get_regions()
    return captured


def test_signed_and_unsigned_headers_are_botocore_s() -> None:
    """botocore adds amz-sdk-invocation-id and amz-sdk-request after signing; so do we."""
    with loopback_server() as server:
        server.reply(Reply.of_json({"regions": []}))
        Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY).get_regions()
        sent = server.requests[0].headers
    theirs = boto3_request_headers()
    assert signed_header_names(sent["Authorization"]) == signed_header_names(
        theirs["Authorization"]
    ) == ["content-type", "host", "x-amz-date", "x-amz-target"]
    assert {"amz-sdk-invocation-id", "amz-sdk-request"} <= set(sent) & set(theirs)
    assert sent["amz-sdk-request"] == theirs["amz-sdk-request"] == "attempt=1; max=3"


def test_invocation_ids_are_version_4_uuids(server: LoopbackServer) -> None:
    server.reply(Reply.of_json({"regions": []}))
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    for _ in range(20):
        client.get_regions()
    ids = [r.headers["amz-sdk-invocation-id"] for r in server.requests]
    assert len(set(ids)) == 20
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def botocore_modules(code: str, tmp_path: Path, prefix: str = "botocore.") -> list[str]:
    """The botocore modules (or those under ``prefix``) a fresh interpreter has imported
    after running ``code``.

    botocore's package itself is left out: the runtime imports it (its ``__init__`` only,
    a few standard-library modules) to check its version when the client is imported.
    """
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(GENERATED),
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    report = (
        "import json, sys; "
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({prefix!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    modules: list[str] = json.loads(result.stdout)
    return modules


def test_one_call_imports_only_what_botocore_auth_imports(tmp_path: Path) -> None:
    with loopback_server() as server:
        server.reply(Reply.of_json({"regions": []}))
        client_code = (
            "from lightsail import Client\n"
            f"client = Client('us-east-1', {server.url!r}, {ACCESS_KEY!r}, {SECRET_KEY!r})\n"
        )
        constructed = botocore_modules(client_code, tmp_path)
        called = botocore_modules(client_code + "client.get_regions()\n", tmp_path)
        known_region = botocore_modules(
            "from lightsail import Client\n"
            f"Client('eu-west-3', None, {ACCESS_KEY!r}, {SECRET_KEY!r})\n",
            tmp_path,
        )
    assert constructed == [] and known_region == []
    assert called == botocore_modules("import botocore.auth", tmp_path)
    assert "botocore.endpoint_provider" not in called
    assert "botocore.retries.quota" not in called


FIRST_CALL_MODULES = {
    "lightsail.client", "lightsail.operations", "lightsail.operations.get_regions",
    "lightsail.shapes", "lightsail.shapes.get_regions_request",
    "lightsail.shapes.get_regions_result", "lightsail.shapes.region",
    "lightsail.shapes.region_name", "lightsail.shapes.availability_zone",
    "lightsail._runtime", "lightsail._runtime._botocore",
    "lightsail._runtime.auth", "lightsail._runtime.client", "lightsail._runtime.endpoints",
    "lightsail._runtime.errors", "lightsail._runtime.protocols",
    "lightsail._runtime.protocols.json", "lightsail._runtime.records",
    "lightsail._runtime.reprs", "lightsail._runtime.retries", "lightsail._runtime.settings",
    "lightsail._runtime.shapes", "lightsail._runtime.transport", "lightsail._runtime.values",
}  # fmt: skip
"""What a cold start's first call needs of the package: not the streaming body, the
error classes, the async client, other protocols, paginators or waiters, each a cost
that every cold start would pay."""


def test_one_call_imports_only_the_modules_it_needs(tmp_path: Path) -> None:
    with loopback_server() as server:
        server.reply(Reply.of_json({"regions": []}))
        called = botocore_modules(
            "from lightsail import Client\n"
            f"client = Client('us-east-1', {server.url!r}, {ACCESS_KEY!r}, {SECRET_KEY!r})\n"
            "client.get_regions()\n",
            tmp_path,
            prefix="lightsail.",
        )
    assert set(called) == FIRST_CALL_MODULES


def test_a_service_error_imports_no_more_of_botocore(tmp_path: Path) -> None:
    """The error classes derive from botocore.exceptions.ClientError, which signing has
    imported by the time an error response arrives; the client does not import them
    before."""
    body = json.dumps({"__type": "NotFoundException", "message": "gone"}).encode()
    with loopback_server() as server:
        server.reply(Reply(400, body, {"Content-Type": "application/x-amz-json-1.1"}))
        failed = botocore_modules(
            "import botocore.exceptions, sys\n"
            "from lightsail import Client\n"
            f"client = Client('us-east-1', {server.url!r}, {ACCESS_KEY!r}, {SECRET_KEY!r}, "
            "max_attempts=1)\n"
            "assert 'lightsail.errors' not in sys.modules\n"
            "try:\n"
            "    client.get_instance(instance_name='web-1')\n"
            "except botocore.exceptions.ClientError as error:\n"
            "    assert error.response['Error']['Code'] == 'NotFoundException'\n"
            "    assert isinstance(error, client.exceptions.NotFoundException)\n"
            "else:\n"
            "    raise SystemExit('no error')\n",
            tmp_path,
        )
    assert failed == botocore_modules("import botocore.auth", tmp_path)


def test_an_unlisted_region_still_resolves_through_botocore(tmp_path: Path) -> None:
    modules = botocore_modules(
        "from lightsail import Client\n"
        f"client = Client('xx-future-7', None, {ACCESS_KEY!r}, {SECRET_KEY!r})\n"
        "assert client.meta.endpoint_url == 'https://lightsail.xx-future-7.amazonaws.com'\n",
        tmp_path,
    )
    assert "botocore.endpoint_provider" in modules


def test_retry_quota_is_created_at_the_first_retry(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    client._engine.sleep = lambda seconds: None
    policy = client._engine.retry_policy
    server.reply(Reply.of_json({"regions": []}))
    client.get_regions()
    assert policy._quota is None  # a success with a full quota gives nothing back
    server.reply(Reply(503, b""), Reply.of_json({"regions": []}))
    client.get_regions()
    assert policy._quota is not None
    assert policy.quota.available_capacity == 500
