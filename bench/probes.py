"""Measurements that run inside a fresh child process, one per invocation.

    python bench/probes.py percall {ours,boto3} {stubbed,URL} CALLS
    python bench/probes.py percall {raw,socket} URL CALLS
    python bench/probes.py percall unsigned stubbed CALLS
    python bench/probes.py interleaved {stubbed,URL} CALLS CLIENT...
    python bench/probes.py construct {ours,boto3-client,boto3-session} COUNT

Each prints one JSON object: the median in microseconds and how many samples it is of.
Children keep the clients apart: neither one's imports or garbage slows the other.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from importlib import import_module
from typing import Any

from canned import (
    ACCESS_KEY,
    DIGEST,
    IMAGE,
    LABEL,
    REGION,
    REQUEST_BODY,
    RESPONSE_BODY,
    RESPONSE_HEADERS,
    SECRET_KEY,
    SERVICE_NAME,
    TARGET,
)

STUBBED = "stubbed"
WARMUP_CALLS = 50


def median_microseconds(action: Callable[[], object], count: int, warmup: int) -> float:
    """The median time of ``count`` calls of ``action``, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(count):
        started = time.perf_counter_ns()
        action()
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples) / 1000


# -- our generated client -----------------------------------------------------------


class StubTransport:
    """Stands in for the engine's transport: every request gets the canned response."""

    def __init__(self, response: Any) -> None:
        self.response = response
        self.sent = 0

    def send(self, *args: Any, **kwargs: Any) -> Any:
        self.sent += 1
        return self.response

    def close(self) -> None:
        pass


def ours(endpoint_url: str | None) -> Any:
    return import_module("lightsail").Client(
        region_name=REGION,
        endpoint_url=endpoint_url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


def ours_client(where: str) -> Any:
    """Our client for ``where``: a loopback URL, or STUBBED for a canned response."""
    client = ours(None if where == STUBBED else where)
    if where == STUBBED:
        response_class = import_module("lightsail._runtime.transport").Response
        headers = {name.lower(): value for name, value in RESPONSE_HEADERS.items()}
        client._engine._transport = StubTransport(response_class(200, headers, RESPONSE_BODY))
    return client


def ours_call(where: str) -> Callable[[], object]:
    return register_container_image(ours_client(where))


def ours_unsigned_call(where: str) -> Callable[[], object]:
    """Our call with signing replaced by nothing: the difference is what signing costs."""
    client = ours_client(where)
    client._engine._signer.sign = lambda method, url, headers, body, **options: headers
    return register_container_image(client)


def register_container_image(client: Any) -> Callable[[], object]:
    def call() -> object:
        result = client.register_container_image(
            service_name=SERVICE_NAME, label=LABEL, digest=DIGEST
        )
        return result.container_image.image

    return call


# -- boto3 ----------------------------------------------------------------------------


class CannedRaw:
    """The ``raw`` of a botocore AWSResponse: what ``.content`` streams the body from."""

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield RESPONSE_BODY


def boto3_client(endpoint_url: str | None, session: bool = False) -> Any:
    boto3 = import_module("boto3")
    factory: Any = boto3.session.Session().client if session else boto3.client
    return factory(
        "lightsail",
        region_name=REGION,
        endpoint_url=endpoint_url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


def boto3_call(where: str) -> Callable[[], object]:
    client = boto3_client(None if where == STUBBED else where)
    if where == STUBBED:
        response_class = import_module("botocore.awsrequest").AWSResponse
        def short_circuit(request: Any, **kwargs: Any) -> Any:
            # Returning a response from before-send skips sending; botocore still
            # validates, serializes and signs before it, and parses after it.
            return response_class(request.url, 200, RESPONSE_HEADERS, CannedRaw())

        client.meta.events.register(
            "before-send.lightsail.RegisterContainerImage", short_circuit
        )

    def call() -> object:
        result = client.register_container_image(
            serviceName=SERVICE_NAME, label=LABEL, digest=DIGEST
        )
        return result["containerImage"]["image"]

    return call


# -- the floor: http.client with nothing around it ------------------------------------


FLOOR_HEADERS = {
    "X-Amz-Target": TARGET,
    "Content-Type": "application/x-amz-json-1.1",
    "User-Agent": "bench/1.0 Python/3.11",
    "amz-sdk-invocation-id": "0f8c3b7e-7a55-4a4e-9d6c-2f0e4b1a9c3d",
    "amz-sdk-request": "attempt=1; max=3",
    "X-Amz-Date": "20261127T120000Z",
    "Authorization": (
        f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/20261127/us-east-1/lightsail/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0" * 64
    ),
}
"""The headers a signed SDK request carries, fixed: the floor sends as much as the clients."""


def raw_call(url: str) -> Callable[[], object]:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    headers = FLOOR_HEADERS

    def call() -> object:
        connection.request("POST", "/", REQUEST_BODY, headers)
        response = connection.getresponse()
        body = response.read()
        return json.loads(body)["containerImage"]["image"]

    return call


def socket_call(url: str) -> Callable[[], object]:
    """The floor's exchange on a bare socket: what http.client itself adds to the floor.

    One write of the same request (the floor's headers, plus the Host, Accept-Encoding and
    Content-Length that http.client adds), and the response read by Content-Length.
    """
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80))
    headers = {
        "Host": f"{parts.hostname}:{parts.port}",
        "Accept-Encoding": "identity",
        "Content-Length": str(len(REQUEST_BODY)),
        **FLOOR_HEADERS,
    }
    head = "POST / HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = (head + "\r\n").encode("latin-1") + REQUEST_BODY
    pending = [b""]

    def call() -> object:
        connection.sendall(request)
        buffer = pending[0]
        while b"\r\n\r\n" not in buffer:
            buffer += connection.recv(65536)
        head, _, body = buffer.partition(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")[1:]
            if line.split(b":", 1)[0].strip().lower() == b"content-length"
        )
        while len(body) < length:
            body += connection.recv(65536)
        pending[0] = body[length:]
        return json.loads(body[:length])["containerImage"]["image"]

    return call


