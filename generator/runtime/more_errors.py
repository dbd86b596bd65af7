"""The runtime's exceptions that a call which goes well never meets: a missing region or
credentials, an endpoint the rules refuse, timeouts, proxies, unreadable responses.

They are importable from ``errors`` as well, which imports this module when one of them
is first asked for: creating an exception class costs more than most classes (its
bases' slots), and these 13 were a twentieth of what a cold start cost beyond
``import botocore.auth``.
"""

from __future__ import annotations

from .errors import EndpointConnectionError, Error, _describe


class NoRegionError(Error):
    """No region was given and none is configured."""

    def __init__(self) -> None:
        super().__init__(
            "no region: pass region_name=, set AWS_REGION or AWS_DEFAULT_REGION, "
            "or set region in your AWS config profile"
        )


class NoCredentialsError(Error):
    """botocore's credential chain found no credentials."""

    def __init__(self) -> None:
        super().__init__(
            "unable to locate AWS credentials: pass aws_access_key_id and "
            "aws_secret_access_key, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
            "or configure a profile"
        )


class PartialCredentialsError(Error, ValueError):
    """Only one of the access key id and the secret access key was given."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"partial credentials: {missing} is missing")


class ProfileNotFoundError(Error):
    """The named profile is in neither AWS config file."""

    def __init__(self, profile: str) -> None:
        super().__init__(f"the config profile {profile!r} could not be found")
        self.profile = profile


class EndpointResolutionError(Error):
    """The endpoint rule set gives no endpoint for these settings."""


class InvalidRegionError(EndpointResolutionError, ValueError):
    """The region name cannot be part of a host name."""

    def __init__(self, region: str) -> None:
        super().__init__(f"region_name {region!r} does not match a supported format")


class ProxyConnectionError(EndpointConnectionError):
    """The proxy could not be reached, or would not open a tunnel to the endpoint (it
    answered CONNECT with another status than 200: 407 when it wants credentials).

    Attributes:
        proxy_url: The proxy, its password masked.
        status: The status of the proxy's answer to CONNECT, when it refused one.
    """

    def __init__(
        self,
        endpoint_url: str,
        proxy_url: str,
        reason: BaseException,
        status: int | None = None,
    ) -> None:
        super().__init__(endpoint_url, reason)
        self.args = (
            f"could not connect to {endpoint_url} through the proxy {proxy_url}: "
            f"{_describe(reason)}",
        )
        self.proxy_url = proxy_url
        self.status = status


class ConnectTimeoutError(EndpointConnectionError):
    """No connection was established within the connect timeout."""


class ReadTimeoutError(EndpointConnectionError):
    """The service did not answer within the read timeout."""


class PaginationError(Error):
    """The service sent a pagination token it had already sent, which would loop forever."""


class ResponseParserError(Error):
    """A successful response whose body the client could not read (not the JSON the
    protocol sends). Not retried, as botocore's standard retry mode does not retry one.

    Attributes:
        http_status: The HTTP status code of the response.
        request_id: The ``x-amzn-RequestId`` of the response, when present.
        body_start: The first BODY_SHOWN bytes of the body, escaped (``repr``), with
            "..." when there is more: a broken body may hold a secret, so the message
            never quotes it whole.
    """

    BODY_SHOWN = 40

    def __init__(
        self, reason: str, *, http_status: int, request_id: str | None, body: bytes
    ) -> None:
        more = "..." if len(body) > self.BODY_SHOWN else ""
        self.body_start = repr(body[: self.BODY_SHOWN]) + more
        self.http_status = http_status
        self.request_id = request_id
        super().__init__(
            f"the HTTP {http_status} response could not be parsed as JSON: {reason} "
            f"(request id {request_id}; the body, {len(body)} bytes, starts "
            f"{self.body_start})"
        )


class IncompleteReadError(Error):
    """A streamed response body ended before the length the response announced (its
    Content-Length), or a chunked one was cut short; the connection is closed.

    Attributes:
        actual_bytes: The bytes read.
        expected_bytes: The Content-Length (None for a chunked body).
    """

    def __init__(self, actual_bytes: int, expected_bytes: int | None) -> None:
        expected = (
            "a chunked body ended early"
            if expected_bytes is None
            else f"expected {expected_bytes} (Content-Length)"
        )
        super().__init__(
            f"response body incomplete: {actual_bytes} bytes read, {expected}"
        )
        self.actual_bytes = actual_bytes
        self.expected_bytes = expected_bytes


class UnseekableStreamError(Error, ValueError):
    """A file-like request body that cannot seek, where the request needs it to: to hash
    the payload for the signature (it is read to its end, then sought back)."""

    def __init__(self, body_type: str) -> None:
        super().__init__(
            f"the request body (a {body_type}) cannot seek, and signing must read it "
            "and seek back to hash it: pass bytes or a seekable binary file"
        )
        self.body_type = body_type
