"""The engine behind every generated client: configuration, signing, sending, retrying."""

from __future__ import annotations

import logging
import os
import platform
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

from .auth import Signer, load_session, resolve_credentials
from .endpoints import resolve_endpoint
from .errors import ClientError, NoRegionError, ServiceError
from .protocol import OperationSpec, decode_body, encode_body, parse_error
from .retries import RetryPolicy
from .transport import Transport

DEFAULT_CONNECT_TIMEOUT = 60.0
DEFAULT_READ_TIMEOUT = 60.0
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_POOL_CONNECTIONS = 10


@dataclass(frozen=True)
class ServiceSpec:
    """What the engine needs to know about the service a client was generated for."""

    service_id: str
    package: str
    api_version: str
    signing_name: str
    target_prefix: str
    json_version: str
    rules_file: Path | None
    errors: Mapping[str, type[ServiceError]]
    base_error: type[ServiceError]
    generator_version: str


@dataclass(frozen=True)
class ClientConfig:
    """The settings a client was created with, after defaults were applied."""

    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    max_pool_connections: int = DEFAULT_MAX_POOL_CONNECTIONS
    use_fips_endpoint: bool = False
    use_dualstack_endpoint: bool = False
    verify: bool | str = True
    user_agent_extra: str | None = None


@dataclass(frozen=True)
class ClientMeta:
    """``client.meta``, as in boto3."""

    service_id: str
    region_name: str
    endpoint_url: str
    config: ClientConfig


class BaseClient:
    """Base class of generated clients; the keyword names match ``boto3.client``."""

    SERVICE: ClassVar[ServiceSpec]

    def __init__(
        self,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        *,
        profile_name: str | None = None,
        verify: bool | str | None = None,
        max_attempts: int | None = None,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        max_pool_connections: int | None = None,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        user_agent_extra: str | None = None,
    ) -> None:
        settings = _Settings(profile_name)
        config = ClientConfig(
            connect_timeout=_first(connect_timeout, DEFAULT_CONNECT_TIMEOUT),
            read_timeout=_first(read_timeout, DEFAULT_READ_TIMEOUT),
            max_attempts=_first(
                max_attempts, settings.integer("max_attempts"), DEFAULT_MAX_ATTEMPTS
            ),
            max_pool_connections=_first(
                max_pool_connections, DEFAULT_MAX_POOL_CONNECTIONS
            ),
            use_fips_endpoint=_first(
                use_fips_endpoint, settings.flag("use_fips_endpoint"), False
            ),
            use_dualstack_endpoint=_first(
                use_dualstack_endpoint, settings.flag("use_dualstack_endpoint"), False
            ),
            verify=_first(verify, True),
            user_agent_extra=user_agent_extra,
        )
        region = region_name or settings.region()
        if region is None:
            raise NoRegionError()
        self._engine = Engine(
            self.SERVICE,
            region=region,
            endpoint_url=endpoint_url,
            config=config,
            credentials=resolve_credentials(
                aws_access_key_id,
                aws_secret_access_key,
                aws_session_token,
                settings.session,
            ),
        )
        self.meta = self._engine.meta

    def close(self) -> None:
        """Close pooled connections; the client may still be used afterwards."""
        self._engine.close()

    def __enter__(self) -> BaseClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class Engine:
    """Signs, sends and retries requests for one client; shared by its operations."""

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str,
        endpoint_url: str | None,
        config: ClientConfig,
        credentials: Any,
        sleep: Any = time.sleep,
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
        self.retry_policy = RetryPolicy(config.max_attempts)
        self.sleep = sleep
        self._signer = Signer(
            credentials,
            endpoint.signing_name or service.signing_name,
            endpoint.signing_region or region,
        )
        self._transport = Transport(
            endpoint.url,
            connect_timeout=config.connect_timeout,
            read_timeout=config.read_timeout,
            verify=config.verify,
            max_connections=config.max_pool_connections,
        )
        self._content_type = f"application/x-amz-json-{service.json_version}"
        self._user_agent = " ".join(
            filter(
                None,
                (
                    f"botocore-codegen/{service.generator_version}",
                    f"{service.package}/{service.api_version}",
                    f"Python/{platform.python_version()}",
                    config.user_agent_extra,
                ),
            )
        )

    def invoke(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Send one operation's body, retrying as the policy allows; the parsed JSON result."""
        payload = encode_body(body)
        url = self.meta.endpoint_url.rstrip("/") + operation.request_uri
        invocation_id = str(uuid.uuid4())
        policy, acquired, attempt = self.retry_policy, 0, 1
        while True:
            headers = {
                "X-Amz-Target": operation.target,
                "Content-Type": self._content_type,
                "User-Agent": self._user_agent,
                "amz-sdk-invocation-id": invocation_id,
                "amz-sdk-request": f"attempt={attempt}; max={policy.max_attempts}",
            }
            try:
                return self._attempt(operation, url, headers, payload, acquired)
            except ClientError as error:
                retry_cost = self._retry_cost(error, attempt)
                if not retry_cost:
                    raise
                acquired += retry_cost
                delay = policy.delay(attempt)
                self.logger.debug(
                    "%s: retrying after %s in %.3f s",
                    operation.name,
                    error.__class__.__name__,
                    delay,
                )
                self.sleep(delay)
                attempt += 1

    def _attempt(
        self,
        operation: OperationSpec,
        url: str,
        headers: dict[str, str],
        payload: bytes,
        acquired: int,
    ) -> dict[str, Any]:
        signed = self._signer.sign(operation.http_method, url, headers, payload)
        debug = self.logger.isEnabledFor(logging.DEBUG)
        if debug:
            self.logger.debug("%s: %s %s", operation.name, operation.http_method, url)
            started = time.perf_counter()
        response = self._transport.send(
            operation.http_method, operation.request_uri, signed, payload
        )
        if debug:
            elapsed = (time.perf_counter() - started) * 1000
            self.logger.debug(
                "%s: HTTP %d in %.1f ms", operation.name, response.status, elapsed
            )
        if response.status >= 300:
            raise parse_error(response, self.service.errors, self.service.base_error)
        self.retry_policy.release(acquired)
        return decode_body(response.body)

    def _retry_cost(self, error: ClientError, attempt: int) -> int:
        """The quota taken for retrying ``error``; 0 means do not retry."""
        policy = self.retry_policy
        if attempt >= policy.max_attempts or not policy.is_retryable(error):
            return 0
        return policy.acquire(error)

    def close(self) -> None:
        self._transport.close()


class _Settings:
    """Settings from the environment first, then (loaded only if needed) the AWS config files."""

    def __init__(self, profile_name: str | None) -> None:
        self._profile_name = profile_name
        self._session: Any = None

    def session(self) -> Any:
        if self._session is None:
            self._session = load_session(self._profile_name)
        return self._session

    def region(self) -> str | None:
        from_env = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        if from_env:
            return from_env
        region: str | None = self.session().get_config_variable("region")
        return region

    def integer(self, name: str) -> int | None:
        value = os.environ.get(f"AWS_{name.upper()}")
        return int(value) if value else None

    def flag(self, name: str) -> bool | None:
        value = os.environ.get(f"AWS_{name.upper()}")
        return value.lower() == "true" if value else None


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)
