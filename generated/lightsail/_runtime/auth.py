"""Credentials from botocore's provider chain and SigV4 signing by botocore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._botocore import botocore_module
from .errors import NoCredentialsError

Credentials = Any
"""botocore.credentials.Credentials (botocore has no type information)."""


def load_session(profile_name: str | None) -> Any:
    """A botocore session: the source of the credential chain and of config-file settings."""
    return botocore_module("session").Session(profile=profile_name)


def resolve_credentials(
    access_key: str | None,
    secret_key: str | None,
    token: str | None,
    session: Callable[[], Any],
) -> Credentials:
    """Explicit keys when given, otherwise botocore's default chain (env, files, SSO, IMDS...)."""
    if access_key is not None or secret_key is not None:
        if access_key is None or secret_key is None:
            raise ValueError("pass both aws_access_key_id and aws_secret_access_key")
        return botocore_module("credentials").Credentials(access_key, secret_key, token)
    credentials = session().get_credentials()
    if credentials is None:
        raise NoCredentialsError()
    return credentials


class Signer:
    """Signs requests with botocore's SigV4 implementation."""

    def __init__(
        self, credentials: Credentials, signing_name: str, region: str
    ) -> None:
        self._credentials = credentials
        self._auth_class = botocore_module("auth").SigV4Auth
        self._request_class = botocore_module("awsrequest").AWSRequest
        self.signing_name = signing_name
        self.region = region

    def sign(
        self, method: str, url: str, headers: dict[str, str], body: bytes
    ) -> dict[str, str]:
        """The headers to send: ``headers`` plus X-Amz-Date, Authorization and the token."""
        request = self._request_class(
            method=method, url=url, headers=headers, data=body
        )
        frozen = self._credentials.get_frozen_credentials()
        self._auth_class(frozen, self.signing_name, self.region).add_auth(request)
        return dict(request.headers.items())
