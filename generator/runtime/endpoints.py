"""Endpoint resolution with botocore's rule-set engine and the model's endpoint rules.

The generator ran botocore's engine over the rule set for every region botocore lists
(``endpoint-table.json``), so the common case reads a table; anything else (a region the
table lacks, a rule set that changes custom endpoints, parameters bound by a call) is
resolved by botocore at runtime. Nothing here touches the network: the rule set and
botocore's partitions are local files.

Besides Region, UseFIPS, UseDualStack and Endpoint, a rule set may declare parameters
that the client's configuration sets (``clientContextParams``, and the builtins
AWS::Auth::AccountIdEndpointMode and AWS::Auth::AccountId) and parameters each operation
binds: constants (``staticContextParams``), input members (``contextParam``) and paths
over the input (``operationContextParams``). The table was computed for each operation's
constants, with the client-level parameters at their defaults and no account id; a call
that binds an input value, a client configured otherwise, or credentials that carry an
account id (AWS::Auth::AccountId, read at each call as botocore reads it) are resolved by
the rules (results cached by the parameter values, as botocore caches them).

As botocore, a client whose rules need a value only a call's input binds (an ARN), or
whose endpoint asks for a signature it cannot make (SigV4a), is created all the same:
each call resolves its own endpoint and raises the rules' error (or
UnsupportedAuthSchemeError) before anything is sent.
"""

from __future__ import annotations

import importlib
import json
import re
import string
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

from ._botocore import botocore_module
from .errors import (
    EndpointResolutionError,
    InvalidRegionError,
    ParamValidationError,
    Problem,
    UnsupportedAuthSchemeError,
)
from .records import NamedTuple

_REGION_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-")

# botocore.serialize.HOST_PREFIX_RE: what a host label may hold (compiled when first used).
_HOST_LABEL = r"^[A-Za-z0-9\.\-]+$"

TABLE_FILE = "endpoint-table.json"
STANDARD_PARAMETERS: Mapping[str, str] = {
    "Region": "AWS::Region",
    "UseFIPS": "AWS::UseFIPS",
    "UseDualStack": "AWS::UseDualStack",
    "Endpoint": "SDK::Endpoint",
}
"""The rule parameters every client passes (``resolve_with_rules`` sets them by these
names), each with the builtin it stands for: Endpoint with a custom ``endpoint_url`` only,
Region when one is set."""
BUILTIN_DEFAULTS: Mapping[str, Any] = {
    "AWS::Auth::AccountIdEndpointMode": "preferred",
}
"""The builtins a client passes, besides the standard parameters and `ACCOUNT_ID`, at
botocore's defaults (the endpoint table was computed with these)."""
ACCOUNT_ID = "AWS::Auth::AccountId"
"""The builtin read at each call from the client's credentials, as botocore reads it
(a deferred property): passed when they carry an account id, so never in the table."""
SUPPLIED_BUILTINS = frozenset(
    {*STANDARD_PARAMETERS.values(), *BUILTIN_DEFAULTS, ACCOUNT_ID}
)
"""Every endpoint rule builtin a client passes."""
MAX_RESOLVED = 512
"""Rule-set results remembered (botocore's provider caches as many per client)."""
VARIANTS = {
    (False, False): "plain",
    (True, False): "fips",
    (False, True): "dualstack",
    (True, True): "fips+dualstack",
}
"""(use_fips, use_dualstack) -> the key of that combination in the endpoint table."""


class Endpoint(NamedTuple):
    url: str
    signing_region: str | None = None
    signing_name: str | None = None


def fips_pseudo_region(region: str) -> str | None:
    """``us-east-1`` for ``fips-us-east-1`` or ``us-east-1-fips`` (botocore's FIPS aliases)."""
    normalized = region.replace("fips-", "").replace("-fips", "")
    return normalized if normalized != region else None


class EndpointInputs(NamedTuple):
    """What one call contributes to its endpoint: rule parameters bound to input members
    (``contextParam``, ``operationContextParams``; None for an absent value) and the
    values of the ``hostLabel`` members its host prefix names."""

    params: Mapping[str, Any] = {}
    host_labels: Mapping[str, Any] = {}


