"""Wait until a resource reaches a state, with botocore's own waiter, as boto3 does.

``botocore.waiter`` evaluates the acceptors of waiters-2.json (``path``, ``pathAll`` and
``pathAny`` with JMESPath over the boto3-style response, ``status``, ``error``), counts
the attempts and raises WaiterError with the last response. The runtime hands it the
operation as boto3 does: a call that returns the boto3-style result with its
``ResponseMetadata`` and, for an error the service sends, the boto3-style error response
instead of raising.

Between attempts the client's engine sleeps (``engine.sleep``, which tests replace), not
botocore: botocore is told to wait 0 seconds and the call sleeps the delay before every
attempt but the first, which is the same schedule.

Importing this module imports ``botocore.exceptions`` (WaiterError is botocore's too);
``botocore.waiter`` is imported at the first wait. Generated clients import it only when
a waiter is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, cast

from ._botocore import botocore_module
from .errors import Error, ServiceError
from .records import NamedTuple

if TYPE_CHECKING:
    from .aio import AsyncEngine
    from .client import ServiceSpec
    from .endpoints import EndpointInputs
    from .protocols import OperationSpec
    from .transport import Response

__all__ = [
    "Acceptor",
    "WaiterConfig",
    "WaiterError",
    "WaiterSpec",
    "error_response",
    "wait",
]

_BotocoreWaiterError: Any = botocore_module("exceptions").WaiterError


class WaiterError(_BotocoreWaiterError, Error):  # type: ignore[misc]
    """The waiter failed: an acceptor matched a failure state, an error no acceptor
    expected came back, or the attempts ran out.

    It is botocore's ``WaiterError`` too (``except botocore.exceptions.WaiterError``
    catches it) and, like everything a generated client raises on purpose, a
    ``Error`` of the runtime (the base of everything the client raises on purpose).

    Attributes:
        last_response: The boto3-style response of the last attempt: the result with its
            ``ResponseMetadata``, or ``{"Error": {"Code", "Message"},
            "ResponseMetadata": ...}`` for an error.
        kwargs: ``name`` (the waiter's name in the model) and ``reason``.
    """

    last_response: dict[str, Any]
    kwargs: dict[str, Any]

    def __init__(self, name: str, reason: str, last_response: dict[str, Any]) -> None:
        _BotocoreWaiterError.__init__(self, name, reason, last_response)


class WaiterConfig(TypedDict, total=False):
    """boto3's ``WaiterConfig``."""

    Delay: int | float
    """Seconds between attempts (the waiter's own delay otherwise)."""
    MaxAttempts: int
    """Attempts before giving up (the waiter's own number otherwise)."""


class Acceptor(NamedTuple):
    """One acceptor of waiters-2.json."""

    state: str
    matcher: str
    expected: Any
    argument: str = ""


class WaiterSpec(NamedTuple):
    """One waiter of waiters-2.json."""

    name: str
    operation: str
    delay: int | float
    max_attempts: int
    acceptors: tuple[Acceptor, ...]

    def config(self) -> dict[str, Any]:
        """The waiters-2.json entry, as botocore's ``SingleWaiterConfig`` reads it."""
        acceptors: list[dict[str, Any]] = []
        for acceptor in self.acceptors:
            entry = {
                "state": acceptor.state,
                "matcher": acceptor.matcher,
                "expected": acceptor.expected,
            }
            if acceptor.argument:
                entry["argument"] = acceptor.argument
            acceptors.append(entry)
        return {
            "operation": self.operation,
            "delay": self.delay,
            "maxAttempts": self.max_attempts,
            "acceptors": acceptors,
        }

    def wait(
        self,
        engine: Engine,
        operation: OperationSpec,
        request: Request | None,
        result: Callable[[Mapping[str, Any]], Result] | None,
        config: WaiterConfig | None = None,
    ) -> None:
        """`wait` with this waiter."""
        wait(engine, self, operation, request, result, config)

    async def async_wait(self, engine: AsyncEngine, *arguments: Any) -> None:
        """`wait` for the async client, with the same arguments after the engine:
        botocore's waiter runs in a worker thread, its calls and sleeps on the event
        loop (runtime/threads.py)."""
        import asyncio

        await asyncio.to_thread(wait, _BlockingEngine(engine), self, *arguments)


class Engine(Protocol):
    """What a waiter needs of the engine (the sync one, or the async one as seen from a
    worker thread)."""

    @property
    def service(self) -> ServiceSpec: ...

    def send(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
        /,
    ) -> Response: ...

    sleep: Callable[[float], object]


class _BlockingEngine:
    """An async engine as botocore's waiter, in a worker thread, calls it."""

    def __init__(self, engine: AsyncEngine) -> None:
        from .threads import OnLoop

        self.service = engine.service
        self._send = OnLoop(engine.send)
        self.sleep: Callable[[float], object] = OnLoop(engine.sleep)

    def send(
        self,
        operation: OperationSpec,
        body: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
        /,
    ) -> Response:
        return self._send(operation, body, inputs)


class Request(Protocol):
    """What a generated input class offers the waiter."""

    def validate(self) -> None: ...

    def to_wire(self) -> dict[str, Any]: ...


class Result(Protocol):
    """What a generated output class offers the waiter."""

    def to_dict(self) -> dict[str, Any]: ...


def wait(
    engine: Engine,
    spec: WaiterSpec,
    operation: OperationSpec,
    request: Request | None,
    result: Callable[[Mapping[str, Any]], Result] | None,
    config: WaiterConfig | None = None,
) -> None:
    """Call the operation until an acceptor reaches success (return) or failure (raise
    WaiterError), or the attempts run out (WaiterError). The request is validated first.
    """
    if request is not None:
        request.validate()
    settings = config or {}
    delay = settings.get("Delay", spec.delay)
    attempts = _Attempts(engine, operation, request, result, delay)
    waiter = botocore_module("waiter")
    botocore_waiter = waiter.Waiter(
        spec.name, waiter.SingleWaiterConfig(spec.config()), attempts
    )
    max_attempts = settings.get("MaxAttempts", spec.max_attempts)
    try:
        botocore_waiter.wait(WaiterConfig={"Delay": 0, "MaxAttempts": max_attempts})
    except _BotocoreWaiterError as error:
        if isinstance(error, WaiterError):
            raise
        raise WaiterError(
            error.kwargs["name"], error.kwargs["reason"], error.last_response
        ) from None


class _Attempts:
    """The operation as botocore's waiter calls it, sleeping before every call but the
    first."""

    def __init__(
        self,
        engine: Engine,
        operation: OperationSpec,
        request: Request | None,
        result: Callable[[Mapping[str, Any]], Result] | None,
        delay: float,
    ) -> None:
        self._engine = engine
        self._operation = operation
        self._request = request
        self._result = result
        self._delay = delay
        self._first = True

    def __call__(self, **_: Any) -> dict[str, Any]:
        if not self._first:
            self._engine.sleep(self._delay)
        self._first = False
        request, operation = self._request, self._operation
        body = request.to_wire() if request is not None else {}
        inputs = (
            operation.endpoint_inputs(request)
            if operation.endpoint_inputs is not None and request is not None
            else None
        )
        try:
            response = self._engine.send(operation, body, inputs)
        except ServiceError as error:
            return error_response(error)
        parsed = self._engine.service.protocol.parse(response, self._operation)
        found = self._result(parsed).to_dict() if self._result is not None else {}
        found["ResponseMetadata"] = _metadata(response)
        return found


def error_response(error: ServiceError) -> dict[str, Any]:
    """The boto3-style response of an error, as botocore's ClientError carries it
    (``error.response``, when the error has one)."""
    response: object = getattr(error, "response", None)
    if isinstance(response, dict):
        return cast("dict[str, Any]", response)
    metadata: dict[str, Any] = {"HTTPStatusCode": error.http_status}
    if error.request_id is not None:
        metadata["RequestId"] = error.request_id
    metadata["HTTPHeaders"] = dict(error.http_headers)
    return {
        "Error": {"Code": error.code, "Message": error.message},
        "ResponseMetadata": metadata,
    }


def _metadata(response: Response) -> dict[str, Any]:
    """boto3's ``ResponseMetadata`` of a successful response (without RetryAttempts)."""
    metadata: dict[str, Any] = {"HTTPStatusCode": response.status}
    request_id = response.headers.get("x-amzn-requestid")
    if request_id is not None:
        metadata["RequestId"] = request_id
    metadata["HTTPHeaders"] = dict(response.headers)
    return metadata
