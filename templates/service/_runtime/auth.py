"""Credentials from botocore's provider chain and SigV4 signing by botocore."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import NoCredentialsError

if TYPE_CHECKING:
    from botocore.credentials import Credentials


def load_session(profile_name: str | None) -> Any:
    """A botocore session: the source of the credential chain and of config-file settings."""
    import botocore.session

    return botocore.session.Session(profile=profile_name)


def resolve_credentials(
    access_key: str | None,
    secret_key: str | None,
    token: str | None,
    session: Callable[[], Any],
) -> Credentials:
    """Explicit keys when given, otherwise botocore's default chain (env, files, SSO, IMDS...)."""
    if access_key is not None or secret_key is not None:
        from botocore.credentials import Credentials

        if access_key is None or secret_key is None:
            raise ValueError("pass both aws_access_key_id and aws_secret_access_key")
        return Credentials(access_key, secret_key, token)
    credentials: Credentials | None = session().get_credentials()
    if credentials is None:
        raise NoCredentialsError()
    return credentials


class Signer:
    """Signs requests with botocore's SigV4 implementation."""

    def __init__(self, credentials: Credentials, signing_name: str, region: str) -> None:
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest

        self._credentials = credentials
        self._auth_class = SigV4Auth
        self._request_class = AWSRequest
        self.signing_name = signing_name
        self.region = region

    def sign(self, method: str, url: str, headers: dict[str, str], body: bytes) -> dict[str, str]:
        """The headers to send: ``headers`` plus X-Amz-Date, Authorization and the token."""
        request = self._request_class(method=method, url=url, headers=headers, data=body)
        frozen = self._credentials.get_frozen_credentials()
        self._auth_class(frozen, self.signing_name, self.region).add_auth(request)
        return dict(request.headers.items())
