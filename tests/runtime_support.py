"""Helpers for the runtime tests: an isolated AWS environment and a scripted HTTP server.

``isolate_aws`` removes every AWS setting of the machine running the tests (variables,
config files, instance metadata), so a test sees only what it sets up itself.

``scripted_server`` is a 127.0.0.1 HTTP/1.1 server, optionally TLS, that answers with a
script of steps (status, body, headers, a delay before answering, whether to drop the
connection afterwards), records every request and counts the TCP connections it accepted.

``raw_server`` is the same on bare sockets, for what http.server cannot do: take a whole
request and close or reset the connection without answering, half-close an idle
connection, or answer with bytes that are not HTTP.
"""

from __future__ import annotations

import json
import os
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from loopback import Recorded

PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy", "no_proxy"})
"""Read in either case by urllib (and so by botocore)."""
TLS_DIR = Path(__file__).parent / "fixtures" / "tls"
TLS_CERT = TLS_DIR / "loopback-cert.pem"
TLS_KEY = TLS_DIR / "loopback-key.pem"

ACCESS_KEY = "AKIDRUNTIMETEST00001"
SECRET_KEY = "runtime-test-secret-key-0123456789abcdef"
SESSION_TOKEN = "runtime-test-session-token-fedcba9876543210"


def isolate_aws(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """No AWS variable, no proxy variable, empty config and credentials files, no
    instance metadata."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name.lower() in PROXY_VARIABLES:
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "no-such-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "no-such-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@dataclass(frozen=True)
class Step:
    """One scripted answer."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    drop: bool = False
    """Close the connection after answering, without a ``Connection: close`` header."""

    @classmethod
    def of_json(cls, data: Any, status: int = 200, **options: Any) -> Step:
        return cls(status, json.dumps(data).encode(), **options)


class ScriptedServer:
    """Answers with the queued steps in order (the last one repeats)."""

    def __init__(self, httpd: ThreadingHTTPServer, tls: bool) -> None:
        self._httpd = httpd
        self._tls = tls
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.connections = 0
        self.steps: deque[Step] = deque([Step()])

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"{'https' if self._tls else 'http'}://{host!s}:{port}"

    def script(self, *steps: Step) -> None:
        self.steps = deque(steps)

    def next_step(self) -> Step:
        with self._lock:
            return self.steps.popleft() if len(self.steps) > 1 else self.steps[0]

    def count_connection(self) -> None:
        with self._lock:
            self.connections += 1


def _handler(server: dict[str, ScriptedServer], context: ssl.SSLContext | None) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            if context is not None:
                self.request = context.wrap_socket(self.request, server_side=True)
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server["server"].count_connection()

        def do_POST(self) -> None:
            state = server["server"]
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append(Recorded(self.command, self.path, dict(self.headers), body))
            step = state.next_step()
            time.sleep(step.delay)
            head = [f"HTTP/1.1 {step.status} X", f"Content-Length: {len(step.body)}"]
            head += [f"{k}: {v}" for k, v in step.headers.items()]
            try:
                self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + step.body)
            except OSError:
                self.close_connection = True  # the client gave up waiting
            if step.drop:
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that rejects the certificate, or hangs up: expected in these tests


@contextmanager
def scripted_server(*, tls: bool = False) -> Iterator[ScriptedServer]:
    context = None
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS_CERT, TLS_KEY)
    holder: dict[str, ScriptedServer] = {}
    httpd = _Server(("127.0.0.1", 0), _handler(holder, context))
    server = ScriptedServer(httpd, tls)
    holder["server"] = server
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def make_client(endpoint_url: str, **options: Any) -> Any:
    """A Lightsail client with test credentials and instant backoff sleeps."""
    from lightsail import Client

    options.setdefault("region_name", "us-east-1")
    options.setdefault("aws_access_key_id", ACCESS_KEY)
    options.setdefault("aws_secret_access_key", SECRET_KEY)
    client = Client(endpoint_url=endpoint_url, **options)
    client._engine.sleep = lambda seconds: None
    return client


def unused_port() -> int:
    """A 127.0.0.1 port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- a raw loopback server, for what http.server cannot do -----------------------------

ANSWER = "answer"
"""Answer 200 with ``{"regions": []}`` and keep the connection open."""
ANSWER_THEN_CLOSE = "answer-then-close"
"""Answer, then close the connection while it is idle."""
ANSWER_THEN_HALF_CLOSE = "answer-then-half-close"
"""Answer, then send FIN while idle but keep reading (and recording) what arrives."""
CLOSE = "close"
"""Read the whole request, then close without answering."""
RESET = "reset"
"""Read the whole request, then reset the connection (RST) without answering."""

RAW_REPLY = b'HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{"regions": []}'
_MAX_READS = 10_000


class RawServer:
    """A 127.0.0.1 server on bare sockets: each request, read whole, gets the next action.

    An action is one of the names above, or bytes written as the whole reply before
    closing. The actions are used in order and the last one repeats. ``requests`` holds
    every complete request received (head and body), ``connections`` counts connections.
    Replies go out in one write, with TCP_NODELAY.
    """

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self.actions: deque[str | bytes] = deque([ANSWER])
        self.requests: list[bytes] = []
        self.connections = 0

        host, port = self._listener.getsockname()[:2]
        self.url = f"http://{host}:{port}"

    def script(self, *actions: str | bytes) -> None:
        self.actions = deque(actions)

    def _next_action(self, request: bytes) -> str | bytes:
        with self._lock:
            self.requests.append(request)
            return self.actions.popleft() if len(self.actions) > 1 else self.actions[0]

    def _record(self, request: bytes) -> None:
        with self._lock:
            self.requests.append(request)

    def serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._sockets.append(connection)
            thread = threading.Thread(target=self._handle, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, connection: socket.socket) -> None:
        connection.settimeout(5)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with connection, suppress(OSError):  # OSError: the client hung up
            self._converse(connection)

    def _converse(self, connection: socket.socket) -> None:
        buffered = b""
        for _ in range(_MAX_READS):
            request, buffered = _read_request(connection, buffered)
            if request is None:
                return
            action = self._next_action(request)
            if isinstance(action, bytes):
                connection.sendall(action)
                return
            if action == RESET:
                linger = struct.pack("ii", 1, 0)  # close() then sends RST, not FIN
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                return
            if action == CLOSE:
                return
            connection.sendall(RAW_REPLY)
            if action == ANSWER_THEN_CLOSE:
                return
            if action == ANSWER_THEN_HALF_CLOSE:
                connection.shutdown(socket.SHUT_WR)
                request, _ = _read_request(connection, buffered)
                if request is not None:
                    self._record(request)  # it arrived, though no answer can go back
                return

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for connection in sockets:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)  # wakes a handler waiting to read
        for thread in self._threads:
            thread.join(timeout=5)


def _read_request(connection: socket.socket, buffered: bytes) -> tuple[bytes | None, bytes]:
    """The next whole request (None at end of stream) and the bytes read beyond it."""
    data = buffered
    for _ in range(_MAX_READS):
        head, separator, rest = data.partition(b"\r\n\r\n")
        if separator:
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) >= length:
                return head + separator + rest[:length], rest[length:]
        try:
            chunk = connection.recv(65536)
        except OSError:
            return None, b""
        if not chunk:
            return None, b""
        data += chunk
    return None, b""


@contextmanager
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop()
        thread.join(timeout=5)
