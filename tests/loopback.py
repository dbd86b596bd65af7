"""A loopback HTTP server for tests and benchmarks: records requests, replays responses.

Each response goes out in one write with TCP_NODELAY, so keep-alive calls never wait
for delayed ACKs, unless the reply asks to be sent otherwise (chunked, cut short,
stalled). Request bodies may be chunked. The server only listens on 127.0.0.1 and stops
with its context.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False
    """Send the body with Transfer-Encoding: chunked, in 1000-byte chunks."""
    announced: int | None = None
    """The Content-Length to announce, when not the body's (then close after it)."""
    stall_after: int | None = None
    """Send this many body bytes, then wait for the server's ``release`` before the rest."""
    cut_after: int | None = None
    """Close the connection after this many bytes of the body as sent (chunked or not)."""
    hold: threading.Event | None = None
    """Answer only once this is set (5 s at most): the request stays in flight."""

    @classmethod
    def of_json(cls, data: Any, status: int = 200, **headers: str) -> Reply:
        return cls(
            status,
            json.dumps(data).encode(),
            {"Content-Type": "application/x-amz-json-1.1", **headers},
        )


class LoopbackServer:
    """Serves queued replies in order (the last one repeats) and records every request."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self.requests: list[Recorded] = []
        self.replies: deque[Reply] = deque([Reply()])
        self.connections = 0
        """Connections accepted so far (a client reusing one opens no other)."""
        self.release = threading.Event()
        """Set by the test to send the rest of a ``stall_after`` reply."""
        self.closed = 0
        """Connections the client has closed (or the server, after an error)."""
        self._count = threading.Lock()

    @property
    def open(self) -> int:
        """Connections accepted and not closed yet."""
        with self._count:
            return self.connections - self.closed

    def counted(self, opened: int = 0, closed: int = 0) -> None:
        with self._count:
            self.connections += opened
            self.closed += closed

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, *replies: Reply) -> None:
        self.replies = deque(replies)

    def next_reply(self) -> Reply:
        return self.replies.popleft() if len(self.replies) > 1 else self.replies[0]


def _handler(state: dict[str, LoopbackServer]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            state["server"].counted(opened=1)

        def finish(self) -> None:
            try:
                super().finish()
            finally:
                state["server"].counted(closed=1)

        def do_POST(self) -> None:
            server = state["server"]
            if self.headers.get("Transfer-Encoding") == "chunked":
                body = _read_chunked(self.rfile)
            else:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            server.requests.append(
                Recorded(self.command, self.path, dict(self.headers.items()), body)
            )
            self._reply(server, server.next_reply())

        def _reply(self, server: LoopbackServer, reply: Reply) -> None:
            if reply.hold is not None:
                reply.hold.wait(5)
            head = [f"HTTP/1.1 {reply.status} X"]
            head += [f"{k}: {v}" for k, v in reply.headers.items()]
            data = reply.body
            if reply.chunked:
                head.append("Transfer-Encoding: chunked")
                pieces = [data[i : i + 1000] for i in range(0, len(data), 1000)]
                data = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
            else:
                announced = len(data) if reply.announced is None else reply.announced
                head.append(f"Content-Length: {announced}")
            start, data = ("\r\n".join(head) + "\r\n\r\n").encode(), data[: reply.cut_after]
            if reply.stall_after is not None:
                self.wfile.write(start + data[: reply.stall_after])
                self.wfile.flush()
                server.release.wait(5)
                start, data = b"", data[reply.stall_after :]
            with suppress(OSError):  # the client gave up
                self.wfile.write(start + data)
            if (reply.announced, reply.stall_after, reply.cut_after) != (None, None, None):
                self.close_connection = True

        do_GET = do_PUT = do_DELETE = do_PATCH = do_POST  # noqa: N815 - rest protocols

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _read_chunked(rfile: Any) -> bytes:
    body = b""
    for _ in range(1_000_000):
        size = int(rfile.readline().split(b";")[0], 16)
        if size == 0:
            rfile.readline()  # the empty trailer
            return body
        body += rfile.read(size)
        rfile.readline()
    raise AssertionError("too many chunks")


@contextmanager
def loopback_server() -> Iterator[LoopbackServer]:
    state: dict[str, LoopbackServer] = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    server = LoopbackServer(httpd)
    state["server"] = server
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