def resolve_endpoint(
    rules_file: Path | None,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
    params: Mapping[str, Any] | None = None,
) -> Endpoint:
    """What botocore resolves for these settings.

    A custom ``endpoint_url`` is passed to the rules as ``Endpoint`` and, as botocore does,
    turns FIPS and dual-stack off (they describe AWS's own endpoints). ``params`` are the
    rule set's other parameters that are set (client-level and the operation's). The
    answer comes from the table the generator computed with botocore
    (``endpoint-table.json`` next to the rule set) when it has one; otherwise botocore
    runs the rules now.
    """
    if region is not None and not valid_region_name(region):
        raise InvalidRegionError(region)
    if rules_file is None:
        if endpoint_url is None:
            raise EndpointResolutionError(
                "this service has no endpoint rules: pass endpoint_url"
            )
        return Endpoint(endpoint_url)
    params = params or {}
    found = _from_table(
        rules_file, region, endpoint_url, use_fips, use_dualstack, params
    )
    if found is not None:
        return found
    return resolve_with_rules(
        rules_file,
        region=region,
        endpoint_url=endpoint_url,
        use_fips=use_fips,
        use_dualstack=use_dualstack,
        params=params,
    )


def resolve_with_rules(
    rules_file: Path,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
    params: Mapping[str, Any] | None = None,
) -> Endpoint:
    """botocore's EndpointProvider running the model's rule set (no table)."""
    parameters: dict[str, Any] = {
        "UseFIPS": use_fips and endpoint_url is None,
        "UseDualStack": use_dualstack and endpoint_url is None,
    }
    if region is not None:
        parameters["Region"] = region
    if endpoint_url is not None:
        parameters["Endpoint"] = endpoint_url
    for name, value in (params or {}).items():
        parameters[name] = _hashable(value)
    return _run_rules(rules_file, tuple(sorted(parameters.items())))


@lru_cache(maxsize=MAX_RESOLVED)
def _run_rules(rules_file: Path, parameters: tuple[tuple[str, Any], ...]) -> Endpoint:
    """The rules' answer for these parameters (hashable: lists as tuples)."""
    provider = _provider(rules_file)
    arguments = {name: _listed(value) for name, value in parameters}
    try:
        resolved = provider.resolve_endpoint(**arguments)
    except botocore_module("exceptions").EndpointProviderError as exc:
        raise EndpointResolutionError(str(exc)) from exc
    scheme = sigv4_scheme(resolved.properties, resolved.url)
    return Endpoint(
        resolved.url, scheme.get("signingRegion"), scheme.get("signingName")
    )


def _hashable(value: Any) -> Any:
    """A stringArray parameter as a tuple, for the cache of results."""
    if isinstance(value, list):
        return tuple(cast("list[str]", value))
    return value


def _listed(value: Any) -> Any:
    """A stringArray parameter as the list botocore's rules take."""
    if isinstance(value, tuple):
        return list(cast("tuple[str, ...]", value))
    return value


@cache
def _provider(rules_file: Path) -> Any:
    return botocore_module("endpoint_provider").EndpointProvider(
        _load_json(rules_file), _partitions()
    )


