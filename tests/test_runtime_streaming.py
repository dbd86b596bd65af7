"""Streaming bodies: file-like request bodies sent in blocks (length, signature, retries
as botocore), and response bodies read at the caller's pace (StreamingBody), by the sync
client and by the async one."""

from __future__ import annotations

import asyncio
import datetime
import io
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import botocore.auth
import botocore.credentials
import botocore.response
import pytest
from botocore.awsrequest import AWSRequest
from lightsail._runtime.aio import AsyncTransport
from lightsail._runtime.auth import CredentialSource, Signer, StaticCredentials
from lightsail._runtime.errors import (
    IncompleteReadError,
    ReadTimeoutError,
    ServiceError,
    UnseekableStreamError,
)
from lightsail._runtime.protocols import HttpRequest, OperationSpec
from lightsail._runtime.transport import Response, Transport
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws, make_client

UPLOAD_SIZE = 9 * 1024 * 1024
GET_REGIONS = OperationSpec("GetRegions", "Lightsail_20161128.GetRegions")


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        running.reply(Reply(body=b""))
        yield running


def transport(loopback: LoopbackServer, read_timeout: float = 5) -> Transport:
    return Transport(loopback.url, connect_timeout=5, read_timeout=read_timeout)


# -- request bodies ---------------------------------------------------------------------


class RecordingFile(io.BytesIO):
    """A seekable body that records the size of every read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int | None] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.reads.append(size)
        return super().read(size)


class Unseekable:
    """A body with only read(), as a pipe or a socket file."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1, /) -> bytes:
        return self._data.read(size)


@pytest.fixture(scope="module")
def upload() -> bytes:
    return bytes(range(256)) * (UPLOAD_SIZE // 256) + b"tail"


def assert_read_in_blocks(body: RecordingFile) -> None:
    """Never read whole: every read asked for at most botocore's 1 MiB hashing buffer."""
    assert body.reads
    assert all(size is not None and 0 < size <= 1024 * 1024 for size in body.reads)


def test_file_body_sent_in_blocks_from_where_it_stands(
    loopback: LoopbackServer, upload: bytes
) -> None:
    body = RecordingFile(upload)
    body.seek(100)
    response = transport(loopback).send("POST", loopback.url + "/", {}, body)
    assert response.status == 200
    [recorded] = loopback.requests
    assert recorded.headers["Content-Length"] == str(len(upload) - 100)
    assert "Transfer-Encoding" not in recorded.headers
    assert recorded.body == upload[100:]
    assert_read_in_blocks(body)
    body.seek(100)
    prepared = AWSRequest("POST", loopback.url, data=body).prepare()
    assert prepared.headers["Content-Length"] == recorded.headers["Content-Length"]
    assert max(size or 0 for size in body.reads) == 16384  # urllib3's block size


class FailingFile(io.BytesIO):
    def read(self, size: int | None = -1, /) -> bytes:
        if self.tell() >= 20000:
            raise OSError("disk on fire")
        return super().read(size)


def test_failing_file_body_raises_its_own_error_unretried(loopback: LoopbackServer) -> None:
    client = make_client(loopback.url)
    client._engine._protocol = FileBody(client._engine._protocol, FailingFile(b"x" * 50000))
    client._engine._signer.sign = lambda method, url, headers, body, **_: dict(headers)
    with pytest.raises(OSError, match="disk on fire"):
        client._engine.send(GET_REGIONS, {})
    assert client._engine._transport._idle == []


def test_given_content_length_is_kept(loopback: LoopbackServer) -> None:
    headers = {"content-length": "3"}
    transport(loopback).send("POST", loopback.url + "/", headers, io.BytesIO(b"abc"))
    [recorded] = loopback.requests
    assert recorded.headers["content-length"] == "3"
    assert recorded.body == b"abc"


def test_unseekable_body_is_sent_chunked_as_botocore_sends_it(loopback: LoopbackServer) -> None:
    data = b"0123456789" * 5000
    transport(loopback).send("POST", loopback.url + "/", {}, Unseekable(data))
    [recorded] = loopback.requests
    assert recorded.headers["Transfer-Encoding"] == "chunked"
    assert "Content-Length" not in recorded.headers
    assert recorded.body == data
    # botocore's request preparation makes the same choice for such a body.
    prepared = AWSRequest("POST", loopback.url, data=Unseekable(data)).prepare()
    assert prepared.headers["Transfer-Encoding"] == "chunked"


FROZEN = datetime.datetime(2024, 5, 6, 7, 8, 9)


@pytest.fixture
def frozen_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: FROZEN)


