"""Exceptions raised by every generated client, whatever the service.

Messages never contain credentials or the values of parameters: only names, paths and
sizes, so an exception can be logged safely. (A ResponseParserError quotes the first 40
bytes, escaped, of the response body it could not read, and no more of it.)
"""

from __future__ import annotations

import http.client
from collections.abc import Mapping
from typing import Any

from .records import NamedTuple


class Error(Exception):
    """Base of everything a generated client raises on purpose.

    A service's errors are also botocore's ``ClientError`` (see `ServiceError`); the
    others (validation, configuration, connection errors) are not.
    """


class ServiceError(Error):
    """An error response from the service.

    The base error class of each generated package also derives from
    ``botocore.exceptions.ClientError`` (``_runtime/client_error.py``), so that code
    written for boto3 catches it, and it has boto3's ``response`` and
    ``operation_name``.

    Attributes:
        code: The error code, e.g. ``NotFoundException``.
        message: The service's message ("" when it sent none).
        http_status: The HTTP status code of the response.
        request_id: The ``x-amzn-RequestId`` of the response, when present.
        http_headers: The response headers, names in lower case.
        operation_name: The operation that failed, e.g. ``GetInstance``.
        response: The error as boto3 gives it in ``ClientError.response``:
            ``Error`` (``Code``, ``Message``), ``ResponseMetadata`` (``RequestId``,
            ``HTTPStatusCode``, ``HTTPHeaders``, ``RetryAttempts`` and, when the last
            attempt allowed failed, ``MaxAttemptsReached``) and the modelled members
            the body sets, by their names in the model.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "",
        http_status: int = 0,
        request_id: str | None = None,
        body: Mapping[str, Any] | None = None,
        operation_name: str = "",
    ) -> None:
        # Not super().__init__: botocore's ClientError, mixed in by the generated base
        # class, takes other arguments.
        Exception.__init__(self, message)
        self.message = message
        self.code = code
        self.http_status = http_status
        self.request_id = request_id
        self.operation_name = operation_name
        self.http_headers: Mapping[str, str] = {}
        metadata: dict[str, Any] = (
            {} if request_id is None else {"RequestId": request_id}
        )
        metadata.update(HTTPStatusCode=http_status, HTTPHeaders={}, RetryAttempts=0)
        self.response: dict[str, Any] = {
            "Error": {"Message": message, "Code": code},
            "ResponseMetadata": metadata,
        }
        members = self._read_members(body or {})
        self.response.update((k, v) for k, v in members.items() if v is not None)

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        """Set the modelled members from the error body, and return them as boto3 puts
        them in ``response`` (by model name; None for an absent one). Generated classes
        override it."""
        return {}

    def received(
        self,
        operation_name: str,
        headers: Mapping[str, str],
        attempt: int,
        max_attempts: int,
    ) -> None:
        """Record what the engine knows of the call: the operation, the response
        headers, and the attempt (1-based) that failed, as boto3 records them."""
        self.operation_name = operation_name
        self.http_headers = headers
        metadata = self.response["ResponseMetadata"]
        metadata["HTTPHeaders"] = dict(headers)
        metadata["RetryAttempts"] = attempt - 1
        if attempt >= max_attempts:  # as botocore's MaxAttemptsChecker marks it
            metadata["MaxAttemptsReached"] = True
        else:
            metadata.pop("MaxAttemptsReached", None)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling, not that of botocore's ClientError (mixed in by the
        # generated base class), which would rebuild a plain ClientError.
        return type(self), self.args, self.__dict__

    def __str__(self) -> str:
        detail = f": {self.message}" if self.message else ""
        return f"{self.code or type(self).__name__} (HTTP {self.http_status}){detail}"

    def __repr__(self) -> str:
        # Modelled members stay out: one of them could be sensitive.
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )


class Problem(NamedTuple):
    """One reason a parameter failed validation; never carries the value itself."""

    path: str
    """Where, as the caller wrote it: ``tags[0].key`` (arguments and attributes),
    ``deployment['containers']['web']`` (dict and map keys)."""
    reason: str
    """What was expected and what was given: ``expected str, got int``."""
    kind: str = ""
    """``missing``, ``type``, ``min``, ``unknown`` (a dict key the shape lacks) or
    ``union`` (not exactly one member of a tagged union set)."""
    wire_path: str = ""
    """The same place in botocore's notation, with the model's member names:
    ``serviceName``, ``deployment.containers.web``, ``containers (key: )``."""

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ParamValidationError(Error, ValueError):
    """Arguments that fail the model's constraints; nothing was sent.

    Attributes:
        problems: Every problem found, each with the path of the member.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            f"{len(problems)} invalid parameter(s):\n"
            + "\n".join(f"  {p}" for p in problems)
        )


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


class EndpointConnectionError(Error):
    """The endpoint could not be reached, or the connection failed mid-request.

    Attributes:
        endpoint_url: The endpoint.
        reason: The exception behind it. When the reply was not HTTP, that exception's
            own message may quote what the server sent; this error's message then names
            only its type and the size of what it quotes.
    """

    def __init__(self, endpoint_url: str, reason: BaseException) -> None:
        super().__init__(f"could not connect to {endpoint_url}: {_describe(reason)}")
        self.endpoint_url = endpoint_url
        self.reason = reason


# Their messages are fixed text and sizes: none quotes the server's bytes.
_QUOTES_NOTHING = (http.client.IncompleteRead, http.client.LineTooLong)


def quotes_the_server(reason: BaseException) -> bool:
    """Whether the message of ``reason``, or of an exception it was raised from or while
    handling, may quote bytes the server sent.

    OSError messages come from the system or OpenSSL (http.client's RemoteDisconnected,
    one too, has a fixed one); other http.client errors, such as BadStatusLine and
    UnknownProtocol, and ValueError from parsing a chunk size, quote the reply.
    """
    seen: list[BaseException] = []
    link: BaseException | None = reason
    while link is not None and len(seen) < 20 and link not in seen:
        if _quotes(link):
            return True
        seen.append(link)
        link = link.__cause__ or link.__context__
    return False


def _quotes(reason: BaseException) -> bool:
    return not isinstance(reason, (OSError, *_QUOTES_NOTHING))


def _describe(reason: BaseException) -> str:
    name = type(reason).__name__
    if not _quotes(reason):
        return str(reason) or name
    quoted = sum(len(arg) for arg in reason.args if isinstance(arg, (str, bytes)))
    return f"{name}: the reply could not be read as HTTP ({quoted} characters of it not shown)"


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
