"""Credentials from botocore's provider chain, and SigV4 signing by botocore."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from ._botocore import botocore_module
from .errors import (
    NoCredentialsError,
    PartialCredentialsError,
    ProfileNotFoundError,
    UnseekableStreamError,
)
from .records import NamedTuple
from .transport import Body, body_start

Credentials = Any
"""botocore.credentials.Credentials (botocore has no type information)."""

SIGV4_TIMESTAMP = "%Y%m%dT%H%M%SZ"
MAX_REMEMBERED_HOSTS = 64


def load_session(profile_name: str | None) -> Any:
    """A botocore session: the source of the credential chain and of config-file settings."""
    return botocore_module("session").Session(profile=profile_name)


@contextmanager
def profile_errors(profile_name: str | None) -> Generator[None]:
    """Turn botocore's ProfileNotFound, raised when a session first reads a profile, into ours."""
    try:
        yield
    except botocore_module("exceptions").ProfileNotFound as exc:
        raise ProfileNotFoundError(
            exc.kwargs.get("profile") or str(profile_name)
        ) from None


def explicit_credentials(
    access_key: str | None,
    secret_key: str | None,
    token: str | None,
    account_id: str | None = None,
) -> Credentials | None:
    """Credentials from the client's arguments, or None to use botocore's chain (which
    ignores a token or an account id given without keys, as botocore's session does)."""
    if access_key is None and secret_key is None:
        return None
    if access_key is None:
        raise PartialCredentialsError("aws_access_key_id")
    if secret_key is None:
        raise PartialCredentialsError("aws_secret_access_key")
    return StaticCredentials(access_key, secret_key, token, account_id)


class StaticCredentials(NamedTuple):
    """Keys passed to the client: what SigV4Auth reads, without importing botocore.credentials."""

    access_key: str
    secret_key: str
    token: str | None
    account_id: str | None = None

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
        self._handed: Any = None

    def ready(self) -> bool:
        """Whether `frozen` returns without resolving or refreshing credentials, which
        may block on the network or a process (the async client asks first)."""
        if not self._resolved:
            return False
        refresh_needed = getattr(self._credentials, "refresh_needed", None)
        return refresh_needed is None or not refresh_needed()

    def hand_over(self, frozen: Any) -> None:
        """Make the next `frozen` return ``frozen``, got from `frozen` in a worker thread:
        the async client signs with them next, without asking botocore again (which
        could refresh them on the event loop)."""
        self._handed = frozen

    def account_id(self) -> str | None:
        """The account id the credentials carry, or None (also when there are none):
        botocore's AWS::Auth::AccountId. Resolves them as `frozen` does; the async
        client has them handed over first, and this leaves them for `frozen`."""
        if self._handed is not None:
            return getattr(self._handed, "account_id", None)
        try:
            frozen = self.frozen()
        except NoCredentialsError:
            return None  # as botocore's builtin: the call fails when it is signed
        return getattr(frozen, "account_id", None)

    def frozen(self) -> Any:
        """botocore ReadOnlyCredentials for one signature; NoCredentialsError when none."""
        handed, self._handed = self._handed, None
        if handed is not None:
            return handed
        if not self._resolved:
            with self._lock, profile_errors(self._profile_name):
                if not self._resolved:
                    self._credentials = self._session().get_credentials()
                    self._resolved = True
        if self._credentials is None:
            raise NoCredentialsError()
        return self._credentials.get_frozen_credentials()


class SigningHeaders(dict[str, str]):
    """Request headers with names kept as given and looked up in any case.

    The operations ``SigV4Auth`` performs on ``request.headers`` (``in``, ``[]``, ``get``,
    assignment, ``del``, ``items()``), without the cost of botocore's ``email.message``
    based HTTPHeaders.
    """

    __slots__ = ("_names",)

    def __init__(self, headers: Mapping[str, str]) -> None:
        super().__init__(headers)
        self._names = {name.lower(): name for name in self}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._names

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(self._names[name.lower()])

    def get(self, name: str, default: Any = None) -> Any:
        key = self._names.get(name.lower())
        return default if key is None else super().__getitem__(key)

    def __setitem__(self, name: str, value: str) -> None:
        super().__setitem__(self._names.setdefault(name.lower(), name), value)

    def __delitem__(self, name: str) -> None:
        super().__delitem__(self._names.pop(name.lower()))


