"""Lightsail errors: one exception class per error shape in the model.

Every error has ``code``, ``message``, ``http_status`` and ``request_id``; an error code
the model does not know raises `LightsailError` with its ``code`` set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._runtime.errors import ServiceError


class LightsailError(ServiceError):
    """Base class of every error the Lightsail service returns."""


class AccessDeniedException(LightsailError):
    """Lightsail throws this exception when the user cannot be authenticated or
    uses invalid credentials to access a resource.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class AccountSetupInProgressException(LightsailError):
    """Lightsail throws this exception when an account is still in the setup in
    progress state.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class InvalidInputException(LightsailError):
    """Lightsail throws this exception when user input does not conform to the
    validation rules of an input field.

    Note:
        Domain and distribution APIs are only available in the N. Virginia
        (``us-east-1``) Amazon Web Services Region. Please set your Amazon
        Web Services Region configuration to ``us-east-1`` to create, view,
        or edit these resources.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class NotFoundException(LightsailError):
    """Lightsail throws this exception when it cannot find a resource."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class OperationFailureException(LightsailError):
    """Lightsail throws this exception when an operation fails to execute."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class RegionSetupInProgressException(LightsailError):
    """Lightsail throws this exception when an operation is performed on
    resources in an opt-in Region that is currently being set up.
    """

    code_member: str | None

    docs: str | None
    """[Regions and Availability Zones for Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-regions-and-availability-zones-in-amazon-lightsail.html)"""

    tip: str | None
    """Opt-in Regions typically take a few minutes to finish setting up before
    you can work with them. Wait a few minutes and try again.
    """

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class ServiceException(LightsailError):
    """A general service exception."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


class UnauthenticatedException(LightsailError):
    """Lightsail throws this exception when the user has not been
    authenticated.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> None:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")


ERRORS: dict[str, type[LightsailError]] = {
    "AccessDeniedException": AccessDeniedException,
    "AccountSetupInProgressException": AccountSetupInProgressException,
    "InvalidInputException": InvalidInputException,
    "NotFoundException": NotFoundException,
    "OperationFailureException": OperationFailureException,
    "RegionSetupInProgressException": RegionSetupInProgressException,
    "ServiceException": ServiceException,
    "UnauthenticatedException": UnauthenticatedException,
}
"""Error code -> exception class."""
