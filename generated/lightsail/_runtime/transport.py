"""HTTP/1.1 with keep-alive over http.client: a small pool of connections per client.

Proxies are botocore's: ``Config(proxies=...)``, else the environment (``HTTPS_PROXY``,
``HTTP_PROXY``, ``NO_PROXY``), read with botocore's own functions when the first
connection is made (signing has imported them by then). An ``https`` endpoint is reached
through a CONNECT tunnel, an ``http`` one with absolute-form requests; a user name and
password in the proxy URL become a ``Proxy-Authorization`` header, sent to the proxy only.

Why not botocore.httpsession (urllib3), which botocore.auth imports anyway: measured
over loopback keep-alive, it made a whole call 0.58x of boto3's time instead of 0.37x
(356 µs instead of 227 µs; http.client alone 100 µs a request, urllib3 180 µs,
URLLib3Session 233 µs).
"""

from __future__ import annotations

import http.client
import importlib
import os
import select
import socket
import ssl
import sys
import threading
from collections.abc import Collection, Iterable, Mapping
from functools import cache, partial
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from ._botocore import botocore_module
from .errors import (
    ConnectTimeoutError,
    EndpointConnectionError,
    ProxyConnectionError,
    ReadTimeoutError,
    quotes_the_server,
)
from .records import NamedTuple

if TYPE_CHECKING:
    from .streaming import StreamingBody

# How a write to a connection the server has closed fails. When it fails so before any
# byte of the request was written, the request provably never left: it may go once more
# on a new connection without counting as an attempt. Any other failure, and any failure
# after a byte was written (the server may have the whole request and be acting on it),
# is an attempt, left to the retry policy.
_DEAD_CONNECTION = (ConnectionError, ssl.SSLEOFError)

# The first write of a request is at most one TLS record, so that when it fails the
# server cannot have decrypted any of it. A file-like body is read (and sent) in blocks
# of the same size, as urllib3 reads one.
_FIRST_WRITE = _BLOCK_SIZE = 16384


class Readable(Protocol):
    """A binary file-like request body: read in blocks, never whole."""

    def read(self, size: int = -1, /) -> bytes: ...


Body = bytes | Readable
"""A request body: bytes, or a binary file-like object sent from where it stands."""


def body_start(body: Body) -> int | None:
    """Where a seekable file-like body stands (what a retry rewinds it to); None for
    bytes, and for a body that cannot seek."""
    if isinstance(body, bytes):
        return None
    stream: Any = body
    seekable = getattr(stream, "seekable", None)
    if seekable is not None and not seekable():
        return None
    try:
        position: int = stream.tell()
    except (AttributeError, OSError):  # io.UnsupportedOperation is an OSError
        return None
    return position


def remaining_length(body: Readable) -> int | None:
    """The bytes left in a seekable body, as botocore's determine_content_length finds
    them (seek to the end and back); None when it cannot seek."""
    start = body_start(body)
    if start is None:
        return None
    stream: Any = body
    end: int = stream.seek(0, 2)
    stream.seek(start)
    return end - start


class _Connection(http.client.HTTPConnection):
    """An HTTPConnection that knows whether any byte of the current request was written."""

    wrote = False
    """Set by each write; reset before each request."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _create_connection

    def send(self, data: Any) -> None:
        # http.client calls this with bytes only here: the head, then the body.
        sys.audit("http.client.send", self, data)  # as http.client's own send does
        sock: Any = self.sock
        if self.wrote:
            sock.sendall(data)
            return
        # One send(): it either writes nothing and raises, or writes some bytes.
        first = data if len(data) <= _FIRST_WRITE else data[:_FIRST_WRITE]
        written: int = sock.send(first)
        self.wrote = True
        if written < len(data):
            sock.sendall(memoryview(data)[written:])


class _TLSConnection(http.client.HTTPSConnection, _Connection):
    pass


def _create_connection(address: tuple[str, int], *args: Any) -> socket.socket:
    """``socket.create_connection``, given an ASCII host name as bytes: for a str,
    getaddrinfo() looks up the "idna" codec, whose first use imports encodings.idna,
    stringprep and unicodedata (about a millisecond of a cold start) to encode a name
    that needs no encoding. Other names go as they are."""
    host, port = address
    # typeshed has the host as str only; getaddrinfo() takes bytes as well.
    target: Any = (host.encode("ascii") if host.isascii() else host, port)
    return socket.create_connection(target, *args)


if hasattr(select, "poll"):

    def _readable(sock: Any) -> bool:
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))

else:  # Windows

    def _readable(sock: Any) -> bool:
        return bool(select.select([sock], [], [], 0)[0])


def _is_dropped(connection: _Connection) -> bool:
    """Whether an idle connection is unusable: closed by the server, reset, or with data
    nobody asked for. One zero-timeout poll(), as urllib3's is_connection_dropped."""
    sock: Any = connection.sock
    if sock is None:
        return True
    try:
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        return _readable(sock)
    except (OSError, ValueError):  # closed, or a descriptor poll() cannot take
        return True


