"""Credentials from botocore's provider chain, and SigV4 signing by botocore."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from contextlib import contextmanager
from typing import Any, NamedTuple

from ._botocore import botocore_module
from .errors import NoCredentialsError, PartialCredentialsError, ProfileNotFoundError

Credentials = Any
"""botocore.credentials.Credentials (botocore has no type information)."""

SIGV4_TIMESTAMP = "%Y%m%dT%H%M%SZ"


def load_session(profile_name: str | None) -> Any:
    """A botocore session: the source of the credential chain and of config-file settings."""
    return botocore_module("session").Session(profile=profile_name)


@contextmanager
def profile_errors(profile_name: str | None) -> Generator[None]:
    """Turn botocore's ProfileNotFound, raised when a session first reads a profile, into ours."""
    try:
        yield
    except botocore_module("exceptions").ProfileNotFound as exc:
        raise ProfileNotFoundError(exc.kwargs.get("profile") or str(profile_name)) from None


def explicit_credentials(
    access_key: str | None, secret_key: str | None, token: str | None
) -> Credentials | None:
    """Credentials from the client's arguments, or None to use botocore's chain."""
    if access_key is None and secret_key is None:
        return None
    if access_key is None:
        raise PartialCredentialsError("aws_access_key_id")
    if secret_key is None:
        raise PartialCredentialsError("aws_secret_access_key")
    return StaticCredentials(access_key, secret_key, token)


class StaticCredentials(NamedTuple):
    """Keys passed to the client: what SigV4Auth reads, without importing botocore.credentials."""

    access_key: str
    secret_key: str
    token: str | None

    def get_frozen_credentials(self) -> StaticCredentials:
        return self

    def __repr__(self) -> str:
        return "StaticCredentials(***)"


class CredentialSource:
    """Explicit credentials, or the ones botocore's default chain finds on first use.

    The chain (environment, shared files, SSO, assume-role, credential_process, container
    and instance metadata) runs when the first request is signed, not when the client is
    made, so creating a client never touches the network. Refreshable credentials refresh
    themselves through botocore.
    """

    def __init__(
        self,
        explicit: Credentials | None,
        session: Callable[[], Any],
        profile_name: str | None = None,
    ) -> None:
        self._credentials = explicit
        self._resolved = explicit is not None
        self._session = session
        self._profile_name = profile_name
        self._lock = threading.Lock()

    def frozen(self) -> Any:
        """botocore ReadOnlyCredentials for one signature; NoCredentialsError when none."""
        if not self._resolved:
            with self._lock, profile_errors(self._profile_name):
                if not self._resolved:
                    self._credentials = self._session().get_credentials()
                    self._resolved = True
        if self._credentials is None:
            raise NoCredentialsError()
        return self._credentials.get_frozen_credentials()


class Signer:
    """Signs requests with botocore's SigV4 implementation.

    These are the steps of ``SigV4Auth.add_auth`` without its DEBUG logging: botocore logs
    the canonical request, which carries the session token.
    """

    def __init__(self, credentials: CredentialSource, signing_name: str, region: str) -> None:
        self._credentials = credentials
        self._auth_module = botocore_module("auth")
        self._request_class = botocore_module("awsrequest").AWSRequest
        self.signing_name = signing_name
        self.region = region

    def sign(self, method: str, url: str, headers: dict[str, str], body: bytes) -> dict[str, str]:
        """The headers to send: ``headers`` plus X-Amz-Date, Authorization and the token."""
        request = self._request_class(method=method, url=url, headers=headers, data=body)
        auth = self._auth_module.SigV4Auth(
            self._credentials.frozen(), self.signing_name, self.region
        )
        now = self._auth_module.get_current_datetime()
        request.context["timestamp"] = now.strftime(SIGV4_TIMESTAMP)
        auth._modify_request_before_signing(request)
        string_to_sign = auth.string_to_sign(request, auth.canonical_request(request))
        auth._inject_signature_to_request(request, auth.signature(string_to_sign, request))
        return dict(request.headers.items())