def botocore_signature(
    url: str, headers: dict[str, str], body: Any, context: dict[str, Any] | None = None
) -> dict[str, str]:
    credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY)
    request = AWSRequest("POST", url, headers=dict(headers), data=body)
    request.context.update(context or {})
    botocore.auth.SigV4Auth(credentials, "lightsail", "us-east-1").add_auth(request)
    return {k: request.headers[k] for k in ("Authorization", "X-Amz-Date")}


def our_signature(
    url: str, headers: dict[str, str], body: Any, **options: bool
) -> dict[str, str]:
    explicit = StaticCredentials(ACCESS_KEY, SECRET_KEY, None)
    source = CredentialSource(explicit, lambda: None)
    signed = Signer(source, "lightsail", "us-east-1").sign("POST", url, headers, body, **options)
    return {k: signed[k] for k in ("Authorization", "X-Amz-Date")}


@pytest.mark.usefixtures("frozen_time")
def test_file_body_signature_is_botocores(upload: bytes) -> None:
    url = "https://lightsail.us-east-1.amazonaws.com/upload"
    headers = {"Content-Type": "application/octet-stream", "X-Amz-Meta": "a"}
    ours_body, botocores_body = RecordingFile(upload), io.BytesIO(upload)
    ours_body.seek(7)
    botocores_body.seek(7)
    ours = our_signature(url, headers, ours_body)
    assert ours == botocore_signature(url, headers, botocores_body)
    assert ours_body.tell() == botocores_body.tell() == 7  # sought back after hashing
    assert_read_in_blocks(ours_body)
    # Not the hash of the whole file: only what is sent is signed.
    assert ours != our_signature(url, headers, io.BytesIO(upload))
    assert ours == our_signature(url, headers, upload[7:])


@pytest.mark.usefixtures("frozen_time")
def test_unsigned_payload_is_botocores_v4_unsigned_body() -> None:
    headers = {"Content-Type": "application/octet-stream"}
    unsigned = {"payload_signing_enabled": False}
    for url in ("https://lightsail.us-east-1.amazonaws.com/", "http://127.0.0.1:1/"):
        body = Unseekable(b"data") if url.startswith("https") else io.BytesIO(b"data")
        ours = our_signature(url, headers, body, unsigned_payload=True)
        assert ours == botocore_signature(url, headers, io.BytesIO(b"data"), unsigned)


def test_unseekable_body_cannot_be_signed() -> None:
    with pytest.raises(UnseekableStreamError, match="Unseekable"):
        our_signature("https://lightsail.us-east-1.amazonaws.com/", {}, Unseekable(b"x"))
    with pytest.raises(UnseekableStreamError):  # over http the payload is always hashed
        our_signature("http://127.0.0.1:1/", {}, Unseekable(b"x"), unsigned_payload=True)


class FileBody:
    """The client's protocol, with a file-like body instead of the JSON one."""

    def __init__(self, protocol: Any, body: Any) -> None:
        self._protocol = protocol
        self.body = body

    def serialize(self, operation: OperationSpec, body: Any) -> HttpRequest:
        request: HttpRequest = self._protocol.serialize(operation, body)
        return request._replace(body=self.body)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._protocol, name)


INTERNAL_FAILURE = Reply(500, b'{"__type": "InternalFailure"}')


def test_retry_rewinds_the_body_and_signs_it_again(loopback: LoopbackServer) -> None:
    client = make_client(loopback.url)
    data = b"0123456789" * 1000
    body = RecordingFile(data)
    body.seek(5)
    client._engine._protocol = FileBody(client._engine._protocol, body)
    loopback.reply(INTERNAL_FAILURE, INTERNAL_FAILURE, Reply(body=b"{}"))
    response: Response = client._engine.send(GET_REGIONS, {})
    assert response.status == 200
    assert [r.body for r in loopback.requests] == [data[5:]] * 3
    assert {r.headers["Content-Length"] for r in loopback.requests} == {str(len(data) - 5)}
    assert [r.headers["amz-sdk-request"][:9] for r in loopback.requests] == [
        "attempt=1",
        "attempt=2",
        "attempt=3",
    ]


