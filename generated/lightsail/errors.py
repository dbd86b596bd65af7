"""Lightsail errors: one exception class per error shape in the model.

Every error has ``code``, ``message``, ``http_status``, ``request_id`` and
``operation_name``; an error code the model does not know raises
`LightsailError` with its ``code`` set. Every one is also a
``botocore.exceptions.ClientError``, with boto3's ``response``, so code written for
boto3 catches it and reads ``error.response["Error"]["Code"]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._runtime.client_error import ClientError
from ._runtime.errors import ServiceError


class LightsailError(ServiceError, ClientError):
    """Base class of every error the Lightsail service returns."""


class AccessDeniedException(LightsailError):
    """Lightsail throws this exception when the user cannot be authenticated or
    uses invalid credentials to access a resource.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


class AccountSetupInProgressException(LightsailError):
    """Lightsail throws this exception when an account is still in the setup in
    progress state.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


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

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


class NotFoundException(LightsailError):
    """Lightsail throws this exception when it cannot find a resource."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


class OperationFailureException(LightsailError):
    """Lightsail throws this exception when an operation fails to execute."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


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

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


class ServiceException(LightsailError):
    """A general service exception."""

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


class UnauthenticatedException(LightsailError):
    """Lightsail throws this exception when the user has not been
    authenticated.
    """

    code_member: str | None

    docs: str | None

    tip: str | None

    def _read_members(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        self.code_member = body.get("code")
        self.docs = body.get("docs")
        self.tip = body.get("tip")
        return {
            "code": self.code_member,
            "docs": self.docs,
            "message": body.get("message"),
            "tip": self.tip,
        }


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


def from_code(code: str) -> type[LightsailError]:
    """The exception class for an error code: its own, else `LightsailError`."""
    return ERRORS.get(code, LightsailError)


class LightsailExceptions:
    """``client.exceptions``: every error class of the service, as in boto3."""

    ClientError = ClientError
    """botocore's ``ClientError``, the base of every error below."""
    LightsailError = LightsailError
    AccessDeniedException = AccessDeniedException
    AccountSetupInProgressException = AccountSetupInProgressException
    InvalidInputException = InvalidInputException
    NotFoundException = NotFoundException
    OperationFailureException = OperationFailureException
    RegionSetupInProgressException = RegionSetupInProgressException
    ServiceException = ServiceException
    UnauthenticatedException = UnauthenticatedException
    from_code = staticmethod(from_code)