class ClientEndpoints:
    """A client's endpoints: the one it was created for, and each call's.

    ``builtins`` are the rule builtins the client's configuration sets, by name
    (``AWS::Auth::AccountIdEndpointMode``), and ``client_context`` its
    ``client_context_params`` by botocore's snake-case names; the table says which
    parameters of the rule set they are. A builtin given as a function is read at each
    call, as botocore reads its deferred ones (``AWS::Auth::AccountId``: the account id
    of the client's credentials, None when they carry none). Operations that bind no
    value (no input value, no account id) get the same endpoint every call, found once
    per set of constants (``staticContextParams``); the others are resolved per call,
    cached by the values (by botocore's rules: the table has no account endpoints).
    """

    def __init__(
        self,
        rules_file: Path | None,
        *,
        region: str,
        endpoint_url: str | None,
        use_fips: bool,
        use_dualstack: bool,
        builtins: Mapping[str, Any],
        client_context: Mapping[str, Any],
    ) -> None:
        self._rules_file = rules_file
        self._region = region
        self._endpoint_url = endpoint_url
        self._use_fips = use_fips
        self._use_dualstack = use_dualstack
        table = _load_table(table_file(rules_file)) if rules_file else {}
        client_params = {
            name: builtins.get(builtin)
            for name, builtin in table.get("builtin_params", {}).items()
        }
        self._deferred: dict[str, Callable[[], Any]] = {
            name: value for name, value in client_params.items() if callable(value)
        }
        for name in self._deferred:
            del client_params[name]
        client_params.update(
            (name, client_context.get(key))
            for name, key in table.get("client_context_params", {}).items()
        )
        self._client_params = {k: v for k, v in client_params.items() if v is not None}
        self._by_operation: dict[str, Endpoint] = {}
        self._by_inputs: dict[tuple[Any, ...], Endpoint] = {}
        static = table.get("static_params", {})
        try:
            self.default = self._resolve(static)
            """The endpoint of an operation binding the most common constants (or
            none): the client's ``meta.endpoint_url``."""
        except InvalidRegionError:
            raise
        except EndpointResolutionError as error:
            self.default = self._default_for_calls(error, table, static)

    def _default_for_calls(
        self,
        error: EndpointResolutionError,
        table: dict[str, Any],
        static: Mapping[str, Any],
    ) -> Endpoint:
        """The client's endpoint when the rules refuse its settings alone, or ``error``.

        As botocore, the client is created when a call may fare otherwise, and each
        call raises the rules' error if not: when operations bind rule parameters to
        their input (an ARN), when the endpoint asks for a signature the client cannot
        make (only that call fails in botocore); ``meta.endpoint_url`` is then
        botocore's. And when the rules want an account id none knows: the endpoint
        of the builtins' defaults.
        """
        prefix: str | None = table.get("endpoint_prefix")
        if table.get("input_params") or isinstance(error, UnsupportedAuthSchemeError):
            if self._endpoint_url is not None:
                return Endpoint(self._endpoint_url)
            if prefix is not None:
                return Endpoint(
                    legacy_endpoint_url(
                        prefix, self._region, self._use_fips, self._use_dualstack
                    )
                )
        if not self._client_params:
            raise error
        return self._resolve(static, client_params=_builtin_defaults(table))

    def resolve(
        self,
        operation: str,
        static: Mapping[str, Any],
        inputs: EndpointInputs | None = None,
    ) -> Endpoint:
        """The endpoint of a call of ``operation``: its constants, its input values."""
        bound = (
            {k: v for k, v in inputs.params.items() if v is not None} if inputs else {}
        )
        if self._deferred:
            # botocore's precedence: a builtin only where neither the call nor the
            # client's configuration sets the parameter.
            bound = {**self._deferred_params(), **bound}
        if not bound:
            found = self._by_operation.get(operation)
            if found is None:
                found = self._by_operation[operation] = self._resolve(static)
            return found
        key = (operation, *((k, _hashable(v)) for k, v in bound.items()))
        found = self._by_inputs.get(key)
        if found is None:
            # botocore's precedence: constants, then input values, then the client's.
            found = self._resolve({**bound, **static})
            if len(self._by_inputs) >= MAX_RESOLVED:
                self._by_inputs.clear()
            self._by_inputs[key] = found
        return found

    def _deferred_params(self) -> dict[str, Any]:
        """The builtins read at each call that have a value now (and that the client's
        configuration does not set)."""
        found: dict[str, Any] = {}
        for name, read in self._deferred.items():
            if name not in self._client_params and (value := read()) is not None:
                found[name] = value
        return found

    def _resolve(
        self,
        operation_params: Mapping[str, Any],
        client_params: Mapping[str, Any] | None = None,
    ) -> Endpoint:
        """The rules' endpoint for a call's parameters over the client's (or over
        ``client_params`` in their stead)."""
        if client_params is None:
            client_params = self._client_params
        return resolve_endpoint(
            self._rules_file,
            region=self._region,
            endpoint_url=self._endpoint_url,
            use_fips=self._use_fips,
            use_dualstack=self._use_dualstack,
            params={**client_params, **operation_params},
        )


def legacy_endpoint_url(
    endpoint_prefix: str, region: str, use_fips: bool, use_dualstack: bool
) -> str:
    """botocore's ``meta.endpoint_url`` for a client: what its resolver of
    ``endpoints.json`` gives, not the rules (botocore runs those per call)."""
    config = botocore_module("config").Config(
        use_fips_endpoint=use_fips, use_dualstack_endpoint=use_dualstack
    )
    resolver = botocore_module("regions").EndpointResolver(
        botocore_module("loaders").create_loader().load_data("endpoints")
    )
    bridge = botocore_module("client").ClientEndpointBridge(
        resolver, client_config=config
    )
    return str(bridge.resolve(endpoint_prefix, region)["endpoint_url"])


def valid_region_name(region: str) -> bool:
    """Whether botocore's validate_region_name accepts ``region`` (usable as a host
    label): its pattern ``^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$`` checked without
    compiling it, which cost a tenth of a millisecond at every cold start. Like the
    pattern's ``$``, one trailing newline is let through."""
    name = region.removesuffix("\n")
    return (
        len(name) <= 63
        and _REGION_CHARACTERS.issuperset(name)
        and not (name and name.isdigit())
        and not name.startswith("-")
        and not name.endswith("-")
    )


