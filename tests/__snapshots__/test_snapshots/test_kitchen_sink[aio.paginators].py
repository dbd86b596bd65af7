"""Async paginators for the Kitchen Sink operations that return results in pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._runtime.pagination import (
    AsyncPageIterator,
    AsyncPages,
    PaginationConfig,
    PaginatorSpec,
)

if TYPE_CHECKING:
    from .._runtime.aio import AsyncEngine
    from ..shapes.get_report_result import GetReportResult
    from ..shapes.list_things_result import ListThingsResult
    from ..shapes.list_versions_result import ListVersionsResult
    from ..shapes.query_things_result import QueryThingsResult
    from ..shapes.thing import Thing
    from ..shapes.thing_kind import ThingKind


class GetReportPaginator:
    """The paginator of `get_report`, as boto3's ``get_paginator("get_report")``."""

    SPEC = PaginatorSpec(
        input_token=("nextToken",),
        output_token=("report.nextToken",),
        result_key=("report.rows",),
        limit_key="pageSize",
        limit_type="string",
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        report_id: str,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> AsyncPageIterator[GetReportResult, str]:
        """Pages of ``get_report`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``GetReportResult`` per page; ``.items()`` yields
        each ``str`` of ``report.rows``, page after page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``report.rows`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            report_id: Required.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``report.rows`` in all;
                ``resume_token`` then says where to resume.
            page_size: Ask for pages of this many items (sent as ``pageSize``).
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from ..operations.get_report import OPERATION
        from ..shapes.get_report_request import GetReportRequest
        from ..shapes.get_report_result import GetReportResult

        async def _fetch(**params: Any) -> Mapping[str, Any]:
            request = GetReportRequest.from_dict(params)
            request.validate()
            body = await self._engine.invoke(OPERATION, request.to_wire())
            return GetReportResult.from_wire(body).to_dict()

        request = GetReportRequest(report_id=report_id)
        return AsyncPageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            GetReportResult.from_dict,
            lambda page: page.report.rows if page.report is not None else None,
            PaginationConfig,
            max_items=max_items,
            page_size=page_size,
            starting_token=starting_token,
        )


class ListThingsPaginator:
    """The paginator of `list_things`, as boto3's ``get_paginator("list_things")``."""

    SPEC = PaginatorSpec(
        input_token=("pageToken",),
        output_token=("nextPageToken",),
        result_key=("things",),
        limit_key="maxResults",
        limit_type="integer",
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        kind: ThingKind | str | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> AsyncPageIterator[ListThingsResult, Thing]:
        """Pages of ``list_things`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``ListThingsResult`` per page; ``.items()`` yields
        each ``Thing`` of ``things``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns (``things`` collected from
        every page), and ``search(expression)`` yields what a JMESPath
        expression finds in each. Each pass calls the service anew.

        Args:
            kind: How big a thing is.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``things`` in all; ``resume_token``
                then says where to resume.
            page_size: Ask for pages of this many items (sent as ``maxResults``).
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from ..operations.list_things import OPERATION
        from ..shapes.list_things_request import ListThingsRequest
        from ..shapes.list_things_result import ListThingsResult

        async def _fetch(**params: Any) -> Mapping[str, Any]:
            request = ListThingsRequest.from_dict(params)
            request.validate()
            body = await self._engine.invoke(OPERATION, request.to_wire())
            return ListThingsResult.from_wire(body).to_dict()

        request = ListThingsRequest(kind=kind)
        return AsyncPageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            ListThingsResult.from_dict,
            lambda page: page.things,
            PaginationConfig,
            max_items=max_items,
            page_size=page_size,
            starting_token=starting_token,
        )


class ListVersionsPaginator:
    """The paginator of `list_versions`, as boto3's ``get_paginator("list_versions")``."""

    SPEC = PaginatorSpec(
        input_token=("keyMarker", "versionMarker"),
        output_token=("nextKeyMarker", "nextVersionMarker"),
        result_key=("versions", "deleteMarkers"),
        limit_key="maxItems",
        limit_type="integer",
        more_results="isTruncated",
        non_aggregate_keys=("thingName", "owner.name"),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        thing_name: str,
        page_size: int | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        page_size_: int | None = None,
        starting_token: str | None = None,
    ) -> AsyncPages[ListVersionsResult]:
        """Pages of ``list_versions`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``ListVersionsResult`` per page.
        ``build_full_result()`` merges the pages into the dict boto3 returns
        (``versions``, ``deleteMarkers`` collected from every page), and
        ``search(expression)`` yields what a JMESPath expression finds in each.
        Each pass calls the service anew.

        Args:
            thing_name: Required.
            page_size: A member named like an option of ``paginate()``.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``versions`` in all;
                ``resume_token`` then says where to resume.
            page_size_: Ask for pages of this many items (sent as ``maxItems``).
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from ..operations.list_versions import OPERATION
        from ..shapes.list_versions_request import ListVersionsRequest
        from ..shapes.list_versions_result import ListVersionsResult

        async def _fetch(**params: Any) -> Mapping[str, Any]:
            request = ListVersionsRequest.from_dict(params)
            request.validate()
            body = await self._engine.invoke(OPERATION, request.to_wire())
            return ListVersionsResult.from_wire(body).to_dict()

        request = ListVersionsRequest(thing_name=thing_name, page_size=page_size)
        return AsyncPages(
            _fetch,
            self.SPEC,
            request.to_dict(),
            ListVersionsResult.from_dict,
            PaginationConfig,
            max_items=max_items,
            page_size=page_size_,
            starting_token=starting_token,
        )


class QueryThingsPaginator:
    """The paginator of `query_things`, as boto3's ``get_paginator("query_things")``."""

    SPEC = PaginatorSpec(
        input_token=("exclusiveStartKey",),
        output_token=("lastEvaluatedKey",),
        result_key=("things", "count", "scannedCount"),
        limit_key="limit",
        limit_type="integer",
        non_aggregate_keys=("consumed",),
    )

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def paginate(
        self,
        *,
        kind: ThingKind | str | None = None,
        PaginationConfig: PaginationConfig | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> AsyncPageIterator[QueryThingsResult, Thing]:
        """Pages of ``query_things`` results, fetched as they are iterated, as
        boto3's paginator fetches them.

        Iterating yields a ``QueryThingsResult`` per page; ``.items()`` yields
        each ``Thing`` of ``things``, page after page. ``build_full_result()``
        merges the pages into the dict boto3 returns (``things``, ``count``,
        ``scannedCount`` collected from every page), and ``search(expression)``
        yields what a JMESPath expression finds in each. Each pass calls the
        service anew.

        Args:
            kind: How big a thing is.
            PaginationConfig: boto3's ``MaxItems``, ``PageSize`` and ``StartingToken``,
                which the keyword arguments below also set.
            max_items: Stop after this many items of ``things`` in all; ``resume_token``
                then says where to resume.
            page_size: Ask for pages of this many items (sent as ``limit``).
            starting_token: Resume from a ``resume_token`` of this paginator or of
                boto3's.
        """
        from ..operations.query_things import OPERATION
        from ..shapes.query_things_request import QueryThingsRequest
        from ..shapes.query_things_result import QueryThingsResult

        async def _fetch(**params: Any) -> Mapping[str, Any]:
            request = QueryThingsRequest.from_dict(params)
            request.validate()
            body = await self._engine.invoke(OPERATION, request.to_wire())
            return QueryThingsResult.from_wire(body).to_dict()

        request = QueryThingsRequest.build(kind=kind)
        request.validate()  # turns the dicts given for structures into instances
        return AsyncPageIterator(
            _fetch,
            self.SPEC,
            request.to_dict(),
            QueryThingsResult.from_dict,
            lambda page: page.things,
            PaginationConfig,
            max_items=max_items,
            page_size=page_size,
            starting_token=starting_token,
        )


PAGINATORS: dict[str, Callable[[AsyncEngine], object]] = {
    "get_report": GetReportPaginator,
    "list_things": ListThingsPaginator,
    "list_versions": ListVersionsPaginator,
    "query_things": QueryThingsPaginator,
}