class Proxy(NamedTuple):
    """The HTTP proxy a transport goes through."""

    host: str
    port: int
    headers: dict[str, str]
    """``Proxy-Authorization``, when the proxy URL has a user name and password."""
    url: str
    """The proxy URL, its password masked, for messages."""


def find_proxy(endpoint_url: str, proxies: Mapping[str, str] | None) -> Proxy | None:
    """The proxy for ``endpoint_url`` as botocore chooses it: from ``proxies`` (by URL
    scheme), else from the environment unless ``NO_PROXY`` (or the system's settings)
    exempt the host; None for a direct connection."""
    if proxies is None:
        if _no_proxy_in_environment():
            return None
        proxies = botocore_module("utils").get_environ_proxies(endpoint_url)
    configuration = botocore_module("httpsession").ProxyConfiguration(proxies=proxies)
    url: str | None = configuration.proxy_url_for(endpoint_url)
    if not url:
        return None
    masked = str(botocore_module("httpsession").mask_proxy_url(url))
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(
            f"proxy {masked}: only http:// proxies are supported (an https endpoint is "
            "still reached over TLS, through a CONNECT tunnel)"
        )
    headers: dict[str, str] = configuration.proxy_headers_for(url)
    return Proxy(parts.hostname, parts.port or 80, headers, masked)


def _no_proxy_in_environment() -> bool:
    """Whether botocore would find no proxy in the environment, known without its four
    passes over ``os.environ``: urllib, whose ``getproxies`` botocore calls, reads only
    variables named ``*_proxy`` (in any case) where it reads no system settings."""
    getproxies = botocore_module("utils").getproxies
    import urllib.request  # imported by botocore.utils, not with this module

    if getproxies is not urllib.request.getproxies_environment:
        return False  # macOS and Windows settings, or a replaced function
    return not any(name[-6:].lower() == "_proxy" for name in os.environ)


def header_values(sent: Collection[tuple[str, str]]) -> dict[str, str]:
    """A response's headers by lower-cased name, a repeated one's values joined with
    ", " as botocore's response headers join them."""
    headers = {name.lower(): value for name, value in sent}
    if len(headers) < len(sent):  # a name came more than once
        headers = {}
        for name, value in sent:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


class Response(NamedTuple):
    status: int
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes
    """The whole body; empty when it is streamed."""
    stream: StreamingBody | None = None
    """The body, to be read by the caller, when a 2xx response was asked for streamed."""
    raw_headers: Iterable[tuple[str, str]] = ()
    """The headers with their names as the server sent them (what botocore's parser
    reads ``headers`` prefix maps from); empty: ``headers`` is all there is."""


class TransportSettings:
    """What the sync and the async transports share: one endpoint, its timeouts, TLS
    settings, pool size and proxy.

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
        proxies: Mapping[str, str] | None = None,
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
        self._max_connections = max_connections
        self._proxies = proxies
        self._proxy: Proxy | None = None
        self._proxy_found = False

    @property
    def proxy(self) -> Proxy | None:
        """The proxy requests go through (None: direct), found at the first use."""
        if not self._proxy_found:
            self._proxy = find_proxy(self.endpoint_url, self._proxies)
            self._proxy_found = True
        return self._proxy

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of every https connection (built on first use, then shared)."""
        return _ssl_context(self._verify)


