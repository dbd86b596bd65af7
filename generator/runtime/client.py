"""The engine behind every generated client: configuration, signing, sending, retrying."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, NamedTuple, Self

from .auth import CredentialSource, Signer, explicit_credentials
from .endpoints import fips_pseudo_region, request_url, resolve_endpoint
from .errors import EndpointConnectionError, Error, NoRegionError, ServiceError
from .protocols import (
    HttpRequest,
    OperationSpec,
    WireProtocol,
    with_idempotency_tokens,
)
from .retries import Retry, RetryPolicy
from .settings import ClientConfig, Settings
from .transport import Body, Response, Transport, body_start

__all__ = [
    "BaseClient",
    "ClientConfig",
    "ClientMeta",
    "Engine",
    "ErrorClasses",
    "ServiceSpec",
]


class ErrorClasses(NamedTuple):
    """A service's exception classes: by error code, and the base of them all."""

    by_code: Mapping[str, type[ServiceError]]
    base: type[ServiceError]


class ServiceSpec(NamedTuple):
    """What the engine needs to know about the service a client was generated for."""

    service_id: str
    package: str
    api_version: str
    signing_name: str
    protocol: WireProtocol
    rules_file: Path | None
    errors: Callable[[], ErrorClasses]
    """Imports the package's ``errors`` module, which derives from botocore's
    ClientError: called at the first error response, when signing has imported
    ``botocore.exceptions`` already, so a client that meets no error never imports it."""
    generator_version: str


class ClientMeta(NamedTuple):
    """``client.meta``, as in boto3."""

    service_id: str
    region_name: str
    endpoint_url: str
    config: ClientConfig


class BaseClient:
    """Base class of generated clients; the keyword names match ``boto3.client``.

    Args:
        region_name: The AWS region; else ``config.region_name``, ``AWS_REGION``,
            ``AWS_DEFAULT_REGION`` or the profile's ``region``. The aliases
            ``fips-<region>`` and ``<region>-fips`` mean the region with FIPS on.
        endpoint_url: A custom endpoint (it turns FIPS and dual-stack off, as in boto3);
            else ``AWS_ENDPOINT_URL_<SERVICE>``, ``AWS_ENDPOINT_URL`` or the profile's
            ``services`` section or ``endpoint_url``, unless
            ``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` is true.
        aws_access_key_id: With ``aws_secret_access_key`` (and optionally
            ``aws_session_token``): explicit credentials. Without them, botocore's default
            chain finds credentials when the first request is signed.
        aws_secret_access_key: See ``aws_access_key_id``.
        aws_session_token: See ``aws_access_key_id``.
        profile_name: The profile of the AWS config files to use (else ``AWS_PROFILE``).
        config: A ``botocore.config.Config``; its connect_timeout, read_timeout,
            retries, max_pool_connections, user_agent_extra, region_name,
            use_fips_endpoint, use_dualstack_endpoint, proxies and
            ignore_configured_endpoint_urls are used. Arguments win. Without
            ``proxies``, ``HTTPS_PROXY``, ``HTTP_PROXY`` and ``NO_PROXY`` apply.
        verify: False to skip TLS certificate verification, or the path of a CA bundle
            (else ``AWS_CA_BUNDLE`` or the profile's ``ca_bundle``).
        max_attempts: Attempts per call, the first included (else ``AWS_MAX_ATTEMPTS``,
            the profile's ``max_attempts``, or 3).
        connect_timeout: Seconds to connect, TLS handshake included (60).
        read_timeout: Seconds to wait for data from the service (60).
        max_pool_connections: Idle connections kept for reuse (10).
        use_fips_endpoint: Use the FIPS endpoint (else ``AWS_USE_FIPS_ENDPOINT``).
        use_dualstack_endpoint: Use the dual-stack (IPv4 and IPv6) endpoint
            (else ``AWS_USE_DUALSTACK_ENDPOINT``).
        user_agent_extra: Appended to the User-Agent header.
    """

    SERVICE: ClassVar[ServiceSpec]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "SERVICE" not in vars(cls):
            return  # not a generated client (a user's subclass of one, say)
        # Code written for boto3 passes the model's names (instanceName=...): each
        # operation method also accepts those, untyped, beside its own.
        for name, value in list(vars(cls).items()):
            code = getattr(value, "__code__", None)
            if not name.startswith("_") and code is not None and code.co_kwonlyargcount:
                setattr(cls, name, _accepting_boto3_names(value))

    def __init__(
        self,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        *,
        profile_name: str | None = None,
        config: Any = None,
        verify: bool | str | None = None,
        max_attempts: int | None = None,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        max_pool_connections: int | None = None,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        user_agent_extra: str | None = None,
    ) -> None:
        explicit = explicit_credentials(
            aws_access_key_id, aws_secret_access_key, aws_session_token
        )
        settings = Settings(profile_name, config, chain_needed=explicit is None)
        client_config = settings.client_config(
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            max_attempts=max_attempts,
            max_pool_connections=max_pool_connections,
            use_fips_endpoint=use_fips_endpoint,
            use_dualstack_endpoint=use_dualstack_endpoint,
            verify=verify,
            user_agent_extra=user_agent_extra,
        )
        region = settings.region(region_name)
        if region is None:
            raise NoRegionError()
        if endpoint_url is None:
            endpoint_url = settings.endpoint_url(self.SERVICE.service_id)
        if normalized := fips_pseudo_region(region):
            # As botocore does: the region without the alias, and FIPS on.
            region = normalized
            client_config = client_config._replace(use_fips_endpoint=True)
        self._engine = Engine(
            self.SERVICE,
            region=region,
            endpoint_url=endpoint_url,
            config=client_config,
            credentials=CredentialSource(explicit, settings.session, profile_name),
        )
        self.meta = self._engine.meta

    def close(self) -> None:
        """Close pooled connections; the client may still be used afterwards."""
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region_name={self.meta.region_name!r}, "
            f"endpoint_url={self.meta.endpoint_url!r})"
        )