def test_unseekable_body_is_not_retried(loopback: LoopbackServer) -> None:
    client = make_client(loopback.url)
    client._engine._protocol = FileBody(client._engine._protocol, Unseekable(b"data"))
    # The signer hashes nothing (as for an unsigned payload over https).
    client._engine._signer.sign = lambda method, url, headers, body, **_: dict(headers)
    loopback.reply(INTERNAL_FAILURE, Reply(body=b"{}"))
    with pytest.raises(ServiceError) as raised:
        client._engine.send(GET_REGIONS, {})
    assert raised.value.http_status == 500
    assert [r.body for r in loopback.requests] == [b"data"]


def test_unseekable_signed_body_fails_before_sending(loopback: LoopbackServer) -> None:
    client = make_client(loopback.url)
    client._engine._protocol = FileBody(client._engine._protocol, Unseekable(b"data"))
    with pytest.raises(UnseekableStreamError):
        client._engine.send(GET_REGIONS, {})
    assert loopback.requests == []


# -- response bodies --------------------------------------------------------------------

DOWNLOAD = bytes(range(256)) * 400  # 100 KiB


def streamed(loopback: LoopbackServer, *replies: Reply, read_timeout: float = 5) -> Any:
    """A transport, and the streamed response to the first reply."""
    loopback.reply(*replies)
    sender = transport(loopback, read_timeout)
    response = sender.send("POST", loopback.url + "/", {}, b"", stream=True)
    return sender, response


def test_download_read_in_chunks_then_connection_reused(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(body=DOWNLOAD), Reply(body=b"next"))
    assert response.body == b""
    body = response.stream
    assert body.content_length == len(DOWNLOAD)
    chunks = []
    for _ in range(200):
        chunk = body.read(4096)
        if not chunk:
            break
        chunks.append(chunk)
    assert b"".join(chunks) == DOWNLOAD
    assert {len(chunk) for chunk in chunks[:-1]} == {4096}
    assert len(sender._idle) == 1  # handed back as soon as the body ended
    assert body.read() == b"" and body.read(10) == b""
    again = sender.send("POST", loopback.url + "/", {}, b"", stream=True)
    assert again.stream.read() == b"next"
    assert loopback.connections == 1


def test_closed_early_connection_is_closed_not_reused(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(body=DOWNLOAD), Reply(body=b"next"))
    with response.stream as body:
        assert body.read(10) == DOWNLOAD[:10]
    assert body.closed
    assert sender._idle == []
    with pytest.raises(ValueError, match="closed"):
        body.read()
    assert sender.send("POST", loopback.url + "/", {}, b"").body == b"next"
    assert loopback.connections == 2


def test_short_body_raises_incomplete_read(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(body=DOWNLOAD[:500], announced=1000))
    body = response.stream
    assert body.read(300) == DOWNLOAD[:300]
    with pytest.raises(IncompleteReadError) as raised:
        body.read(1000)
        body.read(1000)
    assert (raised.value.actual_bytes, raised.value.expected_bytes) == (500, 1000)
    assert "500 bytes read, expected 1000" in str(raised.value)
    assert sender._idle == []


def test_short_body_read_whole_raises_incomplete_read(loopback: LoopbackServer) -> None:
    _, response = streamed(loopback, Reply(body=b"abc", announced=10))
    with pytest.raises(IncompleteReadError):
        response.stream.read()


def test_chunked_download_streams_and_reuses_connection(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(body=DOWNLOAD, chunked=True))
    body = response.stream
    assert body.content_length is None
    assert b"".join(body.iter_chunks(3000)) == DOWNLOAD
    assert body.tell() == len(DOWNLOAD)
    assert len(sender._idle) == 1


def test_readinto(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(body=DOWNLOAD))
    buffer = bytearray(len(DOWNLOAD) + 10)
    view = memoryview(buffer)
    total = 0
    for _ in range(200):
        count = response.stream.readinto(view[total : total + 8192])
        if not count:
            break
        total += count
    assert bytes(buffer[:total]) == DOWNLOAD
    assert len(sender._idle) == 1


