"""Output event streams over loopback, event by event against boto3 on the same bytes:
Lambda's InvokeWithResponseStream (a blob ``eventpayload``) and Bedrock Runtime's
ConverseStream (JSON events, modelled exception events), sync and async; the json
protocol's ``initial-response`` in test_corners.py.

The frames are encoded here from the documented framing (prelude, headers, payload,
CRC32s); botocore's EventStreamBuffer decodes them on both sides.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import socket
import struct
import threading
import zlib
from collections.abc import Iterator
from typing import Any

import boto3
import botocore.config
import pytest
from loopback import LoopbackServer, Reply, loopback_server

REGION = "us-east-1"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
CREDENTIALS = {"aws_access_key_id": ACCESS_KEY, "aws_secret_access_key": SECRET_KEY}


def frame(headers: dict[str, str], payload: bytes = b"") -> bytes:
    """One event-stream message: string headers only, as services send them."""
    encoded = b"".join(
        struct.pack("!B", len(name)) + name.encode() + struct.pack("!BH", 7, len(value))
        + value.encode()
        for name, value in headers.items()
    )
    prelude = struct.pack("!II", 16 + len(encoded) + len(payload), len(encoded))
    head = prelude + struct.pack("!I", zlib.crc32(prelude))
    message = head + encoded + payload
    return message + struct.pack("!I", zlib.crc32(message))


def event(name: str, body: Any, content_type: str = "application/json") -> bytes:
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()
    return frame(
        {":message-type": "event", ":event-type": name, ":content-type": content_type},
        payload,
    )


def exception(name: str, body: Any) -> bytes:
    return frame(
        {":message-type": "exception", ":exception-type": name,
         ":content-type": "application/json"},
        json.dumps(body).encode(),
    )


def error(code: str, message: str) -> bytes:
    return frame({":message-type": "error", ":error-code": code, ":error-message": message})


CONVERSE = [
    event("messageStart", {"role": "assistant"}),
    event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Hel"}}),
    event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "lo"}}),
    event("someFutureEvent", {"x": 1}),  # unknown to the model: skipped by both
    event("contentBlockStop", {"contentBlockIndex": 0}),
    event("messageStop", {"stopReason": "end_turn"}),
    event("metadata", {"usage": {"inputTokens": 3, "outputTokens": 2, "totalTokens": 5},
                       "metrics": {"latencyMs": 12}}),
]
LAMBDA = [
    event("PayloadChunk", b"\x00\xffchunk one", "application/octet-stream"),
    event("PayloadChunk", b"chunk two", "application/octet-stream"),
    event("InvokeComplete", {"LogResult": "bG9n"}),
]
STREAM_HEADERS = {"Content-Type": "application/vnd.amazon.eventstream"}
LONG = [CONVERSE[0], *[CONVERSE[1]] * 2000, *CONVERSE[4:]]
"""A stream longer than a read (~250 KB): left early, its connection has bytes unread."""


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture(scope="module")
def packages(rest_json_packages: dict[str, str]) -> dict[str, Any]:
    return {name: importlib.import_module(rest_json_packages[name])
            for name in ("bedrock-runtime", "lambda")}


def boto3_client(service: str, url: str) -> Any:
    return boto3.client(service, region_name=REGION, endpoint_url=url, **CREDENTIALS,
                        config=botocore.config.Config(retries={"total_max_attempts": 1}))


def generated_client(package: Any, url: str) -> Any:
    return package.Client(region_name=REGION, endpoint_url=url, max_attempts=1, **CREDENTIALS)


def converse(client: Any) -> Any:
    return client.converse_stream(
        modelId="m", messages=[{"role": "user", "content": [{"text": "hi"}]}]
    )


def test_events_match_boto3(packages: dict[str, Any], server: LoopbackServer) -> None:
    server.reply(Reply(200, b"".join(CONVERSE), STREAM_HEADERS))
    expected = list(converse(boto3_client("bedrock-runtime", server.url))["stream"])
    with generated_client(packages["bedrock-runtime"], server.url) as client:
        result = converse(client)
        events = list(result.stream)
        assert [e.to_dict() for e in events] == expected
        assert len(events) == 6
        assert events[1].content_block_delta.delta.text == "Hel"
        assert list(result.stream) == []  # one iterator, read to its end, as boto3's
        # Read to the end, the connection was pooled: the next call reuses it.
        connections = server.connections
        converse(client)
        assert server.connections == connections


def test_a_blob_payload_event_and_headers_match_boto3(
    packages: dict[str, Any], server: LoopbackServer
) -> None:
    headers = {**STREAM_HEADERS, "X-Amz-Executed-Version": "7",
               "Content-Type": "application/vnd.amazon.eventstream"}
    server.reply(Reply(200, b"".join(LAMBDA), headers))
    reference = boto3_client("lambda", server.url).invoke_with_response_stream(FunctionName="f")
    expected = list(reference["EventStream"])
    with generated_client(packages["lambda"], server.url) as client:
        result = client.invoke_with_response_stream(function_name="f")
        assert result.executed_version == reference["ExecutedVersion"] == "7"
        assert [e.to_dict() for e in result.event_stream] == expected
    assert expected[0] == {"PayloadChunk": {"Payload": b"\x00\xffchunk one"}}


def boto3_error(stream: Any) -> Any:
    with pytest.raises(Exception) as raised:
        list(stream)
    return raised.value


@pytest.mark.parametrize("last", [
    exception("throttlingException", {"message": "slow down"}),
    exception("modelStreamErrorException", {"message": "bad model", "originalStatusCode": 418}),
    error("InternalFailure", "it broke"),
])
def test_an_exception_event_raises_as_boto3_does(
    packages: dict[str, Any], server: LoopbackServer, last: bytes
) -> None:
    package = packages["bedrock-runtime"]
    errors = importlib.import_module(f"{package.__name__}.errors")
    server.reply(Reply(200, CONVERSE[0] + last, STREAM_HEADERS))
    expected = boto3_error(converse(boto3_client("bedrock-runtime", server.url))["stream"])
    with generated_client(package, server.url) as client:
        stream = converse(client).stream
        events = iter(stream)
        assert next(events).message_start.role == "assistant"
        with pytest.raises(errors.BedrockRuntimeError) as raised:
            next(events)
    got = raised.value
    assert (got.code, got.message) == (
        expected.response["Error"]["Code"], expected.response["Error"]["Message"]
    )
    assert got.response["Error"] == expected.response["Error"]
    if b"throttling" in last:
        assert isinstance(got, errors.ThrottlingException)


def test_an_abandoned_stream_closes_its_connection(
    packages: dict[str, Any], server: LoopbackServer
) -> None:
    server.reply(Reply(200, b"".join(LONG), STREAM_HEADERS))
    with generated_client(packages["bedrock-runtime"], server.url) as client:
        with converse(client).stream as stream:
            for first in stream:  # noqa: B007 - the loop is left at its first event
                break
            second = next(iter(stream))  # a second loop goes on where the first stopped
        assert first.message_start is not None
        assert second.content_block_delta is not None
        assert "closed" in repr(stream)
        # The next call opens a new connection, and reads its stream whole.
        connections = server.connections
        assert len(list(converse(client).stream)) == len(LONG)
        assert server.connections == connections + 1


def test_the_async_client_streams_events(
    packages: dict[str, Any], server: LoopbackServer
) -> None:
    aio = importlib.import_module(f"{packages['bedrock-runtime'].__name__}.aio")
    errors = importlib.import_module(f"{packages['bedrock-runtime'].__name__}.errors")

    async def main(url: str) -> tuple[list[Any], Exception]:
        async with aio.AsyncClient(region_name=REGION, endpoint_url=url, max_attempts=1,
                                   **CREDENTIALS) as client:
            events = [e.to_dict() async for e in (await converse_async(client)).stream]
            with pytest.raises(errors.ThrottlingException) as raised:
                async for _ in (await converse_async(client)).stream:
                    pass
            return events, raised.value

    async def converse_async(client: Any) -> Any:
        return await client.converse_stream(
            model_id="m", messages=[{"role": "user", "content": [{"text": "hi"}]}]
        )

    throttled = CONVERSE[0] + exception("throttlingException", {"message": "slow"})
    server.reply(Reply(200, b"".join(CONVERSE), STREAM_HEADERS),
                 Reply(200, throttled, STREAM_HEADERS))
    events, raised = asyncio.run(main(server.url))
    server.reply(Reply(200, b"".join(CONVERSE), STREAM_HEADERS))
    assert events == list(converse(boto3_client("bedrock-runtime", server.url))["stream"])
    assert str(raised) == "throttlingException (HTTP 400): slow"


def test_each_event_is_handed_over_when_it_comes(packages: dict[str, Any]) -> None:
    """A chunked body, as services send streams: the server sends the second event only
    once the client has the first (a stream read whole before handing events over would
    wait forever: the wait is bounded)."""
    got_first = threading.Event()
    on_time: list[bool] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.settimeout(10)
            request = b""
            while b"\r\n\r\n" not in request:  # the body follows: read it whole
                request += received(connection)
            head, _, body = request.partition(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: (\d+)", head)[1])  # type: ignore[index]
            while len(body) < length:
                body += received(connection)
            connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                               b"Content-Type: application/vnd.amazon.eventstream\r\n\r\n")
            for i, message in enumerate(CONVERSE):
                if i == 1:
                    on_time.append(got_first.wait(timeout=10))
                connection.sendall(b"%x\r\n%s\r\n" % (len(message), message))
            connection.sendall(b"0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with generated_client(packages["bedrock-runtime"], url) as client:
            events = []
            for item in converse(client).stream:
                got_first.set()
                events.append(item.to_dict())
    finally:
        thread.join(timeout=10)
        listener.close()
    assert on_time == [True]
    assert events == [e for e in map(_decoded, CONVERSE) if e is not None]


def received(connection: socket.socket) -> bytes:
    """The next bytes the client sent; ConnectionError when it hung up (a loop reading
    a request ends, as its recv timeout bounds every wait)."""
    data = connection.recv(65536)
    if not data:
        raise ConnectionError("the client hung up")
    return data


def _decoded(message: bytes) -> dict[str, Any] | None:
    """What boto3 makes of one of the CONVERSE events (None for the unknown one)."""
    name = re.search(rb":event-type\x07\x00.(\w+)", message, re.DOTALL)[1].decode()  # type: ignore[index]
    if name == "someFutureEvent":
        return None
    return {name: json.loads(message[message.rindex(b"application/json") + 16:-4])}


def test_the_async_client_closes_an_abandoned_stream(
    packages: dict[str, Any], server: LoopbackServer
) -> None:
    aio = importlib.import_module(f"{packages['bedrock-runtime'].__name__}.aio")

    async def main(url: str) -> tuple[Any, Any, int]:
        async with aio.AsyncClient(region_name=REGION, endpoint_url=url, max_attempts=1,
                                   **CREDENTIALS) as client:
            async with (await converse_async(client)).stream as stream:
                async for first in stream:  # noqa: B007 - left at its first event
                    break
            closed = repr(stream)
            connections = server.connections
            rest = [e async for e in (await converse_async(client)).stream]
            assert server.connections == connections + 1
            return first, closed, len(rest)

    async def converse_async(client: Any) -> Any:
        return await client.converse_stream(
            model_id="m", messages=[{"role": "user", "content": [{"text": "hi"}]}]
        )

    server.reply(Reply(200, b"".join(LONG), STREAM_HEADERS))
    first, closed, rest = asyncio.run(main(server.url))
    assert first.message_start is not None
    assert "closed" in closed
    assert rest == len(LONG)  # the next call, on a new connection, reads its stream whole
