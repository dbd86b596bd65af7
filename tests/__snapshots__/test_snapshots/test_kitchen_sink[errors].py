"""Kitchen Sink errors: one exception class per error shape in the model.

Every error has ``code``, ``message``, ``http_status`` and ``request_id``; an error code
the model does not know raises `KitchenSinkError` with its ``code`` set.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ._runtime.errors import ServiceError
from ._runtime.values import parse_timestamp
from .shapes.attribute import Attribute


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

    retry_after: datetime | None

    conflicts: dict[str, Attribute] | None
    """Attributes that conflict."""

    def _read_members(self, body: Mapping[str, Any]) -> None:
        value: Any  # converted in place; the attribute annotations say what it holds
        self.fields = body.get("fields")
        value = body.get("retryAfter")
        if value is not None:
            value = parse_timestamp(value)
        self.retry_after = value
        value = body.get("conflicts")
        if value is not None:
            value = {
                key: None if item is None else Attribute.from_wire(item)
                for key, item in value.items()
            }
        self.conflicts = value


ERRORS: dict[str, type[KitchenSinkError]] = {
    "ThingNotFoundException": ThingNotFoundException,
    "ValidationProblem": ValidationProblem,
}
"""Error code -> exception class."""
