"""moto's server (a real AWS emulator) on 127.0.0.1, one per test session, for the
scenarios that run the generated clients beside boto3 (tests/test_moto_*.py).

moto lives in its own environment, .venv-moto (`make test` creates it; by hand:
`make .venv-moto/.installed`), never in the project's. Without it the tests fail: they
are part of what `make test` proves. conftest.py makes ``moto_url`` a fixture of every
test module.
"""

from __future__ import annotations

import datetime
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest
from runtime_support import unused_port

MOTO_SERVER = Path(__file__).resolve().parent.parent / ".venv-moto" / "bin" / "moto_server"
READY_SECONDS = 30
SEED = 42
"""moto draws its ids (API ids, revision ids, request ids...) from one random generator;
seeded after each reset, two runs of the same calls get the same ids."""


@pytest.fixture(scope="session")
def moto_url() -> Iterator[str]:
    """The URL of a moto server started for this session (and stopped after it)."""
    if not MOTO_SERVER.exists():
        pytest.fail(f"{MOTO_SERVER} is missing: run `make .venv-moto/.installed` (make test does)")
    port = unused_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(MOTO_SERVER), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def wait_until_ready(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"moto_server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/moto-api/", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    pytest.fail(f"moto_server did not answer within {READY_SECONDS} s")


def reset(url: str) -> None:
    """Every service's state dropped and moto's ids seeded: what follows is what a
    fresh server would do."""
    for path in ("/moto-api/reset", f"/moto-api/seed?a={SEED}"):
        request = urllib.request.Request(f"{url}{path}", method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def plain(response: dict[str, Any], volatile: Collection[str]) -> dict[str, Any]:
    """A result dict without ResponseMetadata, the values of the ``volatile`` keys (at
    any depth: what differs between two runs of the same calls, such as the time)
    replaced by a ``placeholder``, so that their presence and type are still compared."""
    result: dict[str, Any] = mark_volatile(response, volatile)
    result.pop("ResponseMetadata", None)
    return result


def mark_volatile(value: Any, volatile: Collection[str]) -> Any:
    if isinstance(value, dict):
        return {
            k: placeholder(v) if k in volatile else mark_volatile(v, volatile)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mark_volatile(v, volatile) for v in value]
    return value


def placeholder(value: Any) -> str:
    """What a volatile value is compared as: its type (and a time's being aware or not)."""
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        return "<naive datetime>"
    return f"<{type(value).__name__}>"
