"""Where a client's settings come from, first match wins, as in boto3:

1. the client's keyword arguments;
2. a ``botocore.config.Config`` passed as ``config=``;
3. environment variables (``AWS_REGION``, ``AWS_DEFAULT_REGION``, ``AWS_MAX_ATTEMPTS``, ...);
4. the profile in the AWS config files (``AWS_CONFIG_FILE``, default ``~/.aws/config``);
5. the defaults, which are boto3's.

The config files are read through a botocore session, created only when they can matter:
a profile is named (``profile_name=`` or ``AWS_PROFILE``), credentials will come from
botocore's chain, or a config file exists. Otherwise botocore.session is never imported.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._botocore import botocore_module
from .auth import load_session, profile_errors
from .records import NamedTuple

DEFAULT_CONNECT_TIMEOUT = 60.0
DEFAULT_READ_TIMEOUT = 60.0
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_POOL_CONNECTIONS = 10

# botocore's config variable -> the environment variables that set it, in order.
_ENVIRONMENT = {
    "region": ("AWS_REGION", "AWS_DEFAULT_REGION"),
    "max_attempts": ("AWS_MAX_ATTEMPTS",),
    "use_fips_endpoint": ("AWS_USE_FIPS_ENDPOINT",),
    "use_dualstack_endpoint": ("AWS_USE_DUALSTACK_ENDPOINT",),
    "ca_bundle": ("AWS_CA_BUNDLE",),
    "ignore_configured_endpoint_urls": ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",),
    "account_id_endpoint_mode": ("AWS_ACCOUNT_ID_ENDPOINT_MODE",),
    "disable_host_prefix_injection": ("AWS_DISABLE_HOST_PREFIX_INJECTION",),
}
ACCOUNT_ID_ENDPOINT_MODES = ("preferred", "disabled", "required")
_PROFILE_VARIABLES = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE")


class ClientConfig(NamedTuple):
    """The settings a client was created with, after every source and default was applied."""

    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    max_pool_connections: int = DEFAULT_MAX_POOL_CONNECTIONS
    use_fips_endpoint: bool = False
    use_dualstack_endpoint: bool = False
    verify: bool | str = True
    user_agent_extra: str | None = None
    proxies: Mapping[str, str] | None = None
    """``Config(proxies=...)``: proxy URL by URL scheme (``http``, ``https``); None to
    take them from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``), as
    botocore does."""
    client_context_params: Mapping[str, Any] | None = None
    """``Config(client_context_params=...)``: endpoint rule parameters the service lets
    a client set, by botocore's snake-case names (``service_type``)."""
    account_id_endpoint_mode: str = "preferred"
    """``preferred``, ``disabled`` or ``required``: whether endpoints may name the
    account (``Config(account_id_endpoint_mode=...)``, ``AWS_ACCOUNT_ID_ENDPOINT_MODE``
    or the profile's ``account_id_endpoint_mode``)."""
    inject_host_prefix: bool = True
    """Prepend the host prefix some operations' endpoints have
    (``Config(inject_host_prefix=False)``, ``AWS_DISABLE_HOST_PREFIX_INJECTION`` or the
    profile's ``disable_host_prefix_injection`` turn it off)."""