@pytest.mark.parametrize(
    "data",
    [b"", b"one", b"a\nbb\r\nccc\n", b"\n\nx\r\n\r\ny", b"line\r", b"x" * 50 + b"\n" * 3],
)
@pytest.mark.parametrize("keepends", [False, True])
def test_iter_lines_as_botocore(loopback: LoopbackServer, data: bytes, keepends: bool) -> None:
    _, response = streamed(loopback, Reply(body=data))
    theirs = botocore.response.StreamingBody(io.BytesIO(data), len(data))
    expected = list(theirs.iter_lines(4, keepends))
    assert list(response.stream.iter_lines(4, keepends)) == expected


def test_iterates_in_botocores_chunks(loopback: LoopbackServer) -> None:
    _, response = streamed(loopback, Reply(body=DOWNLOAD[:2500]))
    assert [len(chunk) for chunk in response.stream] == [1024, 1024, 452]


def test_error_status_is_read_whole(loopback: LoopbackServer) -> None:
    sender, response = streamed(loopback, Reply(404, b'{"__type": "NotFound"}'))
    assert response.stream is None
    assert response.body == b'{"__type": "NotFound"}'
    assert len(sender._idle) == 1


def test_read_timeout_while_streaming(loopback: LoopbackServer) -> None:
    sender, response = streamed(
        loopback, Reply(body=DOWNLOAD, stall_after=1000), read_timeout=1.0
    )
    body = response.stream
    assert body.read(1000) == DOWNLOAD[:1000]
    with pytest.raises(ReadTimeoutError):
        body.read(1000)
    assert sender._idle == []


def test_repr_shows_sizes_not_content(loopback: LoopbackServer) -> None:
    secret = b"secret-content-" * 10
    _, response = streamed(loopback, Reply(body=secret))
    response.stream.read(20)
    assert repr(response.stream) == "<StreamingBody open, 20 of 150 bytes read>"
    assert "secret" not in repr(response)


def test_engine_streams_a_2xx_body(loopback: LoopbackServer) -> None:
    client = make_client(loopback.url)
    loopback.reply(Reply(body=DOWNLOAD))
    response = client._engine.send(GET_REGIONS, {}, stream=True)
    assert response.stream.read() == DOWNLOAD
    assert len(client._engine._transport._idle) == 1


# -- response bodies of the async client ------------------------------------------------


class AsyncCase:
    """An async test body: ``case(sender)`` gets an AsyncTransport to ``loopback``."""

    def __init__(self, loopback: LoopbackServer, *replies: Reply, read_timeout: float = 5) -> None:
        loopback.reply(*replies)
        self.loopback = loopback
        self.read_timeout = read_timeout

    def run(self, case: Callable[[AsyncTransport], Awaitable[Any]]) -> Any:
        async def main() -> Any:
            sender = AsyncTransport(
                self.loopback.url, connect_timeout=5, read_timeout=self.read_timeout
            )
            try:
                return await case(sender)
            finally:
                await sender.close()

        return asyncio.run(main())


async def astreamed(sender: AsyncTransport) -> Any:
    """The streamed body of the answer to one request."""
    response = await sender.send("POST", sender.endpoint_url + "/", {}, b"", stream=True)
    assert response.body == b""
    return response.stream


async def next_call(sender: AsyncTransport) -> bytes:
    response = await sender.send("POST", sender.endpoint_url + "/", {}, b"")
    body: bytes = response.body
    return body


