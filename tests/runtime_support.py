"""Helpers for the runtime tests: an isolated AWS environment and a scripted HTTP server.

``isolate_aws`` removes every AWS setting of the machine running the tests (variables,
config files, instance metadata), so a test sees only what it sets up itself.

``scripted_server`` is a 127.0.0.1 HTTP/1.1 server, optionally TLS, that answers with a
script of steps (status, body, headers, a delay before answering, whether to drop the
connection afterwards), records every request and counts the TCP connections it accepted.
"""

from __future__ import annotations

import json
import os
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from loopback import Recorded

TLS_DIR = Path(__file__).parent / "fixtures" / "tls"
TLS_CERT = TLS_DIR / "loopback-cert.pem"
TLS_KEY = TLS_DIR / "loopback-key.pem"

ACCESS_KEY = "AKIDRUNTIMETEST00001"
SECRET_KEY = "runtime-test-secret-key-0123456789abcdef"
SESSION_TOKEN = "runtime-test-session-token-fedcba9876543210"


def isolate_aws(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """No AWS variable, empty config and credentials files, no instance metadata."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
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
