"""Kitchen Sink errors: one exception class per error shape in the model.

Every error has ``code``, ``message``, ``http_status`` and ``request_id``; an error code
the model does not know raises `KitchenSinkError` with its ``code`` set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._runtime.errors import ServiceError


class KitchenSinkError(ServiceError):
    """Base class of every error the Kitchen Sink service returns."""


class ThingNotFoundException(KitchenSinkError):
    """No thing has that name."""

    code_member: str | None

    resource_name: str | None
    """The missing thing."""

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.resource_name = body.get("resourceName")


class ValidationProblem(KitchenSinkError):
    """The input is invalid."""

    fields: list[str] | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.fields = body.get("fields")


ERRORS: dict[str, type[KitchenSinkError]] = {
    "ThingNotFoundException": ThingNotFoundException,
    "ValidationProblem": ValidationProblem,
}
"""Error code -> exception class."""