def test_async_download_read_in_pieces_then_connection_reused(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        assert body.content_length == len(DOWNLOAD)
        chunks = []
        for _ in range(200):
            chunk = await body.aread(4096)
            if not chunk:
                break
            chunks.append(chunk)
        assert b"".join(chunks) == DOWNLOAD
        assert {len(chunk) for chunk in chunks[:-1]} == {4096}
        assert await body.aread() == b"" and await body.aread(10) == b""
        assert await next_call(sender) == b"next"

    AsyncCase(loopback, Reply(body=DOWNLOAD), Reply(body=b"next")).run(case)
    assert loopback.connections == 1


def test_async_chunked_download_and_connection_reused(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        assert body.content_length is None
        assert b"".join([chunk async for chunk in body.aiter_chunks(3000)]) == DOWNLOAD
        assert body.tell() == len(DOWNLOAD)
        assert await next_call(sender) == b"next"

    AsyncCase(loopback, Reply(body=DOWNLOAD, chunked=True), Reply(body=b"next")).run(case)
    assert loopback.connections == 1


LARGE = bytes(range(256)) * (8 * 1024 * 4)  # 8 MiB
BEYOND_WINDOW = LARGE[: 1024 * 1024]
"""More than aiohttp takes in before the caller reads (~128 KiB and a socket read): a
body it cannot have received whole, nor handed its connection back, after 10 bytes."""


def test_async_large_body_is_not_held_whole(loopback: LoopbackServer) -> None:
    """aiohttp stops reading the socket while the caller has not read what it holds: after
    the first KiB, far less than the body has been received, and the connection is still
    the body's; read to the end, it is back in the pool for the next call."""

    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        response = body._raw._raw  # aiohttp's ClientResponse
        first = await body.aread(1024)
        await asyncio.sleep(0.05)  # time for more to arrive, were it not held back
        assert response.content.total_bytes < len(LARGE) // 8
        assert response.connection is not None
        rest = b"".join([chunk async for chunk in body.aiter_chunks(256 * 1024)])
        assert first + rest == LARGE
        assert response.connection is None  # released to the pool
        assert await next_call(sender) == b"next"

    AsyncCase(loopback, Reply(body=LARGE), Reply(body=b"next")).run(case)
    assert loopback.connections == 1


def test_async_closed_early_connection_is_closed_not_reused(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        async with await astreamed(sender) as body:
            assert await body.aread(10) == BEYOND_WINDOW[:10]
        assert body.closed
        with pytest.raises(ValueError, match="closed"):
            await body.aread()
        assert await next_call(sender) == b"next"

    AsyncCase(loopback, Reply(body=BEYOND_WINDOW), Reply(body=b"next")).run(case)
    assert loopback.connections == 2


def test_async_aclose_closes_the_connection(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        await body.aread(10)
        await body.aclose()
        assert await next_call(sender) == b"next"

    AsyncCase(loopback, Reply(body=BEYOND_WINDOW), Reply(body=b"next")).run(case)
    assert loopback.connections == 2


def test_async_abandoned_body_gives_its_connection_up(loopback: LoopbackServer) -> None:
    """Dropped unread, the body closes its connection: with a pool of one, the next call
    gets a connection (aiohttp alone would keep the abandoned one acquired for good)."""

    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        await body.aread(10)
        del body
        assert await asyncio.wait_for(next_call(sender), 5) == b"next"

    async def main() -> None:
        sender = AsyncTransport(loopback.url, connect_timeout=5, read_timeout=5, max_connections=1)
        try:
            await case(sender)
        finally:
            await sender.close()

    loopback.reply(Reply(body=BEYOND_WINDOW), Reply(body=b"next"))
    asyncio.run(main())
    assert loopback.connections == 2


@pytest.mark.parametrize("whole", [False, True])
def test_async_short_body_raises_incomplete_read(loopback: LoopbackServer, whole: bool) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        with pytest.raises(IncompleteReadError) as raised:
            if whole:
                await body.aread()
            for _ in range(10):
                await body.aread(300)
        # What the caller was handed: aiohttp may drop what it held when it saw the end.
        assert raised.value.actual_bytes <= 500
        assert raised.value.expected_bytes == 1000
        assert await body.aread() == b""  # as the sync body, once it has failed

    AsyncCase(loopback, Reply(body=DOWNLOAD[:500], announced=1000)).run(case)


def test_async_chunked_body_cut_short_raises_incomplete_read(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        with pytest.raises(IncompleteReadError, match="chunked body ended early"):
            async for _ in body.aiter_chunks(1000):
                pass

    # The connection closed in the middle of the third chunk.
    AsyncCase(loopback, Reply(body=DOWNLOAD, chunked=True, cut_after=2500)).run(case)


def test_async_read_timeout_while_streaming(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        body = await astreamed(sender)
        assert await body.aread(1000) == DOWNLOAD[:1000]
        with pytest.raises(ReadTimeoutError):
            await body.aread(1000)
        assert body._done is None  # the connection closed

    reply = Reply(body=DOWNLOAD, stall_after=1000)
    AsyncCase(loopback, reply, read_timeout=1.0).run(case)


@pytest.mark.parametrize("data", [b"", b"a\nbb\r\nccc\n", b"\n\nx\r\n\r\ny", b"line\r"])
@pytest.mark.parametrize("keepends", [False, True])
def test_async_lines_as_botocore(loopback: LoopbackServer, data: bytes, keepends: bool) -> None:
    async def case(sender: AsyncTransport) -> list[bytes]:
        body = await astreamed(sender)
        return [line async for line in body.aiter_lines(4, keepends)]

    theirs = botocore.response.StreamingBody(io.BytesIO(data), len(data))
    lines = AsyncCase(loopback, Reply(body=data)).run(case)
    assert lines == list(theirs.iter_lines(4, keepends))


def test_async_iterates_in_botocores_chunks(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> list[int]:
        return [len(chunk) async for chunk in await astreamed(sender)]

    assert AsyncCase(loopback, Reply(body=DOWNLOAD[:2500])).run(case) == [1024, 1024, 452]


SYNC_ON_ASYNC = {
    "read": ("body.read()", "await body.aread()"),
    "readinto": ("body.readinto()", "await body.aread()"),
    "iter_chunks": ("body.iter_chunks()", "body.aiter_chunks()"),
    "iter_lines": ("body.iter_lines()", "body.aiter_lines()"),
    "__iter__": ("for chunk in body", "async for chunk in body"),
}


def test_sync_reading_of_an_async_body_names_the_async_method(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> dict[str, str]:
        body = await astreamed(sender)
        messages = {}
        for name in SYNC_ON_ASYNC:
            with pytest.raises(TypeError) as raised:
                method = getattr(body, name)
                list(method(bytearray(4)) if name == "readinto" else method())
            messages[name] = str(raised.value)
        assert await body.aread() == b"data"  # nothing was read
        return messages

    messages = AsyncCase(loopback, Reply(body=b"data")).run(case)
    for name, (used, instead) in SYNC_ON_ASYNC.items():
        assert messages[name] == (
            f"this StreamingBody is the async client's: use `{instead}`, not `{used}`"
        )


def test_async_reading_of_a_sync_body_names_the_sync_method(loopback: LoopbackServer) -> None:
    _, response = streamed(loopback, Reply(body=b"data"))
    body = response.stream

    async def attempts() -> list[str]:
        messages = []
        for attempt in (
            body.aread,
            lambda: anext(body.aiter_chunks()),
            lambda: anext(body.aiter_lines()),
            lambda: anext(aiter(body)),
        ):
            with pytest.raises(TypeError) as raised:
                await attempt()
            messages.append(str(raised.value))
        return messages

    messages = asyncio.run(attempts())
    assert messages[0] == (
        "this StreamingBody is the sync client's: use `body.read()`, not `await body.aread()`"
    )
    sync = "this StreamingBody is the sync client's: use `{}`, not `{}`"
    assert messages[1:] == [
        sync.format("body.iter_chunks()", "body.aiter_chunks()"),
        sync.format("body.iter_lines()", "body.aiter_lines()"),
        sync.format("for chunk in body", "async for chunk in body"),
    ]
    assert body.read() == b"data"


def test_async_repr_shows_sizes_not_content(loopback: LoopbackServer) -> None:
    secret = b"secret-content-" * 10

    async def case(sender: AsyncTransport) -> None:
        response = await sender.send("POST", sender.endpoint_url + "/", {}, b"", stream=True)
        await response.stream.aread(20)
        assert repr(response.stream) == "<StreamingBody open, 20 of 150 bytes read>"
        assert "secret" not in repr(response)
        await response.stream.aclose()

    AsyncCase(loopback, Reply(body=secret)).run(case)


def test_async_error_status_is_read_whole(loopback: LoopbackServer) -> None:
    async def case(sender: AsyncTransport) -> None:
        response = await sender.send("POST", sender.endpoint_url + "/", {}, b"", stream=True)
        assert response.stream is None
        assert response.body == b'{"__type": "NotFound"}'
        assert await next_call(sender) == b'{"__type": "NotFound"}'

    AsyncCase(loopback, Reply(404, b'{"__type": "NotFound"}')).run(case)
    assert loopback.connections == 1


def test_async_engine_streams_a_2xx_body(loopback: LoopbackServer) -> None:
    from lightsail.aio import AsyncClient

    async def main() -> bytes:
        async with AsyncClient(
            "us-east-1", loopback.url, ACCESS_KEY, SECRET_KEY
        ) as client:
            response = await client._engine.send(GET_REGIONS, {}, stream=True)
            data: bytes = await response.stream.aread()
            return data

    loopback.reply(Reply(body=DOWNLOAD))
    assert asyncio.run(main()) == DOWNLOAD