class Settings:
    """Reads settings from a botocore Config, the environment and the profile, in that order."""

    def __init__(
        self,
        profile_name: str | None,
        config: Any = None,
        *,
        chain_needed: bool = False,
    ) -> None:
        if config is not None and not isinstance(
            config, botocore_module("config").Config
        ):
            raise TypeError(
                f"config must be a botocore.config.Config, got {type(config).__name__}"
            )
        self.profile_name = profile_name
        self._config = config
        self._chain_needed = chain_needed
        self._session: Any = None

    def session(self) -> Any:
        """The botocore session for the profile, created on first use."""
        if self._session is None:
            self._session = load_session(self.profile_name)
        return self._session

    def client_config(
        self,
        *,
        connect_timeout: float | None,
        read_timeout: float | None,
        max_attempts: int | None,
        max_pool_connections: int | None,
        use_fips_endpoint: bool | None,
        use_dualstack_endpoint: bool | None,
        verify: bool | str | None,
        user_agent_extra: str | None,
    ) -> ClientConfig:
        """The client's settings from its arguments (which win) and the other sources."""
        return ClientConfig(
            connect_timeout=_first(
                connect_timeout,
                self._option("connect_timeout"),
                DEFAULT_CONNECT_TIMEOUT,
            ),
            read_timeout=_first(
                read_timeout, self._option("read_timeout"), DEFAULT_READ_TIMEOUT
            ),
            max_attempts=_first(
                max_attempts,
                self._config_max_attempts(),
                self._integer("max_attempts"),
                DEFAULT_MAX_ATTEMPTS,
            ),
            max_pool_connections=_first(
                max_pool_connections,
                self._option("max_pool_connections"),
                DEFAULT_MAX_POOL_CONNECTIONS,
            ),
            use_fips_endpoint=_first(
                use_fips_endpoint,
                self._option("use_fips_endpoint"),
                self._flag("use_fips_endpoint"),
                False,
            ),
            use_dualstack_endpoint=_first(
                use_dualstack_endpoint,
                self._option("use_dualstack_endpoint"),
                self._flag("use_dualstack_endpoint"),
                False,
            ),
            verify=_first(verify, self._text("ca_bundle"), True),
            user_agent_extra=_first(user_agent_extra, self._option("user_agent_extra")),
            proxies=self._option("proxies"),
            client_context_params=self._option("client_context_params"),
            account_id_endpoint_mode=self._account_id_endpoint_mode(),
            inject_host_prefix=self._inject_host_prefix(),
        )

    def endpoint_url(self, service_id: str) -> str | None:
        """An endpoint URL configured outside the code, as botocore finds one (its
        ConfiguredEndpointProvider): ``AWS_ENDPOINT_URL_<SERVICE>`` (the service id in
        upper case, spaces and hyphens as ``_``), ``AWS_ENDPOINT_URL``, then the
        profile's ``services`` section and its ``endpoint_url``. None when there is
        none, or when ``ignore_configured_endpoint_urls`` (the Config option, else
        ``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` or the profile) is true."""
        ignore = self._option("ignore_configured_endpoint_urls")
        if ignore is None:
            ignore = self._flag("ignore_configured_endpoint_urls")
        if ignore:
            return None
        key = service_id.replace(" ", "_").replace("-", "_")
        for variable in (f"AWS_ENDPOINT_URL_{key.upper()}", "AWS_ENDPOINT_URL"):
            if value := os.environ.get(variable):
                return value
        if not self._profile_matters():
            return None
        with profile_errors(self.profile_name):
            session = self.session()
            scoped: dict[str, Any] = session.get_scoped_config()
            if "services" in scoped:
                found = _services_section(session.full_config, scoped["services"])
                service = found.get(key.lower(), {})
                if url := service.get("endpoint_url"):
                    return str(url)
            url = scoped.get("endpoint_url")
            return None if url is None else str(url)

    def region(self, region_name: str | None) -> str | None:
        """The argument, Config.region_name, AWS_REGION, AWS_DEFAULT_REGION, the profile."""
        found: str | None = (
            region_name or self._option("region_name") or self._text("region")
        )
        return found

    def _option(self, name: str) -> Any:
        return getattr(self._config, name, None)

    def _account_id_endpoint_mode(self) -> str:
        """As botocore reads it: Config, environment, profile, ``preferred``."""
        mode = self._option("account_id_endpoint_mode")
        if mode is None:
            mode = self._text("account_id_endpoint_mode") or "preferred"
        mode = str(mode).lower()
        if mode not in ACCOUNT_ID_ENDPOINT_MODES:
            raise botocore_module("exceptions").InvalidConfigError(
                error_msg=f"The configured value '{mode}' for 'account_id_endpoint_mode' "
                f"is invalid. Valid values are: {ACCOUNT_ID_ENDPOINT_MODES}."
            )
        return mode

    def _inject_host_prefix(self) -> bool:
        """Config's ``inject_host_prefix`` when set, else not the environment's or the
        profile's ``disable_host_prefix_injection``, else True (botocore's order)."""
        if getattr(self._config, "_inject_host_prefix", "UNSET") != "UNSET":
            return bool(self._option("inject_host_prefix"))
        return not self._flag("disable_host_prefix_injection")

    def _config_max_attempts(self) -> int | None:
        """Total attempts from Config(retries=...), where ``max_attempts`` counts retries."""
        retries: dict[str, Any] = self._option("retries") or {}
        if "total_max_attempts" in retries:
            return int(retries["total_max_attempts"])
        if "max_attempts" in retries:
            return int(retries["max_attempts"]) + 1
        return None

    def _text(self, name: str) -> str | None:
        value = self._lookup(name)
        return None if value is None else str(value)

    def _integer(self, name: str) -> int | None:
        value = self._lookup(name)
        return None if value is None else int(value)

    def _flag(self, name: str) -> bool | None:
        value = self._lookup(name)
        if value is None or isinstance(value, bool):
            return value
        return str(value).strip().lower() == "true"

    def _lookup(self, name: str) -> Any:
        for variable in _ENVIRONMENT[name]:
            if value := os.environ.get(variable):
                return value
        if not self._profile_matters():
            return None
        with profile_errors(self.profile_name):
            return self.session().get_config_variable(name)

    def _profile_matters(self) -> bool:
        return (
            self._session is not None
            or self._chain_needed
            or self.profile_name is not None
            or any(os.environ.get(variable) for variable in _PROFILE_VARIABLES)
            or _config_file().is_file()
        )


def _services_section(full_config: dict[str, Any], name: str) -> dict[str, Any]:
    """A ``[services <name>]`` section of the config file, as botocore requires it."""
    section: dict[str, Any] | None = full_config.get("services", {}).get(name)
    if not section:
        raise botocore_module("exceptions").InvalidConfigError(
            error_msg=f"The profile is configured to use the services section but the "
            f'"{name}" services configuration does not exist.'
        )
    return section


def _config_file() -> Path:
    return Path(os.environ.get("AWS_CONFIG_FILE") or "~/.aws/config").expanduser()


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)
