"""Paginators for the Kitchen Sink operations that return results in pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._runtime.pagination import PageIterator

if TYPE_CHECKING:
    from .client import KitchenSinkClient
    from .shapes.list_things_result import ListThingsResult
    from .shapes.thing import Thing
    from .shapes.thing_kind import ThingKind


class ListThingsPaginator:
    """Pages of `list_things` results, following ``next_page_token``."""

    def __init__(self, client: KitchenSinkClient) -> None:
        self._client = client

    def paginate(
        self,
        *,
        max_results: int | None = None,
        kind: ThingKind | str | None = None,
        starting_token: str | None = None,
    ) -> PageIterator[ListThingsResult, Thing]:
        """Iterate pages (or ``.items()``) of `list_things`, from ``starting_token`` on."""

        def fetch(token: str | None) -> ListThingsResult:
            return self._client.list_things(
                page_token=token, max_results=max_results, kind=kind
            )

        return PageIterator(
            fetch,
            lambda page: page.next_page_token,
            lambda page: page.things,
            starting_token,
        )


PAGINATORS: dict[str, Callable[[KitchenSinkClient], object]] = {
    "list_things": ListThingsPaginator,
}