def host_prefixed(url: str, template: str, labels: Mapping[str, Any]) -> str:
    """``url`` with the operation's host prefix, its ``{Label}`` fields filled in.

    As botocore: every label must be non-empty and hold only letters, digits, hyphens and
    periods, else ParamValidationError (before anything is sent).
    """
    bad = [
        name
        for name, value in labels.items()
        if not isinstance(value, str) or not re.match(_HOST_LABEL, value)
    ]
    if bad:
        raise ParamValidationError(
            [
                Problem(
                    name,
                    "must contain only alphanumeric characters, hyphen, or period",
                    "host_label",
                    name,
                )
                for name in bad
            ]
        )
    prefix = template.format(**labels)
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=prefix + parts.netloc))


def search_input(path: str, request: Any) -> Any:
    """An ``operationContextParams`` path over the input as boto3 takes it (botocore
    evaluates it with jmespath on the call's parameters)."""
    # jmespath (a botocore dependency) ships no types: imported by name, it is Any.
    return importlib.import_module("jmespath").search(path, request.to_dict())


def table_file(rules_file: Path) -> Path:
    """Where the generator puts the precomputed endpoints of a rule set."""
    return rules_file.with_name(TABLE_FILE)


def _from_table(
    rules_file: Path,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
    params: Mapping[str, Any],
) -> Endpoint | None:
    """The precomputed answer, or None when the table has none for these settings."""
    if region is None:
        return None
    table = _section(_load_table(table_file(rules_file)), params)
    if table is None:
        return None
    if endpoint_url is not None:
        return Endpoint(endpoint_url) if table.get("endpoint_url_passthrough") else None
    variant = VARIANTS[use_fips, use_dualstack]
    entry = table.get("regions", {}).get(region, {}).get(variant)
    if entry is None:
        return None
    if isinstance(entry, str):
        return Endpoint(entry)
    return Endpoint(
        entry["url"], entry.get("signing_region"), entry.get("signing_name")
    )


def _builtin_defaults(table: dict[str, Any]) -> dict[str, Any]:
    """The builtins the table was computed with: each at its default."""
    return {
        name: BUILTIN_DEFAULTS[builtin]
        for name, builtin in table.get("builtin_params", {}).items()
        if builtin in BUILTIN_DEFAULTS
    }


def _section(table: dict[str, Any], params: Mapping[str, Any]) -> dict[str, Any] | None:
    """The part of the table computed for these parameters: the table itself for its
    ``static_params``, else one of ``other_static_params``; each was computed with the
    client-level parameters at their defaults."""
    defaults = _builtin_defaults(table)
    sections: list[dict[str, Any]] = [table, *table.get("other_static_params", [])]
    for section in sections:
        if {**defaults, **section.get("static_params", {})} == params:
            return section
    return None


def request_url(endpoint_url: str, request_uri: str) -> str:
    """The URL of an operation, joined as botocore joins it (``/`` adds nothing to a path)."""
    parts = urlsplit(endpoint_url)
    if not request_uri or request_uri == "/":
        path = parts.path or "/"
    elif parts.path.endswith("/") and request_uri.startswith("/"):
        path = parts.path[:-1] + request_uri
    else:
        path = parts.path + request_uri
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def sigv4_scheme(properties: dict[str, Any], url: str = "") -> dict[str, Any]:
    """The first ``sigv4`` auth scheme a resolved endpoint lists (the one the client
    uses); {} when it lists none. UnsupportedAuthSchemeError when it lists only others
    (``sigv4a``): botocore signs with the first it can, and has no other either
    without awscrt."""
    schemes = properties.get("authSchemes", [])
    for scheme in schemes:
        if scheme.get("name") == "sigv4":
            return dict(scheme)
    if schemes:
        raise UnsupportedAuthSchemeError([str(s.get("name")) for s in schemes], url)
    return {}


@cache
def _load_json(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def _load_table(path: Path) -> dict[str, Any]:
    """The generator's table; an empty one when the file is missing (custom templates)."""
    try:
        return _load_json(path)
    except FileNotFoundError:
        return {}


@cache
def _partitions() -> dict[str, Any]:
    partitions: dict[str, Any] = (
        botocore_module("loaders").Loader().load_data("partitions")
    )
    return partitions
