"""Async waiters for Kitchen Sink: poll an operation until a resource reaches a state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .._runtime.waiters import Acceptor, WaiterConfig, WaiterSpec

if TYPE_CHECKING:
    from .._runtime.aio import AsyncEngine


class PartsReadyWaiter:
    """Waits for the PartsReady state of ``describe_thing``."""

    SPEC = WaiterSpec(
        name="PartsReady",
        operation="DescribeThing",
        delay=0.5,
        max_attempts=3,
        acceptors=(
            Acceptor("success", "pathAll", "ok", "parts[].state"),
            Acceptor("failure", "pathAny", "failed", "parts[].state"),
            Acceptor("retry", "status", 500),
        ),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def wait(
        self, *, name: str, WaiterConfig: WaiterConfig | None = None
    ) -> None:
        """Waits for the PartsReady state of ``describe_thing``.

        Calls ``describe_thing`` every 0.5 seconds, at most 3 times, until an
        acceptor (the first that matches) reaches success or failure:

        - success when every ``parts[].state`` is ``"ok"``
        - failure when any ``parts[].state`` is ``"failed"``
        - retry when the HTTP status is 500

        Args:
            name: Required.
            WaiterConfig: boto3's ``Delay`` (seconds between attempts, 0.5) and
                ``MaxAttempts`` (3).

        Raises:
            WaiterError: A failure state was reached, the service answered with an error
                no acceptor expects, or the attempts ran out; ``last_response`` is the
                last response, as boto3 would give it.
        """
        from ..operations.describe_thing import OPERATION
        from ..shapes.describe_thing_request import DescribeThingRequest
        from ..shapes.describe_thing_result import DescribeThingResult

        await self.SPEC.async_wait(
            self._engine,
            OPERATION,
            DescribeThingRequest(name=name),
            DescribeThingResult.from_wire,
            WaiterConfig,
        )


class PingedWaiter:
    """Waits for the Pinged state of ``ping``."""

    SPEC = WaiterSpec(
        name="Pinged",
        operation="Ping",
        delay=1,
        max_attempts=2,
        acceptors=(Acceptor("success", "status", 200),),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def wait(self, *, WaiterConfig: WaiterConfig | None = None) -> None:
        """Waits for the Pinged state of ``ping``.

        Calls ``ping`` every 1 second, at most 2 times, until an acceptor (the
        first that matches) reaches success or failure:

        - success when the HTTP status is 200

        Args:
            WaiterConfig: boto3's ``Delay`` (seconds between attempts, 1) and
                ``MaxAttempts`` (2).

        Raises:
            WaiterError: A failure state was reached, the service answered with an error
                no acceptor expects, or the attempts ran out; ``last_response`` is the
                last response, as boto3 would give it.
        """
        from ..operations.ping import OPERATION
        from ..shapes.ping_result import PingResult

        await self.SPEC.async_wait(
            self._engine,
            OPERATION,
            None,
            PingResult.from_wire,
            WaiterConfig,
        )


class ThingGoneWaiter:
    """Wait until no thing has the name."""

    SPEC = WaiterSpec(
        name="ThingGone",
        operation="DescribeThing",
        delay=5,
        max_attempts=10,
        acceptors=(
            Acceptor("success", "error", "ThingNotFoundException"),
            Acceptor("failure", "error", True),
            Acceptor("retry", "path", False, "length(parts[?state == 'failed']) > `0`"),
        ),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def wait(
        self, *, name: str, WaiterConfig: WaiterConfig | None = None
    ) -> None:
        """Wait until no thing has the name.

        Calls ``describe_thing`` every 5 seconds, at most 10 times, until an
        acceptor (the first that matches) reaches success or failure:

        - success when the service answers with the error
          ``ThingNotFoundException``
        - failure when the service answers with an error
        - retry when ``length(parts[?state == 'failed']) > `0``` is ``false``

        Args:
            name: Required.
            WaiterConfig: boto3's ``Delay`` (seconds between attempts, 5) and
                ``MaxAttempts`` (10).

        Raises:
            WaiterError: A failure state was reached, the service answered with an error
                no acceptor expects, or the attempts ran out; ``last_response`` is the
                last response, as boto3 would give it.
        """
        from ..operations.describe_thing import OPERATION
        from ..shapes.describe_thing_request import DescribeThingRequest
        from ..shapes.describe_thing_result import DescribeThingResult

        await self.SPEC.async_wait(
            self._engine,
            OPERATION,
            DescribeThingRequest(name=name),
            DescribeThingResult.from_wire,
            WaiterConfig,
        )


class ThingReadyWaiter:
    """Wait until a thing is READY."""

    SPEC = WaiterSpec(
        name="ThingReady",
        operation="DescribeThing",
        delay=2,
        max_attempts=4,
        acceptors=(
            Acceptor("success", "path", "READY", "status"),
            Acceptor("failure", "path", "BROKEN", "status"),
            Acceptor("retry", "error", "ThingNotFoundException"),
        ),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def wait(
        self, *, name: str, WaiterConfig: WaiterConfig | None = None
    ) -> None:
        """Wait until a thing is READY.

        Calls ``describe_thing`` every 2 seconds, at most 4 times, until an
        acceptor (the first that matches) reaches success or failure:

        - success when ``status`` is ``"READY"``
        - failure when ``status`` is ``"BROKEN"``
        - retry when the service answers with the error
          ``ThingNotFoundException``

        Args:
            name: Required.
            WaiterConfig: boto3's ``Delay`` (seconds between attempts, 2) and
                ``MaxAttempts`` (4).

        Raises:
            WaiterError: A failure state was reached, the service answered with an error
                no acceptor expects, or the attempts ran out; ``last_response`` is the
                last response, as boto3 would give it.
        """
        from ..operations.describe_thing import OPERATION
        from ..shapes.describe_thing_request import DescribeThingRequest
        from ..shapes.describe_thing_result import DescribeThingResult

        await self.SPEC.async_wait(
            self._engine,
            OPERATION,
            DescribeThingRequest(name=name),
            DescribeThingResult.from_wire,
            WaiterConfig,
        )


WAITERS: dict[str, Callable[[AsyncEngine], object]] = {
    "parts_ready": PartsReadyWaiter,
    "pinged": PingedWaiter,
    "thing_gone": ThingGoneWaiter,
    "thing_ready": ThingReadyWaiter,
}
