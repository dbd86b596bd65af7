"""Iterate the pages of a paginated operation, following its tokens to the last page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .errors import PaginationError

__all__ = ["PageIterator", "PaginationError"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class PageIterator(Generic[PageT, ItemT]):
    """Iterating yields whole pages; ``items()`` yields the items of every page.

    Each iteration starts again from ``starting_token`` and calls the service anew.
    """

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
        self.resume_token: str | None = None
        """The token of the page after the last one fetched (None after the last page)."""

    def __iter__(self) -> Iterator[PageT]:
        token = self._starting_token
        seen: set[str] = {token} if token else set()
        while True:
            page = self._fetch(token)
            token = self._next_token(page) or None
            self.resume_token = token
            yield page
            if token is None:
                return
            if token in seen:
                # botocore stops on a token equal to the previous one; any repeat loops.
                raise PaginationError(
                    f"the service repeated the pagination token {token!r}"
                )
            seen.add(token)

    def items(self) -> Iterator[ItemT]:
        """The items of every page, in order, fetching pages as they are needed."""
        for page in self:
            yield from self._page_items(page) or []