class Engine:
    """Signs, sends and retries requests for one client; shared by its operations.

    ``sleep`` waits between attempts; tests replace it (``client._engine.sleep``).
    """

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str,
        endpoint_url: str | None,
        config: ClientConfig,
        credentials: CredentialSource,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        endpoint = resolve_endpoint(
            service.rules_file,
            region=region,
            endpoint_url=endpoint_url,
            use_fips=config.use_fips_endpoint,
            use_dualstack=config.use_dualstack_endpoint,
        )
        self.service = service
        self.meta = ClientMeta(service.service_id, region, endpoint.url, config)
        self.logger = logging.getLogger(service.package)
        self._errors: ErrorClasses | None = None
        self.retry_policy = RetryPolicy(
            config.max_attempts, modeled_codes=_ModelledCodes(self)
        )
        self.sleep = sleep
        self.user_agent = _user_agent(service, config.user_agent_extra)
        self._signer = Signer(
            credentials,
            endpoint.signing_name or service.signing_name,
            endpoint.signing_region or region,
        )
        self._config = config
        self._transport = self._new_transport(endpoint.url)
        self._prefixed: dict[str, Transport] = {}
        """Transports to the endpoint's host with a ``hostPrefix``, by prefix."""
        self._protocol = service.protocol
        self._urls: dict[str, str] = {}
        self.logger.debug(
            "%s client for region %s at %s", service.service_id, region, endpoint.url
        )

    def invoke(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Send one operation's body, retrying as the policy allows; the parsed result."""
        response = self.send(operation, body, stream=operation.streaming_output)
        return self._protocol.parse(response, operation)

    def send(
        self, operation: OperationSpec, body: Mapping[str, Any], *, stream: bool = False
    ) -> Response:
        """Send one operation's body, retrying as the policy allows; the 2xx response
        (waiters read its status and headers, as boto3's ``ResponseMetadata``), its body
        left in ``Response.stream`` for the caller to read when ``stream`` is true.

        A file-like request body is rewound to where it stood before each retry; one
        that cannot seek is not retried (botocore fails to rewind it too).
        """
        body = with_idempotency_tokens(operation, body, _invocation_id)
        request = self._protocol.serialize(operation, body)
        url = self._url(operation, request)
        invocation_id = _invocation_id()
        start = body_start(request.body)
        retryable = start is not None or isinstance(request.body, bytes)
        attempt, last_retry = 1, None
        while True:
            try:
                response = self._attempt(
                    operation, url, request, invocation_id, attempt, stream
                )
            except (ServiceError, EndpointConnectionError) as error:
                retry = (
                    self.retry_policy.next_retry(error, attempt) if retryable else None
                )
                if retry is None:
                    raise
                self._log_retry(operation, error, retry, attempt)
                self.sleep(retry.delay)
                _rewind(request.body, start)
                attempt, last_retry = attempt + 1, retry
                continue
            self.retry_policy.succeeded(last_retry)
            return response

    def _attempt(
        self,
        operation: OperationSpec,
        url: str,
        request: HttpRequest,
        invocation_id: str,
        attempt: int,
        stream: bool,
    ) -> Response:
        """One signed request; a 2xx response, else the error raised."""
        headers = {**request.headers, "User-Agent": self.user_agent}
        payload = request.body
        signed = self._signer.sign(
            operation.http_method,
            url,
            headers,
            payload,
            unsigned_payload=operation.unsigned_payload,
        )
        # Added after signing, as botocore adds them: they are sent but not signed.
        signed["amz-sdk-invocation-id"] = invocation_id
        signed["amz-sdk-request"] = (
            f"attempt={attempt}; max={self.retry_policy.max_attempts}"
        )
        self.logger.debug(
            "%s: %s %s (attempt %d of %d)",
            operation.name,
            operation.http_method,
            url,
            attempt,
            self.retry_policy.max_attempts,
        )
        started = time.perf_counter()
        try:
            transport = self._transport_for(request.host_prefix)
            response = transport.send(
                operation.http_method, url, signed, payload, stream=stream
            )
        except EndpointConnectionError as failure:
            self.logger.debug(
                "%s: %s after %.1f ms",
                operation.name,
                type(failure).__name__,
                _ms(started),
            )
            raise
        request_id = response.headers.get("x-amzn-requestid")
        self.logger.debug(
            "%s: HTTP %d in %.1f ms, request id %s",
            operation.name,
            response.status,
            _ms(started),
            request_id,
        )
        if response.status >= 300:
            errors = self.errors
            service_error = self._protocol.parse_error(
                response, errors.by_code, errors.base
            )
            service_error.received(
                operation.name,
                response.headers,
                attempt,
                self.retry_policy.max_attempts,
            )
            raise service_error
        return response

    @property
    def errors(self) -> ErrorClasses:
        """The service's exception classes, imported when first needed."""
        if self._errors is None:
            self._errors = self.service.errors()
        return self._errors

    def _url(self, operation: OperationSpec, request: HttpRequest) -> str:
        if request.uri or request.host_prefix:  # one of its own (rest protocols)
            return request_url(self.meta.endpoint_url, request.uri, request.host_prefix)
        url = self._urls.get(operation.request_uri)
        if url is None:
            url = self._urls[operation.request_uri] = request_url(
                self.meta.endpoint_url, operation.request_uri
            )
        return url

    def _new_transport(self, endpoint_url: str) -> Transport:
        config = self._config
        return Transport(
            endpoint_url,
            connect_timeout=config.connect_timeout,
            read_timeout=config.read_timeout,
            verify=config.verify,
            max_connections=config.max_pool_connections,
            proxies=config.proxies,
        )

    def _transport_for(self, host_prefix: str) -> Transport:
        """The endpoint's transport, or one to its host with ``host_prefix``."""
        if not host_prefix:
            return self._transport
        transport = self._prefixed.get(host_prefix)
        if transport is None:
            url = request_url(self.meta.endpoint_url, "/", host_prefix)
            transport = self._prefixed[host_prefix] = self._new_transport(url)
        return transport

    def _log_retry(
        self, operation: OperationSpec, error: Error, retry: Retry, attempt: int
    ) -> None:
        reason = error.code if isinstance(error, ServiceError) else type(error).__name__
        self.logger.debug(
            "%s: retrying after %s in %.3f s (attempt %d of %d failed)",
            operation.name,
            reason,
            retry.delay,
            attempt,
            self.retry_policy.max_attempts,
        )

    def close(self) -> None:
        self._transport.close()
        for transport in self._prefixed.values():
            transport.close()


def _accepting_boto3_names(method: Any) -> Any:
    """``method``, also taking its arguments by boto3's names: the names in the model,
    read from the operation's module (``operations/<method>.py``: ``ARGUMENTS``) the
    first time a call uses one.

    Lean on purpose, one per operation: a call with the Python names costs one more
    frame and nothing is kept per method but the closure (a set of accepted names for
    each would cost more memory than the feature is worth). A TypeError raised by the
    call itself, not from inside the method, is a name the method does not take.
    """

    def operation(self: Any, /, **arguments: Any) -> Any:
        try:
            return method(self, **arguments)
        except TypeError as error:
            if error.__traceback__ is None or error.__traceback__.tb_next is not None:
                raise  # raised inside the method
            renamed = _renamed(method, arguments)
            if renamed is None:
                raise
        return method(self, **renamed)

    operation.__name__ = method.__name__
    operation.__qualname__ = method.__qualname__
    operation.__doc__ = method.__doc__
    operation.__module__ = method.__module__
    operation.__wrapped__ = method  # type: ignore[attr-defined]  # for inspect.signature
    return operation


def _renamed(method: Any, arguments: dict[str, Any]) -> dict[str, Any] | None:
    """``arguments`` with boto3's names as the method's; None when none is boto3's."""
    package = method.__module__.rpartition(".")[0]  # the client module's package
    name = f"{package}.operations.{method.__name__}"
    try:
        renames: dict[str, str] = importlib.import_module(name).ARGUMENTS
    except (ImportError, AttributeError):
        return None  # no such module or names (custom templates)
    if not renames.keys() & arguments.keys():
        return None
    renamed: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for key, value in arguments.items():
        python = renames.get(key, key)
        if python in renamed:
            raise TypeError(
                f"{method.__name__}() got {python!r} twice: as {given_as[python]!r} "
                f"and as {key!r}"
            )
        renamed[python], given_as[python] = value, key
    return renamed


class _ModelledCodes:
    """The error codes the model knows, for the retry policy: read from the error
    classes when first asked, which is after an error response."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __contains__(self, code: object) -> bool:
        return code in self._engine.errors.by_code


def _user_agent(service: ServiceSpec, extra: str | None) -> str:
    """``botocore-codegen/<version> <package>/<api version> Python/<version> [extra]``."""
    parts = [
        f"botocore-codegen/{service.generator_version}",
        f"{service.package}/{service.api_version}",
        "Python/{}.{}.{}".format(*sys.version_info),
    ]
    if extra:
        parts.append(extra)
    return " ".join(parts)


def _invocation_id() -> str:
    """A random (version 4) UUID as ``str(uuid.uuid4())`` gives it, without importing uuid."""
    octets = bytearray(os.urandom(16))
    octets[6] = (octets[6] & 0x0F) | 0x40  # version 4
    octets[8] = (octets[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = octets.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _rewind(body: Body, start: int | None) -> None:
    """Seek a file-like body back to where the first attempt read it from."""
    if start is not None:
        stream: Any = body
        stream.seek(start)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
