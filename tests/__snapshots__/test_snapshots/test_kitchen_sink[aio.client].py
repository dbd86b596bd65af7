"""The Kitchen Sink Service async client: one coroutine per operation."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Literal, overload

from .._runtime.aio import AsyncBaseClient
from .._runtime.client import ErrorClasses, ServiceSpec
from .._runtime.protocols.json import JsonProtocol

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..errors import KitchenSinkExceptions
    from ..shapes.describe_thing_result import DescribeThingResult
    from ..shapes.get_graph_result import GetGraphResult
    from ..shapes.get_report_result import GetReportResult
    from ..shapes.key_value import KeyValue, KeyValueDict
    from ..shapes.list_things_result import ListThingsResult
    from ..shapes.list_versions_result import ListVersionsResult
    from ..shapes.node import Node, NodeDict
    from ..shapes.ping_result import PingResult
    from ..shapes.put_thing_result import PutThingResult
    from ..shapes.query_things_result import QueryThingsResult
    from ..shapes.thing import Thing, ThingDict
    from ..shapes.thing_kind import ThingKind
    from .paginators import (
        GetReportPaginator,
        ListThingsPaginator,
        ListVersionsPaginator,
        QueryThingsPaginator,
    )
    from .waiters import (
        PartsReadyWaiter,
        PingedWaiter,
        ThingGoneWaiter,
        ThingReadyWaiter,
    )


def _errors() -> ErrorClasses:
    """The error classes, imported at the first error response (errors.py)."""
    from ..errors import ERRORS, KitchenSinkError

    return ErrorClasses(ERRORS, KitchenSinkError)


_SERVICE = ServiceSpec(
    service_id="Kitchen Sink",
    package="kitchen_sink",
    api_version="2024-01-01",
    signing_name="kitchensink",
    protocol=JsonProtocol(json_version="1.0"),
    rules_file=None,
    errors=_errors,
    generator_version="0.1.0",
)


class AsyncKitchenSinkClient(AsyncBaseClient):
    """A service that uses **every** shape kind Lightsail uses, and a few more."""

    SERVICE = _SERVICE

    @property
    def exceptions(self) -> type[KitchenSinkExceptions]:
        """Every error class of the service, as ``client.exceptions`` in boto3."""
        from ..errors import KitchenSinkExceptions

        return KitchenSinkExceptions

    async def delete_thing(self, *, name: str) -> None:
        """Deletes a thing; returns nothing.

        Args:
            name: Required.

        Raises:
            ThingNotFoundException: No thing has that name.
        """
        from ..operations.delete_thing import OPERATION
        from ..shapes.delete_thing_request import DeleteThingRequest

        request = DeleteThingRequest(name=name)
        request.validate()
        await self._engine.invoke(OPERATION, request.to_wire())

    async def describe_thing(self, *, name: str) -> DescribeThingResult:
        """Describes a thing and how far it is from ready.

        Args:
            name: Required.

        Returns:
            DescribeThingResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``thing`` (``Thing``)
                - ``status`` (``ThingStatus | str``)
                - ``parts`` (``list[Part]``)

        Raises:
            ThingNotFoundException: No thing has that name.
        """
        from ..operations.describe_thing import OPERATION
        from ..shapes.describe_thing_request import DescribeThingRequest
        from ..shapes.describe_thing_result import DescribeThingResult

        request = DescribeThingRequest(name=name)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return DescribeThingResult.from_wire(body)

    async def get_graph(self, *, root: Node | NodeDict | None = None) -> GetGraphResult:
        """Returns shapes that refer to each other.

        Args:
            root:

        Returns:
            GetGraphResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``root`` (``Node``)
        """
        from ..operations.get_graph import OPERATION
        from ..shapes.get_graph_request import GetGraphRequest
        from ..shapes.get_graph_result import GetGraphResult

        request = GetGraphRequest.build(root=root)
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetGraphResult.from_wire(body)

    async def get_report(
        self,
        *,
        report_id: str,
        next_token: str | None = None,
        page_size: str | None = None,
    ) -> GetReportResult:
        """Returns a report whose rows and token are inside a structure.

        Results come in pages: ``get_paginator("get_report")`` iterates over all
        of them.

        Args:
            report_id: Required.
            next_token:
            page_size: A limit sent as text.

        Returns:
            GetReportResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``report`` (``Report``)
        """
        from ..operations.get_report import OPERATION
        from ..shapes.get_report_request import GetReportRequest
        from ..shapes.get_report_result import GetReportResult

        request = GetReportRequest(
            report_id=report_id, next_token=next_token, page_size=page_size
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return GetReportResult.from_wire(body)

    async def list_things(
        self,
        *,
        page_token: str | None = None,
        max_results: int | None = None,
        kind: ThingKind | str | None = None,
    ) -> ListThingsResult:
        """Lists things, a page at a time.

        Results come in pages: ``get_paginator("list_things")`` iterates over
        all of them.

        Args:
            page_token:
            max_results:
            kind: How big a thing is.

        Returns:
            ListThingsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``things`` (``list[Thing]``)
                - ``next_page_token`` (``str``)

        Raises:
            ValidationProblem: The input is invalid.
        """
        from ..operations.list_things import OPERATION
        from ..shapes.list_things_request import ListThingsRequest
        from ..shapes.list_things_result import ListThingsResult

        request = ListThingsRequest(
            page_token=page_token, max_results=max_results, kind=kind
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ListThingsResult.from_wire(body)

    async def list_versions(
        self,
        *,
        thing_name: str,
        key_marker: str | None = None,
        version_marker: str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
    ) -> ListVersionsResult:
        """Lists the versions of a thing: two tokens, ``isTruncated`` and two lists
        of results.

        Results come in pages: ``get_paginator("list_versions")`` iterates over
        all of them.

        Args:
            thing_name: Required.
            key_marker:
            version_marker:
            max_items: The most versions a page holds.
            page_size: A member named like an option of ``paginate()``.

        Returns:
            ListVersionsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``versions`` (``list[Version]``)
                - ``delete_markers`` (``list[Version]``)
                - ``next_key_marker`` (``str``)
                - ``next_version_marker`` (``str``)
                - ``is_truncated`` (``bool``)
                - ``thing_name`` (``str``)
                - ``owner`` (``Owner``)
        """
        from ..operations.list_versions import OPERATION
        from ..shapes.list_versions_request import ListVersionsRequest
        from ..shapes.list_versions_result import ListVersionsResult

        request = ListVersionsRequest(
            thing_name=thing_name,
            key_marker=key_marker,
            version_marker=version_marker,
            max_items=max_items,
            page_size=page_size,
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return ListVersionsResult.from_wire(body)

    async def old_ping(self) -> PingResult:
        """Use ``Ping``.

        Warning:
            This operation is deprecated; calling it emits a ``DeprecationWarning``.

        Returns:
            PingResult: The parsed response. Its attributes (``None`` when the response
                leaves one out):

                - ``message`` (``str``)
        """
        warnings.warn("old_ping is deprecated", DeprecationWarning, stacklevel=2)
        from ..operations.old_ping import OPERATION
        from ..shapes.ping_result import PingResult

        body = await self._engine.invoke(OPERATION, {})
        return PingResult.from_wire(body)

    async def ping(self) -> PingResult:
        """Takes no input.

        Returns:
            PingResult: The parsed response. Its attributes (``None`` when the response
                leaves one out):

                - ``message`` (``str``)
        """
        from ..operations.ping import OPERATION
        from ..shapes.ping_result import PingResult

        body = await self._engine.invoke(OPERATION, {})
        return PingResult.from_wire(body)

    async def put_thing(
        self,
        *,
        thing: Thing | ThingDict,
        dry_run: bool | None = None,
        legacy_flag: bool | None = None,
    ) -> PutThingResult:
        """Stores a ``Thing``.

        Note:
            Things with the same name are replaced.

        - first
          - nested
        - second

        Args:
            thing: Required. The thing to store.
            dry_run: Only validate.
            legacy_flag: Deprecated. Ignored.

        Returns:
            PutThingResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``thing`` (``Thing``)
                - ``stored_at`` (``datetime``)

        Raises:
            ThingNotFoundException: No thing has that name.
            ValidationProblem: The input is invalid.
        """
        if legacy_flag is not None:
            warnings.warn(
                "put_thing: argument legacy_flag is deprecated",
                DeprecationWarning,
                stacklevel=3,
            )
        from ..operations.put_thing import OPERATION
        from ..shapes.put_thing_request import PutThingRequest
        from ..shapes.put_thing_result import PutThingResult

        request = PutThingRequest.build(
            thing=thing, dry_run=dry_run, legacy_flag=legacy_flag
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return PutThingResult.from_wire(body)

    async def query_things(
        self,
        *,
        kind: ThingKind | str | None = None,
        exclusive_start_key: Mapping[str, KeyValue | KeyValueDict] | None = None,
        limit: int | None = None,
    ) -> QueryThingsResult:
        """Finds things; pages are linked by keys (maps), as in DynamoDB.

        Results come in pages: ``get_paginator("query_things")`` iterates over
        all of them.

        Args:
            kind: How big a thing is.
            exclusive_start_key:
            limit:

        Returns:
            QueryThingsResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``things`` (``list[Thing]``)
                - ``count`` (``int``)
                - ``scanned_count`` (``int``)
                - ``last_evaluated_key`` (``dict[str, KeyValue]``)
                - ``consumed`` (``Consumed``)
        """
        from ..operations.query_things import OPERATION
        from ..shapes.query_things_request import QueryThingsRequest
        from ..shapes.query_things_result import QueryThingsResult

        request = QueryThingsRequest.build(
            kind=kind, exclusive_start_key=exclusive_start_key, limit=limit
        )
        request.validate()
        body = await self._engine.invoke(OPERATION, request.to_wire())
        return QueryThingsResult.from_wire(body)

    @overload
    def get_paginator(self, name: Literal["get_report"]) -> GetReportPaginator: ...

    @overload
    def get_paginator(self, name: Literal["list_things"]) -> ListThingsPaginator: ...

    @overload
    def get_paginator(
        self, name: Literal["list_versions"]
    ) -> ListVersionsPaginator: ...

    @overload
    def get_paginator(self, name: Literal["query_things"]) -> QueryThingsPaginator: ...

    def get_paginator(self, name: str) -> object:
        """The paginator of a paginated operation, by its method name, as in boto3."""
        from .paginators import PAGINATORS

        factory = PAGINATORS.get(name)
        if factory is None:
            raise ValueError(f"operation {name!r} cannot be paginated")
        return factory(self._engine)

    def can_paginate(self, name: str) -> bool:
        """Whether ``get_paginator(name)`` works."""
        return name in {
            "get_report",
            "list_things",
            "list_versions",
            "query_things",
        }

    @overload
    def get_waiter(self, name: Literal["parts_ready"]) -> PartsReadyWaiter: ...

    @overload
    def get_waiter(self, name: Literal["pinged"]) -> PingedWaiter: ...

    @overload
    def get_waiter(self, name: Literal["thing_gone"]) -> ThingGoneWaiter: ...

    @overload
    def get_waiter(self, name: Literal["thing_ready"]) -> ThingReadyWaiter: ...

    def get_waiter(self, name: str) -> object:
        """A waiter by its name, as in boto3 (``waiter_names`` lists them)."""
        from .waiters import WAITERS

        factory = WAITERS.get(name)
        if factory is None:
            raise ValueError(f"Waiter does not exist: {name}")
        return factory(self._engine)

    @property
    def waiter_names(self) -> list[str]:
        """The names ``get_waiter`` takes, as in boto3."""
        return [
            "parts_ready",
            "pinged",
            "thing_gone",
            "thing_ready",
        ]


AsyncClient = AsyncKitchenSinkClient
