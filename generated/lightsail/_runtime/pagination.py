"""Page through a paginated operation with botocore's own paginator, as boto3 does.

``botocore.paginate`` does the work: it follows one or several tokens (strings, or maps
such as DynamoDB's ``LastEvaluatedKey``) and ``more_results``, passes ``PageSize`` as the
limit key, stops after ``MaxItems`` items with the resume token boto3 would give, and
encodes tokens as boto3 encodes them, so that a token from boto3 resumes here and one from
here resumes in boto3; ``build_full_result`` and ``search`` are its own too. It calls the
operation with boto3-style keyword arguments and gets boto3-style dicts: the generated
paginators convert those to and from their typed request and result classes.

``botocore.paginate`` is imported when a paginator is first used, not before.
"""

from __future__ import annotations

import json
from collections.abc import (
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterator,
    Mapping,
)
from contextlib import contextmanager
from typing import Any, Generic, TypedDict, TypeVar

from ._botocore import botocore_module
from .errors import PaginationError
from .records import NamedTuple

__all__ = [
    "AsyncPageIterator",
    "AsyncPages",
    "PageIterator",
    "Pages",
    "PaginationConfig",
    "PaginationError",
    "PaginatorSpec",
]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
T = TypeVar("T")

Method = Callable[..., Mapping[str, Any]]
"""The operation as botocore's paginator calls it: boto3-style keyword arguments in, the
boto3-style result out."""
AsyncMethod = Callable[..., Coroutine[Any, Any, Mapping[str, Any]]]
"""The same, as an async paginator is given it."""


class PaginationConfig(TypedDict, total=False):
    """boto3's ``PaginationConfig``."""

    MaxItems: int
    """Stop after this many items (of the first result key) in all."""
    PageSize: int
    """Ask for pages of this many items (sent as the operation's limit key)."""
    StartingToken: str
    """Resume from a ``resume_token`` (this paginator's or boto3's)."""


class PaginatorSpec(NamedTuple):
    """One operation's entry of paginators-1.json, as botocore's paginator reads it."""

    input_token: tuple[str, ...]
    output_token: tuple[str, ...]
    result_key: tuple[str, ...]
    limit_key: str = ""
    limit_type: str = "integer"
    """The type of the limit key's shape: botocore sends a ``string`` one as text."""
    more_results: str = ""
    non_aggregate_keys: tuple[str, ...] = ()

    def config(self) -> dict[str, Any]:
        """The paginators-1.json entry."""
        config: dict[str, Any] = {
            "input_token": list(self.input_token),
            "output_token": list(self.output_token),
            "result_key": list(self.result_key),
        }
        if self.limit_key:
            config["limit_key"] = self.limit_key
        if self.more_results:
            config["more_results"] = self.more_results
        if self.non_aggregate_keys:
            config["non_aggregate_keys"] = list(self.non_aggregate_keys)
        return config


