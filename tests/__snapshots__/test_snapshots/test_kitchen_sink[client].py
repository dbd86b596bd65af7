"""The Kitchen Sink Service client: one method per operation."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Literal

from ._runtime.client import BaseClient, ErrorClasses, ServiceSpec
from ._runtime.protocols.json import JsonProtocol

if TYPE_CHECKING:
    from .errors import KitchenSinkExceptions
    from .paginators import ListThingsPaginator
    from .shapes.get_graph_result import GetGraphResult
    from .shapes.list_things_result import ListThingsResult
    from .shapes.node import Node, NodeDict
    from .shapes.ping_result import PingResult
    from .shapes.put_thing_result import PutThingResult
    from .shapes.thing import Thing, ThingDict
    from .shapes.thing_kind import ThingKind


def _errors() -> ErrorClasses:
    """The error classes, imported at the first error response (errors.py)."""
    from .errors import ERRORS, KitchenSinkError

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


class KitchenSinkClient(BaseClient):
    """A service that uses **every** shape kind Lightsail uses, and a few more."""

    SERVICE = _SERVICE

    @property
    def exceptions(self) -> type[KitchenSinkExceptions]:
        """Every error class of the service, as ``client.exceptions`` in boto3."""
        from .errors import KitchenSinkExceptions

        return KitchenSinkExceptions

    def delete_thing(self, *, name: str) -> None:
        """Deletes a thing; returns nothing.

        Args:
            name: Required.

        Raises:
            ThingNotFoundException: No thing has that name.
        """
        from .operations.delete_thing import call
        from .shapes.delete_thing_request import DeleteThingRequest

        request = DeleteThingRequest(name=name)
        return call(self._engine, request)

    def get_graph(self, *, root: Node | NodeDict | None = None) -> GetGraphResult:
        """Returns shapes that refer to each other.

        Args:
            root:

        Returns:
            GetGraphResult: The parsed response. Its attributes (``None`` when the
                response leaves one out):

                - ``root`` (``Node``)
        """
        from .operations.get_graph import call
        from .shapes.get_graph_request import GetGraphRequest

        request = GetGraphRequest.build(root=root)
        return call(self._engine, request)

    def list_things(
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
        from .operations.list_things import call
        from .shapes.list_things_request import ListThingsRequest

        request = ListThingsRequest(
            page_token=page_token, max_results=max_results, kind=kind
        )
        return call(self._engine, request)

    def old_ping(self) -> PingResult:
        """Use ``Ping``.

        Warning:
            This operation is deprecated; calling it emits a ``DeprecationWarning``.

        Returns:
            PingResult: The parsed response. Its attributes (``None`` when the response
                leaves one out):

                - ``message`` (``str``)
        """
        warnings.warn("old_ping is deprecated", DeprecationWarning, stacklevel=2)
        from .operations.old_ping import call

        return call(self._engine)

    def ping(self) -> PingResult:
        """Takes no input.

        Returns:
            PingResult: The parsed response. Its attributes (``None`` when the response
                leaves one out):

                - ``message`` (``str``)
        """
        from .operations.ping import call

        return call(self._engine)

    def put_thing(
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
        from .operations.put_thing import call
        from .shapes.put_thing_request import PutThingRequest

        request = PutThingRequest.build(
            thing=thing, dry_run=dry_run, legacy_flag=legacy_flag
        )
        return call(self._engine, request)

    def get_paginator(self, name: Literal["list_things"]) -> ListThingsPaginator:
        """The paginator of `list_things`, as in boto3."""
        from .paginators import ListThingsPaginator

        if name != "list_things":
            raise ValueError(f"operation {name!r} cannot be paginated")
        return ListThingsPaginator(self)

    def can_paginate(self, name: str) -> bool:
        """Whether ``get_paginator(name)`` works."""
        return name in {
            "list_things",
        }


Client = KitchenSinkClient
