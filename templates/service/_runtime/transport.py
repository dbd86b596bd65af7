"""HTTP/1.1 with keep-alive over http.client: a small pool of connections per client."""

from __future__ import annotations

import http.client
import ssl
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .errors import EndpointConnectionError, ReadTimeoutError

# A reused keep-alive connection the server has since closed fails with one of these
# before the request reaches the server, so it is safe to send once more on a new one.
_STALE_CONNECTION = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes


class Transport:
    """Sends requests to one endpoint, reusing up to ``max_connections`` idle connections."""

    def __init__(
        self,
        endpoint_url: str,
        *,
        connect_timeout: float,
        read_timeout: float,
        verify: bool | str = True,
        max_connections: int = 10,
    ) -> None:
        parts = urlsplit(endpoint_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"endpoint_url must be an http(s) URL, got {endpoint_url!r}")
        self.endpoint_url = endpoint_url
        self.host = parts.netloc
        self.base_path = parts.path.rstrip("/")
        self._scheme = parts.scheme
        self._hostname = parts.hostname
        self._port = parts.port
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._ssl_context = _ssl_context(verify) if parts.scheme == "https" else None
        self._idle: list[http.client.HTTPConnection] = []
        self._max_connections = max_connections
        self._lock = threading.Lock()

    def send(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Response:
        connection, reused = self._acquire()
        try:
            return self._attempt(connection, method, path, headers, body)
        except _STALE_CONNECTION as exc:
            if not reused:
                raise EndpointConnectionError(self.endpoint_url, exc) from exc
        try:
            return self._attempt(self._new_connection(), method, path, headers, body)
        except _STALE_CONNECTION as exc:
            raise EndpointConnectionError(self.endpoint_url, exc) from exc

    def _attempt(
        self, connection: http.client.HTTPConnection, method: str, path: str,
        headers: dict[str, str], body: bytes,
    ) -> Response:
        """One exchange; the connection is closed on any failure, stale ones re-raised as is."""
        try:
            if connection.sock is None:
                connection.connect()
                socket: Any = connection.sock
                socket.settimeout(self._read_timeout)
            connection.request(method, self.base_path + path, body, headers)
            raw = connection.getresponse()
            data = raw.read()
        except BaseException as exc:
            connection.close()
            if isinstance(exc, _STALE_CONNECTION):
                raise
            if isinstance(exc, TimeoutError):
                raise ReadTimeoutError(self.endpoint_url, exc) from exc
            if isinstance(exc, (OSError, http.client.HTTPException)):
                raise EndpointConnectionError(self.endpoint_url, exc) from exc
            raise
        response = Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, data)
        if raw.will_close:
            connection.close()
        else:
            self._release(connection)
        return response

    def _acquire(self) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            if self._idle:
                return self._idle.pop(), True
        return self._new_connection(), False

    def _release(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if len(self._idle) < self._max_connections:
                self._idle.append(connection)
                return
        connection.close()

    def _new_connection(self) -> http.client.HTTPConnection:
        if self._ssl_context is not None:
            return http.client.HTTPSConnection(
                self._hostname, self._port, timeout=self._connect_timeout, context=self._ssl_context
            )
        return http.client.HTTPConnection(self._hostname, self._port, timeout=self._connect_timeout)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


def _ssl_context(verify: bool | str) -> ssl.SSLContext:
    if verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    return ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)