class _Paging(Generic[PageT]):
    """What sync and async pages share: the settings, and botocore's page iterator."""

    def __init__(
        self,
        method: Method,
        spec: PaginatorSpec,
        params: Mapping[str, Any],
        page: Callable[[Mapping[str, Any]], PageT],
        config: PaginationConfig | None = None,
        *,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> None:
        self._method = method
        self._spec = spec
        self._params = dict(params)
        self._page = page
        self._settings = _settings(
            config,
            {
                "MaxItems": max_items,
                "PageSize": page_size,
                "StartingToken": starting_token,
            },
        )
        # As boto3's paginate(): a PageSize without a limit key fails here, not later.
        self._last: Any = self._start()
        self._fresh = True

    @property
    def result_keys(self) -> tuple[str, ...]:
        """The members (JMESPath expressions) whose values are collected from each page."""
        return self._spec.result_key

    @property
    def resume_token(self) -> str | None:
        """Where the last iteration stopped because of ``MaxItems``, encoded as boto3
        encodes it (a ``StartingToken`` for this paginator or boto3's); None otherwise.
        """
        token: str | None = self._last.resume_token
        return token

    @property
    def non_aggregate_part(self) -> dict[str, Any]:
        """The ``non_aggregate_keys`` of the first page of the last iteration."""
        part: dict[str, Any] = self._last.non_aggregate_part
        return part

    def _build_full_result(self) -> dict[str, Any]:
        pages = self._next()
        with _botocore_errors(self._spec.input_token):
            result: dict[str, Any] = pages.build_full_result()
        return result

    def _search(self, expression: str) -> Iterator[Any]:
        pages = self._next()
        with _botocore_errors(self._spec.input_token):
            yield from pages.search(expression)

    def _dicts(self) -> Iterator[dict[str, Any]]:
        pages = self._next()
        with _botocore_errors(self._spec.input_token):
            yield from pages

    def _next(self) -> Any:
        """botocore's page iterator for one pass (it cannot be iterated twice)."""
        if not self._fresh:
            self._last = self._start()
        self._fresh = False
        return self._last

    def _start(self) -> Any:
        paginate = botocore_module("paginate")
        # botocore's paginate(self, **kwargs) cannot take a member named "self": it is
        # held back here and added to each call.
        params = {k: v for k, v in self._params.items() if k != "self"}
        held = {k: v for k, v in self._params.items() if k == "self"}
        calls = _Calls(self._method, self._spec.input_token, held)
        paginator = paginate.Paginator(calls, self._spec.config(), _model(self._spec))
        with _botocore_errors(None):
            pages = paginator.paginate(**params, PaginationConfig=self._settings)
        return pages


class Pages(_Paging[PageT]):
    """The pages of a paginated operation: iterating yields each page, typed.

    As boto3's ``PageIterator``, with ``build_full_result()``, ``search()``,
    ``resume_token`` and ``non_aggregate_part``; unlike it, each iteration (and each call
    of ``build_full_result`` or ``search``) starts again from the starting token and calls
    the service anew, and a token the service sends twice raises PaginationError, however
    many pages apart.
    """

    def __iter__(self) -> Iterator[PageT]:
        for page in self._dicts():
            yield self._page(page)

    def build_full_result(self) -> dict[str, Any]:
        """Every page merged into one boto3-style result, as boto3 merges them: result
        key lists concatenated, numbers added, the non-aggregate keys of the first page,
        and ``NextToken`` when ``MaxItems`` stopped it early."""
        return self._build_full_result()

    def search(self, expression: str) -> Iterator[Any]:
        """The values of a JMESPath expression over each page (boto3-style dicts);
        a list is flattened into its items."""
        return self._search(expression)


class AsyncPages(_Paging[PageT]):
    """`Pages` for the async client: ``async for page in pages``, and
    ``await pages.build_full_result()``; the method is a coroutine function.

    botocore's paginator, which does the paging, runs in a worker thread
    (runtime/threads.py); each call it makes runs on the event loop.
    """

    _method: _OnLoopWhenCalled

    def __init__(self, method: AsyncMethod, *args: Any, **settings: Any) -> None:
        """As `Pages`, with a coroutine function."""
        super().__init__(_OnLoopWhenCalled(method), *args, **settings)

    async def __aiter__(self) -> AsyncIterator[PageT]:
        async for page in self._in_thread(self._dicts):
            yield self._page(page)

    async def build_full_result(self) -> dict[str, Any]:
        """As `Pages.build_full_result`."""

        def merged() -> Iterator[dict[str, Any]]:  # a generator: runs in the thread
            yield self._build_full_result()

        async for result in self._in_thread(merged):
            return result
        raise AssertionError("merged() yields once")

    def search(self, expression: str) -> AsyncIterator[Any]:
        """As `Pages.search`."""
        return self._in_thread(lambda: self._search(expression))

    async def _in_thread(self, iterator: Callable[[], Iterator[T]]) -> AsyncIterator[T]:
        from .threads import OnLoop, in_thread  # they import asyncio: async only

        self._method.on_loop = OnLoop(self._method.method)
        async for item in in_thread(iterator):
            yield item


class _OnLoopWhenCalled:
    """The async method as botocore's paginator calls it from a worker thread, bound to
    the event loop of the iteration under way (`AsyncPages._next`)."""

    on_loop: Callable[..., Mapping[str, Any]] | None = None

    def __init__(self, method: AsyncMethod) -> None:
        self.method = method

    def __call__(self, **params: Any) -> Mapping[str, Any]:
        assert self.on_loop is not None
        return self.on_loop(**params)


class _Items(_Paging[PageT], Generic[PageT, ItemT]):
    """Pages of an operation with one list of results."""

    def __init__(
        self,
        method: Any,
        spec: PaginatorSpec,
        params: Mapping[str, Any],
        page: Callable[[Mapping[str, Any]], PageT],
        items: Callable[[PageT], list[ItemT] | None],
        config: PaginationConfig | None = None,
        *,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> None:
        super().__init__(
            method,
            spec,
            params,
            page,
            config,
            max_items=max_items,
            page_size=page_size,
            starting_token=starting_token,
        )
        self._items = items


class PageIterator(_Items[PageT, ItemT], Pages[PageT]):
    """Pages of an operation with one list of results: ``items()`` yields its items."""

    def items(self) -> Iterator[ItemT]:
        """The items of every page, in order, fetching pages as they are needed."""
        for page in self:
            yield from self._items(page) or []


class AsyncPageIterator(_Items[PageT, ItemT], AsyncPages[PageT]):
    """`PageIterator` for the async client: ``async for item in pages.items()``."""

    async def items(self) -> AsyncIterator[ItemT]:
        """As `PageIterator.items`."""
        async for page in self:
            for item in self._items(page) or []:
                yield item


def _settings(
    config: PaginationConfig | None, keywords: dict[str, Any]
) -> dict[str, Any]:
    """``PaginationConfig`` with the keyword arguments merged in; both may not disagree."""
    settings: dict[str, Any] = dict(config or {})
    for key, value in keywords.items():
        if value is None:
            continue
        if settings.get(key) is not None and settings[key] != value:
            raise ValueError(
                f"PaginationConfig[{key!r}] and the keyword argument for it differ; "
                "give one of them"
            )
        settings[key] = value
    return settings


class _Calls:
    """The operation as botocore's paginator calls it; refuses to send a token twice.

    botocore stops when a page repeats the token of the page before; a service that
    cycles through several tokens would be called forever.
    """

    def __init__(
        self, method: Method, input_token: tuple[str, ...], held: dict[str, Any]
    ) -> None:
        self._method = method
        self._input_token = input_token
        self._held = held
        self._sent: set[str] = set()

    def __call__(self, /, **params: Any) -> Mapping[str, Any]:
        tokens = [params.get(name) for name in self._input_token]
        if any(token is not None for token in tokens):
            key = json.dumps(tokens, sort_keys=True, default=repr)
            if key in self._sent:
                raise PaginationError(_repeated(self._input_token))
            self._sent.add(key)
        return self._method(**params, **self._held)


def _repeated(input_token: tuple[str, ...]) -> str:
    # Names only: a token (a DynamoDB key, say) may hold the caller's data.
    return (
        f"the service repeated the pagination token ({', '.join(input_token)}) of an "
        "earlier page; following it would loop forever"
    )


@contextmanager
def _botocore_errors(paging: tuple[str, ...] | None) -> Generator[None, None, None]:
    """botocore's PaginationError raised as the runtime's (a ClientError); ``paging``:
    the input tokens, while pages are fetched."""
    exceptions = botocore_module("exceptions")
    try:
        yield
    except exceptions.PaginationError as error:
        # While paging: botocore saw a page repeat the token of the page before.
        if paging is not None:
            raise PaginationError(_repeated(paging)) from None
        raise PaginationError(str(error.kwargs.get("message", error))) from None


class _Member(NamedTuple):
    type_name: str


class _Input(NamedTuple):
    members: dict[str, _Member]


class _Model(NamedTuple):
    input_shape: _Input


def _model(spec: PaginatorSpec) -> _Model:
    """What botocore's Paginator reads of the operation model: the limit key's type."""
    members = {spec.limit_key: _Member(spec.limit_type)} if spec.limit_key else {}
    return _Model(_Input(members))