class SigningRequest:
    """What ``SigV4Auth`` reads from and writes to a request, as botocore's AWSRequest has it."""

    __slots__ = (
        "body",
        "context",
        "headers",
        "method",
        "params",
        "signed_header_map",
        "url",
    )

    def __init__(
        self, method: str, url: str, headers: SigningHeaders, body: Body
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.context: dict[str, Any] = {}
        self.params: dict[str, Any] = {}
        self.signed_header_map: Any = None
        """SigV4Auth.headers_to_sign's result, kept between its two calls per signature."""


class Signer:
    """Signs requests with botocore's SigV4 implementation.

    These are the steps of ``SigV4Auth.add_auth`` without its DEBUG logging: botocore logs
    the canonical request, which carries the session token. The request handed to
    SigV4Auth is a light stand-in for botocore's AWSRequest, one SigV4Auth serves every
    request signed with the same credentials, and the Host value SigV4Auth derives from a
    URL is derived once per URL: every digest, HMAC and canonical form is still botocore's.
    """

    def __init__(
        self, credentials: CredentialSource, signing_name: str, region: str
    ) -> None:
        self._credentials = credentials
        self.signing_name = signing_name
        self.region = region
        self._auth: tuple[Any, Any] = (None, None)
        """(frozen credentials, the SigV4Auth made for them)."""
        self._hosts: dict[str, str] = {}

    def sign(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: Body,
        *,
        unsigned_payload: bool = False,
    ) -> dict[str, str]:
        """The headers to send: ``headers`` plus X-Amz-Date, Authorization and the token.

        A file-like ``body`` is hashed as botocore hashes one: read from where it
        stands to its end, then sought back. One that cannot seek can be sent only
        unhashed (``unsigned_payload``, honoured over https only, as botocore's
        ``v4-unsigned-body``); else UnseekableStreamError.
        """
        auth = self._sigv4(self._credentials.frozen())
        signing_headers = SigningHeaders(headers)
        host_added = "host" not in signing_headers
        if host_added:
            signing_headers["host"] = self._host(auth, url)
        request = SigningRequest(method, url, signing_headers, body)
        if unsigned_payload:
            request.context["payload_signing_enabled"] = False
        if (
            not isinstance(body, bytes)
            and body_start(body) is None
            and auth._should_sha256_sign_payload(request)
        ):
            # botocore would fail in its hash, with a TypeError or an io error.
            raise UnseekableStreamError(type(body).__name__)
        request.context["timestamp"] = (
            _auth_module().get_current_datetime().strftime(SIGV4_TIMESTAMP)
        )
        auth._modify_request_before_signing(request)
        string_to_sign = auth.string_to_sign(request, auth.canonical_request(request))
        auth._inject_signature_to_request(
            request, auth.signature(string_to_sign, request)
        )
        if host_added:
            # http.client writes the same Host itself, as it does for botocore.
            del signing_headers["host"]
        return signing_headers

    def _sigv4(self, frozen: Any) -> Any:
        cached_frozen, auth = self._auth
        if auth is None or frozen != cached_frozen:
            auth = _sigv4_class()(frozen, self.signing_name, self.region)
            self._auth = (frozen, auth)
        return auth

    def _host(self, auth: Any, url: str) -> str:
        """The Host SigV4Auth signs for ``url`` when a request has none (its own answer)."""
        host = self._hosts.get(url)
        if host is None:
            probe = SigningRequest("GET", url, SigningHeaders({}), b"")
            host = str(auth.headers_to_sign(probe)["host"])
            if len(self._hosts) < MAX_REMEMBERED_HOSTS:  # a client signs for few URLs
                self._hosts[url] = host
        return host


@cache
def _auth_module() -> Any:
    return botocore_module("auth")


@cache
def _sigv4_class() -> type:
    """botocore's SigV4Auth, computing the headers to sign once per signature, not twice."""
    base: Any = _auth_module().SigV4Auth
    botocore_headers_to_sign: Any = base.headers_to_sign

    class SigV4Auth(base):  # type: ignore[misc]
        def headers_to_sign(self, request: Any) -> Any:
            if not isinstance(request, SigningRequest):
                return botocore_headers_to_sign(self, request)
            if request.signed_header_map is None:
                request.signed_header_map = botocore_headers_to_sign(self, request)
            return request.signed_header_map

    return SigV4Auth
