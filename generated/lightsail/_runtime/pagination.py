"""Iterate the pages of a paginated operation, following its tokens to the last page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .errors import ClientError

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class PaginationError(ClientError):
    """The service sent the same token twice, which would loop forever."""


class PageIterator(Generic[PageT, ItemT]):
    """Iterating yields whole pages; ``items()`` yields the items of every page."""

    def __init__(
        self,
        fetch: Callable[[str | None], PageT],
        next_token: Callable[[PageT], str | None],
        page_items: Callable[[PageT], list[ItemT] | None],
        starting_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._next_token = next_token
        self._page_items = page_items
        self._starting_token = starting_token

    def __iter__(self) -> Iterator[PageT]:
        token = self._starting_token
        seen: set[str] = set()
        while True:
            page = self._fetch(token)
            yield page
            token = self._next_token(page)
            if not token:
                return
            if token in seen:
                raise PaginationError(
                    f"the service repeated the pagination token {token!r}"
                )
            seen.add(token)

    def items(self) -> Iterator[ItemT]:
        for page in self:
            yield from self._page_items(page) or []