class Transport(TransportSettings):
    """Sends requests over http.client, keeping up to ``max_connections`` idle
    connections."""

    def __init__(self, endpoint_url: str, **settings: Any) -> None:
        """As `TransportSettings`."""
        super().__init__(endpoint_url, **settings)
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()
        self._retired = False

    def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: Body,
        *,
        stream: bool = False,
    ) -> Response:
        """One request to ``url`` (on this endpoint) and its response: read whole, or,
        with ``stream`` and a 2xx status, left to be read from ``Response.stream`` (its
        connection goes back to the pool when it has been read to the end).

        A file-like ``body`` is sent from where it stands, in blocks, with the length
        left in it as Content-Length (unless ``headers`` set Content-Length or
        Transfer-Encoding), or chunked when it cannot seek, as botocore sends it.

        Failures to connect, send or receive raise EndpointConnectionError (or one of its
        subclasses ConnectTimeoutError and ReadTimeoutError). A pooled connection the
        server closed while idle is replaced unseen, and so is one that fails before any
        byte of the request was written; once a byte is out, the server may have the
        request, so its failure is raised for the retry policy to count and decide on.
        """
        proxy = self.proxy
        if proxy is not None and not self._https:
            # Absolute form, as a proxy needs it; the Host header the origin form gets
            # (and the signature covers), and the proxy's credentials.
            path = url
            headers = {**headers, "Host": self._host_header(), **proxy.headers}
        else:
            parts = urlsplit(url)
            path = (
                f"{parts.path or '/'}?{parts.query}"
                if parts.query
                else parts.path or "/"
            )
        if not isinstance(body, bytes):
            headers = _with_length(headers, body)
        exchange = partial(self._exchange, method=method, path=path, stream=stream)
        connection, reused = self._acquire()
        try:
            return exchange(connection, headers=headers, body=body)
        except _DEAD_CONNECTION as exc:  # raised as is only when nothing was written
            if not reused:
                raise EndpointConnectionError(self.endpoint_url, exc) from exc
        # A pooled connection that died after the check in _acquire, before the request
        # left (nor a byte of the body was read): once more on a new connection, still
        # the same attempt.
        try:
            return exchange(self._new_connection(), headers=headers, body=body)
        except _DEAD_CONNECTION as exc:
            raise EndpointConnectionError(self.endpoint_url, exc) from exc

    def _exchange(
        self,
        connection: _Connection,
        *,
        method: str,
        path: str,
        headers: dict[str, str],
        body: Body,
        stream: bool,
    ) -> Response:
        """One exchange; the connection is closed on any failure.

        A failure to write that wrote nothing is re-raised as is (one of
        _DEAD_CONNECTION), and so is a failure of a file-like body's own read();
        every other failure to send or receive is an EndpointConnectionError.
        """
        if connection.sock is None:
            self._connect(connection)
        connection.wrote = False
        reader = None if isinstance(body, bytes) else _BodyReader(body)
        try:
            connection.request(
                method, path, body if reader is None else reader, headers
            )
            raw = connection.getresponse()
            streamed = stream and 200 <= raw.status < 300
            data = b"" if streamed else raw.read()
        except BaseException as exc:
            connection.close()
            if not connection.wrote and isinstance(exc, _DEAD_CONNECTION):
                raise
            if reader is not None and exc is reader.failure:
                raise  # the caller's file failed, not the connection
            if isinstance(exc, TimeoutError):
                raise ReadTimeoutError(self.endpoint_url, exc) from exc
            # Once the request is out, a ValueError is http.client failing to parse the
            # reply (a chunk size); before, it is a header value it refused.
            parse_failure = connection.wrote and isinstance(exc, ValueError)
            if parse_failure or isinstance(exc, (OSError, http.client.HTTPException)):
                error = EndpointConnectionError(self.endpoint_url, exc)
                if quotes_the_server(exc):
                    # Not chained either: a logged traceback would show the bytes.
                    raise error from None
                raise error from exc
            raise
        sent = raw.getheaders()
        response_headers = header_values(sent)
        if streamed:
            # Imported here: most clients never stream, and a cold start pays for each module.
            from .streaming import StreamingBody

            body_stream = StreamingBody(
                raw,
                raw.length,  # Content-Length; None when chunked
                endpoint_url=self.endpoint_url,
                done=partial(self._finished, connection, raw),
            )
            return Response(raw.status, response_headers, b"", body_stream, sent)
        response = Response(raw.status, response_headers, data, None, sent)
        if raw.will_close:
            connection.close()
        else:
            self._release(connection)
        return response

    def _finished(
        self, connection: _Connection, raw: http.client.HTTPResponse, whole: bool
    ) -> None:
        """A streamed body ended: its connection is pooled when the body was read whole
        and the server keeps it open, else closed."""
        if whole and not raw.will_close:
            self._release(connection)
        else:
            connection.close()

    def _connect(self, connection: _Connection) -> None:
        """Connect (open the proxy's tunnel, shake hands) within the connect timeout,
        then switch to the read one."""
        try:
            connection.connect()
        except TimeoutError as exc:
            connection.close()
            raise ConnectTimeoutError(self.endpoint_url, exc) from exc
        except (OSError, http.client.HTTPException) as exc:
            # Refused, unreachable, DNS, TLS verification; or the proxy's answer to
            # CONNECT: a refusal, or a reply that is not HTTP.
            connection.close()
            proxy = self.proxy
            if proxy is not None and _is_tunnel_failure(exc):
                status = _tunnel_status(exc)
                refusal = OSError(f"it refused the tunnel with HTTP {status}")
                raise ProxyConnectionError(
                    self.endpoint_url, proxy.url, refusal, status
                ) from None  # http.client's message quotes the proxy's reason phrase
            if proxy is not None and not isinstance(exc, ssl.SSLError):
                # Reaching the proxy, or reading its answer to CONNECT, failed; TLS
                # errors are the endpoint's, negotiated through the tunnel.
                error = ProxyConnectionError(self.endpoint_url, proxy.url, exc)
                if quotes_the_server(exc):
                    raise error from None
                raise error from exc
            if not isinstance(exc, OSError) and quotes_the_server(exc):
                raise EndpointConnectionError(self.endpoint_url, exc) from None
            raise EndpointConnectionError(self.endpoint_url, exc) from exc
        socket: Any = connection.sock
        socket.settimeout(self._read_timeout)

    def _acquire(self) -> tuple[_Connection, bool]:
        """A pooled connection still open (and whether it is one), else a new one."""
        while True:  # at most once per pooled connection
            with self._lock:
                connection = self._idle.pop() if self._idle else None
            if connection is None:
                return self._new_connection(), False
            if not _is_dropped(connection):
                return connection, True
            connection.close()  # the server closed it while idle: nothing was sent

    def _release(self, connection: _Connection) -> None:
        with self._lock:
            if len(self._idle) < self._max_connections and not self._retired:
                self._idle.append(connection)
                return
        connection.close()

    def _new_connection(self) -> _Connection:
        proxy = self.proxy
        if proxy is None:
            host, port = self._hostname, self._port
        else:
            host, port = proxy.host, proxy.port
        connection: _Connection
        if self._https:
            connection = _TLSConnection(
                host,
                port,
                timeout=self._connect_timeout,
                context=self.ssl_context,
                blocksize=_BLOCK_SIZE,
            )
            if proxy is not None:
                # TLS with the endpoint, its name checked, inside a CONNECT tunnel.
                connection.set_tunnel(self._hostname, self._port, proxy.headers)
            return connection
        return _Connection(
            host, port, timeout=self._connect_timeout, blocksize=_BLOCK_SIZE
        )

    def _host_header(self) -> str:
        """The Host header http.client writes for an origin-form request (and SigV4Auth
        signs): the host, bracketed when IPv6, with the port unless it is 80."""
        host = f"[{self._hostname}]" if ":" in self._hostname else self._hostname
        if self._port is None or self._port == http.client.HTTP_PORT:
            return host
        return f"{host}:{self._port}"

    def close(self) -> None:
        """Close the idle connections; later requests open new ones."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def retire(self) -> None:
        """Close the idle connections, and each connection in use when its request
        or stream is done: none is pooled any more."""
        with self._lock:
            self._retired = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class _BodyReader:
    """A file-like body as http.client reads it, keeping what its read() raised."""

    def __init__(self, body: Readable) -> None:
        self._body = body
        self.failure: BaseException | None = None

    def read(self, size: int = -1, /) -> bytes:
        try:
            return self._body.read(size)
        except BaseException as exc:
            self.failure = exc
            raise


def _with_length(headers: dict[str, str], body: Readable) -> dict[str, str]:
    """``headers`` with the Content-Length of a file-like body when it can be known;
    without one, http.client sends the body chunked (Transfer-Encoding: chunked)."""
    names = {name.lower() for name in headers}
    if "content-length" in names or "transfer-encoding" in names:
        return headers
    length = remaining_length(body)
    if length is None:
        return headers
    return {**headers, "Content-Length": str(length)}


_TUNNEL_FAILED = "Tunnel connection failed: "


def _is_tunnel_failure(exc: BaseException) -> bool:
    """http.client's OSError for a proxy that answered CONNECT with another status."""
    return (
        type(exc) is OSError
        and bool(exc.args)
        and str(exc.args[0]).startswith(_TUNNEL_FAILED)
    )


def _tunnel_status(exc: BaseException) -> int | None:
    """The status code of a refused CONNECT (the reason phrase is left out)."""
    code = str(exc.args[0])[len(_TUNNEL_FAILED) :].split(" ", 1)[0]
    return int(code) if code.isdigit() else None


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
