"""The engine behind every generated client: configuration, signing, sending, retrying."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Generator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Self

from .auth import CredentialSource, Signer, explicit_credentials
from .endpoints import (
    ACCOUNT_ID,
    ClientEndpoints,
    Endpoint,
    EndpointInputs,
    fips_pseudo_region,
    host_prefixed,
    request_url,
)
from .errors import EndpointConnectionError, Error, NoRegionError, ServiceError
from .protocols import HttpRequest, OperationSpec, WireProtocol
from .records import NamedTuple
from .retries import Retry, RetryPolicy
from .settings import ClientConfig, Settings
from .transport import Body, Response, Transport, body_start
from .values import random_uuid

__all__ = [
    "BaseClient",
    "ClientBase",
    "ClientConfig",
    "ClientMeta",
    "Engine",
    "EngineCore",
    "ErrorClasses",
    "ServiceSpec",
]


MAX_ROUTES = 32
"""Endpoints besides its own whose connections a client keeps open at once."""


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


class ClientBase:
    """What sync and async generated clients share; the keyword names match
    ``boto3.client``.

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
        aws_account_id: With the keys: the account id of those credentials, which the
            endpoint rules of some services (DynamoDB, Kinesis...) use, as in boto3
            (``config``'s ``account_id_endpoint_mode`` says how). Credentials from the
            chain carry their own (``AWS_ACCOUNT_ID``, profile ``aws_account_id``, SSO...).
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
        max_pool_connections: Idle connections kept for reuse (10); the async client
            also opens no more than this many at once.
        use_fips_endpoint: Use the FIPS endpoint (else ``AWS_USE_FIPS_ENDPOINT``).
        use_dualstack_endpoint: Use the dual-stack (IPv4 and IPv6) endpoint
            (else ``AWS_USE_DUALSTACK_ENDPOINT``).
        user_agent_extra: Appended to the User-Agent header.
    """

    SERVICE: ClassVar[ServiceSpec]
    ENGINE: ClassVar[type[EngineCore]]
    """The engine class: the sync or the async driver."""

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
        aws_account_id: str | None = None,
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
            aws_access_key_id, aws_secret_access_key, aws_session_token, aws_account_id
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
        self._engine = self.ENGINE(
            self.SERVICE,
            region=region,
            endpoint_url=endpoint_url,
            config=client_config,
            credentials=CredentialSource(explicit, settings.session, profile_name),
        )
        self.meta = self._engine.meta

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region_name={self.meta.region_name!r}, "
            f"endpoint_url={self.meta.endpoint_url!r})"
        )


class Exchange(NamedTuple):
    """One signed request, ready for a transport's ``send``."""

    method: str
    url: str
    headers: dict[str, str]
    body: Body
    stream: bool = False
    """Leave a 2xx response's body in ``Response.stream`` for the caller to read."""
    transport: Any = None
    """The transport of the call's endpoint (None: the client's own)."""


Step = Exchange | float
"""What the sans-IO core of a call asks its driver for: an exchange to send, or seconds
to sleep before the next attempt."""

Outcome = Response | EndpointConnectionError | None
"""What a driver hands back: the response, the failure to get one, or None after a sleep."""


class EngineCore:
    """What one client's calls share, sync or async: the endpoint, signing, the retry
    policy, logging; and the sans-IO core of a call (`steps`), driven by a sync or an
    async loop that only sends and sleeps.

    ``sleep`` waits between attempts; tests replace it (``client._engine.sleep``).
    """

    TRANSPORT: ClassVar[Callable[..., Any]]
    """The transport class, given the endpoint URL and the client's settings."""
    SLEEP: ClassVar[Callable[[float], Any]]
    """How to wait between attempts unless told otherwise."""

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str,
        endpoint_url: str | None,
        config: ClientConfig,
        credentials: CredentialSource,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        self._endpoints = ClientEndpoints(
            service.rules_file,
            region=region,
            endpoint_url=endpoint_url,
            use_fips=config.use_fips_endpoint,
            use_dualstack=config.use_dualstack_endpoint,
            builtins={
                "AWS::Auth::AccountIdEndpointMode": config.account_id_endpoint_mode,
                ACCOUNT_ID: credentials.account_id,  # read at each call
            },
            client_context=config.client_context_params or {},
        )
        endpoint = self._endpoint = self._endpoints.default
        self.service = service
        self.meta = ClientMeta(service.service_id, region, endpoint.url, config)
        self.logger = logging.getLogger(service.package)
        self._errors: ErrorClasses | None = None
        self.retry_policy = RetryPolicy(
            config.max_attempts, modeled_codes=_ModelledCodes(self)
        )
        self.user_agent = _user_agent(service, config.user_agent_extra)
        self._credentials = credentials
        self._signer, self._transport = self._connections(endpoint)
        self._protocol = service.protocol
        self._urls: dict[tuple[str, str], str] = {}
        self._routes: dict[Endpoint, tuple[Signer, Any]] = {}
        """Signers and transports of the endpoints other than the client's own: read
        without a lock, changed only under ``_routing`` (a sync client is shared by
        threads)."""
        self._routing = threading.Lock()
        self.sleep: Callable[[float], Any] = sleep or type(self).SLEEP
        self.logger.debug(
            "%s client for region %s at %s", service.service_id, region, endpoint.url
        )

    def steps(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
        *,
        stream: bool = False,
    ) -> Generator[Step, Outcome, Response]:
        """One call, without I/O: yields each signed exchange to send (the driver sends
        back its response, or the EndpointConnectionError it failed with) and each delay
        to sleep (the driver sends back None); returns the 2xx response, raises the error
        that ends the call. ``inputs``: what the call's input contributes to its
        endpoint.

        A file-like request body is rewound to where it stood before each retry; one
        that cannot seek is not retried (botocore fails to rewind it too).
        """
        request = self._protocol.serialize(operation, body)
        url, signer, transport = self.route(operation, inputs, request.uri)
        invocation_id = random_uuid()
        start = body_start(request.body)
        retryable = start is not None or isinstance(request.body, bytes)
        attempt, last_retry = 1, None
        while True:
            exchange = self._signed(
                operation,
                url,
                request,
                invocation_id,
                attempt,
                stream,
                signer,
                transport,
            )
            started = time.perf_counter()
            outcome = yield exchange
            try:
                response = self._handle(operation, outcome, attempt, started)
            except (ServiceError, EndpointConnectionError) as error:
                retry = (
                    self.retry_policy.next_retry(error, attempt) if retryable else None
                )
                if retry is None:
                    raise
                self._log_retry(operation, error, retry, attempt)
            else:
                self.retry_policy.succeeded(last_retry)
                return response
            yield retry.delay
            _rewind(request.body, start)
            attempt, last_retry = attempt + 1, retry

    def _signed(
        self,
        operation: OperationSpec,
        url: str,
        request: HttpRequest,
        invocation_id: str,
        attempt: int,
        stream: bool,
        signer: Signer,
        transport: Any,
    ) -> Exchange:
        """The request of one attempt, signed."""
        headers = {**request.headers, "User-Agent": self.user_agent}
        payload = request.body
        signed = signer.sign(
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
        return Exchange(operation.http_method, url, signed, payload, stream, transport)

    def _handle(
        self, operation: OperationSpec, outcome: Outcome, attempt: int, started: float
    ) -> Response:
        """The outcome of one attempt: a 2xx response, else the error raised."""
        if not isinstance(outcome, Response):
            assert outcome is not None, "a driver sent None for an exchange"
            self.logger.debug(
                "%s: %s after %.1f ms",
                operation.name,
                type(outcome).__name__,
                _ms(started),
            )
            raise outcome
        response = outcome
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

    def result(self, response: Response, operation: OperationSpec) -> dict[str, Any]:
        """The parsed result of a successful response: its event stream, if it has
        one, reads the body left unread."""
        spec = operation.event_stream
        if spec is None or response.stream is None:
            return self._protocol.parse(response, operation)
        # Imported here: only results with an event stream need it.
        from .eventstream import EventStream

        parsed = (
            {} if spec.initial_response else self._protocol.parse(response, operation)
        )
        parsed[spec.key] = EventStream(
            response.stream, spec, lambda: self.errors, operation.name
        )
        return parsed

    @property
    def errors(self) -> ErrorClasses:
        """The service's exception classes, imported when first needed."""
        if self._errors is None:
            self._errors = self.service.errors()
        return self._errors

    def route(
        self,
        operation: OperationSpec,
        inputs: EndpointInputs | None = None,
        request_uri: str = "",
    ) -> tuple[str, Signer, Any]:
        """Where a call goes: its URL, the signer of its SigV4 scope, its transport.

        The client's own endpoint unless the operation's endpoint rule parameters or its
        host prefix (``{Label}``s filled from ``inputs``) say otherwise. ``request_uri``:
        the request's own path and query (rest protocols), else the operation's.
        """
        endpoint = self._endpoints.resolve(
            operation.name, operation.endpoint_params, inputs
        )
        if operation.host_prefix:
            labels: Mapping[str, Any] = inputs.host_labels if inputs else {}
            # Labels are checked even when the prefix is left out, as botocore does.
            prefixed = host_prefixed(endpoint.url, operation.host_prefix, labels)
            if self.meta.config.inject_host_prefix:
                endpoint = endpoint._replace(url=prefixed)
        url = self._url(endpoint.url, request_uri or operation.request_uri)
        if endpoint == self._endpoint:
            return url, self._signer, self._transport
        route = self._routes.get(endpoint)
        if route is None:
            route = self._new_route(endpoint)
        return (url, *route)

    def _new_route(self, endpoint: Endpoint) -> tuple[Signer, Any]:
        """The route of an endpoint not kept yet (another thread may have added it
        since ``route`` looked), evicting the oldest past MAX_ROUTES: host labels from
        inputs make endpoints unbounded in number."""
        evicted = None
        with self._routing:
            route = self._routes.get(endpoint)
            if route is None:
                if len(self._routes) >= MAX_ROUTES:
                    evicted = self._routes.pop(next(iter(self._routes)))[1]
                route = self._routes[endpoint] = self._connections(endpoint)
        if evicted is not None:
            self._retire(evicted)
        return route

    def _connections(self, endpoint: Endpoint) -> tuple[Signer, Any]:
        config = self.meta.config
        return (
            Signer(
                self._credentials,
                endpoint.signing_name or self.service.signing_name,
                endpoint.signing_region or self.meta.region_name,
            ),
            self.TRANSPORT(
                endpoint.url,
                connect_timeout=config.connect_timeout,
                read_timeout=config.read_timeout,
                verify=config.verify,
                max_connections=config.max_pool_connections,
                proxies=config.proxies,
            ),
        )

    def _retire(self, transport: Any) -> None:
        """Close the transport of an endpoint no longer kept, once the requests and
        streams still using it are done."""
        transport.retire()

    def _url(self, endpoint_url: str, request_uri: str) -> str:
        key = (endpoint_url, request_uri)
        url = self._urls.get(key)
        if url is None:
            url = request_url(endpoint_url, request_uri)
            if len(self._urls) < MAX_ROUTES * 16:
                self._urls[key] = url
        return url

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


class Engine(EngineCore):
    """The sync driver: http.client and time.sleep."""

    TRANSPORT = Transport
    SLEEP = time.sleep
    _transport: Transport

    def invoke(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
    ) -> dict[str, Any]:
        """Send one operation's body, retrying as the policy allows; the parsed result."""
        response = self.send(operation, body, inputs, stream=streams(operation))
        return self.result(response, operation)

    def send(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
        *,
        stream: bool = False,
    ) -> Response:
        """Send one operation's body, retrying as the policy allows; the 2xx response
        (waiters read its status and headers, as boto3's ``ResponseMetadata``), its body
        left in ``Response.stream`` for the caller to read when ``stream`` is true.
        ``inputs``: what the call's input contributes to its endpoint."""
        steps = self.steps(operation, body, inputs, stream=stream)
        step = next(steps)
        try:
            while True:
                step = steps.send(self._perform(step))
        except StopIteration as done:
            response: Response = done.value
            return response

    def _perform(self, step: Step) -> Outcome:
        if not isinstance(step, Exchange):
            self.sleep(step)
            return None
        transport: Transport = step.transport or self._transport
        try:
            return transport.send(
                step.method, step.url, step.headers, step.body, stream=step.stream
            )
        except EndpointConnectionError as failure:
            return failure

    def close(self) -> None:
        self._transport.close()
        for _, transport in list(self._routes.values()):  # other threads may route
            transport.close()


class BaseClient(ClientBase):
    """Base class of generated sync clients (``client.py``)."""

    ENGINE = Engine
    _engine: Engine

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


def streams(operation: OperationSpec) -> bool:
    """Whether the operation's result reads the body the engine leaves unread: a
    streamed payload or an event stream."""
    return operation.streaming_output or operation.event_stream is not None


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
    # The package of the client module: <package>.client, or <package>.aio.client.
    package = method.__module__.removesuffix(".client").removesuffix(".aio")
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

    def __init__(self, engine: EngineCore) -> None:
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


def _rewind(body: Body, start: int | None) -> None:
    """Seek a file-like body back to where the first attempt read it from."""
    if start is not None:
        stream: Any = body
        stream.seek(start)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
