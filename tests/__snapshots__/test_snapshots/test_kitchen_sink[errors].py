"""Kitchen Sink errors: one exception class per error shape in the model.

Every error has ``code``, ``message``, ``http_status``, ``request_id`` and
``operation_name``; an error code the model does not know raises
`KitchenSinkError` with its ``code`` set. Every one is also a
``botocore.exceptions.ClientError``, with boto3's ``response``, so code written for
boto3 catches it and reads ``error.response["Error"]["Code"]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ._runtime.client_error import ClientError
from ._runtime.errors import ServiceError
from ._runtime.values import parse_timestamp, shape_to_dict
from .shapes.attribute import Attribute


class KitchenSinkError(ServiceError, ClientError):
    """Base class of every error the Kitchen Sink service returns."""


class ThingNotFoundException(KitchenSinkError):
    """No thing has that name."""

    code_member: str | None

    resource_name: str | None
    """The missing thing."""

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.resource_name = body.get("resourceName")
        return {
            "code": self.code_member,
            "message": body.get("message"),
            "resourceName": self.resource_name,
        }


class ValidationProblem(KitchenSinkError):
    """The input is invalid."""

    fields: list[str] | None

    retry_after: datetime | None

    conflicts: dict[str, Attribute] | None
    """Attributes that conflict."""

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
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
        return {
            "Message": body.get("Message"),
            "conflicts": (
                None
                if self.conflicts is None
                else {key: shape_to_dict(item) for key, item in self.conflicts.items()}
            ),
            "fields": self.fields,
            "retryAfter": self.retry_after,
        }


ERRORS: dict[str, type[KitchenSinkError]] = {
    "ThingNotFoundException": ThingNotFoundException,
    "ValidationProblem": ValidationProblem,
}
"""Error code -> exception class."""


def from_code(code: str) -> type[KitchenSinkError]:
    """The exception class for an error code: its own, else `KitchenSinkError`."""
    return ERRORS.get(code, KitchenSinkError)


class KitchenSinkExceptions:
    """``client.exceptions``: every error class of the service, as in boto3."""

    ClientError = ClientError
    """botocore's ``ClientError``, the base of every error below."""
    KitchenSinkError = KitchenSinkError
    ThingNotFoundException = ThingNotFoundException
    ValidationProblem = ValidationProblem
    from_code = staticmethod(from_code)
