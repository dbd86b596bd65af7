"""HTTP/1.1 with keep-alive over http.client: a small pool of connections per client."""

from __future__ import annotations

import http.client
import importlib
import ssl
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from .errors import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError

# A reused keep-alive connection the server has since closed fails with one of these
# before the request reaches the server, so it is safe to send once more on a new one.
_STALE_CONNECTION = (
    http.client.RemoteDisconnected,
    ConnectionResetError,
    BrokenPipeError,
)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes


class Transport:
    """Sends requests to one endpoint, keeping up to ``max_connections`` idle connections.

    ``connect_timeout`` bounds the TCP connect and the TLS handshake; ``read_timeout``
    bounds each wait for data from the server. Certificates are verified unless
    ``verify`` is False; a string is the path of a CA bundle to trust instead of the
    default one.
    """

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
            raise ValueError(
                f"endpoint_url must be an http(s) URL, got {endpoint_url!r}"
            )
        self.endpoint_url = endpoint_url
        self._https = parts.scheme == "https"
        self._hostname = parts.hostname
        self._port = parts.port
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._verify = verify
        self._idle: list[http.client.HTTPConnection] = []
        self._max_connections = max_connections
        self._lock = threading.Lock()

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of every https connection (built on first use, then shared)."""
        return _ssl_context(self._verify)

    def send(
        self, method: str, url: str, headers: dict[str, str], body: bytes
    ) -> Response:
        """One request to ``url`` (on this endpoint) and its whole response.

        Failures to connect, send or receive raise EndpointConnectionError (or one of its
        subclasses ConnectTimeoutError and ReadTimeoutError).
        """
        parts = urlsplit(url)
        path = (
            f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path or "/"
        )
        connection, reused = self._acquire()
        try:
            return self._exchange(connection, method, path, headers, body)
        except _STALE_CONNECTION as exc:
            if not reused:
                raise EndpointConnectionError(self.endpoint_url, exc) from exc
        try:
            return self._exchange(self._new_connection(), method, path, headers, body)
        except _STALE_CONNECTION as exc:
            raise EndpointConnectionError(self.endpoint_url, exc) from exc

    def _exchange(
        self,
        connection: http.client.HTTPConnection,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        """One exchange; the connection is closed on any failure, stale ones re-raised as is."""
        if connection.sock is None:
            self._connect(connection)
        try:
            connection.request(method, path, body, headers)
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
        response = Response(
            raw.status, {k.lower(): v for k, v in raw.getheaders()}, data
        )
        if raw.will_close:
            connection.close()
        else:
            self._release(connection)
        return response

    def _connect(self, connection: http.client.HTTPConnection) -> None:
        """Connect (and shake hands) within the connect timeout, then switch to the read one."""
        try:
            connection.connect()
        except TimeoutError as exc:
            connection.close()
            raise ConnectTimeoutError(self.endpoint_url, exc) from exc
        except OSError as exc:  # refused, unreachable, DNS, TLS verification
            connection.close()
            raise EndpointConnectionError(self.endpoint_url, exc) from exc
        socket: Any = connection.sock
        socket.settimeout(self._read_timeout)

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
        if self._https:
            return http.client.HTTPSConnection(
                self._hostname,
                self._port,
                timeout=self._connect_timeout,
                context=self.ssl_context,
            )
        return http.client.HTTPConnection(
            self._hostname, self._port, timeout=self._connect_timeout
        )

    def close(self) -> None:
        """Close the idle connections; later requests open new ones."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


@cache
def _ssl_context(verify: bool | str) -> ssl.SSLContext:
    if verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    cafile = verify if isinstance(verify, str) else default_ca_bundle()
    return ssl.create_default_context(cafile=cafile)


def default_ca_bundle() -> str:
    """The CA bundle botocore trusts: certifi's when it is installed, else its own."""
    try:
        where: str = importlib.import_module("certifi").where()
        return where
    except ImportError:
        # Imported here only: importing it costs milliseconds at every start.
        from importlib.resources import files

        return str(files("botocore").joinpath("cacert.pem"))
