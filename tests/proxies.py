"""A loopback HTTP proxy for tests: CONNECT tunnels (for https) and absolute-form
forwarding (for http), recording what it is asked.

It listens on 127.0.0.1 only and stops with its context. Every loop is bounded: a tunnel
relays until either side closes, at most ``_MAX_RELAYS`` chunks, waiting at most
``_IDLE`` seconds at a time.
"""

from __future__ import annotations

import http.client
import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_MAX_RELAYS = 10_000
_IDLE = 0.5
_MAX_IDLE_WAITS = 120
"""A tunnel nobody writes to for a minute is closed."""
_HOP_BY_HOP = {"proxy-authorization", "proxy-connection", "connection", "keep-alive"}


@dataclass(frozen=True)
class Asked:
    """One request the proxy received: ``CONNECT host:port`` or ``POST http://...``."""

    method: str
    target: str
    headers: dict[str, str]


class Proxy:
    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self._httpd = httpd
        self.asked: list[Asked] = []
        self.required_auth: str | None = None
        """A ``Proxy-Authorization`` value the proxy insists on (else it answers 407)."""
        self.refusal_reason = "Proxy Authentication Required"
        self.stopping = threading.Event()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url_with(self, userinfo: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{userinfo}@{host!s}:{port}"


def _handler(holder: dict[str, Proxy]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _authorized(self) -> bool:
            proxy = holder["proxy"]
            proxy.asked.append(Asked(self.command, self.path, dict(self.headers.items())))
            wanted = proxy.required_auth
            if wanted is None or self.headers.get("Proxy-Authorization") == wanted:
                return True
            if self.command != "CONNECT":
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
            reply = (
                f"HTTP/1.1 407 {proxy.refusal_reason}\r\nContent-Length: 0\r\n"
                'Proxy-Authenticate: Basic realm="test"\r\n\r\n'
            )
            self.wfile.write(reply.encode())
            return False

        def do_CONNECT(self) -> None:
            if not self._authorized():
                return
            host, _, port = self.path.rpartition(":")
            try:
                upstream = socket.create_connection((host, int(port)), timeout=5)
            except OSError:
                self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self.wfile.flush()
            with upstream:
                _relay(self.connection, upstream, holder["proxy"].stopping)
            self.close_connection = True

        def _forward(self) -> None:
            if not self._authorized():
                return
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            target = urlsplit(self.path)
            if target.scheme != "http" or not target.hostname:
                self.wfile.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                return
            path = f"{target.path or '/'}?{target.query}" if target.query else target.path or "/"
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            try:
                upstream.request(self.command, path, body, headers)
                response = upstream.getresponse()
                data = response.read()
                head = [f"HTTP/1.1 {response.status} {response.reason}"]
                head += [
                    f"{k}: {v}"
                    for k, v in response.getheaders()
                    if k.lower() not in _HOP_BY_HOP | {"content-length", "transfer-encoding"}
                ]
                head.append(f"Content-Length: {len(data)}")
                self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
            finally:
                upstream.close()

        def do_POST(self) -> None:
            self._forward()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _relay(client: socket.socket, upstream: socket.socket, stopping: threading.Event) -> None:
    """Copy bytes both ways until either side closes (bounded, see the module doc)."""
    idle = 0
    for _ in range(_MAX_RELAYS):
        if stopping.is_set() or idle >= _MAX_IDLE_WAITS:
            return
        readable, _, _ = select.select([client, upstream], [], [], _IDLE)
        if not readable:
            idle += 1
            continue
        idle = 0
        for source in readable:
            sink = upstream if source is client else client
            try:
                chunk = source.recv(65536)
                if not chunk:
                    return
                sink.sendall(chunk)
            except OSError:
                return


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up mid-tunnel: expected


@contextmanager
def http_proxy() -> Iterator[Proxy]:
    """A proxy on 127.0.0.1 (its ``url`` is ``http://127.0.0.1:<port>``)."""
    holder: dict[str, Proxy] = {}
    httpd = _Server(("127.0.0.1", 0), _handler(holder))
    proxy = Proxy(httpd)
    holder["proxy"] = proxy
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield proxy
    finally:
        proxy.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