# -- commands -------------------------------------------------------------------------


MAKERS: dict[str, Callable[[str], Callable[[], object]]] = {
    "ours": ours_call,
    "boto3": boto3_call,
    "raw": raw_call,
    "socket": socket_call,
    "unsigned": ours_unsigned_call,
}
BATCH = 20
"""Calls of one client in a row before the next client's turn, when interleaved."""


def checked_call(client: str, where: str) -> Callable[[], object]:
    call = MAKERS[client](where)
    if call() != IMAGE:
        raise SystemExit(f"{client}: the call did not return the canned image")
    return call


def percall(client: str, where: str, count: int) -> dict[str, Any]:
    call = checked_call(client, where)
    return {"median_us": median_microseconds(call, count, WARMUP_CALLS), "samples": count}


def interleaved(where: str, count: int, clients: list[str]) -> dict[str, Any]:
    """Each client's median in one process, their calls taking turns in batches.

    Clients compared this way see the same load on a shared machine, so their ratio
    holds even when the absolute times drift.
    """
    calls = {client: checked_call(client, where) for client in clients}
    samples: dict[str, list[int]] = {client: [] for client in clients}
    for call in calls.values():
        for _ in range(WARMUP_CALLS):
            call()
    for _ in range(count // BATCH):
        for client, call in calls.items():
            for _ in range(BATCH):
                started = time.perf_counter_ns()
                call()
                samples[client].append(time.perf_counter_ns() - started)
    medians = {client: statistics.median(times) / 1000 for client, times in samples.items()}
    return {"median_us": medians, "samples": count // BATCH * BATCH}


def construct(kind: str, count: int) -> dict[str, Any]:
    makers: dict[str, Callable[[], object]] = {
        "ours": lambda: ours("http://127.0.0.1:9"),
        "boto3-client": lambda: boto3_client("http://127.0.0.1:9"),
        "boto3-session": lambda: boto3_client("http://127.0.0.1:9", session=True),
    }
    make = makers[kind]
    # The first one also imports and loads what later ones reuse.
    return {"median_us": median_microseconds(make, count, 2), "samples": count}


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "percall":
        result = percall(args[0], args[1], int(args[2]))
    elif command == "interleaved":
        result = interleaved(args[0], int(args[1]), args[2:])
    elif command == "construct":
        result = construct(args[0], int(args[1]))
    else:
        raise SystemExit(f"unknown probe {command!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
